/**
 * Turns a byline as written into the author's name: "By Jane Doe, March 11, 2015 3:46 PM @jane"
 * becomes "Jane Doe". Datelines, lone "By" labels and URLs are no bylines (null).
 */
import { isAccountName } from './byline-account';
import { cleanValue, looksLikeUrl } from './text';
import { BY_WORDS, isLoneBylineLabel } from '../byline-label';
import { isDateOnly, isShareLabel } from '../furniture-text';
import { matchLinkText, normalizeLabel } from '../related/lexicon';
import datelineWords from '../vocabulary/dateline-words.json';
import { alternation } from '../vocabulary/patterns';
import { HAS_LETTER } from '../../text';

/**
 * Leading "By" / "By:" / "Posted by" / "Analysis by" (and the French, German, Spanish "by"), or one word
 * and a colon, a label in any language ("Text: Jane Doe", "Текст: …"): a name holds no colon.
 */
const LEADING_BY = /^(?:(?:\p{L}+\s+)?by|par|von|por|\p{L}+(?=:))\s*:?\s+/iu;
/**
 * A dateline before the name ("Veröffentlicht am 8. Februar 2022 von PETA-Team", "Posted on March 3, 2020
 * by Jane Doe"): the shortest start holding a digit, then the first "by" / "von" / "par" / "por" (so that
 * "… von Ursula von der Leyen" keeps the whole name). A link label to a listing is such a start too: an author
 * archive's link, after its verb ("View all posts by Jane Doe", "Zeige alle Beiträge von …").
 */
const LEADING_DATELINE = new RegExp(`^(.+?)\\s+(?:${BY_WORDS})\\s+(?=\\S)`, 'iu');
/** Its word between spaces: tested first, so that LEADING_DATELINE is compiled only for a text that has one. */
const SPACED_BY = new RegExp(`\\s(?:${BY_WORDS})\\s`, 'iu');
/** Words a leading dateline may have ("Posted on Tuesday, March 3, 2020 at 10:15 am" has nine): more is a sentence. */
const MAX_DATELINE_WORDS = 10;

function withoutLeadingDateline(text: string): string {
  const found = SPACED_BY.test(text) ? LEADING_DATELINE.exec(text) : null;
  const lead = found?.[1];
  if (
    !lead ||
    !(/\d/.test(lead) || matchLinkText(lead.replace(/^\S+ /, ''))?.kind === 'seeall') ||
    lead.split(/\s+/).length > MAX_DATELINE_WORDS
  )
    return text;
  return text.slice(found[0].length);
}

/** A label awaiting its value ("Author:", "作者："), the name being elsewhere. */
const IS_LABEL = /[:：]$/;

/** Words of a dateline ("Updated April 29, 2019 at 3:33 pm", "Last Updated: Jan 7, 2025"), which is no byline. */
const DATELINE_WORD = new RegExp(`\\b(?:${alternation(datelineWords.words)})\\b`, 'gi');

/** Time-zone abbreviations ("PT", "HKT", "CEST") and reading times ("5 min read") that trail a dateline. */
const TRAILING_DATE_EXTRA = /^\(?(?:[A-Z]{1,4}T|[Mm]ins?|[Mm]inutes?|[Rr]ead)\)?[,.;]?$/;

function isDateline(text: string): boolean {
  // No letter left (as `.replace(/[^\p{L}]+/gu, '')` would leave nothing): the class other modules ask too.
  return !HAS_LETTER.test(text.replace(DATELINE_WORD, ''));
}

/**
 * A link label to a listing, whole ("All posts", "Alle Beiträge »", "View all"): an author box's link to
 * the author's archive, whose class names the author, is no one's name.
 */
function isListingLinkLabel(text: string): boolean {
  const found = matchLinkText(text);
  return found?.kind === 'seeall' && normalizeLabel(text).replace(/[^\p{L}\p{N}]+$/u, '') === found.phrase;
}

/** A social handle ("@kerisalison") after the name. */
const HANDLE = /^@\w+$/;

/** "Gillian Mohney March 11, 2015 3:46 PM" -> "Gillian Mohney": drops trailing words forming a date (with a digit). */
function withoutTrailingDate(text: string): string {
  const words = text.split(' ');
  let cut = words.length;
  while (
    cut > 1 &&
    (isDateline(words[cut - 1]!) || TRAILING_DATE_EXTRA.test(words[cut - 1]!) || HANDLE.test(words[cut - 1]!))
  )
    cut--;
  const tail = words.slice(cut).join(' ');
  const kept = /\d|@/.test(tail) ? words.slice(0, cut).join(' ') : text;
  return kept.replace(TRAILING_PUNCTUATION, '');
}

/** Punctuation left dangling at the end of a byline ("Reuters,", "Jeff Foust —", a link's arrow "Jane Doe →"). */
const TRAILING_PUNCTUATION = /[\s,;|@\-\u2013\u2014·•\u2192»]+$/;

/**
 * Collapses whitespace, removes a leading "By", rejects URLs, datelines (also in the languages of
 * ../vocabulary/dates.json: "· 14. Oktober"), empty values, a button's label
 * ("Follow", "Share": an author box's button whose class names the author) and a link to a listing ("All
 * posts"). A CMS account ("admin", "jdadmin": ./byline-account.ts) is kept: cleanByline rejects it.
 */
export function readByline(value: string | null | undefined): string | null {
  const cleaned = cleanValue(value);
  if (!cleaned || looksLikeUrl(cleaned)) return null;
  // LEADING_BY ends with spaces: a value with none (a name alone) is left before its letter classes are compiled.
  const byline = withoutLeadingDateline((/\s/.test(cleaned) ? cleaned.replace(LEADING_BY, '') : cleaned).trim());
  if (
    !byline ||
    isLoneBylineLabel(byline) ||
    isDateline(byline) ||
    isDateOnly(byline) ||
    IS_LABEL.test(byline) ||
    isShareLabel(byline) ||
    isListingLinkLabel(byline)
  )
    return null;
  return withoutTrailingDate(byline) || null;
}

/** readByline, and no CMS account either. */
export function cleanByline(value: string | null | undefined): string | null {
  const name = readByline(value);
  return name && !isAccountName(name) ? name : null;
}
