/** Text helpers shared by the heuristics (the primitives live in the reading layer, read/text.ts). */

import { isSpaceCode } from './read/text';

export { collapsedLength, collapseWhitespace, countCommas, countWords } from './read/text';

/** A letter, in any script. */
export const HAS_LETTER = /\p{L}/u;

/** A letter or a digit: a heading without one ("*", "* * *", "___") names nothing, it is a separator. */
export const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * A character outside ASCII. A text without one may be read with ASCII classes in place of Unicode ones ([A-Za-z] for
 * \p{L}, [0-9] for \p{N}), the same answer for less compiling on a cold analysis.
 */
export const NON_ASCII = /[^\x00-\x7f]/;

/** An ellipsis at the end, the spaces before it too: a headline cut short ("…"), a label trailing off ("..."). */
export const TRAILING_ELLIPSIS = /\s*(?:\.{3}|\u2026)$/;

/** JavaScript's \s, the white space String.prototype.trim removes: isSpaceCode's but the zero-width space. */
export function isTrimmedSpace(code: number): boolean {
  return code !== 0x200b && isSpaceCode(code);
}

/** A language tag's primary language, lower-cased: "de-CH" and "de_DE" are "de". */
export function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0]!;
}

/** An ASCII letter, a–z or A–Z, by its character code. */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);
}

/** An ASCII letter or digit, by its character code. */
export function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || isAsciiLetter(code);
}

/** `text.trim().length`, without building the trimmed string (it runs on every text node of the article). */
export function trimmedLength(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isTrimmedSpace(text.charCodeAt(start))) start++;
  while (end > start && isTrimmedSpace(text.charCodeAt(end - 1))) end--;
  return end - start;
}

/** Average adult silent reading speed (words per minute) used for "N min read". */
export const READING_WORDS_PER_MINUTE = 230;

/**
 * A count with thousands separators, as `count.toLocaleString('en')` writes a whole number
 * ("1,234,567"), without Intl: the first number formatted through Intl in a page loads ICU's
 * number data, 55–80 ms of one task in Chromium 156 (the notes of a clipped long result used it).
 */
export function formatCount(count: number): string {
  const digits = String(Math.trunc(Math.abs(count))).replace(/\B(?=(\d{3})+$)/g, ',');
  return count < 0 ? `-${digits}` : digits;
}

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/**
 * A URL slug ("city-council-budget-2018"): lower-case words joined by hyphens or underscores, without a space (a
 * CMS's internal name for a title or a picture). At least two joins, so that one hyphenated word ("e-mail") passes.
 */
export const SLUG = /^[\p{Ll}\d]+(?:[-_][\p{Ll}\d]+){2,}$/u;

/** What separates two words: a run of characters that are no letter, digit or _, in any script. */
const NOT_WORD = /[^\p{L}\p{N}_]+/u;

/**
 * Similarity of two strings by shared words (Readability's measure): 1 - share of the second
 * text's words that are not in the first, in characters. Used to spot a heading that repeats the title.
 * `notWord`: what separates words (the metadata's title rule reads ASCII words, as Readability does).
 */
export function textSimilarity(textA: string, textB: string, notWord = NOT_WORD): number {
  const tokenize = (text: string): string[] => text.toLowerCase().split(notWord).filter(Boolean);
  const tokensA = new Set(tokenize(textA));
  const tokensB = tokenize(textB);
  if (!tokensA.size || !tokensB.length) return 0;
  const uniqueB = tokensB.filter((token) => !tokensA.has(token));
  const distanceB = uniqueB.join(' ').length / tokensB.join(' ').length;
  return 1 - distanceB;
}
