/**
 * The analysis: a Document in, plain data out. Reads the page, never changes it.
 *
 *   metadata (title first: the heading that repeats it is not part of the outline)
 *   → the article's block(s) → what the article holds (headings, list items, text)
 *   → the outline tree, the related stories, counts.
 */
import { attr, comesAfter, documentBaseUrl, headElements, isFrameset, pageBody, resolveUrl, tagOf } from './dom';
import { boundResult, MAX_RELATED } from './bounds';
import { findArticleSteps, type ArticleSelection } from './detect/article';
import { readArticleContentSteps } from './detect/content';
import type { ParagraphSource } from './detect/content-kinds';
import { withoutSiteSection } from './detect/site-appeals';
import { findKeyPointsSteps } from './detect/key-points';
import { markedLanguage } from './detect/key-points/page-language';
import { extractMetadata, scanPageSafelySteps } from './detect/metadata';
import { changeDate } from './detect/metadata/labelled-date';
import { labelledHeadDate, openingDate, openingDateline } from './detect/metadata/opening-date';
import { laterChange } from './detect/metadata/updated';
import { findRelatedStoriesSteps } from './detect/related';
import { withoutSiteSuffixes } from './detect/related/site-suffix';
import { isNameOnlyHeading } from './detect/name-headings';
import { isFurnitureHeadingElement } from './detect/caption-headings';
import { dekHeading } from './detect/dek-heading';
import { mayHoldOffers, withoutFurnitureBlocks } from './detect/outline-furniture';
import { isFormOnly } from './detect/form-page';
import { readArticleBlocks } from './blocks/read-blocks';
import { buildOutline, outlineHeadings } from './outline';
import { MAX_ANALYSIS_STEPS, StepBudgetExceeded, withStepBudget } from './read/budget';
import { closest, documentElement, querySelectorAll } from './read/dom';
import { httpHost, namedSiteHost } from './read/site';
import { runToEnd, type Steps } from './steps';
import { countWords, readingMinutes } from './text';
import type { AnalysisWithElements, AnalyzeOptions, ArticleMetadata, OutlineResult } from './types';

/**
 * An article needs some text of its own. Kept at one word: short notes and test pages are still
 * articles to outline; pages that are no article are told apart by their links (below) instead.
 */
export const MIN_ARTICLE_WORDS = 1;
/** When more than this share of the article's text is links, it is a list of links, not an article. */
export const MAX_ARTICLE_LINK_DENSITY = 0.5;
/** The excerpt, when the page gives none, is the first paragraph at least this long ... */
const EXCERPT_MIN_CHARS = 40;
/** ... cut to this many characters. */
const EXCERPT_MAX_CHARS = 300;

/**
 * The analysis of one document. It runs within a step budget (read/budget.ts): a page that would
 * take more reading steps than any real page gives found:false with the reason, instead of
 * holding the tab.
 */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): AnalysisWithElements {
  let analysis: AnalysisWithElements;
  try {
    analysis = withStepBudget(() => runToEnd(analysisPhases(doc, options)), MAX_ANALYSIS_STEPS, options.timeLimitMs);
  } catch (error) {
    analysis = budgetVerdict(error, options);
  }
  return bounded(analysis);
}

/** A spent step budget or time limit is an answer (found:false with the reason); anything else is a bug. */
export function budgetVerdict(error: unknown, options: AnalyzeOptions): AnalysisWithElements {
  if (!(error instanceof StepBudgetExceeded)) throw error;
  return notFound(emptyMetadata(), options.url ?? null, error.message);
}

/** Every text and list within the documented limits (bounds.ts, docs/limits.md). */
export function bounded(analysis: AnalysisWithElements): AnalysisWithElements {
  return { result: boundResult(analysis.result), elementsById: analysis.elementsById };
}

/**
 * The analysis as a sequence of phases: it pauses (yields) between phases and inside the long
 * ones, so that a caller can hand the thread back to the page between them (./sliced.ts). Run to
 * its end without pausing, it is the synchronous analysis: both give the same result.
 */
export function* analysisPhases(doc: Document, options: AnalyzeOptions): Steps<AnalysisWithElements> {
  if (!documentElement(doc)) return notFound(emptyMetadata(), options.url ?? null, 'The page is empty.');
  const pageUrl = pageUrlOf(doc, options.url ?? null);
  const baseUrl = documentBaseUrl(doc, pageUrl);
  const body = pageBody(doc);
  // One walk over the page gathers what the metadata rules and the related-stories rule read.
  const scan = yield* scanPageSafelySteps(doc);
  yield;
  // A given address that names no site (a saved page's file:, a copy served from this machine) leaves it to the page's
  // canonical or og:url: for the site's name at the title's end ("OUTDOOR LOVERS | iloveponysmag.com", 0030 served
  // locally), for the body text's own links and the related stories below.
  const siteUrl = namedSiteHost(pageUrl) ? pageUrl : (pageUrlOf(doc, null) ?? pageUrl);
  const metadata = extractMetadata(doc, { pageUrl: siteUrl, scan });
  if (isFrameset(doc))
    return notFound(metadata, pageUrl, 'The page is a frameset: its content lives in other documents.');
  if (!body) return notFound(metadata, pageUrl, 'The page has no body.');
  yield;

  const selection = yield* findArticleSteps(body, {
    title: metadata.title,
    findByline: !metadata.byline,
    pageHeadings: scan.h1sAndH2s,
  });
  if (!selection) return notFound(metadata, pageUrl, 'The page has no readable text.');
  yield;

  const isLeftOut = (element: Element): boolean =>
    selection.walk.skipped.has(element) || selection.clean.removed.has(element);
  // The page's own host, known already: the body-text rules need not read the page's <head> again. A given address
  // that is no web address (a saved page's file:) or a server's IP / localhost (a copy served from this machine)
  // names no site: the page's canonical or og:url does, as when none is.
  const siteHost = namedSiteHost(pageUrl) ?? (siteUrl === pageUrl ? null : httpHost(siteUrl)) ?? undefined;
  const content = yield* readArticleContentSteps(selection.parts, isLeftOut, siteHost, selection.walk);
  // The site's own last section goes from the text and from the outline (./detect/site-appeals.ts).
  const siteSection = withoutSiteSection(content.paragraphs, content.sources, metadata.siteName);
  const sectionStart = content.sources[siteSection]?.element;
  if (sectionStart) {
    content.paragraphs.length = content.sources.length = siteSection;
    content.items = content.items.filter(
      (item) => item.element !== sectionStart && !comesAfter(item.element, sectionStart),
    );
  }
  // The body's words are counted over its whole text (megabytes on a long page): a step of its own.
  yield;
  const bodyText = content.paragraphs.join('\n\n');
  const wordCount = countWords(bodyText);
  yield;
  // Related stories too: at an address that names no site the links are judged as on the canonical's site (else a
  // section link listed: 0969 served locally), their URLs resolved as given.
  const stories = yield* findRelatedStoriesSteps(doc, {
    baseUrl: siteUrl === pageUrl ? baseUrl : documentBaseUrl(doc, siteUrl),
    pageUrl: siteUrl,
    shownBaseUrl: baseUrl,
    articleRoots: selection.roots,
    headline: metadata.title,
    links: scan.links,
    walk: selection.walk,
    explain: options.explain,
    trace: options.relatedTrace,
    maxStories: MAX_RELATED,
  });
  const related = withoutSiteSuffixes(stories, metadata.siteName, siteHost);
  yield;

  const verdict = articleVerdict(selection, wordCount);
  if (verdict) return notFound(metadata, pageUrl, verdict);

  const title = metadata.title || firstHeadingText(content.items) || '';
  // Offer and teaser boxes are no outline, give no key points and are no body text.
  const mayOffer = mayHoldOffers(content);
  yield;
  const outlined = withoutFurnitureBlocks(content, selection.parts, related, isLeftOut, mayOffer, metadata.byline);
  // The body's count and reading time leave the boxes' words out, as the body leaves their text out.
  const bodyWords = outlined.leftOut.length ? wordCount - countWords(outlined.leftOut.join('\n\n')) : wordCount;
  yield;
  const dek = dekHeading(outlined);
  const outline = buildOutline(
    outlined.items.filter((item) => item !== dek && !isNameOnlyHeading(item, metadata.byline, metadata.siteName)),
    title,
  );
  yield;
  const keyPoints = yield* findKeyPointsSteps({
    ...outlined,
    lang: metadata.lang,
    title,
    byline: metadata.byline,
    wordCount: bodyWords,
  });
  const first = content.sources[0]?.element;
  const publishedTime =
    metadata.publishedTime ??
    openingDate(selection.roots[0], first) ??
    openingDateline(content.paragraphs) ??
    labelledHeadDate(scan.h1s, first);
  const result: OutlineResult = {
    url: pageUrl,
    found: true,
    ...metadata,
    title,
    // A page its markup dates nowhere may open its text with the date (./detect/metadata/opening-date.ts).
    publishedTime,
    // Declared, or a line under the headline a last change's label opens (./detect/metadata/updated.ts).
    ...modifiedTime(
      metadata.modifiedTime ?? (publishedTime && laterChange(publishedTime, changeLine(scan.h1s, content.sources))),
    ),
    dir: metadata.dir ?? directionOf(selection.roots),
    // A page that declares no language: the one its text's function words tell (as the key points read it).
    ...textLanguage(metadata.lang, outlined.paragraphs),
    excerpt: metadata.excerpt ?? excerptFrom(content.paragraphs),
    wordCount: bodyWords,
    readingMinutes: readingMinutes(bodyWords),
    outline: outline.sections,
    keyPoints: keyPoints.keyPoints,
    related,
    body: outlined.body.join('\n\n'),
  };
  if (options.content) {
    yield;
    result.content = readArticleBlocks(selection.parts, {
      baseUrl,
      // The boxes the outline and the body leave out (offers, teasers, furniture headings) are no reading text.
      // The headline set again with its kicker is no reading text either.
      isLeftOut: (element) => isLeftOut(element) || outlined.boxes.has(element) || element === outline.headline,
      bodyParagraphs: content.paragraphs,
      headings: outlineHeadings(outline),
      isFurnitureHeading: isFurnitureHeadingElement,
      relatedUrls: new Set(related.map((story) => story.url)),
      byline: metadata.byline,
      title: metadata.title,
      excerpt: metadata.excerpt,
      pageHeadings: scan.h1sAndH2s,
    });
  }
  return { result, elementsById: new Map([...outline.elementsById, ...keyPoints.elementsById]) };
}

export function outlineDocument(doc: Document, options: AnalyzeOptions = {}): OutlineResult {
  return analyzeDocument(doc, options).result;
}

/** A line under the headline that a last change's label opens, up to the text's first paragraph of running text. */
const changeLine = (h1s: readonly Element[], sources: readonly ParagraphSource[]) =>
  labelledHeadDate(h1s, sources.find((source) => source.kind === 'prose')?.element, changeDate);

/** `modifiedTime` when there is one; else nothing. */
const modifiedTime = (changed: string | null | undefined): Pick<OutlineResult, 'modifiedTime'> =>
  changed ? { modifiedTime: changed } : {};

/** `textLang` for a page that declares no language and whose first paragraphs tell one; else nothing. */
function textLanguage(declared: string | null, paragraphs: readonly string[]): Pick<OutlineResult, 'textLang'> {
  const told = declared ? null : markedLanguage(paragraphs);
  return told ? { textLang: told } : {};
}

/** Why the chosen text is not an article, or null when it is one. */
function articleVerdict(selection: ArticleSelection, wordCount: number): string | null {
  if (wordCount < MIN_ARTICLE_WORDS) return `The page has too little text to be an article (${wordCount} words).`;
  const density = selection.textLength ? selection.clean.linkLength / selection.textLength : 0;
  if (density > MAX_ARTICLE_LINK_DENSITY)
    return 'The page is mostly links (a menu, an index or a search page), not an article.';
  if (isFormOnly(selection))
    return 'The page is a form to fill in (a sign-in, search or contact page), not an article.';
  return null;
}

function notFound(metadata: ArticleMetadata, pageUrl: string | null, reason: string): AnalysisWithElements {
  return {
    result: {
      url: pageUrl,
      found: false,
      reason,
      ...metadata,
      wordCount: 0,
      readingMinutes: 0,
      outline: [],
      keyPoints: [],
      related: [],
      body: '',
    },
    elementsById: new Map(),
  };
}

function emptyMetadata(): ArticleMetadata {
  return { title: '', byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null };
}

/**
 * The elements that may state the page's own address in its <body>: some sites write their canonical <link> or og:url
 * <meta> there (readability's article-author-tag), so that a copy served from this machine had no site's address.
 */
const BODY_ADDRESS = 'link[rel][href], meta[property="og:url"][content]';

/**
 * The given URL, else the page's canonical or og:url when it is an absolute http(s) URL: in <head>, else in <body>
 * (one query, only for a page without a given address: a saved copy's, a local copy's).
 */
function pageUrlOf(doc: Document, given: string | null): string | null {
  if (given) return given;
  const body = pageBody(doc);
  return addressIn(headElements(doc)) ?? (body ? addressIn(querySelectorAll(body, BODY_ADDRESS)) : null);
}

/** The first canonical <link>'s address, else the first og:url <meta>'s, when it is an absolute http(s) URL. */
function addressIn(elements: Element[]): string | null {
  const candidates = [
    attrOf(
      elements.find(
        (element) => tagOf(element) === 'link' && /(^|\s)canonical(\s|$)/i.test(attr(element, 'rel') ?? ''),
      ),
      'href',
    ),
    attrOf(
      elements.find((element) => tagOf(element) === 'meta' && attr(element, 'property') === 'og:url'),
      'content',
    ),
  ];
  for (const candidate of candidates) {
    const url = candidate ? resolveUrl(candidate, null) : null;
    if (url && /^https?:$/.test(url.protocol)) return url.href;
  }
  return null;
}

function attrOf(element: Element | undefined, name: string): string | null {
  return element ? attr(element, name) : null;
}

function directionOf(roots: Element[]): 'ltr' | 'rtl' | null {
  for (const root of roots) {
    const marked = closest(root, '[dir]');
    const dir = marked ? attr(marked, 'dir')?.toLowerCase() : null;
    if (dir === 'rtl' || dir === 'ltr') return dir;
  }
  return null;
}

function excerptFrom(paragraphs: string[]): string | null {
  const first = paragraphs.find((paragraph) => paragraph.length >= EXCERPT_MIN_CHARS);
  if (!first) return null;
  return first.length > EXCERPT_MAX_CHARS ? `${first.slice(0, EXCERPT_MAX_CHARS - 1).trimEnd()}…` : first;
}

function firstHeadingText(items: { kind: string; text: string }[]): string | null {
  return items.find((item) => item.kind === 'heading')?.text ?? null;
}
