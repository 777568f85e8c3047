/** Text helpers shared by the heuristics. */

/** Every run of whitespace (non-breaking space included) becomes one space; trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** The whitespace collapsedLength counts: ASCII whitespace and the no-break space. */
function isCollapsedSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 160;
}

/** Two or more of those in a row. */
const SPACE_RUN = /[\t\n\v\f\r \u00A0]{2,}/g;

/**
 * Length of a text once its whitespace is collapsed (leading whitespace dropped, every other run
 * one character), without building the collapsed string. It runs on every text node of a page:
 * the runs are found by a pattern, twice as fast as a loop over the characters.
 */
export function collapsedLength(text: string): number {
  let start = 0;
  while (start < text.length && isCollapsedSpace(text.charCodeAt(start))) start++;
  if (start === text.length) return 0;
  let length = text.length - start;
  SPACE_RUN.lastIndex = start;
  for (let run = SPACE_RUN.exec(text); run; run = SPACE_RUN.exec(text)) length -= run[0].length - 1;
  return length;
}

/** Commas of Latin, Arabic, Chinese and other scripts: a sign of running prose. */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

export function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let count = 0;
  while (COMMAS.exec(text)) count++;
  return count;
}

/** CJK characters read roughly like words: each counts as one. */
function isCjk(code: number): boolean {
  return (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7af);
}

/** Separators between words: whitespace and ASCII punctuation (a character loop: this runs on every body). */
function isSeparator(code: number): boolean {
  return code <= 0x2f || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7f) || code === 0xa0 || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || (code >= 0x3001 && code <= 0x303f);
}

export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isCjk(code)) {
      words++;
      inWord = false;
    } else if (isSeparator(code)) {
      inWord = false;
    } else if (!inWord) {
      words++;
      inWord = true;
    }
  }
  return words;
}

/** Average adult silent reading speed (words per minute) used for "N min read". */
export const READING_WORDS_PER_MINUTE = 230;

export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / READING_WORDS_PER_MINUTE));
}

/**
 * Similarity of two strings by shared words (Readability's measure): 1 - share of the second
 * text's words that are not in the first. Used to spot a heading that repeats the title.
 */
export function textSimilarity(textA: string, textB: string): number {
  const tokenize = (text: string): string[] => text.toLowerCase().split(/[^\p{L}\p{N}_]+/u).filter(Boolean);
  const tokensA = new Set(tokenize(textA));
  const tokensB = tokenize(textB);
  if (!tokensA.size || !tokensB.length) return 0;
  const uniqueB = tokensB.filter((token) => !tokensA.has(token));
  const distanceB = uniqueB.join(' ').length / tokensB.join(' ').length;
  return 1 - distanceB;
}
