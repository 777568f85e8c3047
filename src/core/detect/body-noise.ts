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
import noise from './vocabulary/noise-names.json';
import { alternation } from './vocabulary/patterns';

/** Tags whose content is a caption or a date, never running text. */
export const NOISE_TAGS = new Set(['figure', 'figcaption', 'time', 'header']);
/**
 * class/id words of captions, credits, bylines, dates, bios and sign-up boxes (./vocabulary/noise-names.json).
 * A word must stand alone or be joined by "-"/"_" (or a camelCase hump, see below), so that
 * "candidate" does not match; "caption" and "byline" may start a compound ("captionlink", "bylineWrap").
 */
const NOISE_WORDS = alternation([...noise.words, ...noise.signUp]);
const NOISE_NAME = new RegExp(
  `(?:^|[\\s_-])(?:(?:${alternation(noise.compoundStarts)})\\w*|${NOISE_WORDS})(?=$|[\\s_-])`,
  'i',
);
/** class/id words of newsletter and sign-up boxes alone, by the same word rules. */
const SIGN_UP_NAME = new RegExp(`(?:^|[\\s_-])(?:${alternation(noise.signUp)})(?=$|[\\s_-])`, 'i');
/** The same words anywhere: a quick test that rules most names out before the exact one. */
const NOISE_WORD_ANYWHERE = new RegExp(alternation(noise.anywhere), 'i');
/** camelCase humps, split so that "articleDate" reads as "article-Date". */
const CAMEL_HUMP = /([a-z])([A-Z])/g;
/** schema.org properties of dates, authors and captions ("datePublished", "author"). */
const NOISE_ITEMPROP = new RegExp(`^(${alternation(noise.itemprops)})$`, 'i');
/** A noise block with more text than this (characters) is more than furniture: its text is kept. */
export const NOISE_MAX_CHARS = 1000;

/** Whether class/id names (classAndId) name a newsletter or sign-up box ("newsletter-signup", "signupTitle"). */
export function isSignUpName(names: string): boolean {
  return SIGN_UP_NAME.test(names) || SIGN_UP_NAME.test(names.replace(CAMEL_HUMP, '$1-$2'));
}

/** Elements that hold whole articles: never furniture by their name (WordPress names every post "status-publish"). */
const ARTICLE_TAGS = new Set(['article', 'main', 'body']);

/**
 * True when the element looks like a caption, byline, date, bio or sign-up block by tag or name.
 * `names`: the element's classAndId, when the caller has read it, or null when it has found that
 * the element has no attributes at all.
 */
export function isBodyNoiseCandidate(element: Element, tag: string, names?: string | null): boolean {
  if (NOISE_TAGS.has(tag)) return true;
  if (ARTICLE_TAGS.has(tag) || names === null) return false;
  const itemprop = attr(element, 'itemprop');
  if (itemprop && NOISE_ITEMPROP.test(itemprop.trim())) return true;
  names ??= classAndId(element);
  if (names.length < 2 || !NOISE_WORD_ANYWHERE.test(names)) return false;
  return NOISE_NAME.test(names) || NOISE_NAME.test(names.replace(CAMEL_HUMP, '$1-$2'));
}
