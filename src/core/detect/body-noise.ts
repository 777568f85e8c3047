/**
 * Blocks inside the article that are about the article rather than part of its text: captions
 * and photo credits, bylines, datelines and timestamps, author bios, newsletter boxes. Readability
 * keeps them (so headings and list items inside them stay in the outline), but the article's body
 * text leaves them out, as human readers marking up "the article body" do.
 *
 * The verdict is by tag and class/id name only (cheap, no text read); how much text such a block
 * may hold before it is more than furniture is decided by the reader, who counts as it goes.
 */
import { attr, classAndId } from '../dom';
import { ANY_ATTRIBUTE, ITEMPROP } from '../read/attribute-bits';
import { isText, localName, nextElementSibling, nextSibling, nodeValue, previousElementSibling } from '../read/dom';
import { collapsedLength } from '../text';
import noise from './vocabulary/noise-names.json';
import { alternation } from './vocabulary/patterns';

/** Tags whose content is a caption or a date, never running text. */
export const NOISE_TAGS = new Set(['figure', 'figcaption', 'time', 'header']);
/**
 * A class / id word among `alternatives` that stands alone or is joined by "-"/"_" (or a camelCase
 * hump, see namesHold), so that "candidate" does not match "date".
 */
const wholeNameWord = (alternatives: string): RegExp =>
  new RegExp(`(?:^|[\\s_-])(?:${alternatives})(?=$|[\\s_-])`, 'i');
/**
 * class/id words of captions, credits, bylines, dates, bios and sign-up boxes (./vocabulary/noise-names.json);
 * "caption" and "byline" may start a compound ("captionlink", "bylineWrap").
 */
const NOISE_NAME = wholeNameWord(
  `(?:${alternation(noise.compoundStarts)})\\w*|${alternation([...noise.words, ...noise.signUp])}`,
);
/**
 * Class words of a signature's block (./vocabulary/noise-names.json 'signatures'): in the class a template sets, not in
 * an id (an e-mail pasted into a post keeps its mail client's ids, "…ymail_android_signature", on lines of the text).
 */
const SIGNATURE_NAME = wholeNameWord(alternation(noise.signatures));
/** The same words anywhere: the quick test before the class is read. */
const SIGNATURE_ANYWHERE = new RegExp(alternation(noise.signatures), 'i');
/** class/id words of newsletter and sign-up boxes alone. */
const SIGN_UP_NAME = wholeNameWord(alternation(noise.signUp));
/** The same words anywhere: a quick test that rules most names out before the exact one. */
const NOISE_WORD_ANYWHERE = new RegExp(alternation(noise.anywhere), 'i');
/** camelCase humps, split so that "articleDate" reads as "article-Date" (and "imageCaption" as "image-Caption"). */
const CAMEL_HUMP = /([a-z])([A-Z])/g;
/** schema.org properties of dates, authors and captions ("datePublished", "author"). */
const NOISE_ITEMPROP = new RegExp(`^(${alternation(noise.itemprops)})$`, 'i');
/** A noise block with more text than this (characters) is more than furniture: its text is kept. */
export const NOISE_MAX_CHARS = 1000;

/** Whether class/id names hold one of the pattern's words, as written or with camelCase humps split. */
export function namesHold(pattern: RegExp, names: string): boolean {
  return pattern.test(names) || pattern.test(names.replace(CAMEL_HUMP, '$1-$2'));
}

/** Whether class/id names (classAndId) name a newsletter or sign-up box ("newsletter-signup", "signupTitle"). */
export function isSignUpName(names: string): boolean {
  return namesHold(SIGN_UP_NAME, names);
}

/** Inline elements a sentence's text may go on after (a date, a place set apart by its name or its weight). */
const SENTENCE_INLINE_TAGS = new Set(['span', 'time', 'small', 'b', 'strong', 'em', 'i']);
/** Text right after an inline element this long (characters) goes on with the sentence the element opened. */
const SENTENCE_GOES_ON_CHARS = 30;
/** Running text goes on after a space or a comma; a word right after the element ("<span>06.03.2016</span>Werden …") is
 * set apart by the page's style, a teaser's date before its summary. */
const GOES_ON = /^[\s,;:]/;

/**
 * An inline element that the text after it goes on from, a sentence's words ("<span class=dateline>CAIRO —</span>
 * Gunmen opened fire on …", "On <time>Tuesday</time>, the council voted …"): part of the text, whatever its name.
 */
function opensSentence(element: Element, tag: string): boolean {
  if (!SENTENCE_INLINE_TAGS.has(tag)) return false;
  const next = nextSibling(element);
  if (!isText(next)) return false;
  const text = nodeValue(next);
  return GOES_ON.test(text) && collapsedLength(text) >= SENTENCE_GOES_ON_CHARS;
}

/**
 * A quotation's speaker: the last of a box's two blocks, a <blockquote> before it ("<div class=Quote><blockquote>…
 * </blockquote><div class=Quote-attribution>News industry analyst Ken Doctor</div></div>": latimes' pull quote). Named
 * as a credit or an author, it is the quote's line, no picture's credit or byline.
 */
function speaksQuote(element: Element): boolean {
  const quote = previousElementSibling(element);
  return !!quote && localName(quote) === 'blockquote' && !previousElementSibling(quote) && !nextElementSibling(element);
}

/** Elements that hold whole articles: never furniture by their name (WordPress names every post "status-publish"). */
const ARTICLE_TAGS = new Set(['article', 'main', 'body']);

/**
 * True when the element looks like a caption, byline, date, bio or sign-up block by tag or name.
 * `names`: the element's classAndId, when the caller has read it, or null when it has found that
 * the element has no attributes at all; `bits`: which it has (read/attribute-bits.ts), when read already.
 */
export function isBodyNoiseCandidate(
  element: Element,
  tag: string,
  names?: string | null,
  bits = ANY_ATTRIBUTE,
): boolean {
  if (NOISE_TAGS.has(tag)) return !opensSentence(element, tag);
  if (ARTICLE_TAGS.has(tag) || names === null) return false;
  const itemprop = bits & ITEMPROP ? attr(element, 'itemprop') : null;
  if (itemprop && NOISE_ITEMPROP.test(itemprop.trim())) return !opensSentence(element, tag);
  names ??= classAndId(element);
  if (names.length < 2 || !NOISE_WORD_ANYWHERE.test(names)) return false;
  const named =
    namesHold(NOISE_NAME, names) ||
    (SIGNATURE_ANYWHERE.test(names) && namesHold(SIGNATURE_NAME, attr(element, 'class') ?? ''));
  return named && !opensSentence(element, tag) && !speaksQuote(element);
}
