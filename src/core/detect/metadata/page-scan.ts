/**
 * What the metadata rules read of the whole page (<meta> values, JSON-LD blocks, headings, date
 * marks, byline candidates) and the links the related-stories rule reads, found by the selector
 * engine, with the exact tests of the rules after the queries that are wider. A walk in JavaScript
 * did this before, but in a browser every element it read crossed the bindings (11–13 % of the
 * analysis in Chromium) only to be dropped. Lists are in document order, as the queries return
 * them; the <html> element itself counts as for `document.querySelectorAll`.
 */

import { attr, documentElement, hasAttr, localName, querySelectorAll } from '../../read/dom';
import { WALK_NODES_PER_PAUSE, runToEnd, type Steps } from '../../steps';

/** class / id words that mark a byline element ("p-author" is covered by "author"). */
export const BYLINE_CLASS = /byline|author(?!it|ing|iz)|dateline|writtenby|p-author/i;
/**
 * Parts of which every BYLINE_CLASS match holds one ("byline" and "writtenby" hold "by"; ASCII
 * letters: the selectors' `i` and the regex's /i ignore the same case): the selector engine's
 * prefilter of class and id values. Three, not one a word: each is tried on every element's class
 * (each case-insensitive test of the class costs about 0.08 ms a corpus page in Chromium).
 */
const BYLINE_PARTS = ['by', 'author', 'dateline'];
/** Classes that mark a <time datetime> as the publication date (hAtom, microformats2, WordPress). */
const PUBLISHED_TIME_CLASSES = new Set(['published', 'dt-published', 'entry-date']);
/** The JSON-LD script type, compared without regard to case (as `[type="…" i]`). */
const JSON_LD_TYPE = 'application/ld+json';

/**
 * The elements a byline rule may keep, and some it drops: a superset of isBylineMarked's tests
 * (`[rel=author i]` is wider than the exact test; `[itemprop*=…]` is case-sensitive, as the test),
 * narrowed by them. Selectors that need no tag: the selector engine tries each on every
 * element (15–20 ms on a 100,000-element page in Chromium), so the query runs only when a rule asks
 * for them (188 of the 551 corpus pages never do: their JSON-LD or <meta> give author and date).
 */
const BYLINE_CANDIDATES = [
  '[itemprop*="author"]',
  '[rel="author" i]',
  // The value tests only on elements that have the attribute: in linkedom each test reads the value
  // (the query 43 % shorter on the corpus), in Chromium no slower.
  ...['class', 'id'].map((name) => `[${name}]:is(${BYLINE_PARTS.map((part) => `[${name}*="${part}" i]`).join(',')})`),
].join(',');

/**
 * Every element a rule below may keep but the bylines, and some it drops: a superset of the exact
 * tests of scanPageSteps (`*="ld+json" i` is wider than the exact test), in one query: one pass
 * of the selector engine (in linkedom every query is a walk in JavaScript).
 */
const CANDIDATES =
  'meta[content],script[type*="ld+json" i],title,h1,h2,time[datetime],body[dir],[itemprop*="datePublished"]';

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
   * (not yet checked for text): found when first asked for, then kept.
   */
  bylineMarked: () => readonly Element[];
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
    bylineMarked: () => [],
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
  // Three queries, each a pass of the selector engine over the tree (native code in a browser, a
  // walk in JavaScript in linkedom): the links (an exact selector, the tag fast path), every other
  // candidate but the bylines (a superset, narrowed by the exact tests below), the bylines when
  // asked for. In document order, as the walk that was here met them.
  scan.links = querySelectorAll(doc, 'a[href]');
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
    if (!scan.firstDatePublished && hasToken(attr(element, 'itemprop') ?? '', 'datePublished'))
      scan.firstDatePublished = element;
  }
  let bylineMarked: Element[] | null = null;
  scan.bylineMarked = () => {
    bylineMarked ??= bylineMarkedIn(doc, root);
    return bylineMarked;
  };
  return scan;
}

/** The elements below `root` marked as a byline, in document order ([] on a page that breaks the query). */
function bylineMarkedIn(doc: Document, root: Element): Element[] {
  try {
    return querySelectorAll(doc, BYLINE_CANDIDATES).filter(
      (element) => element !== root && isBylineMarked(element, attr(element, 'itemprop') ?? ''),
    );
  } catch {
    return [];
  }
}
