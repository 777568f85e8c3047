/**
 * One pass over the whole page that gathers every element a metadata rule reads (<meta> values,
 * JSON-LD blocks, headings, date marks, byline candidates) and the links the related-stories rule
 * reads. Each rule used to run its own selector query; a walk in JavaScript then visited the tree
 * once, but in a browser every element it read crossed the bindings (11–13 % of the analysis in
 * Chromium) only to be dropped. Now the browser's own selector engine does the filtering: two
 * queries (the links, then a superset of the other candidates, which the exact tests below narrow).
 * Lists are in document order, as the queries return them; the <html> element itself counts as for
 * `document.querySelectorAll`.
 */

import { attr, documentElement, hasAttr, hasAttrs, localName, querySelectorAll } from '../../read/dom';
import { WALK_NODES_PER_PAUSE, runToEnd, type Steps } from '../../steps';

/** class / id words that mark a byline element ("p-author" is covered by "author"). */
export const BYLINE_CLASS = /byline|author(?!it|ing|iz)|dateline|writtenby|p-author/i;
/**
 * Words of which every BYLINE_CLASS match holds one (ASCII letters: the selectors' `i` and the
 * regex's /i ignore the same case): the selector engine's prefilter of class and id values.
 */
const BYLINE_WORDS = ['byline', 'author', 'dateline', 'writtenby'];
/** Classes that mark a <time datetime> as the publication date (hAtom, microformats2, WordPress). */
const PUBLISHED_TIME_CLASSES = new Set(['published', 'dt-published', 'entry-date']);
/** The JSON-LD script type, compared without regard to case (as `[type="…" i]`). */
const JSON_LD_TYPE = 'application/ld+json';

/** The links the related-stories rule reads (an exact selector: no test after it). */
const LINKS = 'a[href]';
/**
 * Every other element a rule below may keep, and some it drops: a superset of the exact tests of
 * scanPageSteps, so that the selector engine (native code in a browser) visits the whole tree and
 * JavaScript reads only these few. `[rel=author i]`, `*="ld+json" i`: case-insensitive, wider than the
 * exact tests; `[itemprop*=…]` is case-sensitive, as the tests.
 */
const CANDIDATES = [
  'meta[content]',
  'script[type*="ld+json" i]',
  'title',
  'h1',
  'h2',
  'time[datetime]',
  'body[dir]',
  '[itemprop*="datePublished"]',
  '[itemprop*="author"]',
  '[rel="author" i]',
  ...BYLINE_WORDS.flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`]),
].join(',');

export interface PageScan {
  /** <meta content> elements. */
  metas: Element[];
  /** <script type="application/ld+json"> elements. */
  jsonLdScripts: Element[];
  /** The first <title> element anywhere (`document.title` only reads the one in <head>). */
  firstTitle: Element | null;
  /** <h1> elements. */
  h1s: Element[];
  /** <h1> and <h2> elements. */
  h1sAndH2s: Element[];
  /** The first [itemprop~="datePublished"] element. */
  firstDatePublished: Element | null;
  /** The first <time datetime> marked as the publication date (pubdate, .published, .dt-published, .entry-date). */
  firstMarkedTime: Element | null;
  /** The first <body dir> (a stray second <body> may be parsed before the real one). */
  firstBodyWithDir: Element | null;
  /**
   * Elements below <html> marked rel=author, [itemprop*=author] or with a byline-like class / id
   * (not yet checked for text).
   */
  bylineMarked: Element[];
  /** <a href> elements (as `a[href]`). */
  links: Element[];
}

/** The class attribute, "" when there is none (read once per element and analysis: ../../read/dom.ts). */
export function classOf(element: Element): string {
  return attr(element, 'class') ?? '';
}

/** Whether a whitespace-separated attribute value lists `token` (as the `~=` selector). */
function hasToken(value: string, token: string): boolean {
  return value.includes(token) && value.split(/\s+/).includes(token);
}

function isMarkedPublishedTime(time: Element): boolean {
  if (!hasAttr(time, 'datetime')) return false;
  if (hasAttr(time, 'pubdate')) return true;
  const classes = classOf(time);
  return !!classes && classes.split(/\s+/).some((name) => PUBLISHED_TIME_CLASSES.has(name));
}

function isBylineMarked(element: Element, itemprop: string): boolean {
  if (itemprop.includes('author') || BYLINE_CLASS.test(classOf(element))) return true;
  return BYLINE_CLASS.test(attr(element, 'id') ?? '') || attr(element, 'rel') === 'author';
}

/** A scan that found nothing: the start of every scan, and what a page that breaks the scan gets. */
export function emptyScan(): PageScan {
  return {
    metas: [],
    jsonLdScripts: [],
    firstTitle: null,
    h1s: [],
    h1sAndH2s: [],
    firstDatePublished: null,
    firstMarkedTime: null,
    firstBodyWithDir: null,
    bylineMarked: [],
    links: [],
  };
}

/** Reads the page once (pre-order, iterative) and returns what the metadata rules need. */
export function scanPage(doc: Document): PageScan {
  return runToEnd(scanPageSteps(doc));
}

/** scanPage in steps (../../steps.ts). */
export function* scanPageSteps(doc: Document): Steps<PageScan> {
  const scan = emptyScan();
  const root = documentElement(doc);
  if (!root) return scan;
  // Two queries, each one pass of the browser's own selector engine over the tree: the links (an
  // exact selector), then every other candidate (a superset: the exact tests below keep what the
  // rules read). In document order, as the walk that was here met them.
  scan.links = querySelectorAll(doc, LINKS);
  yield;
  let untilPause = WALK_NODES_PER_PAUSE;
  for (const element of querySelectorAll(doc, CANDIDATES)) {
    if (--untilPause === 0) {
      untilPause = WALK_NODES_PER_PAUSE;
      yield;
    }
    // HTML parsers give HTML elements lower-case local names (and selectors match XHTML's case-sensitively).
    switch (localName(element)) {
      case 'meta':
        if (hasAttr(element, 'content')) scan.metas.push(element);
        break;
      case 'script':
        if (attr(element, 'type')?.toLowerCase() === JSON_LD_TYPE) scan.jsonLdScripts.push(element);
        break;
      case 'title':
        scan.firstTitle ??= element;
        break;
      case 'h1':
        scan.h1s.push(element);
        scan.h1sAndH2s.push(element);
        break;
      case 'h2':
        scan.h1sAndH2s.push(element);
        break;
      case 'time':
        if (!scan.firstMarkedTime && isMarkedPublishedTime(element)) scan.firstMarkedTime = element;
        break;
      case 'body':
        if (!scan.firstBodyWithDir && hasAttr(element, 'dir')) scan.firstBodyWithDir = element;
        break;
    }
    if (hasAttrs(element)) {
      const itemprop = attr(element, 'itemprop') ?? '';
      if (!scan.firstDatePublished && hasToken(itemprop, 'datePublished')) scan.firstDatePublished = element;
      if (element !== root && isBylineMarked(element, itemprop)) scan.bylineMarked.push(element);
    }
  }
  return scan;
}
