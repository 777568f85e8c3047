/**
 * What the metadata rules read, gathered from the page index (../page-index.ts): the one walk over
 * the whole page that gathers every element a metadata rule reads (<meta> values,
 * JSON-LD blocks, headings, date marks, byline candidates) and the links the related-stories rule
 * reads. Each rule used to run its own selector query, and a query visits the whole tree (slowly,
 * in linkedom); this walk visits it once, with pointer moves and attribute reads only. Lists are in
 * document order, as the queries returned them; the <html> element itself counts as for
 * `document.querySelectorAll`.
 */

import { attr, hasAttr } from '../../read/dom';
import { runToEnd, type Steps } from '../../steps';
import { AUTHOR_MARKED, DATE_PUBLISHED, HAS_ATTRIBUTES, hasMark, indexPageSteps, type PageIndex } from '../page-index';

/** class / id words that mark a byline element ("p-author" is covered by "author"). */
export const BYLINE_CLASS = /byline|author(?!it|ing|iz)|dateline|writtenby|p-author/i;
/** Classes that mark a <time datetime> as the publication date (hAtom, microformats2, WordPress). */
const PUBLISHED_TIME_CLASSES = new Set(['published', 'dt-published', 'entry-date']);
/** The JSON-LD script type, compared without regard to case (as `[type="…" i]`). */
const JSON_LD_TYPE = 'application/ld+json';

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

/**
 * The raw class attribute. (`getAttribute('class')` makes linkedom build a DOMTokenList for
 * every element asked; the token-normalised value it returns matches the same patterns.)
 */
export function classOf(element: Element): string {
  return attr(element, 'class') ?? '';
}

function isMarkedPublishedTime(time: Element): boolean {
  if (!hasAttr(time, 'datetime')) return false;
  if (hasAttr(time, 'pubdate')) return true;
  const classes = classOf(time);
  return !!classes && classes.split(/\s+/).some((name) => PUBLISHED_TIME_CLASSES.has(name));
}

/** rel=author, an author itemprop, or a byline-like class or id. */
function isBylineMarked(index: PageIndex, i: number): boolean {
  const { className, id, marks } = index.attributes[i]!;
  return (marks & AUTHOR_MARKED) !== 0 || BYLINE_CLASS.test(className) || BYLINE_CLASS.test(id);
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

/** Reads the page once (../page-index.ts) and returns what the metadata rules need. */
export function scanPage(doc: Document): PageScan {
  return runToEnd(scanPageSteps(doc));
}

/** scanPage in steps (../../steps.ts). */
export function* scanPageSteps(doc: Document): Steps<PageScan> {
  return scanIndex(yield* indexPageSteps(doc));
}

/**
 * The scan read from the page index: arrays, except for the few attributes of a few kinds of
 * element (<meta>, <script>, <time>, <body>) that only this scan asks for.
 */
export function scanIndex(index: PageIndex): PageScan {
  const scan = emptyScan();
  const { nodes, tags } = index;
  for (let i = 0; i < nodes.length; i++) {
    const tag = tags[i]!;
    if (!tag) continue;
    const element = nodes[i] as Element;
    switch (tag) {
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
      case 'a':
        if (index.attributes[i]!.href !== null) scan.links.push(element);
        break;
    }
    if (hasMark(index, i, HAS_ATTRIBUTES)) {
      if (!scan.firstDatePublished && hasMark(index, i, DATE_PUBLISHED)) scan.firstDatePublished = element;
      if (i !== 0 && isBylineMarked(index, i)) scan.bylineMarked.push(element);
    }
  }
  return scan;
}
