/**
 * A news dateline before a paragraph ("WASHINGTON (Reuters) - ", "Hong Kong (CNN Business)",
 * "LONDON — ", "CLEVELAND, Ohio – "): wire furniture, not what the sentence says. A key point opens
 * after it ("Scientists on Monday unveiled …", not "WASHINGTON (Reuters) - Scientists …"); the rest
 * of the sentence is kept verbatim.
 */
import { NUMERIC_DATE_SOURCE } from '../body-lines';
import { isDateOnly } from '../furniture-text';
import { SENTENCE_END } from './filters';

/**
 * A place of capitalised words ("Hong Kong", "WEST PALM BEACH", "CLEVELAND, Ohio", "MIAMI-DADE, FLA."; a stop
 * only before a bracket: "Benedikt XVI. – Licht …" is a quotation's author), then a wire service in brackets
 * (letters only: "(AP)", "(CNN Business)"; "(1-0)" is a score) and perhaps a dash ("(CNN)President …",
 * "(EFE).- "), or a dash. The place's first word may be cut short with a stop before the next ("ST. JOSEPH, Mich.
 * (AP) — ", "Ft. Worth"). The place may be, or be followed by, a day of a month and a year ("April 17, 2015 -- ",
 * "LONDON, June 5, 2020 – "), the month perhaps cut short with a stop ("Feb. 23, 2015 -- "), or the day first with its
 * stop ("Wien, 14. Dezember 2021 – ": a press release's, trafilatura 0562). A story taken from
 * another paper names it "via" the agency before the dash ("KVELLER via JTA — ").
 */
export const DATELINE = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}/-]*(?:\.(?= \p{Lu}))?` +
    String.raw`(?:,? \p{Lu}[\p{L}/-]*| via \p{Lu}[\p{L}/-]*){0,3}(?:\.(?= \())?,? )?` +
    String.raw`(?:(?:(?:\p{Lu}\p{Ll}{2,3}\. )?\d{1,2},|\d{1,2}\. \p{Lu}\p{Ll}+) \d{4} )?` +
    String.raw`(?:\([\p{L} ]{1,20}\)\.?(?: ?[-–—]+)?|[-–—]+) ?`,
  'u',
);

/**
 * What may come before DATELINE's bracket or dash (ASCII letters and digits, slashes, commas, stops, spaces; any
 * other character but the two dashes may be a letter), then the bracket or dash: DATELINE is tried only on such a
 * paragraph (3,545 of the 21,309 corpus body paragraphs before stops were let in), and its Unicode classes
 * (compiled on a page's first analysis in Chromium) only for a page that has one. Or a short month's name with its
 * stop before a day ("Feb. 23").
 */
const MAY_OPEN_WITH_DATELINE = /^[\w/,. \x80-\u2012\u2015-\uffff]*[(\-–—]|^[A-Z][a-z]{2,3}\. \d/;

/**
 * The most words DATELINE reads before its bracket or dash: a place of four words, three of them after " via " (7),
 * and a date of three ("Feb. 23, 2015", "14. Dezember 2021").
 */
const DATELINE_MAX_WORDS = 10;

/**
 * Whether DATELINE may match (exact: it cannot without): it reads words, each followed by one space, up to its bracket
 * or dash at a word's start; a word of its opens with a capital or a digit, or is "via". So a word in small ASCII
 * letters before any bracket or dash rules it out ("Russian President Vladimir Putin embarked … (ICC)"), and its
 * Unicode classes (compiled at a cold analysis's first call, about 1 ms) are then never asked for.
 */
export function mayOpenWithDateline(paragraph: string): boolean {
  let start = 0;
  for (let words = 0; words <= DATELINE_MAX_WORDS; words++) {
    const first = paragraph.charCodeAt(start);
    // ( - – —
    if (first === 0x28 || first === 0x2d || first === 0x2013 || first === 0x2014) return true;
    // a-z, but for "via"
    if (first >= 0x61 && first <= 0x7a && !paragraph.startsWith('via ', start)) return false;
    const space = paragraph.indexOf(' ', start);
    if (space < 0) return false;
    start = space + 1;
  }
  return false;
}

/**
 * A date in figures opening a paragraph, a separator or a space after it ("01.02.2022 „Der Arbeitsmarkt …",
 * "2021-03-05 – Die Stadt …"): a press release's date line run into its text.
 */
const NUMERIC_DATE_OPENING = new RegExp(String.raw`^(?:${NUMERIC_DATE_SOURCE})(?:\s*[-–—|]\s*|\s+)`);
/**
 * A short text in brackets opening a paragraph, a space after it: a date when isDateOnly says so ("(21. November
 * 2022) Energieverbraucher erhalten …"), a press page's date line run into its text. Asked only of a paragraph that
 * opens with a bracket.
 */
const BRACKETED_OPENING = /^\(([^()]{4,40})\)\s+/;
/** A year in a dateline: it dates a press release's text. */
const DATELINE_YEAR = /\d{4}/;
/** A sentence's opening: a capital, perhaps after an opening quotation mark. */
const OPENS_SENTENCE = /^["„“«»‚‘']?\p{Lu}/u;

/**
 * The paragraph without a leading dateline or a date in brackets (the same paragraph when it has none). What follows a
 * dateline is text that opens with a capital and closes a sentence: a title line ("DMAX –
 * Doku-Pilot"), a name and its party before a colon, a range of years are left as they are.
 */
export function withoutDateline(paragraph: string): string {
  const bracketed = paragraph.startsWith('(') ? BRACKETED_OPENING.exec(paragraph) : null;
  if (bracketed && isDateOnly(bracketed[1]!)) return sentenceAfter(paragraph, bracketed[0].length);
  const date = NUMERIC_DATE_OPENING.exec(paragraph);
  if (date) return sentenceAfter(paragraph, date[0].length);
  if (!MAY_OPEN_WITH_DATELINE.test(paragraph) || !mayOpenWithDateline(paragraph)) return paragraph;
  const line = DATELINE.exec(paragraph)?.[0] ?? '';
  const rest = paragraph.slice(line.length);
  // After a dated dateline, a paragraph that closes on a colon (over a list of points) is text too (trafilatura 0562).
  const closes = SENTENCE_END.test(rest) || (rest.endsWith(':') && DATELINE_YEAR.test(line));
  return /^\p{Lu}/u.test(rest) && closes ? rest : paragraph;
}

/** The paragraph from `start` when a sentence opens there and the paragraph closes one, else the whole paragraph. */
function sentenceAfter(paragraph: string, start: number): string {
  const rest = paragraph.slice(start);
  return OPENS_SENTENCE.test(rest) && SENTENCE_END.test(rest) ? rest : paragraph;
}
