/**
 * Run-time validation of the reader's block model when it comes from somewhere untrusted: a content
 * script (it runs inside the web page) or storage (it may be damaged). Returns a clean copy with
 * only the known fields, or throws. Every link and image source must be http(s); sizes are bounded.
 */
import type { ArticleBlock, ArticleImage, InlineRun, ListItem, MathNode, TableCell } from '../../core/types';
import { attributes as mathAttributes, tags as mathTags } from '../../core/blocks/mathml.json';
import { isHttpUrl } from '../formats/markdown';

/** Generous bounds: the longest real articles are far below them. */
const MAX_BLOCKS = 50_000; // blocks, list items, cells and runs together
const MAX_TEXT = 4_000_000; // characters of text in all
const MAX_NESTING = 40; // lists and quotes inside each other, runs inside runs
const MAX_SHORT = 4_000; // an alt text, a URL, a srcset

export class BlockValidationError extends Error {}

type Json = Record<string, unknown>;
interface Budget {
  items: number;
  text: number;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(path: string, what: string): never {
  throw new BlockValidationError(`${path}: ${what}`);
}

function spend(budget: Budget, path: string, text = 0): void {
  if (--budget.items < 0) fail(path, `more than ${MAX_BLOCKS} parts`);
  budget.text -= text;
  if (budget.text < 0) fail(path, `more than ${MAX_TEXT} characters`);
}

function text(value: unknown, path: string, budget: Budget): string {
  if (typeof value !== 'string') fail(path, 'expected a string');
  spend(budget, path, value.length);
  return value;
}

function url(value: unknown, path: string): string {
  if (typeof value !== 'string' || value.length > MAX_SHORT || !isHttpUrl(value)) fail(path, 'expected an http(s) URL');
  return value;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) fail(path, 'expected a list');
  return value;
}

function depthCheck(depth: number, path: string): void {
  if (depth > MAX_NESTING) fail(path, 'nested too deep');
}

function runs(value: unknown, path: string, budget: Budget, depth: number): InlineRun[] {
  depthCheck(depth, path);
  return list(value, path).map((raw, index): InlineRun => {
    const at = `${path}[${index}]`;
    if (!isObject(raw)) fail(at, 'expected an object');
    spend(budget, at);
    switch (raw.kind) {
      case 'text':
      case 'code':
        return { kind: raw.kind, text: text(raw.text, `${at}.text`, budget) };
      case 'break':
        return { kind: 'break' };
      case 'image':
        return { kind: 'image', image: image(raw.image, `${at}.image`, budget) };
      case 'math':
        if (!isObject(raw.math) || raw.math.tag !== 'math') fail(`${at}.math`, 'expected a <math>');
        // Its nesting is counted on its own: the core cuts a formula's at 24 levels, wherever the formula stands.
        return { kind: 'math', math: mathNode(raw.math, `${at}.math`, budget, 0) };
      case 'link':
        return {
          kind: 'link',
          href: url(raw.href, `${at}.href`),
          children: runs(raw.children, `${at}.children`, budget, depth + 1),
        };
      case 'em':
      case 'strong':
        return { kind: raw.kind, children: runs(raw.children, `${at}.children`, budget, depth + 1) };
      default:
        return fail(`${at}.kind`, 'unknown inline kind');
    }
  });
}

const MATH_TAGS: ReadonlySet<string> = new Set(mathTags);
const MATH_ATTRIBUTES: ReadonlySet<string> = new Set(mathAttributes);

/** A formula's element: only MathML's presentation tags and layout attributes (no link, no style, no handler). */
function mathNode(value: unknown, path: string, budget: Budget, depth: number): MathNode {
  depthCheck(depth, path);
  if (!isObject(value) || typeof value.tag !== 'string' || !MATH_TAGS.has(value.tag))
    fail(path, 'expected a MathML tag');
  spend(budget, path);
  const node: MathNode = { tag: value.tag, children: [] };
  if (value.attrs !== undefined) {
    if (!isObject(value.attrs)) fail(`${path}.attrs`, 'expected an object');
    node.attrs = {};
    for (const [name, raw] of Object.entries(value.attrs)) {
      if (!MATH_ATTRIBUTES.has(name) || typeof raw !== 'string' || raw.length > MAX_SHORT)
        fail(`${path}.attrs.${name}`, 'expected a MathML layout attribute');
      node.attrs[name] = raw;
    }
  }
  node.children = list(value.children, `${path}.children`).map((child, index) =>
    typeof child === 'string'
      ? text(child, `${path}.children[${index}]`, budget)
      : mathNode(child, `${path}.children[${index}]`, budget, depth + 1),
  );
  return node;
}

function dimension(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > 100_000)
    fail(path, 'expected a size in pixels');
  return value;
}

function srcset(value: unknown, path: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length > MAX_SHORT) fail(path, 'expected a srcset');
  for (const candidate of value.split(/,\s+/)) url(candidate.trim().split(/\s+/)[0], path);
  return value;
}

function image(value: unknown, path: string, budget: Budget): ArticleImage {
  if (!isObject(value)) fail(path, 'expected an object');
  const result: ArticleImage = { src: url(value.src, `${path}.src`), alt: text(value.alt, `${path}.alt`, budget) };
  const set = srcset(value.srcset, `${path}.srcset`);
  const width = dimension(value.width, `${path}.width`);
  const height = dimension(value.height, `${path}.height`);
  if (set !== undefined) result.srcset = set;
  if (width !== undefined) result.width = width;
  if (height !== undefined) result.height = height;
  return result;
}

function span(value: unknown, path: string): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > 1000) fail(path, 'expected a span');
  return value;
}

function outlineId(value: unknown, path: string): string {
  if (typeof value !== 'string' || !/^[a-z]\d{1,6}$/.test(value)) fail(path, 'expected an outline id');
  return value;
}

function cell(value: unknown, path: string, budget: Budget, depth: number): TableCell {
  if (!isObject(value)) fail(path, 'expected an object');
  spend(budget, path);
  const result: TableCell = {
    header: value.header === true,
    runs: runs(value.runs, `${path}.runs`, budget, depth + 1),
  };
  const colspan = span(value.colspan, `${path}.colspan`);
  const rowspan = span(value.rowspan, `${path}.rowspan`);
  if (colspan !== undefined) result.colspan = colspan;
  if (rowspan !== undefined) result.rowspan = rowspan;
  if (value.id !== undefined) result.id = outlineId(value.id, `${path}.id`);
  return result;
}

function blocks(value: unknown, path: string, budget: Budget, depth: number): ArticleBlock[] {
  depthCheck(depth, path);
  return list(value, path).map((raw, index) => block(raw, `${path}[${index}]`, budget, depth));
}

function block(raw: unknown, at: string, budget: Budget, depth: number): ArticleBlock {
  if (!isObject(raw)) fail(at, 'expected an object');
  spend(budget, at);
  switch (raw.kind) {
    case 'paragraph': {
      const paragraph: ArticleBlock = { kind: 'paragraph', runs: runs(raw.runs, `${at}.runs`, budget, depth + 1) };
      if (raw.standfirst === true) paragraph.standfirst = true;
      return paragraph;
    }
    case 'heading': {
      const level = raw.level;
      if (typeof level !== 'number' || !Number.isInteger(level) || level < 1 || level > 6)
        fail(`${at}.level`, 'expected 1..6');
      const heading: ArticleBlock = { kind: 'heading', level, runs: runs(raw.runs, `${at}.runs`, budget, depth + 1) };
      if (raw.id !== undefined) {
        heading.id = outlineId(raw.id, `${at}.id`);
      }
      return heading;
    }
    case 'list':
      return {
        kind: 'list',
        ordered: raw.ordered === true,
        items: list(raw.items, `${at}.items`).map((item, index): ListItem => {
          if (!isObject(item)) fail(`${at}.items[${index}]`, 'expected an object');
          spend(budget, `${at}.items[${index}]`);
          return { blocks: blocks(item.blocks, `${at}.items[${index}].blocks`, budget, depth + 1) };
        }),
      };
    case 'quote':
      return { kind: 'quote', blocks: blocks(raw.blocks, `${at}.blocks`, budget, depth + 1) };
    case 'figure':
      return {
        kind: 'figure',
        images: list(raw.images, `${at}.images`).map((img, index) => image(img, `${at}.images[${index}]`, budget)),
        caption: runs(raw.caption, `${at}.caption`, budget, depth + 1),
      };
    case 'table':
      return {
        kind: 'table',
        caption: runs(raw.caption, `${at}.caption`, budget, depth + 1),
        rows: list(raw.rows, `${at}.rows`).map((row, r) =>
          list(row, `${at}.rows[${r}]`).map((c, i) => cell(c, `${at}.rows[${r}][${i}]`, budget, depth)),
        ),
      };
    case 'code': {
      const code: ArticleBlock = { kind: 'code', text: text(raw.text, `${at}.text`, budget) };
      if (raw.language !== undefined) {
        if (typeof raw.language !== 'string' || !/^[\w+#-]{1,40}$/.test(raw.language))
          fail(`${at}.language`, 'expected a language name');
        code.language = raw.language;
      }
      return code;
    }
    case 'embed':
      return {
        kind: 'embed',
        runs: runs(raw.runs, `${at}.runs`, budget, depth + 1),
        url: raw.url === null ? null : url(raw.url, `${at}.url`),
      };
    case 'video':
      return { kind: 'video', url: url(raw.url, `${at}.url`), title: text(raw.title, `${at}.title`, budget) };
    default:
      return fail(`${at}.kind`, 'unknown block kind');
  }
}

/** A clean copy of an article's blocks, or a BlockValidationError saying what is wrong and where. */
export function validateArticleBlocks(value: unknown, path = 'content'): ArticleBlock[] {
  return blocks(value, path, { items: MAX_BLOCKS, text: MAX_TEXT }, 0);
}
