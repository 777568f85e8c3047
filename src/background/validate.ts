/**
 * Run-time validation of what content scripts send. A content script runs inside a web page, so
 * its messages are untrusted: anything that is not the expected shape (a wrong type, a missing
 * field, a heading level outside 0..6, nesting deeper than levels allow, a related link that is not
 * http(s)) is refused. Size is not a reason to refuse: a long page is a valid page. Texts longer
 * than the bounds below are clipped with "…" and lists cut (bullets with an "… and N more" line),
 * so that neither storage nor the UI can be flooded and a real long article is never turned away.
 */
import type { KeyPoint, OutlineResult, OutlineSection, RelatedStory } from '../core/types';
import type { FromContentMessage, OutlineReply } from '../shared/protocol';
import { BlockValidationError, validateArticleBlocks } from '../shared/article/validate';
import { isHttpUrl } from '../shared/formats/markdown';
import { MAX_URL_CHARS, clipText } from '../shared/storage/bounds';

/*
 * The bounds are above the core's own (src/core/bounds.ts, docs/limits.md: texts clipped at 1,000
 * characters, 1,000 sections, 1,000 bullets a section plus an "… and N more" line, 100 related
 * stories, about 10 key points, 1,500,000 characters of body), so the core's output passes unchanged; only a content script that
 * is not ours, or a core without those limits, meets them.
 */
const MAX_SHORT_TEXT = 2_000; // a title, byline, heading, bullet, key point, link title
const MAX_BODY_TEXT = 2_000_000; // the article body (≈ 300k words); also bounds the excerpt
const MAX_SECTIONS = 2_000; // headings in one outline, all levels together
const MAX_BULLETS_PER_SECTION = 2_000; // above the core's 1,000 and its "… and N more" line
const MAX_RELATED = 200;
const MAX_KEY_POINTS = 50; // a few sentences; a flood is no summary
const MAX_DEPTH = 7; // heading levels 0..6 nest at most this deep: deeper is not an outline
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

/** The body beyond the bound: clipped, with a note saying how much was left out. */
function clipBody(body: string): string {
  if (body.length <= MAX_BODY_TEXT) return body;
  return `${clipText(body, MAX_BODY_TEXT)}\n\n[The text was cut here: ${(body.length - MAX_BODY_TEXT).toLocaleString('en')} more characters were not kept.]`;
}

function str(value: unknown, path: string, max = MAX_SHORT_TEXT): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  return clipText(value, max);
}

function strOrNull(value: unknown, path: string, max = MAX_SHORT_TEXT): string | null {
  return value === null || value === undefined ? null : str(value, path, max);
}

function count(value: unknown, path: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) fail(path, 'expected a non-negative number');
  return value;
}

/** The first `max` entries of a list (the rest are dropped, not a reason to refuse). */
function list(value: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  return value.length > max ? value.slice(0, max) : value;
}

/** A section's bullets: each a string; past the bound, an "… and N more" line like the core's. */
function bullets(value: unknown, path: string): string[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  const kept = value.slice(0, MAX_BULLETS_PER_SECTION).map((b, i) => str(b, `${path}[${i}]`));
  const more = value.length - kept.length;
  if (more > 0) kept.push(`… and ${more.toLocaleString('en')} more`);
  return kept;
}

/** Sections of one level, as many as the outline's section budget still allows. */
function sections(value: unknown, path: string, depth: number, budget: { sections: number }): OutlineSection[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  const result: OutlineSection[] = [];
  for (let i = 0; i < value.length && budget.sections > 0; i++)
    result.push(section(value[i], `${path}[${i}]`, depth, budget));
  return result;
}

function section(value: unknown, path: string, depth: number, budget: { sections: number }): OutlineSection {
  if (!isObject(value)) fail(path, 'expected an object');
  if (depth > MAX_DEPTH) fail(path, 'nested too deep');
  budget.sections--;
  const level = value.level;
  if (typeof level !== 'number' || !Number.isInteger(level) || level < 0 || level > 6)
    fail(`${path}.level`, 'expected 0..6');
  return {
    id: str(value.id, `${path}.id`),
    level,
    text: str(value.text, `${path}.text`),
    bullets: bullets(value.bullets, `${path}.bullets`),
    children: sections(value.children, `${path}.children`, depth + 1, budget),
  };
}

function keyPoint(value: unknown, path: string): KeyPoint {
  if (!isObject(value)) fail(path, 'expected an object');
  return { text: str(value.text, `${path}.text`), id: str(value.id, `${path}.id`) };
}

/** A related story, or null for one whose link is too long to keep (a clipped URL would lead elsewhere). */
function related(value: unknown, path: string): RelatedStory | null {
  if (!isObject(value)) fail(path, 'expected an object');
  if (typeof value.url !== 'string' || !isHttpUrl(value.url)) fail(`${path}.url`, 'not an http(s) URL');
  const title = str(value.title, `${path}.title`);
  return value.url.length > MAX_URL_CHARS ? null : { title, url: value.url };
}

/** A language's primary code, two or three letters (the core's `textLang`). */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/** Returns a clean copy holding only the known fields, or throws ValidationError. */
export function validateOutlineResult(value: unknown, path = 'outline'): OutlineResult {
  if (!isObject(value)) fail(path, 'expected an object');
  const dir = value.dir;
  if (dir !== null && dir !== undefined && dir !== 'ltr' && dir !== 'rtl')
    fail(`${path}.dir`, 'expected ltr, rtl or null');
  if (typeof value.found !== 'boolean') fail(`${path}.found`, 'expected a boolean');
  if (value.url !== null && value.url !== undefined && typeof value.url !== 'string')
    fail(`${path}.url`, 'expected a string');
  const url = typeof value.url === 'string' ? value.url : null;
  const budget = { sections: MAX_SECTIONS };
  const result: OutlineResult = {
    // A page address that is not one (or too long to be one) is dropped; clipping would change it.
    url: url !== null && url.length <= MAX_URL_CHARS && (isHttpUrl(url) || FILE_URL.test(url)) ? url : null,
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
    outline: sections(value.outline, `${path}.outline`, 0, budget),
    // Outlines saved before key points existed have none.
    keyPoints: list(value.keyPoints ?? [], `${path}.keyPoints`, MAX_KEY_POINTS).map((k, i) =>
      keyPoint(k, `${path}.keyPoints[${i}]`),
    ),
    related: list(value.related, `${path}.related`, MAX_RELATED)
      .map((r, i) => related(r, `${path}.related[${i}]`))
      .filter((story): story is RelatedStory => story !== null),
    body: clipBody(str(value.body, `${path}.body`, Infinity)),
  };
  if (value.reason !== undefined) result.reason = str(value.reason, `${path}.reason`);
  // The last update's date, an ISO date as publishedTime (optional: a page gives one, or none).
  if (value.modifiedTime !== undefined) result.modifiedTime = str(value.modifiedTime, `${path}.modifiedTime`);
  if (value.textLang !== undefined) {
    // A language's primary code ("en"), as the core tells one: it becomes a `lang` attribute.
    if (typeof value.textLang !== 'string' || !LANGUAGE_CODE.test(value.textLang))
      fail(`${path}.textLang`, 'expected a language code');
    result.textLang = value.textLang;
  }
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
      if (content !== undefined) {
        try {
          outline.content = validateArticleBlocks(content, 'payload.outline.content');
        } catch (error) {
          if (!(error instanceof BlockValidationError)) throw error;
          // Text beyond the block model's bounds (or not well-formed) is left out, never a reason to
          // refuse the outline: it is saved without its text, and the reader view says so.
          console.warn('Outline Reader: saving an outline without its article text:', error.message);
        }
      }
      return { type: 'panel/save', payload: { outline } };
    }
    case 'panel/reader':
      return { type: 'panel/reader', payload: {} };
    default:
      return fail(
        'message.type',
        `not a message content scripts may send (${String(message.type).slice(0, QUOTED_TYPE_LENGTH)})`,
      );
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
