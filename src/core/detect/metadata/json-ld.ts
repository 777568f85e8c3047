/**
 * Reads schema.org JSON-LD blocks and returns the fields of the page's Article-like node
 * (NewsArticle, BlogPosting, ReportageNewsArticle, ...). First the node Readability.js would
 * read (whose title is the reference on the readability corpus, so it outranks the meta tags);
 * else the first Article-like node anywhere (inside arrays, `@graph`, `mainEntity`...,
 * with or without `@context`). Broken or unexpected JSON never throws: that block is skipped.
 */

import { attr, textContent } from '../../read/dom';
import articleTypes from '../vocabulary/article-types.json';
import { alternation } from '../vocabulary/patterns';

export interface JsonLdArticle {
  /** `name`, when it is a string. */
  name: string | null;
  /** `headline`, when it is a string. */
  headline: string | null;
  /** Author names (Person / Organization `name`s or plain strings that are not URLs). */
  authors: string[];
  /**
   * Author names the node gives by reference only (`"author": {"@id": …}`), read from the node of that `@id` in the
   * same block (Yoast's `@graph` writes the Person apart): a CMS account's as often as the writer's, so read last.
   */
  referencedAuthors: string[];
  /** `publisher.name` (or `sourceOrganization.name`). */
  publisherName: string | null;
  datePublished: string | null;
  /** The last change's date (./updated.ts). */
  dateModified: string | null;
  description: string | null;
  /** `inLanguage` when it is a plain language tag. */
  inLanguage: string | null;
  /**
   * Whether Readability.js reads this node as well (the first block whose top level, array or
   * `@graph` holds an Article with a schema.org `@context`). Its title then outranks og:title.
   */
  primary: boolean;
}

/** schema.org types whose `headline` / `author` describe the page's article (see https://schema.org/Article). */
const ARTICLE_TYPE = new RegExp(`^(?:${alternation(articleTypes.types)})$`);

/**
 * Readability.js's own test of a type name, kept as it is (its alternatives are not anchored, so
 * e.g. "ArticleSeries" or "WeatherReport" pass): it decides which node the reference read.
 */
const READABILITY_ARTICLE_TYPE = new RegExp(`^${alternation(articleTypes.types)}$`);
const SCHEMA_ORG_CONTEXT = /^https?:\/\/schema\.org\/?$/;

/** Bounds the walk through nested JSON-LD (nodes queued) so a pathological block stays cheap. */
const MAX_NODES_QUEUED = 2000;
/** Nesting deeper than this is never where the page's own article node lives. */
const MAX_DEPTH = 6;

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (value: Json): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asString = (value: Json): string | null => (typeof value === 'string' && value.trim() ? value.trim() : null);

/** A node's types: `@type`, or `type`, which schema.org's context aliases to it ({"type":"Article"}). */
function typeNames(node: JsonObject): string[] {
  const type = node['@type'] ?? node.type;
  const names = Array.isArray(type) ? type : [type];
  return names
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//i, '').trim());
}

function isArticleNode(node: JsonObject): boolean {
  return typeNames(node).some((t) => ARTICLE_TYPE.test(t));
}

/** Article-like nodes, breadth first: top-level values, then `@graph` members, then nested ones (e.g. `mainEntity`). */
function findArticleNodes(root: Json): JsonObject[] {
  const found: JsonObject[] = [];
  const queue: Array<[Json, number]> = [[root, 0]];
  const enqueue = (value: Json, depth: number) => {
    if (queue.length < MAX_NODES_QUEUED && typeof value === 'object' && value !== null) queue.push([value, depth]);
  };
  for (let next = 0; next < queue.length; next++) {
    const [value, depth] = queue[next]!;
    if (Array.isArray(value)) {
      for (const item of value) enqueue(item, depth + 1);
      continue;
    }
    if (!isObject(value)) continue;
    if (isArticleNode(value)) found.push(value);
    if (depth >= MAX_DEPTH) continue;
    for (const [key, child] of Object.entries(value)) if (key !== '@context') enqueue(child, depth + 1);
  }
  return found;
}

function nameOf(value: Json): string | null {
  if (typeof value === 'string') return asString(value);
  if (isObject(value)) return asString(value.name);
  return null;
}

function authorNames(value: Json): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.map(nameOf).filter((name): name is string => !!name && !/^(?:https?:)?\/\//i.test(name));
}

function languageOf(value: Json): string | null {
  const tag = typeof value === 'string' ? value : isObject(value) ? (value.alternateName ?? value.name) : null;
  return typeof tag === 'string' && /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(tag.trim()) ? tag.trim() : null;
}

function parseBlock(text: string): Json | undefined {
  const json = text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, '').trim();
  if (!json) return undefined;
  try {
    return JSON.parse(json);
  } catch {
    return undefined;
  }
}

/**
 * Thrown where Readability.js would fail on a block (e.g. calling `.match` on an array `@type`):
 * it then skips the block.
 */
class SkippedByReadability extends Error {}

/** Readability's `value.match(type)` on a `@type`: false when absent, an error when it is not a string. */
function readabilityTypeMatches(value: Json): boolean {
  if (!value) return false;
  if (typeof value !== 'string') throw new SkippedByReadability();
  return READABILITY_ARTICLE_TYPE.test(value);
}

function itemType(item: Json): Json {
  if (item === null || item === undefined) throw new SkippedByReadability();
  return isObject(item) ? item['@type'] : undefined;
}

/** The Article node of one parsed block as Readability.js's _getJSONLD finds it, or null. */
function readabilityArticleNode(parsed: Json): JsonObject | null {
  try {
    let node: Json = parsed;
    if (Array.isArray(node)) node = node.find((item) => readabilityTypeMatches(itemType(item)));
    if (node === null) throw new SkippedByReadability();
    if (!isObject(node)) return null;
    const context = node['@context'];
    const vocabulary = isObject(context) ? context['@vocab'] : undefined;
    const fromSchemaOrg =
      (typeof context === 'string' && SCHEMA_ORG_CONTEXT.test(context)) ||
      (typeof vocabulary === 'string' && SCHEMA_ORG_CONTEXT.test(vocabulary));
    if (!fromSchemaOrg) return null;
    const graph = node['@graph'];
    if (!node['@type'] && Array.isArray(graph))
      node = graph.find((item) => readabilityTypeMatches(itemType(item) || ''));
    return isObject(node) && readabilityTypeMatches(node['@type']) ? node : null;
  } catch (error) {
    if (error instanceof SkippedByReadability) return null;
    throw error;
  }
}

/** A reference to a node written elsewhere in the block: an object holding an `@id` and no name. */
function referenceId(value: Json): string | null {
  return isObject(value) && value.name === undefined ? asString(value['@id']) : null;
}

/** The names of the nodes that `value`'s references point to, among `block`'s `@graph` members. */
function referencedNames(value: Json, block: Json): string[] {
  const ids = (Array.isArray(value) ? value : [value]).map(referenceId).filter((id): id is string => !!id);
  const graph = isObject(block) ? block['@graph'] : null;
  if (!ids.length || !Array.isArray(graph)) return [];
  const named = graph.filter((node): node is JsonObject => isObject(node) && ids.includes(node['@id'] as string));
  return authorNames(named);
}

function toArticle(node: JsonObject, primary: boolean, block: Json): JsonLdArticle {
  const publisher = node.publisher ?? node.sourceOrganization;
  const author = node.author ?? node.creator;
  return {
    name: asString(node.name),
    headline: asString(node.headline),
    authors: authorNames(author),
    referencedAuthors: referencedNames(author, block),
    publisherName: nameOf(Array.isArray(publisher) ? publisher[0] : publisher),
    datePublished: asString(node.datePublished),
    dateModified: asString(node.dateModified),
    description: asString(node.description),
    inLanguage: languageOf(node.inLanguage),
    primary,
  };
}

/**
 * The page's Article-like JSON-LD node from its <script type="application/ld+json"> elements
 * (in document order, ./page-scan.ts), or null when there is none (or none that parses).
 */
export function readJsonLdArticle(scripts: Iterable<Element>): JsonLdArticle | null {
  const blocks: Array<{ parsed: Json; exactType: boolean }> = [];
  for (const script of scripts) {
    const parsed = parseBlock(textContent(script));
    if (parsed !== undefined) blocks.push({ parsed, exactType: attr(script, 'type') === 'application/ld+json' });
  }
  for (const { parsed, exactType } of blocks) {
    const node = exactType ? readabilityArticleNode(parsed) : null;
    if (node) return toArticle(node, true, parsed);
  }
  for (const { parsed } of blocks) {
    const node = findArticleNodes(parsed)[0];
    if (node) return toArticle(node, false, parsed);
  }
  return null;
}
