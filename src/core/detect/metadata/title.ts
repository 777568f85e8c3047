/**
 * The article's headline. Sources, strongest first: the JSON-LD Article's headline / name,
 * Dublin Core / Open Graph / Twitter / Parse.ly title metas, an Article node found deeper in the
 * JSON-LD (one Readability.js does not read, so below the metas), then the <title> element with its
 * site part removed (or the page's single h1 when the <title> is unusable). A trailing
 * " - Site" part is then removed when other signals show it is the site's name.
 */
import type { JsonLdArticle } from './json-ld';
import type { MetaValues } from './meta-tags';
import { scanPage, type PageScan } from './page-scan';
import { namesHost } from './site-name';
import { hostNamesSuffix, mayBeSiteName, MIN_STRIPPED_TITLE_LENGTH, SUFFIX_SEPARATOR } from './title-site';
import { shareTextAsTitle } from './share-text';
import { parentElement, textContent } from '../../read/dom';
import { classAndId } from '../../dom';
import { isConsentNotice } from '../boilerplate';
import { SLUG } from '../../text';
import { cleanValue, collapseAsciiWhitespace, collapseWhitespace, comparable, textSimilarity, wordCount } from './text';

/** Meta keys that hold the article title, in the order they are trusted. */
const TITLE_META_KEYS = [
  'dc:title',
  'dcterm:title',
  'og:title',
  'weibo:article:title',
  'weibo:webpage:title',
  'title',
  'twitter:title',
  'parsely-title',
] as const;

/**
 * A title that is one token holding a digit ("d-161500790", "article_48213", "p12345"): a CMS's
 * record id, not a headline (a headline of one word carries no digits; "2048" alone is a game's
 * name, but no article's). Such a JSON-LD `name` beside a real `headline` made the id the title.
 */
const ID_TITLE = /^\S*\d\S*$/u;

/**
 * Whether a declared title reads as a headline: not a URL slug (a CMS's internal name), not a record id. Read as shown
 * (entities decoded: JSON-LD may spell its spaces "&#x20;").
 */
function readsAsHeadline(value: string): boolean {
  const shown = cleanValue(value) ?? '';
  const joined = shown.includes('-') || shown.includes('_'); // a slug joins its words (SLUG's test, cheaply)
  return !(joined && SLUG.test(shown)) && !ID_TITLE.test(shown);
}

/** Separators between a <title>'s headline and its site / section parts (" | ", " - ", " » ", ...). */
const SEPARATOR = / [|\-\u2013\u2014\\/>»] /g;
/**
 * A separator closing the <title> with nothing after it ("Über André Loibl | ": a template's site part left blank;
 * changenow.de, trafilatura 0251): no headline's end. Not "»", which closes a French quotation ("« … »").
 */
const DANGLING_SEPARATOR = /\s+[|\-\u2013\u2014·•]+$/;
/** Separators that show a path-like title ("Site » Section » Article"). */
const HIERARCHICAL_SEPARATOR = / [\\/>»] /;
/** Characters that may make up a separator, for cutting the leading part off. */
const LEADING_PART = /^[^|\-\u2013\u2014\\/>»]*[|\-\u2013\u2014\\/>»]/;

/** A title part shorter than this (in words) is a site name rather than a headline. */
const MIN_TITLE_WORDS = 3;
/** Below this many words a cut title may have lost too much; the original is kept then. */
const MAX_SHORT_TITLE_WORDS = 4;
/** More words than this before a colon: the colon is inside the headline, not after a site name. */
const MAX_WORDS_BEFORE_TITLE_COLON = 5;
/** A <title> shorter than this (characters) is too generic to be a headline. */
const MIN_DOCUMENT_TITLE_LENGTH = 15;
/** A <title> longer than this is a description rather than a headline. */
const MAX_DOCUMENT_TITLE_LENGTH = 150;
/** Share of shared words above which two titles are taken to name the same article. */
const SAME_TITLE_SIMILARITY = 0.75;
/** Confirmed by the <title> alone, a trailing part of more words than this may be a subtitle, not a site name. */
const MAX_SITE_SUFFIX_WORDS = 4;

function headingTexts(headings: Iterable<Element>): string[] {
  return [...headings].map((h) => collapseWhitespace(textContent(h)));
}

/** The page's single h1 (null when there is none or several). */
function singleH1(pageH1s: readonly Element[]): string | null {
  const texts = headingTexts(pageH1s).filter(Boolean);
  return texts.length === 1 ? texts[0]! : null;
}

/**
 * The first <title>'s text, as document.title gives it (not `doc.title`: linkedom may insert a <head> to answer),
 * without a dangling separator.
 */
export const documentTitleText = (scan: PageScan): string =>
  collapseAsciiWhitespace(scan.firstTitle ? textContent(scan.firstTitle) : '').replace(DANGLING_SEPARATOR, '');

/**
 * The headline guessed from the <title> element alone (Readability's rules): drop the part after
 * the last separator ("Headline | Site"), or the part before the first one when that leaves too
 * few words ("Site | Headline"), or the last part of a path ("Site » Blog Archive » Headline") that an
 * h1/h2 states alone; after a colon keep the headline part unless an h1/h2 holds the whole title; fall
 * back to the single h1 when the <title> is too short or too long.
 */
export function titleFromDocumentTitle(doc: Document, scan: PageScan = scanPage(doc)): string {
  const original = documentTitleText(scan);
  let title = original;
  let hadHierarchicalSeparators = false;
  const separators = [...original.matchAll(SEPARATOR)];
  if (separators.length) {
    const last = separators[separators.length - 1]!;
    hadHierarchicalSeparators = HIERARCHICAL_SEPARATOR.test(original);
    // "Site » Blog Archive » Headline": a path whose last part an h1 or h2 states alone ends in the headline.
    const lastPart = original.slice(last.index + last[0].length).trim();
    if (hadHierarchicalSeparators && scan.h1sAndH2s.some((h) => collapseWhitespace(textContent(h)) === lastPart))
      return lastPart;
    title = original.slice(0, last.index);
    if (wordCount(title) < MIN_TITLE_WORDS) title = original.replace(LEADING_PART, '');
  } else if (original.includes(': ')) {
    const headingHoldsWholeTitle = scan.h1sAndH2s.some((h) => textContent(h).trim() === original);
    if (!headingHoldsWholeTitle) {
      title = original.slice(original.lastIndexOf(':') + 1);
      if (wordCount(title.trim()) < MIN_TITLE_WORDS) title = original.slice(original.indexOf(':') + 1);
      else if (wordCount(original.slice(0, original.indexOf(':'))) > MAX_WORDS_BEFORE_TITLE_COLON) title = original;
    }
  } else if (original.length > MAX_DOCUMENT_TITLE_LENGTH || original.length < MIN_DOCUMENT_TITLE_LENGTH) {
    title = singleH1(scan.h1s) ?? title;
  }
  title = collapseWhitespace(title);
  const words = wordCount(title);
  const wordsWithoutSeparators = wordCount(original.replace(/[|\-\u2013\u2014\\/>»]+/g, '')) - 1;
  if (words <= MAX_SHORT_TITLE_WORDS && (!hadHierarchicalSeparators || words !== wordsWithoutSeparators))
    title = original;
  return title;
}

/**
 * JSON-LD title: when `name` and `headline` differ (some sites put their own name in `name`),
 * the one that matches the <title> or an h1 wins, `name` by default.
 */
function titleFromJsonLd(
  jsonLd: JsonLdArticle | null,
  documentTitle: () => string,
  h1s: readonly Element[],
): string | null {
  if (!jsonLd) return null;
  const name = jsonLd.name && readsAsHeadline(jsonLd.name) ? jsonLd.name : null;
  const headline = jsonLd.headline && readsAsHeadline(jsonLd.headline) ? jsonLd.headline : null;
  if (name && headline && name !== headline) {
    const guess = documentTitle();
    // The <title> or the page's h1 tells which one is the headline ("Headline | Site Name" of four words
    // or fewer is kept whole by Readability's rules, like both of them).
    const h1Texts = headingTexts(h1s).map(comparable);
    const matches = (text: string): boolean =>
      textSimilarity(text, guess) > SAME_TITLE_SIMILARITY || h1Texts.includes(comparable(text));
    const nameMatches = matches(name);
    const headlineMatches = matches(headline);
    return headlineMatches && !nameMatches ? headline : name;
  }
  return name ?? headline;
}

/** A site name without "www." and a trailing top-level domain, so that "Factorio.com" names the site "Factorio". */
function siteKey(name: string): string {
  return comparable(name)
    .replace(/^www\./, '')
    .replace(/\.(?:[a-z]{2,6})(?:\.[a-z]{2})?$/, '');
}

/** Keys a site goes by: its whole name and the name before a tagline ("Aktuálně.cz - Víte, co se právě děje"). */
function siteKeys(siteName: string): string[] {
  const name = siteName.split(SUFFIX_SEPARATOR)[0] ?? siteName;
  return [siteKey(siteName), siteKey(name)].filter(Boolean);
}

interface SuffixEvidence {
  /** og:site_name, the JSON-LD publisher. */
  siteNames: string[];
  /** The page's host name ("www.theverge.com"), when known. */
  hostname?: string | null;
  /** Other statements of the headline alone: h1s, title metas. */
  otherTitles: string[];
  /** The <title> with its own site part cut off (Readability's rules), when it had one. */
  documentTitleHeadline?: string | null;
  /** The h2s' texts of a page without an h1 (a forum's topic, a blog's post title). */
  h2Titles?: string[];
}

/**
 * Removes one trailing " - Site" / " | Site" part when it is recognisably the site's name
 * (og:site_name / publisher, with or without its domain ending, or the page's host name), when the headline before it
 * stands alone elsewhere (an h1, another title meta), or when the <title> ends in the same short
 * part and the <title> rules cut it off there as well. One part, cut at a separator the corpus
 * scorer also recognises, so the result stays comparable with a suffixed reference; only when no
 * such part is recognised may more go, as far as an h1 states the headline alone.
 */
export function stripSiteSuffix(title: string, evidence: SuffixEvidence): string {
  const separators = [...title.matchAll(SUFFIX_SEPARATOR)];
  const cut = separators.length ? stripOneSuffix(title, separators[separators.length - 1]!, evidence) : title;
  const headline = cut !== title ? cut : (headlineStatedAlone(title, separators, evidence.otherTitles) ?? title);
  return headlineBeforeLooseSeparator(headline, evidence.otherTitles) ?? headline;
}

/** A separator spaced on one side only ("Headline -Author", "Headline| Site"), then the part after it. */
const LOOSE_SEPARATOR = /^(?: [|\-\u2013\u2014]\S|[|\-\u2013\u2014] \S)/;
/**
 * A name of two to four capitalised words after a space alone ("… krytycznej  Tygodnik Sieci", the separator lost):
 * the site's, when an h1 states the words before it alone. One word may finish the headline ("… iPhone X").
 */
const LOST_SEPARATOR_NAME = /^ \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){1,3}$/u;

/**
 * The h1's headline when the title opens with it and goes on past a separator spaced on one side only, which the
 * separators above pass over: "Koncesjonowana opozycja -Leszek Jażdżewski" under an h1 "Koncesjonowana opozycja"
 * (liberte.pl, trafilatura 0487). A hyphen with no space either side joins a word ("E-Mail") and is no separator.
 */
function headlineBeforeLooseSeparator(title: string, otherTitles: string[]): string | null {
  for (const headline of otherTitles) {
    const rest = title.slice(headline.length);
    if (
      headline.length >= MIN_STRIPPED_TITLE_LENGTH &&
      title.startsWith(headline) &&
      (LOOSE_SEPARATOR.test(rest) || (rest.startsWith(' ') && LOST_SEPARATOR_NAME.test(rest)))
    )
      return headline;
  }
  return null;
}

function stripOneSuffix(title: string, last: RegExpExecArray, evidence: SuffixEvidence): string {
  const headline = title.slice(0, last.index).trim();
  const suffix = title.slice(last.index + last[0].length).trim();
  if (!headline || !mayBeSiteName(suffix)) return title;
  const headlineKey = comparable(headline);
  const statedAlone = (key: string) => evidence.otherTitles.some((other) => comparable(other) === key);
  // Both parts stated alone (h1s "Fachmeldungen" and the headline: a section's name over the story, zoll.de,
  // trafilatura 0565): the longer part after the separator is the headline, as in headlineStatedAlone, when it has a
  // headline's words (a logo's h1 "iloveponysmag.com" names the site).
  const suffixIsHeadline = wordCount(suffix) >= MIN_TITLE_WORDS && suffix.length > headline.length;
  if (suffixIsHeadline && statedAlone(comparable(suffix))) return suffix;
  if (statedAlone(headlineKey)) return headline;
  // No h1, and an h2 states the part before the suffix alone ("Was ist Freie Software - MyOOS Community Forum"):
  // that part is the headline when it is the longer one (a site's name in an h2 is short beside its headline).
  if (headline.length >= suffix.length && evidence.h2Titles?.some((other) => comparable(other) === headlineKey))
    return headline;
  const suffixKey = siteKey(suffix);
  // The <title> ends in the same short part and Readability's rules cut it there too (unless that
  // part is only the tail of a longer site name: "Remember 80/90 - Memorabilia anni 80/90").
  const shortSuffix = wordCount(suffix) <= MAX_SITE_SUFFIX_WORDS;
  const tailOfSiteName = evidence.siteNames.some((site) => {
    const parts = site.split(SUFFIX_SEPARATOR);
    return parts.length > 1 && parts.slice(1).some((part) => siteKey(part) === suffixKey);
  });
  const cutInTitleToo = !!evidence.documentTitleHeadline && comparable(evidence.documentTitleHeadline) === headlineKey;
  if (shortSuffix && cutInTitleToo && !tailOfSiteName) return headline;
  // A part that is the site's declared name goes however short the headline ("About Us - Shabka").
  if (evidence.siteNames.some((site) => siteKeys(site).includes(suffixKey))) return headline;
  const host = evidence.hostname;
  return host && hostNamesSuffix(headline, suffix, host) ? headline : title;
}

/**
 * The part before one of the title's separators that an h1 or another title meta states alone:
 * "Headline | Section | Site | 23.05.2011" with an h1 "Headline" is that headline, however many
 * parts follow it. The longest such part wins (a headline may hold a separator of its own). Else
 * the part after one, when it is longer than what goes before it: "Pressemitteilungen 2022 - Headline"
 * (a section before the headline; a site's name stated alone in a logo's h1 is shorter than its headline).
 */
function headlineStatedAlone(title: string, separators: RegExpExecArray[], otherTitles: string[]): string | null {
  if (!otherTitles.length) return null;
  const others = new Set(otherTitles.map(comparable));
  for (let i = separators.length - 1; i >= 0; i--) {
    const headline = title.slice(0, separators[i]!.index).trim();
    if (headline && others.has(comparable(headline))) return headline;
  }
  for (const { index, 0: separator } of separators) {
    const headline = title.slice(index + separator.length).trim();
    if (headline.length > index && others.has(comparable(headline))) return headline;
  }
  return null;
}

export interface TitleInput {
  jsonLd: JsonLdArticle | null;
  meta: MetaValues;
  siteName: string | null;
  /** The page's host name, when known: it confirms a site-name suffix. */
  hostname?: string | null;
  /** The page's elements as ./page-scan.ts gathered them. */
  scan: PageScan;
}

/**
 * The first title meta that reads as a headline (not a slug or a record id) and is not the site's own
 * name (DC.title "100% Noticias" on 100noticias.com.ni, beside the story's og:title).
 */
function headlineMeta(meta: MetaValues, hostname?: string | null): string | null {
  for (const key of TITLE_META_KEYS) {
    const value = meta.get(key);
    if (value && readsAsHeadline(value) && !(hostname && namesHost(value, hostname))) return value;
  }
  return null;
}

/**
 * A title that is the site's declared name (og:site_name, the JSON-LD publisher) names no article: every title
 * source of the page stating its site ("NMB-MEDIA eBay-Templates …" as og:title, og:site_name and <title>,
 * shop.nmb-media.de, trafilatura 0082). The page's single h1 is its headline then, unless it names the site too.
 */
function siteNameAsTitle(title: string, input: TitleInput): string {
  const key = comparable(title);
  const sites = [input.jsonLd?.publisherName, input.meta.get('og:site_name')];
  if (!key || !sites.some((site) => site && comparable(site) === key)) return title;
  // Not the h1 of a cookie notice's modal that the page's script adds (Klaro's "Informationen die wir sammeln").
  const h1 = singleH1(input.scan.h1s.filter((heading) => !inConsentNotice(heading)));
  return h1 && comparable(h1) !== key ? h1 : title;
}

function inConsentNotice(element: Element): boolean {
  for (let node = parentElement(element); node; node = parentElement(node))
    if (isConsentNotice(node, classAndId(node))) return true;
  return false;
}

/**
 * A title of one word that the <title> does not hold, beside a <title> of a headline that the page's single h1 ends
 * with (after a kicker): the word names the page's section, not its article (og:title "Medienmitteilungen" on a
 * press release, be.ch, trafilatura 0711). The <title>'s headline is the title then.
 */
function sectionNameAsTitle(title: string, documentTitle: () => string, scan: PageScan): string {
  if (wordCount(title) !== 1) return title;
  const guess = collapseWhitespace(documentTitle());
  const h1 = singleH1(scan.h1s);
  const key = comparable(guess);
  const confirmed = wordCount(guess) >= MIN_TITLE_WORDS && !!h1 && comparable(h1).endsWith(key);
  return confirmed && !key.includes(comparable(title)) ? guess : title;
}

/** At most this many words before a title's colon make a label ("Pressemitteilung: …"), not a headline's part. */
const MAX_TITLE_LABEL_WORDS = 2;

/**
 * A title of a short label, a colon and a headline that the page's single h1 states alone ("Pressemitteilung: Endlich
 * mehr Beschleunigung wagen!" over an h1 "Endlich mehr Beschleunigung wagen!", wind-energie.de, trafilatura 0745): the
 * label files the page for a search engine; the headline is the h1's.
 */
function withoutLabel(title: string, scan: PageScan): string {
  const colon = title.indexOf(': ');
  if (colon < 0 || wordCount(title.slice(0, colon)) > MAX_TITLE_LABEL_WORDS) return title;
  const h1 = singleH1(scan.h1s);
  return h1 && comparable(h1) === comparable(title.slice(colon + 2)) ? h1 : title;
}

export function extractTitle(doc: Document, input: TitleInput): string {
  let documentTitleGuess: string | null = null;
  const documentTitle = () => (documentTitleGuess ??= titleFromDocumentTitle(doc, input.scan));
  const { jsonLd } = input;
  const declared =
    (jsonLd?.primary ? titleFromJsonLd(jsonLd, documentTitle, input.scan.h1s) : null) ??
    headlineMeta(input.meta, input.hostname) ??
    (jsonLd && !jsonLd.primary ? titleFromJsonLd(jsonLd, documentTitle, input.scan.h1s) : null);
  const title = shareTextAsTitle(
    sectionNameAsTitle(
      siteNameAsTitle(cleanValue(declared) ?? cleanValue(documentTitle()) ?? '', input),
      documentTitle,
      input.scan,
    ),
    documentTitleText(input.scan),
    headingTexts(input.scan.h1s),
  );
  const otherTitles = [
    ...headingTexts(input.scan.h1s),
    ...TITLE_META_KEYS.map((key) => input.meta.get(key))
      .filter((t): t is string => !!t)
      .map((t) => cleanValue(t) ?? ''),
  ];
  const siteNames = [input.siteName, input.jsonLd?.publisherName, input.meta.get('og:site_name')].filter(
    (s): s is string => !!s,
  );
  const fullDocumentTitle = documentTitleText(input.scan);
  const guess = documentTitle();
  const documentTitleHeadline = guess !== fullDocumentTitle && fullDocumentTitle.startsWith(guess) ? guess : null;
  const h2Titles = input.scan.h1s.length ? [] : headingTexts(input.scan.h1sAndH2s);
  const evidence = { siteNames, otherTitles, documentTitleHeadline, hostname: input.hostname, h2Titles };
  return withoutLabel(stripSiteSuffix(title, evidence), input.scan);
}
