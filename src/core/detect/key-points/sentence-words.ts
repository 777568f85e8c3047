/**
 * A sentence's text read once for every rule that compares or weighs its words: lower-cased, cut
 * into words (runs of letters and digits), and those words joined into its comparison key. The
 * filters (./filters.ts, ./weak.ts) and the ranking (./rank.ts) share this reading instead of each
 * lower-casing and splitting the sentence again.
 */

export interface SentenceWords {
  /** The sentence lower-cased. */
  lower: string;
  /** Only ASCII characters: the words are then [a-z0-9] runs, none of a script written without spaces. */
  ascii: boolean;
  /** Runs of letters and digits of `lower`, in order. */
  words: string[];
  /** The words joined by single spaces: the sentence compared as words only (case, punctuation, spacing ignored). */
  key: string;
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;
/** Words of an ASCII text once lower-cased (a faster pattern than the Unicode one, same runs). */
const ASCII_WORD = /[a-z0-9]+/g;
const WORD = /[\p{L}\p{N}]+/gu;

export function readSentenceWords(text: string): SentenceWords {
  const lower = text.toLowerCase();
  const ascii = ASCII_ONLY.test(lower);
  const words = lower.match(ascii ? ASCII_WORD : WORD) ?? [];
  return { lower, ascii, words, key: words.join(' ') };
}

/** A sentence compared as words only: lower case, punctuation and spacing ignored. */
export function normaliseSentence(text: string): string {
  return readSentenceWords(text).key;
}
