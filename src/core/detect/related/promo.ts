/**
 * Standalone promo lines and boxes inside an article: "Related: <a>…</a>", "READ MORE: <a>…</a>",
 * "<a>[Read: …]</a>", "Lire aussi : <a>…</a>" — a short block that is mostly one link.
 */
import { attr, upperTag } from '../../dom';
import { hasPromoPrefix, isBarePromoLabel } from './labels';
import { collapseWhitespace, countWords, descendantsWhere, isAnchorElement, rememberingBoundedText, type BoundedTextReader } from './text';

/** Tags of the block that holds a line of text; inline wrappers (<strong>, <i>, <span>) are climbed through. */
const LINE_TAGS = new Set(['P', 'DIV', 'LI', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'ASIDE', 'SECTION', 'DD', 'FIGURE', 'FIGCAPTION']);
/** Tags that end the climb: above them the "line" would be a whole section. */
const CONTAINER_TAGS = new Set(['ARTICLE', 'MAIN', 'BODY', 'HTML', 'UL', 'OL', 'TABLE']);
/** A promo line is short: longer blocks are running text with a link in them. */
const MAX_PROMO_LINE_CHARS = 300;
/** The text beside the link(s) is at most a prefix like "Related:" or "Lesen Sie auch:". */
const MAX_PROMO_PREFIX_CHARS = 40;
/** The link text itself must read like a headline, not "here". */
const MIN_PROMO_LINK_CHARS = 12;

/** The nearest block element that holds the link as a line of its own (p, div, li …). */
export function lineBlockOf(anchor: Element): Element | null {
  for (let element = anchor.parentElement; element && !CONTAINER_TAGS.has(upperTag(element)); element = element.parentElement) {
    if (LINE_TAGS.has(upperTag(element))) return element;
  }
  return null;
}

/**
 * The promo rules of one analysis. They read the blocks around each link, and the links of one
 * block share those readings (a paragraph or a box with many links is read once, not once per link).
 */
export interface PromoRules {
  /** Whether the anchor (whose collapsed text is `linkText`) is a standalone promo line for another article. */
  isPromoLine(anchor: Element, linkText: string): boolean;
  /** The inline promo box around the anchor (see promoBoxOf), or null. */
  promoBoxOf(anchor: Element): Element | null;
}

/**
 * `pageHost`: the page's own host without www. (a promo box promotes the site's own stories);
 * `readText`: the analysis's remembering text reader (see rememberingBoundedText).
 */
export function createPromoRules(pageHost: string | null, readText: BoundedTextReader = rememberingBoundedText()): PromoRules {
  const lineVerdicts = new Map<Element, boolean>();
  return {
    isPromoLine(anchor, linkText) {
      if (linkText.length < MIN_PROMO_LINK_CHARS) return false;
      if (hasPromoPrefix(linkText)) return true;
      const line = lineBlockOf(anchor);
      if (!line) return false;
      let verdict = lineVerdicts.get(line);
      if (verdict === undefined) {
        verdict = isPromoLineBlock(line, readText);
        lineVerdicts.set(line, verdict);
      }
      return verdict;
    },
    promoBoxOf: (anchor) => promoBoxOf(anchor, pageHost, readText),
  };
}

/** Whether a line block reads as a promo line: short, and only a promo prefix besides its links. */
function isPromoLineBlock(line: Element, readText: BoundedTextReader): boolean {
  const lineText = readText(line, MAX_PROMO_LINE_CHARS);
  if (lineText.length > MAX_PROMO_LINE_CHARS) return false;
  // Text of the line outside its links: for a promo line, only the prefix (and brackets / punctuation).
  let outside = lineText;
  for (const link of descendantsWhere(line, isAnchorElement)) {
    const text = collapseWhitespace(link.textContent);
    if (text) outside = outside.replace(text, ' ');
  }
  outside = collapseWhitespace(outside.replace(/[\s[\]().,;:!?"'«»“”„‘’–—-]+/g, ' '));
  if (outside.length > MAX_PROMO_PREFIX_CHARS) return false;
  return hasPromoPrefix(lineText) || isBarePromoLabel(outside);
}

/** Tags of an inline promo box: a small block of its own between two paragraphs of the article. */
const BOX_TAGS = new Set(['DIV', 'ASIDE', 'SECTION']);
/** Tags that are never a promo box nor hold one near the link: lists are teaser lists, a figure is the article's own picture. */
const NOT_BOX_TAGS = new Set(['FIGURE', 'P', 'LI', 'UL', 'OL', 'TD', 'TR', 'TABLE', 'ARTICLE', 'MAIN', 'BODY', 'NAV', 'HEADER', 'FOOTER']);
/** How far above the link the box may be (wrappers for the image and the caption). */
const MAX_BOX_LEVELS = 4;
/** A promo box says little: a headline, a kicker, a caption. */
const MAX_BOX_CHARS = 250;
/** A paragraph of prose next to the box shows that the box stands inside the article text. */
const MIN_NEIGHBOUR_PROSE_CHARS = 150;
/** The box's text reads like a headline: a few words at least. */
const MIN_BOX_WORDS = 3;

/**
 * The inline promo box around the link, or null: a short block between paragraphs of the article
 * whose links all lead to one story (an image link and a headline link, "Map: Flow of fighters").
 */
function promoBoxOf(anchor: Element, pageHost: string | null, readText: BoundedTextReader): Element | null {
  if (!pageHost) return null;
  let href: string | null = null;
  for (let element = anchor.parentElement, level = 0; element && level < MAX_BOX_LEVELS; element = element.parentElement, level++) {
    if (NOT_BOX_TAGS.has(upperTag(element))) return null;
    if (!BOX_TAGS.has(upperTag(element))) continue;
    if (href === null) {
      // A promo box in the article promotes the site's own story; boxes for other sites are ads.
      // (Asked only here, at the first box candidate: most links have none, and parsing is costly.)
      if (hostOf(attr(anchor, 'href'), pageHost) !== pageHost) return null;
      href = hrefWithoutFragment(anchor);
    }
    const text = readText(element, MAX_BOX_CHARS);
    if (text.length > MAX_BOX_CHARS) return null;
    if (!hasProseNeighbour(element, readText)) continue;
    const linksElsewhere = descendantsWhere(element, (child) => upperTag(child) === 'A' && child.hasAttribute('href') && hrefWithoutFragment(child) !== href, 1);
    // A box shows the story's picture; a line of text only ("Main article: …") is a note, not a promo.
    const hasPicture = descendantsWhere(element, (child) => upperTag(child) === 'IMG' || upperTag(child) === 'PICTURE', 1).length > 0;
    return linksElsewhere.length === 0 && hasPicture && countWords(text) >= MIN_BOX_WORDS ? element : null;
  }
  return null;
}

function hostOf(href: string | null, base: string): string | null {
  try {
    return new URL(href ?? '', `https://${base}/`).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return null;
  }
}

function hrefWithoutFragment(anchor: Element): string {
  return (attr(anchor, 'href') ?? '').trim().replace(/#.*$/, '');
}

function hasProseNeighbour(element: Element, readText: BoundedTextReader): boolean {
  for (const sibling of [nearestElement(element, 'previous', readText), nearestElement(element, 'next', readText)]) {
    if (sibling && upperTag(sibling) === 'P' && readText(sibling, MIN_NEIGHBOUR_PROSE_CHARS).length >= MIN_NEIGHBOUR_PROSE_CHARS) return true;
  }
  return false;
}

/** The nearest sibling element that is not a script, a style or an empty slot. */
function nearestElement(element: Element, direction: 'previous' | 'next', readText: BoundedTextReader): Element | null {
  const step = (current: Element): Element | null => (direction === 'previous' ? current.previousElementSibling : current.nextElementSibling);
  for (let sibling = step(element), scanned = 0; sibling && scanned < 3; sibling = step(sibling), scanned++) {
    if (upperTag(sibling) === 'SCRIPT' || upperTag(sibling) === 'STYLE' || upperTag(sibling) === 'NOSCRIPT') continue;
    if (upperTag(sibling) !== 'P' && !readText(sibling, 1)) continue;
    return sibling;
  }
  return null;
}
