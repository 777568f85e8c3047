/**
 * Run-time validation of what content scripts send. A content script runs inside a web page, so
 * its messages are untrusted: anything that is not exactly the expected shape is rejected, and
 * strings and lists are bounded so a hostile page cannot flood storage or the UI.
 */
import type { KeyPoint, OutlineResult, OutlineSection, RelatedStory } from '../core/types';
import type { FromContentMessage, OutlineReply } from '../shared/protocol';
import { validateArticleBlocks } from '../shared/article/validate';
import { isHttpUrl } from '../shared/formats/markdown';

/** Generous bounds: a long article is ~20k words; nothing legitimate comes near these. */
const MAX_SHORT_TEXT = 2_000; // a title, byline, heading or bullet
const MAX_BODY_TEXT = 2_000_000; // the article body (≈ 300k words)
const MAX_SECTIONS = 2_000; // headings in one outline, all levels together
const MAX_BULLETS_PER_SECTION = 2_000;
const MAX_RELATED = 200;
const MAX_KEY_POINTS = 50; // a few sentences; a flood is no summary
const MAX_DEPTH = 7; // heading levels 0..6 nest at most this deep
const QUOTED_TYPE_LENGTH = 40; // enough of a refused message's type to recognise it in a log line

/** Besides http(s), a local file the user allowed the extension to read. */
const FILE_URL = /^file:/;

export class ValidationError extends Error {}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(path: string, what: string): never {
  throw new ValidationError(`${path}: ${what}`);
}

function str(value: unknown, path: string, max = MAX_SHORT_TEXT): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  if (value.length > max) fail(path, `longer than ${max} characters`);
  return value;
}

function strOrNull(value: unknown, path: string, max = MAX_SHORT_TEXT): string | null {
  return value === null || value === undefined ? null : str(value, path, max);
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'expected a non-negative number');
  return value;
}

function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  if (value.length > max) fail(path, `more than ${max} entries`);
  return value;
}

function section(value: unknown, path: string, depth: number, budget: { sections: number }): OutlineSection {
  if (!isObject(value)) fail(path, 'expected an object');
  if (depth > MAX_DEPTH) fail(path, 'nested too deep');
  if (--budget.sections < 0) fail(path, `more than ${MAX_SECTIONS} sections`);
  const level = value.level;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 6) fail(`${path}.level`, 'expected 0..6');
  return {
    id: str(value.id, `${path}.id`),
    level,
    text: str(value.text, `${path}.text`),
    bullets: list(value.bullets, `${path}.bullets`, MAX_BULLETS_PER_SECTION).map((b, i) => str(b, `${path}.bullets[${i}]`)),
    children: list(value.children, `${path}.children`, MAX_SECTIONS).map((c, i) =>
      section(c, `${path}.children[${i}]`, depth + 1, budget),
    ),
  };
}

function keyPoint(value: unknown, path: string): KeyPoint {
  if (!isObject(value)) fail(path, 'expected an object');
  return { text: str(value.text, `${path}.text`), id: str(value.id, `${path}.id`) };
}

function related(value: unknown, path: string): RelatedStory {
  if (!isObject(value)) fail(path, 'expected an object');
  const url = str(value.url, `${path}.url`);
  if (!isHttpUrl(url)) fail(`${path}.url`, 'not an http(s) URL');
  return { title: str(value.title, `${path}.title`), url };
}

/** Returns a clean copy holding only the known fields, or throws ValidationError. */
export function validateOutlineResult(value: unknown, path = 'outline'): OutlineResult {
  if (!isObject(value)) fail(path, 'expected an object');
  const dir = value.dir;
  if (dir !== null && dir !== undefined && dir !== 'ltr' && dir !== 'rtl') fail(`${path}.dir`, 'expected ltr, rtl or null');
  if (typeof value.found !== 'boolean') fail(`${path}.found`, 'expected a boolean');
  const url = strOrNull(value.url, `${path}.url`);
  const budget = { sections: MAX_SECTIONS };
  const result: OutlineResult = {
    url: url !== null && (isHttpUrl(url) || FILE_URL.test(url)) ? url : null,
    found: value.found,
    title: str(value.title, `${path}.title`),
    byline: strOrNull(value.byline, `${path}.byline`),
    siteName: strOrNull(value.siteName, `${path}.siteName`),
    publishedTime: strOrNull(value.publishedTime, `${path}.publishedTime`),
    lang: strOrNull(value.lang, `${path}.lang`),
    dir: dir ?? null,
    excerpt: strOrNull(value.excerpt, `${path}.excerpt`, MAX_BODY_TEXT),
    wordCount: count(value.wordCount, `${path}.wordCount`),
    readingMinutes: count(value.readingMinutes, `${path}.readingMinutes`),
    outline: list(value.outline, `${path}.outline`, MAX_SECTIONS).map((s, i) => section(s, `${path}.outline[${i}]`, 0, budget)),
    // Outlines saved before key points existed have none.
    keyPoints: list(value.keyPoints ?? [], `${path}.keyPoints`, MAX_KEY_POINTS).map((k, i) => keyPoint(k, `${path}.keyPoints[${i}]`)),
    related: list(value.related, `${path}.related`, MAX_RELATED).map((r, i) => related(r, `${path}.related[${i}]`)),
    body: str(value.body, `${path}.body`, MAX_BODY_TEXT),
  };
  if (value.reason !== undefined) result.reason = str(value.reason, `${path}.reason`);
  return result;
}

/** Validates a message received from a content script; throws ValidationError when it is not one we accept. */
export function validateContentMessage(message: unknown): FromContentMessage {
  if (!isObject(message)) fail('message', 'expected an object');
  if (!isObject(message.payload)) fail('message.payload', 'expected an object');
  switch (message.type) {
    case 'panel/save': {
      const outline = validateOutlineResult(message.payload.outline, 'payload.outline');
      // The article's text, when the panel sends it (kept for the reader view), checked the same way.
      const content = isObject(message.payload.outline) ? message.payload.outline.content : undefined;
      if (content !== undefined) outline.content = validateArticleBlocks(content, 'payload.outline.content');
      return { type: 'panel/save', payload: { outline } };
    }
    case 'panel/reader':
      return { type: 'panel/reader', payload: {} };
    default:
      return fail('message.type', `not a message content scripts may send (${String(message.type).slice(0, QUOTED_TYPE_LENGTH)})`);
  }
}

/** The content script's reply to 'content/analyze', checked the same way. */
export function validateOutlineReply(value: unknown): OutlineReply {
  if (!isObject(value)) fail('reply', 'expected an object');
  if (value.ok === true) {
    return { ok: true, outline: validateOutlineResult(value.outline), tookMs: count(value.tookMs, 'reply.tookMs') };
  }
  if (value.ok !== false) fail('reply.ok', 'expected a boolean');
  switch (value.kind) {
    case 'no-article':
    case 'restricted':
      return { ok: false, kind: value.kind, reason: str(value.reason, 'reply.reason') };
    case 'error':
      return { ok: false, kind: 'error', message: str(value.message, 'reply.message') };
    default:
      return fail('reply.kind', 'unknown failure kind');
  }
}
