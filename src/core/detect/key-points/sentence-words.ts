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
  /** No letter or digit outside ASCII: the words are [a-z0-9] runs, none of a script written without spaces. */
  ascii: boolean;
  /** Runs of letters and digits of `lower`, in order. */
  words: string[];
  /** The words joined by single spaces: the sentence compared as words only (case, punctuation, spacing ignored). */
  key: string;
  /** Term ids of the words (./rank.ts), when read with a TermIndex. */
  termIds?: number[];
}

/**
 * A character that may be a letter or a digit outside ASCII: any but printable ASCII and those
 * English text is full of that are neither (the no-break space, guillemets « », general punctuation
 * ’ “ ” — …). A text without one has ASCII words only. (Control characters count as such: a
 * collapsed text has none, and the Unicode pattern reads them right.)
 */
export const LETTER_OUTSIDE_ASCII = /[^ -~\u00a0\u00ab\u00bb\u2000-\u206f]/;
/** The words of a lower-cased ASCII text: runs of letters and digits. */
const ASCII_WORDS = /[a-z0-9]+/g;
/** The words of any lower-cased text: runs of Unicode letters and digits (a character outside the BMP read whole). */
const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * The words found by a pattern over the lower-cased text (a loop over its characters, faster once
 * optimised, runs as bytecode on the cold code of a page's one analysis: the pattern then costs a
 * fraction), the Unicode classes asked only of a text that has characters outside ASCII.
 */
export function readSentenceWords(text: string, terms?: TermIndex): SentenceWords {
  const lower = text.toLowerCase();
  const ascii = !LETTER_OUTSIDE_ASCII.test(lower);
  const words = lower.match(ascii ? ASCII_WORDS : WORDS) ?? [];
  const read: SentenceWords = { lower, ascii, words, key: words.join(' ') };
  if (terms) read.termIds = terms.termIds(read);
  return read;
}

/** A sentence compared as words only: lower case, punctuation and spacing ignored. */
export function normaliseSentence(text: string): string {
  return readSentenceWords(text).key;
}
