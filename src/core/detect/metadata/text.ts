/** Small text helpers shared by the metadata heuristics. Pure functions, no DOM. */

export { collapseAsciiWhitespace, collapseWhitespace } from '../../read/text';
import { collapseWhitespace, foldApostrophes } from '../../read/text';
import { textSimilarity as similarity } from '../../text';

/** Named entities that sites commonly double-escape in meta values (beside the XML five). */
const NAMED_ENTITIES: Record<string, string> = {
  quot: '"',
  amp: '&',
  apos: "'",
  lt: '<',
  gt: '>',
  nbsp: '\u00A0',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201C',
  rdquo: '\u201D',
  laquo: '\u00AB',
  raquo: '\u00BB',
  middot: '\u00B7',
  bull: '\u2022',
  copy: '\u00A9',
  reg: '\u00AE',
  trade: '\u2122',
};

/**
 * HTML's names of accented letters are the letter, then its mark's name ("&oacute;" is o and U+0301: "ó"; "&ccaron;"
 * "č"; "&ccedil;" "ç", U+0327). The marks' names, each at its offset from U+0300 (the combining marks; empty where no
 * letter's name has one).
 */
const MARKS = `grave acute circ tilde macr  breve  uml  ring dblac caron${' '.repeat(27)}cedil ogon`.split(' ');

/** Highest Unicode code point; a reference above it is replaced like an HTML parser does. */
const MAX_CODE_POINT = 0x10ffff;
const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * Decodes HTML character references left in a value that was escaped twice
 * (e.g. `content="Tom &amp;amp; Jerry"`). Invalid numeric references become U+FFFD,
 * as a conforming HTML parser would make them; unknown named ones are kept as written.
 */
export function unescapeHtmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text
    .replace(/&#(?:x([0-9a-f]+)|([0-9]+));/gi, (_match, hex: string | undefined, decimal: string | undefined) => {
      const codePoint = parseInt(hex ?? decimal ?? '0', hex ? 16 : 10);
      const isSurrogate = codePoint >= 0xd800 && codePoint <= 0xdfff;
      if (!codePoint || codePoint > MAX_CODE_POINT || isSurrogate || Number.isNaN(codePoint))
        return REPLACEMENT_CHARACTER;
      return String.fromCodePoint(codePoint);
    })
    .replace(/&([a-z]+);/gi, (match, name: string) => {
      // A letter with a mark it has no character for ("&qacute;"), or no mark's name, is no such reference.
      const accented = (name[0] + String.fromCharCode(0x300 + MARKS.indexOf(name.slice(1)))).normalize('NFC');
      return NAMED_ENTITIES[name.toLowerCase()] ?? (accented.length < 2 ? accented : match);
    });
}

/** A metadata value as it should be shown: entities decoded, whitespace collapsed; null when empty. */
export function cleanValue(value: string | null | undefined): string | null {
  if (value == null) return null;
  const cleaned = collapseWhitespace(unescapeHtmlEntities(value));
  return cleaned || null;
}

/**
 * Tokens as Readability's title rule counts them: runs separated by whitespace, a lone separator
 * ("-", "|") included. The title rule mirrors Readability's and is measured against it; the words
 * of a text are counted by the reading layer's countWords (read/text.ts).
 */
export function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** What separates Readability's words: a run of characters that are no ASCII letter, digit or _. */
const NOT_ASCII_WORD = /\W+/;

/**
 * How much of `textB` is made of words that also occur in `textA` (1 = all of them,
 * 0 = none), measured in characters (src/core/text.ts textSimilarity). Words are ASCII word runs as in Readability's
 * _textSimilarity, whose choices are the reference (non-Latin text then compares as empty: 0).
 */
export const textSimilarity = (textA: string, textB: string): number => similarity(textA, textB, NOT_ASCII_WORD);

/** Comparison key: case, quotes (apostrophes: foldApostrophes), dashes and whitespace normalised. */
export function comparable(text: string): string {
  return collapseWhitespace(
    foldApostrophes(text.normalize('NFKC'))
      .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-'),
  ).toLowerCase();
}

/**
 * True for values that are a link rather than a name (e.g. `article:author` pointing at a profile), also
 * written without a scheme: "www.example.com", "facebook.com/newsroom".
 */
export function looksLikeUrl(value: string): boolean {
  const text = value.trim();
  return /^(?:https?:)?\/\/\S+$/i.test(text) || /^www\.\S+\.\S+$/i.test(text) || /^[\w-]+(\.[\w-]+)+\/\S*$/.test(text);
}
