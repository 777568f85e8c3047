/**
 * What the metadata rules read of the whole page (<meta> values, JSON-LD blocks, headings, date
 * marks, byline candidates) and the links the related-stories rule reads, found by the browser's own
 * selector engine: one query per rule, the exact tests of the rules after the queries that are
 * wider. A walk in JavaScript did this before, but in a browser every element it read crossed the
 * bindings (11–13 % of the analysis in Chromium) only to be dropped. Lists are in document order, as
 * the queries return them; the <html> element itself counts as for `document.querySelectorAll`.
 */

import { attr, documentElement, hasAttr, localName, querySelector, querySelectorAll } from '../../read/dom';
import { runToEnd, type Steps } from '../../steps';

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

/**
 * The elements a byline rule may keep, and some it drops: a superset of isBylineMarked's tests
 * (`[rel=author i]` is wider than the exact test; `[itemprop*=…]` is case-sensitive, as the test),
 * narrowed by them. Ten selectors that need no tag: the selector engine tries each on every element
 * (tens of milliseconds on a 100,000-element page in Chromium), so the query runs only when a rule
 * asks for them (most pages declare their author and date in JSON-LD or <meta>).
 */
const BYLINE_CANDIDATES = [
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
  // One query per rule, each a pass of the browser's own selector engine over the tree (a single
  // selector with a tag takes its fast path: a tag test per element, no JavaScript). Exact selectors
  // where the rule's test is one; the lists are in document order, as the walk that was here met them.
  scan.links = querySelectorAll(doc, 'a[href]');
  yield;
  scan.metas = querySelectorAll(doc, 'meta[content]');
  // Wider than the exact test (case-insensitive, any type that holds it).
  for (const script of querySelectorAll(doc, 'script[type*="ld+json" i]'))
    if (attr(script, 'type')?.toLowerCase() === JSON_LD_TYPE) scan.jsonLdScripts.push(script);
  scan.firstTitle = querySelector(doc, 'title');
  yield;
  for (const heading of querySelectorAll(doc, 'h1, h2')) {
    // HTML parsers give HTML elements lower-case local names (and selectors match XHTML's case-sensitively).
    if (localName(heading) === 'h1') scan.h1s.push(heading);
    scan.h1sAndH2s.push(heading);
  }
  scan.firstMarkedTime = querySelectorAll(doc, 'time[datetime]').find(isMarkedPublishedTime) ?? null;
  scan.firstBodyWithDir = querySelector(doc, 'body[dir]');
  yield;
  scan.firstDatePublished =
    querySelectorAll(doc, '[itemprop*="datePublished"]').find((element) =>
      hasToken(attr(element, 'itemprop') ?? '', 'datePublished'),
    ) ?? null;
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
