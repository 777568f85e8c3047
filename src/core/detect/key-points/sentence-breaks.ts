/**
 * Where sentences end, by the rules of Unicode's sentence segmentation (UAX #29, the rules
 * `Intl.Segmenter` applies), written out: in a browser, building the first `Intl.Segmenter` of a
 * page's process costs 150–600 ms (ICU loads its break rules), more than the whole analysis of
 * most pages. On the 21,379 body paragraphs of the visible corpus these pieces are those of
 * `Intl.Segmenter` for all but one, in each page's language.
 *
 * A sentence ends after terminators (. ! ? and those of other scripts), closing quotes or brackets
 * and spaces, except before a comma-like mark or another terminator (SB8a), and after full stops
 * only (an abbreviation's dot as much as a sentence's end) not before a digit or, after a letter,
 * a capital right after the dot (SB6, SB7: "3.5", "U.S.A"), nor when the next letter is small (SB8:
 * "etc. and"). Every piece keeps its trailing spaces; together they are the whole text.
 *
 * One departure from those rules: a full stop after a word (or a number of three digits or more) and
 * before spaces and a number ends a sentence even when a small letter follows the number ("… gesungen.
 * 1927 schlossen sich …", "… in 2019. 42 people died"): the rules read on to that letter, which in
 * German (a verb after a year) or English (a noun after a count) opens the next sentence. After a
 * shorter word (an abbreviation: "ca. 50 km", "Abs. 3 und") the rules hold.
 */

/** Sentence terminators (UAX #29 STerm and ATerm). */
const TERMINATOR_CLASS =
  '[.!?\\u0589\\u061F\\u06D4\\u0700-\\u0702\\u07F9\\u0964\\u0965\\u104A\\u104B\\u1362\\u1367\\u1368\\u166E\\u1803' +
  '\\u1809\\u1944\\u1945\\u2024\\u203C\\u203D\\u2047-\\u2049\\u2E2E\\u3002\\uA4FF\\uA60E\\uA60F\\uA876\\uA877\\uFE52' +
  '\\uFE56\\uFE57\\uFF01\\uFF0E\\uFF1F\\uFF61]';
const TERMINATOR = new RegExp(TERMINATOR_CLASS, 'y');
const ANY_TERMINATOR = new RegExp(TERMINATOR.source, 'g');
/** ATerm: the full stop and its look-alikes (an abbreviation's dot as much as a sentence's end). */
const FULL_STOP = /[.\u2024\uFE52\uFF0E]/;
/** Closing (and opening) quotes and brackets after a terminator (Close). */
const CLOSE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'\u00AB\u00BB]/uy;
/** Spaces after them (Sp). */
const SPACE = /[\s\u200B]/y;
/** Marks before which a sentence goes on (SContinue). */
const CONTINUE = new RegExp(
  '[,\\-:;\\u055D\\u060C\\u060D\\u07F8\\u1802\\u1808\\u2013\\u2014\\u3001\\uFE10\\uFE11\\uFE13\\uFE31\\uFE32\\uFE50' +
    '\\uFE51\\uFE55\\uFE58\\uFE63\\uFF0C\\uFF0D\\uFF1A\\uFF1B\\uFF64]',
  'y',
);
const UPPER = /\p{Lu}/uy;
const LOWER = /\p{Ll}/uy;
const DIGIT = /\p{Nd}/uy;
/** The first letter or terminator from a position on. */
const NEXT_LETTER_OR_TERMINATOR = new RegExp(`\\p{L}|${TERMINATOR.source}`, 'gu');

/** A class of characters: its pattern, its ASCII characters (what the pattern matches of them) and its bit. */
export interface CharClass {
  pattern: RegExp;
  ascii: string;
  bit: number;
}
export const CHAR_CLASSES = (
  [
    [SPACE, ' \t\n\v\f\r'],
    [CLOSE, '()[]{}"\''],
    [CONTINUE, ',-:;'],
    [TERMINATOR, '.!?'],
    [UPPER, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'],
    [LOWER, 'abcdefghijklmnopqrstuvwxyz'],
    [DIGIT, '0123456789'],
    [FULL_STOP, '.'],
  ] as const
).map(([pattern, ascii], i): CharClass => ({ pattern, ascii, bit: 1 << i }));
const [SPACE_CHAR, CLOSE_CHAR, CONTINUE_CHAR, TERMINATOR_CHAR, UPPER_CHAR, LOWER_CHAR, DIGIT_CHAR, FULL_STOP_CHAR] =
  CHAR_CLASSES as [CharClass, CharClass, CharClass, CharClass, CharClass, CharClass, CharClass, CharClass];
/**
 * Per ASCII character, the classes it is of (their bits), written out (a test holds them to the
 * patterns): most characters of most pages are ASCII, and a pattern tried at every character after
 * a stop was the splitter's largest cost on cold code; the Unicode patterns (\p{Lu}, \p{Ps}…) are
 * then compiled only on a page whose text needs them.
 */
export const ASCII_CLASSES = new Uint8Array(0x80);
for (const { ascii, bit } of CHAR_CLASSES) for (const char of ascii) ASCII_CLASSES[char.charCodeAt(0)]! |= bit;

/** Whether a pattern matches at the index (a sticky one there; FULL_STOP, of one character, on that character). */
function at(pattern: RegExp, text: string, index: number): boolean {
  if (!pattern.sticky) return pattern.test(text[index] ?? '');
  pattern.lastIndex = index;
  return pattern.test(text);
}

/** Whether the character at the index is of a class: an ASCII one looked up, any other asked of the pattern. */
function is({ pattern, bit }: CharClass, text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 0x80) return (ASCII_CLASSES[code]! & bit) !== 0;
  return index < text.length && at(pattern, text, index);
}

/** The index after a run of characters of a class. */
function skip(charClass: CharClass, text: string, index: number): number {
  while (index < text.length && is(charClass, text, index)) index++;
  return index;
}

/** ASCII letters and terminators (what NEXT_LETTER_OR_TERMINATOR matches of ASCII). */
const LETTER_OR_TERMINATOR_BITS = UPPER_CHAR.bit | LOWER_CHAR.bit | TERMINATOR_CHAR.bit;

/**
 * Where NEXT_LETTER_OR_TERMINATOR matches from `from` on (-1: nowhere): ASCII characters told by
 * the table, the pattern asked from the first other one (its Unicode class, compiled in about
 * 0.2 ms on a page's first analysis, is then not compiled for a text of ASCII only).
 */
function nextLetterOrTerminator(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) {
      NEXT_LETTER_OR_TERMINATOR.lastIndex = i;
      return NEXT_LETTER_OR_TERMINATOR.exec(text)?.index ?? -1;
    }
    if (ASCII_CLASSES[code]! & LETTER_OR_TERMINATOR_BITS) return i;
  }
  return -1;
}

/**
 * Cased letters of the word before a full stop from which it ends a sentence before a number (see above):
 * abbreviations before a number are shorter ("ca", "Abs", "Std", "Bauj"), and the longer ones are
 * listed for the repairs of ./sentences.ts ("approx"); the words a sentence ends with mostly are longer.
 */
const WORD_BEFORE_NUMBER_LETTERS = 5;
/** Digits of a number before a full stop from which it ends a sentence before a number: a year, a count. */
const NUMBER_BEFORE_NUMBER_DIGITS = 3;

/** Whether the text before `stop` ends with a word of WORD_BEFORE_NUMBER_LETTERS letters or a long number. */
function endsWord(text: string, stop: number): boolean {
  let start = stop;
  while (start > 0 && (is(LOWER_CHAR, text, start - 1) || is(UPPER_CHAR, text, start - 1))) start--;
  if (stop - start >= WORD_BEFORE_NUMBER_LETTERS) return true;
  if (start < stop) return false;
  while (start > 0 && is(DIGIT_CHAR, text, start - 1)) start--;
  return stop - start >= NUMBER_BEFORE_NUMBER_DIGITS && (start === 0 || is(SPACE_CHAR, text, start - 1));
}

/** Reference marks, a page number after one ("[1]", "[12][a]", "[1]: 207"): a few characters in brackets. */
const REFERENCE_MARKS = /(?:\[[^\][\s]{1,8}\](?::\s?\d[\d,–-]*)?)+/y;

/** The text cut after each sentence end, trailing spaces kept with the sentence they follow. */
export function sentencePieces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  ANY_TERMINATOR.lastIndex = 0;
  // test(), not exec(): a terminator is one character, found at lastIndex - 1 (no match array made).
  while (ANY_TERMINATOR.test(text)) {
    const first = ANY_TERMINATOR.lastIndex - 1;
    let termEnd = first + 1;
    let onlyFullStops = is(FULL_STOP_CHAR, text, first);
    while (termEnd < text.length && is(TERMINATOR_CHAR, text, termEnd)) {
      onlyFullStops &&= is(FULL_STOP_CHAR, text, termEnd);
      termEnd++;
    }
    // A reference mark after the stop ("… loop.[1]: 207 The list …") is the sentence's, not the next one's start.
    REFERENCE_MARKS.lastIndex = termEnd;
    const closeEnd = skip(CLOSE_CHAR, text, REFERENCE_MARKS.test(text) ? REFERENCE_MARKS.lastIndex : termEnd);
    const end = skip(SPACE_CHAR, text, closeEnd);
    ANY_TERMINATOR.lastIndex = end;
    if (end >= text.length) break;
    if (is(CONTINUE_CHAR, text, end) || is(TERMINATOR_CHAR, text, end)) continue;
    if (onlyFullStops) {
      if (end === termEnd) {
        if (is(DIGIT_CHAR, text, end)) continue;
        const before = termEnd - first === 1 && first > 0 ? first - 1 : -1;
        if (before >= 0 && is(UPPER_CHAR, text, end) && (is(UPPER_CHAR, text, before) || is(LOWER_CHAR, text, before)))
          continue;
      }
      const letter = nextLetterOrTerminator(text, end);
      if (letter >= 0 && is(LOWER_CHAR, text, letter) && !(is(DIGIT_CHAR, text, end) && endsWord(text, first)))
        continue;
      ANY_TERMINATOR.lastIndex = end;
    }
    out.push(text.slice(start, end));
    start = end;
  }
  if (start < text.length) out.push(text.slice(start));
  return out;
}
