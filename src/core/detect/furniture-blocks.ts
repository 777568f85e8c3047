/**
 * Boxes inside or right after the article that are not the article, told by what they say and
 * where their label sits:
 * - an offer box: a paywall, a "register to read on" box, a plan with its price: a small box with a
 *   heading, a list, a button or a form in it (not a paragraph of prose) whose text holds three
 *   different offer words (./vocabulary/offers.json; a price per period is one);
 * - a teaser box: a box that starts with a label like "Weitere Artikel", "Most read", "Comments"
 *   (the related-stories lexicon, read only, and ./vocabulary/block-labels.json): the box holds
 *   other stories or page furniture. The label alone, in the article's flow ("See also" among the
 *   sections of an encyclopedia page), heads a part of the article and is left alone.
 * Predicates over the page as it is; nothing is changed. Texts read are bounded and remembered.
 */
import { isElement, tagOf } from '../dom';
import {
  boundedTextContent,
  contains,
  firstChild,
  isText,
  isTextLongerThan,
  lastElementChild,
  nextElementSibling,
  nextNodeAfter,
  nextNodeWithin,
  nodeValue,
  parentElement,
  querySelector,
  querySelectorAll,
  textContent,
} from '../read/dom';
import { collapsedLength, collapseWhitespace } from '../text';
import { HEADING_TAGS, HEADINGS } from '../read/tags';
import { isBodyNoiseCandidate, NOISE_MAX_CHARS } from './body-noise';
import { LABEL_END } from './dropped-labels';
import { opensWithCall } from './furniture-text';
import { type LabelKind, matchBlockLabel, normalizeLabel } from './related/lexicon';
import blockLabels from './vocabulary/block-labels.json';
import offers from './vocabulary/offers.json';
import { escapeLiteral } from './vocabulary/patterns';

/**
 * An offer box is small: a box with more text than this (characters) holds more than an offer (a
 * paywalled article's own text is often wrapped with its offer). Three plans with their lists of
 * features fill about 4,500.
 */
export const OFFER_BOX_MAX_CHARS = 6000;
/**
 * Different offer words (a price per period counts as one) that make a box an offer: one or two is
 * also an article's ("Sign up for the ad-free plan for $11.99 a month" in a how-to).
 */
export const OFFER_MIN_SIGNALS = 3;
/**
 * ... and a larger box needs one per this many characters: an offer is dense with them, an article
 * that wraps its own offer box (or talks of subscriptions) is not.
 */
const OFFER_CHARS_PER_SIGNAL = 700;
/** A price per period: "3 € / Monat", "$1/week", "135,00 EUR / Jahr", "4,99 € im Monat", "£5 a month". */
const PRICE = String.raw`(?:\d[\d.,]*\s?(?:€|eur|euro|\$|£|chf|usd)|(?:€|\$|£)\s?\d[\d.,]*)`;
const PER = String.raw`\s*(?:\/|pro|per|a|an|im|par|al|por|je)?\s*`;
const PERIOD = String.raw`(?:monat|month|mo\b|jahr|year|yr\b|woche|week|mois|an\b|année|semaine|mes\b|año|mese|anno)`;
const PRICE_PER_PERIOD = new RegExp(PRICE + PER + PERIOD, 'iu');
const OFFER_ALTERNATION = offers.groups
  .flatMap((group) => group.words)
  .map(escapeLiteral)
  .join('|');
/**
 * Offer words where a word starts (not inside "lebensabo…"): "abo " must be a word of its own.
 * Matched against the text lower-cased (see countOfferSignals), without the `i` flag: a case-blind
 * Unicode search is ten times slower, and the page's whole text is searched once per analysis.
 */
const OFFER_WORD_AT = new RegExp(`(?<![\\p{L}\\p{N}])(?:${OFFER_ALTERNATION})`, 'uy');
/**
 * The same words anywhere, a word start or not: the quick search for where OFFER_WORD_AT may match.
 * A look-behind tried at every character made the search three times slower.
 */
const OFFER_WORD_ANYWHERE = new RegExp(`(?:${OFFER_ALTERNATION})`, 'gu');
/**
 * The long s, the one lower-case letter that a case-blind match of the (lower-case) offer words
 * would read as another ("ſ" as "s"); the others are made lower-case by toLowerCase.
 */
const LONG_S = /\u017F/g;

/** A box that holds this share of the text of the article's prose paragraphs or more is the article. */
export const ARTICLE_PROSE_SHARE = 0.5;
/** A label is a few words: a longer heading that starts "Related …" is a title of the article's own. */
export const BLOCK_LABEL_MAX_WORDS = 5;
/** Text a box may hold before its label (characters): an icon's word, a counter; more, and the label is inside it. */
const LABEL_LEAD_MAX_CHARS = 20;
/** The lexicon's kinds that head a box of other stories or page furniture. */
const BOX_KINDS: ReadonlySet<LabelKind> = new Set(['related', 'sitewide', 'sponsored', 'furniture']);
const EXTRA_LABELS = blockLabels.labels.flatMap((group) => group.words);
const KEPT_LABELS = blockLabels.kept.flatMap((group) => group.words);
/** Nodes looked at after a label for text before the next heading: a label followed by this much heads something. */
const EMPTY_LABEL_MAX_NODES = 400;
/** Elements whose text is no reading text. */
const NO_TEXT_TAGS = new Set(['script', 'style', 'noscript', 'template']);
/**
 * What an offer box is built of besides text: a heading, a list of features, a button or a form. A
 * paragraph of prose that talks of subscriptions ("… signed up 10 million subscribers …") is none.
 */
const OFFER_PARTS = `${HEADINGS},ul,ol,button,form,input,select`;
const OFFER_PART_TAGS = new Set([...HEADING_TAGS, 'ul', 'ol', 'li', 'button', 'form']);
/** Letters that go on after a label's last word ("tags" is not "tagsüber"). */
const WORD_GOES_ON = /^[\p{L}\p{N}]/u;

/** The offer words and price of a text, each counted once. */
export function offerSignals(text: string): number {
  return countOfferSignals(text, Infinity);
}

/** Whether the text has at least `min` offer signals (stops counting there). */
export function hasOfferSignals(text: string, min: number): boolean {
  return countOfferSignals(text, min) >= min;
}

/**
 * hasOfferSignals of the lines joined by "\n", without joining them (a long page's text is megabytes): no offer word
 * holds a line break, so each line's words are found alone; the price, whose pattern may reach over a line's end, is
 * asked of the joined text only when it decides (the words one signal short).
 */
export function linesHoldOfferSignals(lines: readonly string[], min: number): boolean {
  const found = new Set<string>();
  for (const line of lines) if (addOfferWords(line, found, min) >= min) return true;
  return found.size >= min || (found.size + 1 >= min && PRICE_PER_PERIOD.test(lines.join('\n')));
}

/** The offer signals of a text (its words, then its price), counted until `stopAt`. */
function countOfferSignals(text: string, stopAt: number): number {
  const found = new Set<string>();
  if (addOfferWords(text, found, stopAt) >= stopAt) return found.size;
  return found.size + (PRICE_PER_PERIOD.test(text) ? 1 : 0);
}

/**
 * Adds the offer words of a text to `found` until it holds `stopAt`; returns its size. Every offer word that starts
 * a word, as a search with OFFER_WORD_AT at each character would find them: the quick pattern finds where one of the
 * words is, and OFFER_WORD_AT, tried there, says whether (and which) one starts a word there; where none does, the
 * search goes on from the next character.
 */
function addOfferWords(text: string, found: Set<string>, stopAt: number): number {
  const lower = text.toLowerCase();
  // The same length as `lower` (one letter for one), so that a match's place is the same in both.
  const folded = lower.includes('\u017F') ? lower.replace(LONG_S, 's') : lower;
  OFFER_WORD_ANYWHERE.lastIndex = 0;
  for (let at = OFFER_WORD_ANYWHERE.exec(folded); at && found.size < stopAt; at = OFFER_WORD_ANYWHERE.exec(folded)) {
    OFFER_WORD_AT.lastIndex = at.index;
    const word = OFFER_WORD_AT.exec(folded);
    if (word) {
      found.add(lower.slice(word.index, OFFER_WORD_AT.lastIndex));
      OFFER_WORD_ANYWHERE.lastIndex = OFFER_WORD_AT.lastIndex;
    } else {
      OFFER_WORD_ANYWHERE.lastIndex = at.index + (folded.codePointAt(at.index)! > 0xffff ? 2 : 1);
    }
  }
  return found.size;
}

/** The text of a box that sells a subscription or asks the reader to register or sign in. */
export function isOfferText(text: string): boolean {
  const chars = collapsedLength(text);
  if (chars > OFFER_BOX_MAX_CHARS) return false;
  return hasOfferSignals(text, Math.max(OFFER_MIN_SIGNALS, Math.ceil(chars / OFFER_CHARS_PER_SIGNAL)));
}

/** What a heading says when it labels a box of other stories or furniture, or null (see BOX_KINDS). */
export function blockLabelKind(text: string): LabelKind | null {
  const label = normalizeLabel(text);
  if (!label || label.split(' ').length > BLOCK_LABEL_MAX_WORDS) return null;
  if (KEPT_LABELS.some((kept) => label.startsWith(kept))) return null;
  const match = matchBlockLabel(label);
  if (match && BOX_KINDS.has(match.kind)) return match.kind;
  const extra = EXTRA_LABELS.find((entry) => label.startsWith(entry) && !WORD_GOES_ON.test(label.slice(entry.length)));
  return extra ? 'sitewide' : null;
}

/** A label that is the whole heading ("Comments", "Tags"), not the start of a title ("Latest developments"). */
export function isWholeLabel(text: string): boolean {
  const label = normalizeLabel(text).replace(/[\s\p{P}\d]+$/u, '');
  const match = matchBlockLabel(label);
  return (!!match && match.phrase === label) || EXTRA_LABELS.includes(label);
}

/** Collapsed characters of text before `target` inside `box`, read up to `limit` (no script or style text). */
function textBefore(box: Element, target: Element, limit: number): number {
  let chars = 0;
  for (let node = firstChild(box); node && node !== target; node = nextNodeWithin(node, box)) {
    if (!isText(node)) continue;
    const parent = parentElement(node);
    const tag = parent ? tagOf(parent) : '';
    if (tag === 'script' || tag === 'style') continue;
    chars += collapseWhitespace(nodeValue(node)).length;
    if (chars > limit) break;
  }
  return chars;
}

/**
 * The furniture boxes of one article. `parts`: the article's parts; a box is inside one (a part and
 * what holds the parts are the article, never a box of it).
 */
export class FurnitureBlocks {
  readonly #article = new Set<Node>();
  readonly #parts: ReadonlySet<Node>;
  readonly #prose: readonly { element: Element; chars: number }[];
  readonly #offerVerdicts = new Map<Element, boolean>();

  /**
   * `prose`: the article's prose paragraphs (element and length): a box that holds the first one or a
   * good share of their text is the article, whatever it says (a page read whole has the article
   * inside one of its parts).
   */
  constructor(parts: readonly Node[], prose: readonly { element: Element; chars: number }[]) {
    this.#prose = prose;
    this.#parts = new Set(parts);
    for (const part of parts) {
      for (let node: Element | null = parentElement(part); node; node = parentElement(node)) {
        if (this.#article.has(node)) break;
        this.#article.add(node);
      }
    }
  }

  #isArticle(element: Element): boolean {
    return this.#parts.has(element) || this.#article.has(element);
  }

  /**
   * True when the box holds ARTICLE_PROSE_SHARE of the prose's text (unless `leadOnly`), or (`withLead`) the
   * first prose paragraph: a label above the article's lead heads the article. An offer box may hold the only
   * prose a paywalled page shows (its dense offer words tell it apart).
   */
  holdsTheArticle(box: Element, withLead: boolean, leadOnly?: boolean): boolean {
    const [first] = this.#prose;
    if (!first) return false;
    if (withLead && contains(box, first.element)) return true;
    if (leadOnly) return false;
    let inside = 0;
    let total = 0;
    for (const { element, chars } of this.#prose) {
      total += chars;
      if (contains(box, element)) inside += chars;
    }
    return inside / total >= ARTICLE_PROSE_SHARE;
  }

  /** The smallest box around `element` (itself included) that is an offer, or null. */
  offerBoxOf(element: Element): Element | null {
    for (let box: Element | null = element; box && !this.#isArticle(box); box = parentElement(box)) {
      let verdict = this.#offerVerdicts.get(box);
      if (verdict === undefined) {
        // Its reading text: an offer box's own stylesheet would dilute its offer words.
        const text = boundedTextContent(box, OFFER_BOX_MAX_CHARS, (node) => NO_TEXT_TAGS.has(tagOf(node)));
        verdict = isOfferText(text) && isStructured(box) && !this.holdsTheArticle(box, false);
        this.#offerVerdicts.set(box, verdict);
        // A larger box holds more than an offer; so does every box around it.
        if (!verdict && collapsedLength(text) > OFFER_BOX_MAX_CHARS) return null;
      }
      if (verdict) return box;
    }
    return null;
  }

  /**
   * The box a heading starts: the largest element around it, inside the article's parts, with
   * (almost) no text before the heading. The heading itself when it stands in the article's flow.
   */
  ownBoxOf(heading: Element): Element {
    let box = heading;
    for (let parent = parentElement(box); parent && !this.#isArticle(parent); parent = parentElement(parent)) {
      if (textBefore(parent, heading, LABEL_LEAD_MAX_CHARS) > LABEL_LEAD_MAX_CHARS) break;
      box = parent;
    }
    return box;
  }
}

/** Link text of a box over its text: a list of other stories is mostly its headlines' links. */
export function linkShare(box: Element): number {
  const total = collapsedLength(textContent(box));
  if (!total) return 0;
  let links = 0;
  for (const link of querySelectorAll(box, 'a[href]')) links += collapsedLength(textContent(link));
  return Math.min(1, links / total);
}

/**
 * True when a heading is followed by no text of the article before the next heading or the end of
 * `root` (an article part): a label whose list was left out ("Popular on …" over a removed widget).
 */
export function headsNothing(heading: Element, root: Node, isLeftOut: (element: Element) => boolean): boolean {
  let node = nextNodeAfter(heading, root);
  for (let seen = 0; node; seen++) {
    if (seen > EMPTY_LABEL_MAX_NODES) return false;
    if (isElement(node)) {
      const tag = tagOf(node);
      if (HEADING_TAGS.has(tag)) return true;
      if (NO_TEXT_TAGS.has(tag) || isLeftOut(node)) {
        node = nextNodeAfter(node, root);
        continue;
      }
    } else if (isText(node) && nodeValue(node).trim()) return false;
    node = nextNodeWithin(node, root);
  }
  return true;
}

/** A box with a heading, a list, a button or a form in it (or one itself): not a paragraph of prose. */
function isStructured(box: Element): boolean {
  return OFFER_PART_TAGS.has(tagOf(box)) || querySelector(box, OFFER_PARTS) !== null;
}

/** A label line is a few words ("Lee también...", "Read more"): a longer line is the text's. */
const LABEL_LINE_MAX_CHARS = 40;
/** A call's line is a short sentence's length at most: "Regístrate para recibir contenido exclusivo" (43). */
const CALL_LABEL_MAX_CHARS = 60;

/**
 * A label line ("Lee también...", or any few words ending with a colon: "'GMA' Cookie Search:") whose elements after it
 * in its box were all left out (the teaser it heads, taken for a related story): it labels nothing the article kept.
 * So does a label of a box the article may keep ("Über den Autor" over an author box the body left out: trafilatura
 * 0649), and a call to the reader inside the box it heads, whose last part was left out.
 */
export function labelsLeftOut(
  element: Element | null,
  text: string,
  isLeftOut: (element: Element) => boolean,
): boolean {
  // The length first: most lines are longer than a label, and asked for every line of the body.
  if (!element || text.length > CALL_LABEL_MAX_CHARS) return false;
  // A call heading its own box ("Regístrate para recibir contenido exclusivo" over teasers left out: its last part).
  const last = lastElementChild(element);
  if (last && isLeftOut(last) && opensWithCall(text)) return true;
  if (text.length > LABEL_LINE_MAX_CHARS) return false;
  let next = nextElementSibling(element);
  if (!next) return false;
  const kept = KEPT_LABELS.includes(normalizeLabel(text));
  // The next element before the label words (many): it is rarely left out, and only a kept label's bio may not be.
  if (!kept && (!isLeftOut(next) || !(LABEL_END.test(text) || blockLabelKind(text)))) return false;
  // An author box is left out of the body's text as a bio (body-noise.ts), not as an element the walk leaves out.
  const bio = (box: Element) =>
    kept && isBodyNoiseCandidate(box, tagOf(box)) && !isTextLongerThan(box, NOISE_MAX_CHARS);
  for (; next; next = nextElementSibling(next)) if (!isLeftOut(next) && !bio(next)) return false;
  return true;
}
