/**
 * The word before a text's final full stop, and whether that stop is an abbreviation's rather than a sentence's end:
 * the sentence splitter (./sentences.ts) and the outline's bold lines (../content-kinds.ts) ask it. A module of its
 * own, without the splitter, for the block reader's bundle.
 */
import { always, companyForms } from './abbreviations.json';
import { isAsciiLetter, isTrimmedSpace } from '../../text';

/** The last word before a final full stop ("Mr." → "mr", "z.B." → "z.b"). */
const LAST_WORD_BEFORE_STOP = /(?:^|[\s(“"'‘«„])([\p{L}][\p{L}.]*)\.\s*$/u;
/** Characters before the last word that LAST_WORD_BEFORE_STOP accepts: a space, a bracket or an opening quote. */
const BEFORE_WORD: ReadonlySet<number> = new Set([0x28, 0x201c, 0x22, 0x27, 0x2018, 0xab, 0x201e]); // ( “ " ' ‘ « „
export const FULL_STOP_CODE = 0x2e;

/**
 * What LAST_WORD_BEFORE_STOP captures ("Mr." → "Mr"), read back from the end for a word of ASCII
 * letters (the pattern, tried from every character of the tail, was the splitter's largest cost);
 * asked of the pattern when the word holds any other character.
 */
export function lastWordBeforeStop(piece: string): string | undefined {
  let end = piece.length;
  while (end > 0 && isTrimmedSpace(piece.charCodeAt(end - 1))) end--;
  if (end === 0 || piece.charCodeAt(end - 1) !== FULL_STOP_CODE) return undefined;
  const stop = end - 1;
  let start = stop;
  for (; start > 0; start--) {
    const code = piece.charCodeAt(start - 1);
    if (code >= 0x80) return LAST_WORD_BEFORE_STOP.exec(piece)?.[1];
    if (code !== FULL_STOP_CODE && !isAsciiLetter(code)) break;
  }
  if (start === stop || !isAsciiLetter(piece.charCodeAt(start))) return undefined;
  if (start > 0 && !BEFORE_WORD.has(piece.charCodeAt(start - 1)) && !isTrimmedSpace(piece.charCodeAt(start - 1)))
    return undefined;
  return piece.slice(start, stop);
}

/** Only the end of a text decides whether its stop is an abbreviation's (the last words and the stop). */
const TAIL_CHARS = 40;
/** A spaced abbreviation ending a text: a small letter's dot, then a letter and its dot ("… z. B.", "… u. a."). */
const SPACED_ABBREVIATION_AT_END = /(?:^|\s)\p{Ll}\.\s?\p{L}\.$/u;

/**
 * Whether a text's final full stop is an abbreviation's ("Steinkauz und Co.", "… z. B."), not a sentence's end: its
 * last word is shorthand that no sentence ends with, or a company's legal form. Asked of a few short lines: the
 * vocabulary's lists are searched as they are.
 */
export function endsWithAbbreviation(text: string): boolean {
  const tail = text.length > TAIL_CHARS ? ` ${text.slice(-TAIL_CHARS)}` : text;
  const word = lastWordBeforeStop(tail)?.toLowerCase();
  if (!word) return false;
  return (
    always.includes(word) || companyForms.includes(word) || (word.length === 1 && SPACED_ABBREVIATION_AT_END.test(tail))
  );
}
