/**
 * What the metadata rules read of the whole page (<meta> values, JSON-LD blocks, headings, date
 * marks, byline candidates) and the links the related-stories rule reads, found by the selector
 * engine, with the exact tests of the rules after the queries that are wider. A walk in JavaScript
 * did this before, but in a browser every element it read crossed the bindings (11–13 % of the
 * analysis in Chromium) only to be dropped. Lists are in document order, as the queries return
 * them; the <html> element itself counts as for `document.querySelectorAll`.
 */

import { attr, documentElement, hasAttr, localName, querySelector, querySelectorAll } from '../../read/dom';
import { WALK_NODES_PER_PAUSE, runToEnd, type Steps } from '../../steps';
import { firstRdfaDateElement } from './rdfa-date';
import { POST_META_SELECTOR } from './post-meta-date';

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
 * Every element that a rule below always reads, the links included (the first <title> apart), in one query: one
 * pass of the selector engine (in linkedom every query is a walk in JavaScript over every node and attribute,
 * 3.4 % of the analysis in Node a walk). Each element it returns matched one tag's selector, exactly
 * what the rule keeps (but JSON-LD's `*="ld+json" i`, wider than the exact test): no attribute is
 * read again, only each element's name, to tell a link from the rest.
 */
const CANDIDATES = 'a[href],meta[content],script[type*="ld+json" i],h1,h2,body[dir]';

/**
 * What only the date rules read (a <time datetime>, microdata's datePublished), which most pages
 * never need (their JSON-LD or <meta> give the date): asked for with the bylines, in the same
 * query (MARKED_CANDIDATES), when a rule first needs one of them; alone on a page that breaks that.
 */
const DATE_CANDIDATES = 'time,abbr[title],[itemprop*="datePublished"]';

/**
 * The elements a byline rule may keep, and some it drops: a superset of isBylineMarked's tests
 * (`[rel=author i]` is wider than the exact test; `[itemprop*=…]` is case-sensitive, as the test),
 * narrowed by them; and DATE_CANDIDATES. Selectors that need no tag: the selector engine tries each
 * on every element (15–20 ms on a 100,000-element page in Chromium), so the query runs only when a
 * rule asks for them (103 of the 551 corpus pages never do: their JSON-LD or <meta> give author and date).
 */
const MARKED_CANDIDATES = [
  // The value tests only on elements that have the attribute: in linkedom each test reads the value
  // (class and id: the query 43 % shorter on the corpus; itemprop: 17 % shorter), in Chromium no slower.
  '[itemprop]:is([itemprop*="author"],[itemprop*="datePublished"])',
  '[rel="author" i]',
  ...['class', 'id'].map((name) => `[${name}]:is(${BYLINE_PARTS.map((part) => `[${name}*="${part}" i]`).join(',')})`),
  'time',
  'abbr[title]',
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
  /** The first [itemprop~="datePublished"] element (found when first asked for, as the bylines). */
  firstDatePublished: () => Element | null;
  /**
   * The first <time datetime> marked as the publication date (pubdate, .published, .dt-published,
   * .entry-date), found when first asked for.
   */
  firstMarkedTime: () => Element | null;
  /**
   * The <time datetime> elements not marked as the date of the last change (`time[datetime]:not([itemprop=
   * dateModified])`), in document order: found with the bylines, when first asked for.
   */
  datingTimes: () => readonly Element[];
  /** The first <time datetime itemprop=dateModified>: the date of the last change (./updated.ts). */
  firstChangeTime: () => Element | null;
  /** The first element marking a publication date in RDFa (./rdfa-date.ts), found when first asked for. */
  firstRdfaDate: () => Element | null;
  /** The first blog post's meta line (./post-meta-date.ts), found when first asked for. */
  firstPostMeta: () => Element | null;
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

/**
 * The date an element declares: a <time>'s datetime, or the title of an <abbr>, where hAtom and
 * microformats write the date a reader sees as words ("<abbr class=published title=2019-09-11T12:30Z>mercredi 11
 * septembre 2019</abbr>"). Null when it declares none.
 */
export function declaredDate(element: Element): string | null {
  const tag = localName(element);
  return tag === 'time' ? attr(element, 'datetime') : tag === 'abbr' ? attr(element, 'title') : null;
}

function isMarkedPublishedTime(time: Element): boolean {
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
    firstDatePublished: () => null,
    firstMarkedTime: () => null,
    datingTimes: () => [],
    firstChangeTime: () => null,
    firstRdfaDate: () => null,
    firstPostMeta: () => null,
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
  // Two queries, each a pass of the selector engine over the tree (native code in a browser, a
  // walk in JavaScript in linkedom): what the rules always read (the links too), the bylines and
  // date marks when a rule asks for them. In document order, as the walk that was here met them.
  let untilPause = WALK_NODES_PER_PAUSE;
  for (const element of querySelectorAll(doc, CANDIDATES)) {
    if (--untilPause === 0) {
      untilPause = WALK_NODES_PER_PAUSE;
      yield;
    }
    // HTML parsers give HTML elements lower-case local names (and selectors match XHTML's case-sensitively).
    switch (localName(element)) {
      case 'a':
        scan.links.push(element);
        break;
      case 'meta':
        scan.metas.push(element);
        break;
      case 'script':
        if (attr(element, 'type')?.toLowerCase() === JSON_LD_TYPE) scan.jsonLdScripts.push(element);
        break;
      case 'h1':
        scan.h1s.push(element);
        scan.h1sAndH2s.push(element);
        break;
      case 'h2':
        scan.h1sAndH2s.push(element);
        break;
      case 'body':
        scan.firstBodyWithDir ??= element;
        break;
    }
  }
  // The first <title> is in the <head> but on a few pages: a query that stops there costs less than a tag test of
  // every element in CANDIDATES (in linkedom each is a name read and lower-cased: 9 % of that query).
  scan.firstTitle = querySelector(doc, 'title');
  let marked: MarkedElements | null = null;
  const markedElements = (): MarkedElements => (marked ??= markedIn(doc, root));
  scan.bylineMarked = () => markedElements().bylines;
  scan.firstDatePublished = () => markedElements().datePublished;
  scan.firstMarkedTime = () => markedElements().markedTime;
  scan.datingTimes = () => markedElements().datingTimes;
  scan.firstChangeTime = () => markedElements().changeTime;
  let rdfaDate: Element | null | undefined;
  scan.firstRdfaDate = () => {
    if (rdfaDate === undefined) rdfaDate = firstRdfaDateElement(doc);
    return rdfaDate;
  };
  let postMeta: Element | null | undefined;
  scan.firstPostMeta = () => {
    if (postMeta === undefined) postMeta = querySelector(doc, POST_META_SELECTOR);
    return postMeta;
  };
  return scan;
}

/** The bylines and date marks of a page (PageScan's members of the same names). */
interface MarkedElements {
  bylines: Element[];
  datePublished: Element | null;
  markedTime: Element | null;
  datingTimes: Element[];
  changeTime: Element | null;
}

/**
 * The elements below `root` marked as a byline, and the first date marks, in one query (on a page
 * that breaks it, no bylines and the date marks of the date query alone).
 */
function markedIn(doc: Document, root: Element): MarkedElements {
  const marked: MarkedElements = {
    bylines: [],
    datePublished: null,
    markedTime: null,
    datingTimes: [],
    changeTime: null,
  };
  let candidates: Element[];
  let withBylines = true;
  try {
    candidates = querySelectorAll(doc, MARKED_CANDIDATES);
  } catch {
    withBylines = false;
    candidates = querySelectorAll(doc, DATE_CANDIDATES);
  }
  for (const element of candidates) {
    const itemprop = attr(element, 'itemprop') ?? '';
    if (withBylines && element !== root && isBylineMarked(element, itemprop)) marked.bylines.push(element);
    if (!marked.datePublished && hasToken(itemprop, 'datePublished')) marked.datePublished = element;
    const tag = localName(element);
    if (tag === 'time' && hasAttr(element, 'datetime')) {
      if (itemprop !== 'dateModified') marked.datingTimes.push(element);
      else marked.changeTime ??= element;
    }
    // The first one that declares its date (datetime), else the first one: its text may be a date ("April 13, 2020").
    const found = marked.markedTime;
    if (
      !(found && declaredDate(found) !== null) &&
      (!found || declaredDate(element) !== null) &&
      (tag === 'time' || tag === 'abbr') &&
      isMarkedPublishedTime(element)
    )
      marked.markedTime = element;
  }
  return marked;
}
