/**
 * The author line. Declared sources first (JSON-LD author names, Dublin Core creator,
 * meta author, Parse.ly author, article:author when it is not a profile URL), then the first
 * visible byline element of the page: rel=author, [itemprop~=author], or a class / id like
 * "byline", "author", "dateline". A leading "By" is removed; a URL is never a byline.
 */
import type { JsonLdArticle } from './json-ld';
import { firstMeta, type MetaValues } from './meta-tags';
import { cleanValue, collapseWhitespace, looksLikeUrl } from './text';

const BYLINE_META_KEYS = ['dc:creator', 'dcterm:creator', 'author', 'parsely-author', 'sailthru:author', 'article:author'] as const;

/** class / id words that mark a byline element. */
const BYLINE_CLASS = /byline|author(?!it|ing|iz)|dateline|writtenby|p-author/i;
/** The same marks as a selector, so that only candidate elements are visited ("p-author" is covered by "author"). */
const BYLINE_SELECTOR = [
  ...['byline', 'author', 'dateline', 'writtenby'].flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`]),
  '[rel="author"]',
  '[itemprop*="author"]',
].join(', ');
/** A byline element with this much text or more is a bio or a list of posts, not a byline. */
const MAX_BYLINE_ELEMENT_LENGTH = 100;
/** Stops the element scan on pages with thousands of "author" classes (comment lists). */
const MAX_BYLINE_ELEMENTS_CHECKED = 300;

/** Containers whose content a reader never sees as the article's byline (Readability's unlikely candidates). */
const UNLIKELY_CONTAINER =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
/** Words that rescue a container from UNLIKELY_CONTAINER (e.g. "article-header", "main-content"). */
const MAYBE_CONTENT_CONTAINER = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

/** Leading "By" / "By:" / "Posted by" / "Analysis by" (and the French, German, Spanish "by"). */
const LEADING_BY = /^(?:(?:\p{L}+\s+)?by|par|von|por)\s*:?\s+/iu;
/** A label awaiting its value ("Author:", "作者："), the name being elsewhere. */
const IS_LABEL = /[:：]$/;
/** The "By" label alone (its name is in a separate element). */
const LONE_BY = /^(?:by|par|von|por):?$/i;

/** Words of a dateline ("Updated April 29, 2019 at 3:33 pm", "Last Updated: Jan 7, 2025"), which is no byline. */
const DATELINE_WORD =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|[ap]\.?m\.?|utc|gmt|[ecmp][sd]t|last|updated?|published|posted|modified|on|at|and|(?:\d+(?:st|nd|rd|th)?))\b/gi;

/** Time-zone abbreviations ("PT", "HKT", "CEST") and reading times ("5 min read") that trail a dateline. */
const TRAILING_DATE_EXTRA = /^\(?(?:[A-Z]{1,4}T|[Mm]ins?|[Mm]inutes?|[Rr]ead)\)?[,.;]?$/;

function isDateline(text: string): boolean {
  return !text.replace(DATELINE_WORD, '').replace(/[^\p{L}]+/gu, '');
}

/** A social handle ("@kerisalison") after the name. */
const HANDLE = /^@\w+$/;

/** "Gillian Mohney March 11, 2015 3:46 PM" -> "Gillian Mohney": drops trailing words that form a date (with a digit). */
function withoutTrailingDate(text: string): string {
  const words = text.split(' ');
  let cut = words.length;
  while (cut > 1 && (isDateline(words[cut - 1]!) || TRAILING_DATE_EXTRA.test(words[cut - 1]!) || HANDLE.test(words[cut - 1]!))) cut--;
  const tail = words.slice(cut).join(' ');
  const kept = /\d|@/.test(tail) ? words.slice(0, cut).join(' ') : text;
  return kept.replace(TRAILING_PUNCTUATION, '');
}

/** Punctuation left dangling at the end of a byline ("Reuters,", "Jeff Foust —"). */
const TRAILING_PUNCTUATION = /[\s,;|@\-\u2013\u2014·•]+$/;

/** Collapses whitespace, removes a leading "By", rejects URLs, datelines and empty values. */
export function cleanByline(value: string | null | undefined): string | null {
  const cleaned = cleanValue(value);
  if (!cleaned || looksLikeUrl(cleaned)) return null;
  const byline = cleaned.replace(LEADING_BY, '').trim();
  if (!byline || LONE_BY.test(byline) || isDateline(byline) || IS_LABEL.test(byline)) return null;
  return withoutTrailingDate(byline) || null;
}

function classAndId(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

function isHidden(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (element.hasAttribute('hidden')) return true;
  return element.getAttribute('aria-hidden') === 'true' && !classAndId(element).includes('fallback-image');
}

/** Containers that never hold the article's own byline, however lenient the search (comment and related-post authors). */
const FOREIGN_AUTHOR_CONTAINER = /comment|disqus|replies|related|sidebar|widget/i;
/** Roles of site navigation and asides, which list other pages' authors. */
const LENIENT_SKIPPED_ROLES = new Set(['navigation', 'complementary', 'menu', 'menubar', 'dialog', 'alertdialog']);

/**
 * Strict: the element is hidden, in a dialog / <noscript> / <template> / <nav>, or inside a container a
 * reader would skip (comments, sidebar, header, footer... as Readability's unlikely candidates).
 * Lenient: only hidden elements and comment / related / sidebar containers are ruled out (an
 * "entry-header" often holds the byline; Readability too finds it on its second pass).
 */
function isOutOfSight(element: Element, strict: boolean): boolean {
  if (isHidden(element)) return true;
  let insideTableOrCode = false;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (tag === 'TABLE' || tag === 'CODE') insideTableOrCode = true;
    if (tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'NAV' || isHidden(node)) return true;
    if (node.getAttribute('aria-modal') === 'true' && node.getAttribute('role') === 'dialog') return true;
    const matchString = classAndId(node);
    if (!strict) {
      if (FOREIGN_AUTHOR_CONTAINER.test(matchString) && !MAYBE_CONTENT_CONTAINER.test(matchString)) return true;
      if (LENIENT_SKIPPED_ROLES.has(node.getAttribute('role') ?? '')) return true;
      continue;
    }
    if (UNLIKELY_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (tag !== 'A' && !insideTableOrCode && UNLIKELY_CONTAINER.test(matchString) && !MAYBE_CONTENT_CONTAINER.test(matchString)) return true;
  }
  return false;
}

/**
 * Whether the element's trimmed text is shorter than `limit`, reading its text nodes only until
 * that is decided (a wrapper of the whole page is not copied into one string).
 */
function hasShortText(element: Element, limit: number): boolean {
  let text = '';
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue ?? '';
      // The trimmed length of what is read so far never exceeds that of the whole text.
      if (text.length >= limit && text.trim().length >= limit) return false;
    }
    node = nextNodeWithin(node, element);
  }
  return text.trim().length > 0;
}

/** The next node after `node` in document order, without leaving `root` (null at its end). */
function nextNodeWithin(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** Node.TEXT_NODE and Node.ELEMENT_NODE, spelt out so that the code needs no global Node object. */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

function isBylineElement(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop') ?? '';
  const marked = element.getAttribute('rel') === 'author' || itemprop.includes('author') || BYLINE_CLASS.test(classAndId(element));
  return marked && hasShortText(element, MAX_BYLINE_ELEMENT_LENGTH);
}

/** Links to an author page inside a byline ("by <a href=/author/lnolan>Lucas Nolan</a> 22 Dec 2016"). */
const AUTHOR_LINK_SELECTOR = 'a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/profile/"]';

/**
 * The author's name from a byline element: its [itemprop=name] part, else the text of its only
 * author link (leaving out the date and counters beside it), else its whole text.
 */
function bylineText(element: Element): string {
  const namePart = [...element.querySelectorAll('[itemprop]')].find((el) => (el.getAttribute('itemprop') ?? '').includes('name'));
  const authorLinks = namePart ? [] : [...element.querySelectorAll(AUTHOR_LINK_SELECTOR)];
  const linkText = authorLinks.length === 1 ? spacedText(authorLinks[0]!) : '';
  return linkText || spacedText(namePart ?? element);
}

/** Elements that always separate the text before and after them. */
const BLOCK_TAGS = new Set(['ADDRESS', 'BR', 'DIV', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TIME', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'TD']);

/**
 * Whether two texts that meet at an inline element boundary are separate words although no space
 * was written: "Foust|Monday", "Nolan|22", "2016|651", "LAWLESS|Associated", "Turak|@NatashaTurak"
 * (but "Woo|d" is one word).
 */
function isHiddenWordBreak(before: string, after: string): boolean {
  if (/[\p{L}\p{N}]$/u.test(before) && after.startsWith('@')) return true;
  return /\p{Ll}$/u.test(before) ? /^[\p{Lu}\p{N}]/u.test(after)
    : /\p{N}$/u.test(before) ? /^[\p{L}\p{N}]/u.test(after)
    : /\p{Lu}$/u.test(before) ? /^(?:\p{Lu}\p{Ll}|\p{N})/u.test(after)
    : false;
}

/** The element's text, with a space where elements meet words that were written apart; whitespace collapsed. */
function spacedText(element: Element): string {
  let text = '';
  let pendingBreak: 'block' | 'inline' | null = null;
  for (let node: Node | null = element.firstChild; node; node = nextNodeWithin(node, element)) {
    if (node.nodeType === ELEMENT_NODE) {
      pendingBreak = pendingBreak === 'block' || BLOCK_TAGS.has((node as Element).tagName.toUpperCase()) ? 'block' : 'inline';
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const value = node.nodeValue ?? '';
    if (pendingBreak === 'block' || (pendingBreak === 'inline' && isHiddenWordBreak(text, value))) text += ' ';
    text += value;
    pendingBreak = null;
  }
  return collapseWhitespace(text);
}

/**
 * The first visible byline element in document order: first among those outside any
 * unlikely container (Readability's rule), else among all but comment / related / navigation
 * ones, those inside the article roots first.
 */
export function bylineFromElements(doc: Document, articleRoots: readonly Element[] = []): string | null {
  const scope = doc.documentElement;
  if (!scope) return null;
  const candidates: Element[] = [];
  for (const element of scope.querySelectorAll(BYLINE_SELECTOR)) {
    if (!isBylineElement(element)) continue;
    candidates.push(element);
    if (candidates.length >= MAX_BYLINE_ELEMENTS_CHECKED) break;
  }
  const inRoots = (element: Element) => articleRoots.some((root) => root.contains(element));
  const rootsFirst = [...candidates.filter(inRoots), ...candidates.filter((element) => !inRoots(element))];
  for (const strict of [true, false]) {
    for (const element of strict ? candidates : rootsFirst) {
      if (isOutOfSight(element, strict)) continue;
      const text = cleanByline(bylineText(element));
      if (text) return text;
    }
  }
  return null;
}

export interface BylineInput {
  jsonLd: JsonLdArticle | null;
  meta: MetaValues;
  articleRoots: readonly Element[];
}

export function extractByline(doc: Document, input: BylineInput): string | null {
  const fromJsonLd = input.jsonLd?.authors.map((name) => cleanByline(name)).filter(Boolean).join(', ');
  if (fromJsonLd) return fromJsonLd;
  for (const key of BYLINE_META_KEYS) {
    const value = cleanByline(firstMeta(input.meta, [key]));
    if (value) return value;
  }
  return bylineFromElements(doc, input.articleRoots);
}
