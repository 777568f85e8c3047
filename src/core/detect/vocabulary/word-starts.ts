/**
 * A vocabulary's words where a word starts ("donate" in "Donate now", not in "undonated"), case aside: the answer of
 * one expression `(?<![\p{L}\p{N}])(?:words)` (`whole`: with `(?![\p{L}\p{N}])` after them), at a smaller cost on a
 * cold start. A Unicode letter class, case aside, is among the costliest things a cold analysis compiles (about a
 * millisecond each, docs/browser-speed.md): the words are found by an expression without one, and the class before
 * a word found (one expression that every vocabulary shares) is compiled only when a word is found at all.
 */
import { escapeLiteral } from './patterns';

/** At lastIndex, no letter or digit before (the one expression's lookbehind, with its flags). */
const WORD_START = /(?<![\p{L}\p{N}])/iuy;

export interface WordTest {
  test(text: string): boolean;
}

/** A test for the words where a word starts (`whole`: and ends), as the one expression would answer it. */
export function wordStarts(words: readonly string[], whole = false): WordTest {
  const alternatives = words.map(escapeLiteral).join('|');
  const found = new RegExp(`(?:${alternatives})`, 'giu');
  // Whole words: the one expression decides, once a word is found where a word starts (another of its words found
  // there may end where the first one does not).
  const wholeWords = whole ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives})(?![\\p{L}\\p{N}])`, 'iu') : null;
  return {
    test(text) {
      found.lastIndex = 0;
      for (let match = found.exec(text); match; match = found.exec(text)) {
        WORD_START.lastIndex = match.index;
        if (WORD_START.test(text)) return wholeWords ? wholeWords.test(text) : true;
        // The one expression tries every start in turn: the next one after this word's start.
        found.lastIndex = match.index + ((text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
      }
      return false;
    },
  };
}
