/**
 * Text primitives of the core: whitespace collapsing, invisible characters, word counting.
 * One definition each; every heuristic uses these.
 */

/**
 * Whitespace: JavaScript's \s (ASCII whitespace, no-break space, the Unicode spaces, line and
 * paragraph separators, BOM) and the zero-width space, which marks a word break like a space.
 * Collapsing turns every run of it into one space; the runs matched are those that are not one
 * plain space already (a match at each line break instead of at each space between words: the
 * replacement, most of collapsing a text that has line breaks, took 1.6× as long matching all).
 */
export const WHITESPACE_TO_REPLACE = /[\s\u200B]{2,}|[^\S ]|\u200B/g;
/**
 * Format characters that show nothing and carry no word break: the soft hyphen (a hyphenation
 * hint), the word joiner, the Mongolian vowel separator and the invisible math operators. They
 * are removed from every text we return.
 */
const INVISIBLE = /[\u00AD\u180E\u2060-\u2064]/g;
/** Whether a text has any character that INVISIBLE matches (tested before replacing: most texts have none). */
const HAS_INVISIBLE = /[\u00AD\u180E\u2060-\u2064]/;
/**
 * Characters that are kept inside text (they join or shape what is around them: the zero-width
 * (non-)joiner in emoji and Indic or Persian script, direction marks, variation selectors) but are
 * no text on their own: a text made only of them (and spaces) is empty.
 */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: the class lists lone joiners and marks on purpose
const NO_TEXT_ON_ITS_OWN = /^[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u034F\uFE00-\uFE0F]*$/;

/**
 * What collapseWhitespace changes inside a text: white space other than one plain space (a
 * newline, a tab, a no-break space, two spaces in a row, the zero-width space) or an INVISIBLE
 * character. A text without any, and without white space at its ends, comes back as it is.
 */
const NEEDS_COLLAPSING = /[^\S ]|\u200B| {2}|[\u00AD\u180E\u2060-\u2064]/;

/**
 * The text as a reader sees it: every run of whitespace becomes one space, invisible format
 * characters are dropped, the ends are trimmed; a text of only invisible characters becomes "".
 */
export function collapseWhitespace(text: string | null | undefined): string {
  if (!text) return '';
  // The ends first: whitespace there goes whatever it is, and many texts (a text node between tags: a line break and
  // the indentation on each side) need nothing more. Trimmed, most texts (a link's, a heading's) are collapsed already:
  // answered without building a new string. (trim() leaves the zero-width space, which NEEDS_COLLAPSING finds anywhere;
  // whatever a run across the trimmed ends would have become is trimmed at the end.)
  const trimmed = text.trim();
  if (!NEEDS_COLLAPSING.test(trimmed)) return NO_TEXT_ON_ITS_OWN.test(trimmed) ? '' : trimmed;
  let collapsed = trimmed.replace(WHITESPACE_TO_REPLACE, ' ');
  if (HAS_INVISIBLE.test(collapsed)) collapsed = collapsed.replace(INVISIBLE, '').replace(/ {2,}/g, ' ');
  collapsed = collapsed.trim();
  return NO_TEXT_ON_ITS_OWN.test(collapsed) ? '' : collapsed;
}

/**
 * Like `document.title`: runs of ASCII whitespace become one space (a no-break space stays), ends
 * trimmed. The metadata rules read <title> the way the browser does.
 */
export function collapseAsciiWhitespace(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/** The characters of JavaScript's \s and the zero-width space: what collapseWhitespace turns into spaces. */
export function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13) || code === 0xa0) return true;
  if (code < 0x1680) return false;
  return (
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Two or more whitespace characters in a row. */
const SPACE_RUN = /[\s\u200B]{2,}/g;

/**
 * Length of a text once its whitespace is collapsed (leading whitespace dropped, every other run
 * one character), without building the collapsed string. It runs on every text node of a page:
 * the runs are found by a pattern, twice as fast as a loop over the characters.
 */
export function collapsedLength(text: string): number {
  let start = 0;
  while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  if (start === text.length) return 0;
  let length = text.length - start;
  SPACE_RUN.lastIndex = start;
  for (let run = SPACE_RUN.exec(text); run; run = SPACE_RUN.exec(text)) length -= run[0].length - 1;
  return length;
}

/** CJK characters read roughly like words: each counts as one. */
function isCjk(code: number): boolean {
  return (
    (code >= 0x3040 && code <= 0x30ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xac00 && code <= 0xd7af)
  );
}

/** Separators between words: whitespace and ASCII punctuation, general and CJK punctuation. */
function isSeparator(code: number): boolean {
  return (
    code <= 0x2f ||
    (code >= 0x3a && code <= 0x40) ||
    (code >= 0x5b && code <= 0x60) ||
    (code >= 0x7b && code <= 0x7f) ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x206f) ||
    code === 0x3000 ||
    (code >= 0x3001 && code <= 0x303f)
  );
}

/**
 * Words in a text: runs of characters between separators; each CJK character (kana, ideograph,
 * hangul syllable) counts as one word. A character loop: this runs on every body. With `atMost`,
 * the count stops there (Math.min(countWords(text), atMost), for a caller that compares it with a
 * small number). ASCII characters are told in the loop (on cold code a call per character cost
 * more than the rest).
 */
export function countWords(text: string, atMost = Number.POSITIVE_INFINITY): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length && words < atMost; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      // isSeparator's ASCII part: all but letters and digits.
      const letter = code | 0x20;
      if ((code >= 0x30 && code <= 0x39) || (letter >= 0x61 && letter <= 0x7a)) {
        if (!inWord) words++;
        inWord = true;
      } else inWord = false;
    } else if (isCjk(code)) {
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

/** Commas of Latin, Arabic, Chinese and other scripts: a sign of running prose. */
const COMMAS = /[\u002C\u060C\uFE50\uFE10\uFE11\u2E41\u2E34\u2E32\uFF0C]/g;

export function countCommas(text: string): number {
  COMMAS.lastIndex = 0;
  let count = 0;
  while (COMMAS.exec(text)) count++;
  return count;
}

/** The ellipsis that ends a clipped text. */
export const ELLIPSIS = '…';

/**
 * The text cut to at most `maxChars` characters (the ellipsis included), at a word boundary when
 * one is near, without splitting a surrogate pair; unchanged when short enough.
 */
export function clipText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  let end = Math.max(0, maxChars - ELLIPSIS.length);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--; // never half of a surrogate pair
  const space = text.lastIndexOf(' ', end);
  // A word boundary within the last fifth is worth the shorter text.
  if (space > end * 0.8) end = space;
  return `${text.slice(0, end).trimEnd()}${ELLIPSIS}`;
}

/**
 * The marks written for an apostrophe: the typographic ones (‘ ’, the right one the apostrophe of typeset text), the
 * low and reversed ones (‚ ‛), the prime (′), the acute and grave accents (´ `, typed for one where the keyboard has
 * none) and the modifier letter apostrophe (ʼ, the apostrophe as a letter: Ukrainian, Hawaiian, Polynesian names).
 * Every vocabulary is written with the straight one ('), so a text is read with these folded to it.
 */
const APOSTROPHES = /[\u2018\u2019\u201A\u201B\u2032\u00B4`\u02BC]/g;

/** The text with every mark written for an apostrophe (APOSTROPHES) as the straight one: "we’re" → "we're". */
export function foldApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

/** A text's letters without their marks ("Jäger" → "Jager", "Ørsted" stays): the Latin letters under them. */
export const withoutMarks = (text: string): string => text.normalize('NFD').replace(/\p{M}/gu, '');

/** A name's letters and digits in lower case, without a domain ending: "Vegolosi.it" and "VEGOLOSI" give one key. */
export const nameKey = (name: string): string =>
  name
    .toLowerCase()
    .replace(/\.[a-z]{2,}$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

/** A name's words in lower case, in alphabetical order: "Bündnis 90/Die Grünen Bundestagsfraktion" as a set. */
const nameWords = (name: string): string =>
  name
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .sort()
    .join(' ');

/**
 * Whether two names are one, written differently (case, spacing, punctuation, a domain ending), or with their words in
 * another order ("Bundestagsfraktion Bündnis 90/Die Grünen" and "Bündnis 90/Die Grünen Bundestagsfraktion"). The
 * words are compared only when the keys hold as many letters: another order keeps them all.
 */
export function isSameName(a: string, b: string): boolean {
  const key = nameKey(a);
  if (key === '') return false;
  const other = nameKey(b);
  return key === other || (key.length === other.length && nameWords(a) === nameWords(b));
}

/** Whether a text holds a name, written as isSameName allows: "30/10/23 | StarsInsider" holds "StarsInsider". */
export function holdsName(text: string, name: string): boolean {
  const key = nameKey(name);
  return key !== '' && nameKey(text).includes(key);
}
