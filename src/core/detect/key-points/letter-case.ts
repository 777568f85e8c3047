/**
 * The share of capitals among a text's cased letters, read character by character: ASCII by its
 * codes, Latin, Greek and Cyrillic by a table filled from the Unicode classes as they are met, the blocks
 * that have no letter case (most of the world's other scripts) skipped, and the rest asked of the
 * Unicode classes one character at a time.
 */

/** One capital or small letter at a given index (sticky: tested where the loop stands). */
const CAPITAL_AT = /\p{Lu}/uy;
const SMALL_AT = /\p{Ll}/uy;

const NEITHER = 0;
const CAPITAL = 1;
const SMALL = 2;
/** The table covers the characters from 0x80 up to here (Latin-1, Latin Extended, IPA, Greek, Cyrillic). */
const TABLE_END = 0x530;
/**
 * Per character of the table, its case + 1 once met (0: not met yet): each is asked of the Unicode
 * classes once, when first met (a table of all 1,200 built up front, two pattern tests each, was about
 * 0.4 ms of a page's first analysis in Chromium; a page meets a few of them, or one script's letters).
 */
const caseTable = new Uint8Array(TABLE_END - 0x80);

/**
 * Blocks without capital or small letters: Hebrew to Tibetan (Arabic, the Indic scripts, Thai),
 * general punctuation (’ “ ” –), CJK punctuation and kana, CJK ideographs, Hangul syllables.
 */
export const CASELESS_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0590, 0x0fff],
  [0x2000, 0x206f],
  [0x3000, 0x30ff],
  [0x3400, 0x9fff],
  [0xac00, 0xd7a3],
];

function isCaseless(code: number): boolean {
  for (const [first, last] of CASELESS_BLOCKS) if (code >= first && code <= last) return true;
  return false;
}

/** Share of capitals among the cased letters (0 when there is none). */
export function capitalsShare(text: string): number {
  return countCases(text, Infinity);
}

/**
 * Whether capitalsShare(text) > share, read only until the rest of the text could not bring the
 * share above it any more (most sentences are settled halfway).
 */
export function hasCapitalsShareAbove(text: string, share: number): boolean {
  return countCases(text, share) > share;
}

/** Characters read between two looks at whether the rest can still lift the share above `settleAt`. */
const SETTLE_EVERY = 16;

/**
 * The share of capitals; with a finite `settleAt`, a share at most `settleAt` as soon as even a rest
 * of capitals only (each character a letter) could not bring it above that (then the answer to
 * "above settleAt?" is no, whatever the rest holds).
 */
function countCases(text: string, settleAt: number): number {
  let capitals = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    if (i % SETTLE_EVERY === 0 && settleAt !== Infinity) {
      const rest = text.length - i;
      if ((capitals + rest) / (letters + rest) <= settleAt) return (capitals + rest) / (letters + rest);
    }
    const code = text.charCodeAt(i);
    let letterCase: number;
    if (code < 0x80)
      letterCase = code >= 0x41 && code <= 0x5a ? CAPITAL : code >= 0x61 && code <= 0x7a ? SMALL : NEITHER;
    else if (code < TABLE_END) letterCase = tableCaseAt(text, i, code);
    else if (isCaseless(code)) letterCase = NEITHER;
    else letterCase = caseAt(text, i);
    if (letterCase === CAPITAL) capitals++;
    if (letterCase !== NEITHER) letters++;
    if (code >= 0xd800 && code <= 0xdbff) i++; // the rest of a character outside the BMP
  }
  return letters ? capitals / letters : 0;
}

/** caseAt of a character of the table (`code`), asked of the Unicode classes when first met. */
function tableCaseAt(text: string, index: number, code: number): number {
  caseTable[code - 0x80] ||= caseAt(text, index) + 1;
  return caseTable[code - 0x80]! - 1;
}

function caseAt(text: string, index: number): number {
  CAPITAL_AT.lastIndex = index;
  if (CAPITAL_AT.test(text)) return CAPITAL;
  SMALL_AT.lastIndex = index;
  return SMALL_AT.test(text) ? SMALL : NEITHER;
}
