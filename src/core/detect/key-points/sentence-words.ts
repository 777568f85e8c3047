/**
 * A sentence's text read once for every rule that compares or weighs its words: lower-cased, cut
 * into words (runs of letters and digits), and those words joined into its comparison key. The
 * filters (./filters.ts, ./weak.ts) and the ranking (./rank.ts) share this reading instead of each
 * lower-casing and splitting the sentence again.
 */
import type { TermIndex } from './rank';

export interface SentenceWords {
  /** The sentence lower-cased. */
  lower: string;
  /** Only ASCII characters: the words are then [a-z0-9] runs, none of a script written without spaces. */
  ascii: boolean;
  /** Runs of letters and digits of `lower`, in order. */
  words: string[];
  /** The words joined by single spaces: the sentence compared as words only (case, punctuation, spacing ignored). */
  key: string;
  /** Term ids of the words (./rank.ts), when read with a TermIndex: one pass instead of two. */
  termIds?: number[];
}

/** One letter or digit at a given index (sticky: tested where the scan stands), for characters outside ASCII. */
const LETTER_OR_DIGIT_AT = /[\p{L}\p{N}]/uy;

/**
 * One pass over the lower-cased text: ASCII characters told by their codes, the others by the
 * Unicode classes (two patterns over the whole text, and the words joined, cost twice as much).
 */
export function readSentenceWords(text: string, terms?: TermIndex): SentenceWords {
  const lower = text.toLowerCase();
  const words: string[] = [];
  const termIds: number[] | undefined = terms && [];
  let ascii = true;
  let start = -1;
  for (let i = 0; i < lower.length; ) {
    const code = lower.charCodeAt(i);
    let width = 1;
    let inWord: boolean;
    if (code < 0x80) {
      inWord = (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a);
    } else {
      ascii = false;
      // A character outside the BMP is read whole, from its first half.
      if (isHighSurrogate(code) && isLowSurrogate(lower.charCodeAt(i + 1))) width = 2;
      LETTER_OR_DIGIT_AT.lastIndex = i;
      inWord = LETTER_OR_DIGIT_AT.test(lower);
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const word = lower.slice(start, i);
      words.push(word);
      // `ascii` so far: false when this word holds a character outside ASCII (all the terms ask).
      terms?.addWord(word, ascii, termIds!);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) {
    const word = lower.slice(start);
    words.push(word);
    terms?.addWord(word, ascii, termIds!);
  }
  return { lower, ascii, words, key: words.join(' '), termIds };
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** A sentence compared as words only: lower case, punctuation and spacing ignored. */
export function normaliseSentence(text: string): string {
  return readSentenceWords(text).key;
}
