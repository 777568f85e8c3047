/** Text helpers shared by the heuristics. */

/** Every run of whitespace (non-breaking space included) becomes one space; trimmed. */
export function collapseWhitespace(text: string): string {
  return text.replace(/[\s\u00A0]+/g, ' ').trim();
}

/** Length of a text once its whitespace is collapsed, without building the collapsed string. */
export function collapsedLength(text: string): number {
  let length = 0;
  let inSpace = true; // leading whitespace does not count
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const isSpace = code === 32 || (code >= 9 && code <= 13) || code === 160;
    if (isSpace) {
      if (!inSpace) length++;
      inSpace = true;
    } else {
      length++;
      inSpace = false;
    }
  }
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

/** Words for counting: runs of letters or digits in any script. */
const WORD = /[\p{L}\p{N}]+/gu;
/** CJK characters read roughly like words, one each. */
const CJK_CHAR = /[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF]/gu;

export function countWords(text: string): number {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words = text.replace(CJK_CHAR, ' ').match(WORD)?.length ?? 0;
  return words + cjk;
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
