/**
 * Lines that are about the article, or about the page, rather than part of what it says, told by
 * their words: a picture credit ("Photo: AP"), a date alone ("Updated March 3, 2021 10:32 GMT"),
 * a call to the reader ("Sign up for our newsletter"), a share / follow label ("Share on X"), a
 * gallery label ("Gallery: … | 14 Photos") and an author's sign-off in capitals. Shared by the
 * outline (no such line is a bullet or a heading) and the key points (none is a key point).
 * The words are data (./vocabulary/); the rules are small predicates over a collapsed line.
 */
import callsToAction from './vocabulary/calls-to-action.json';
import credits from './vocabulary/credits.json';
import dates from './vocabulary/dates.json';
import galleryLabels from './vocabulary/gallery-labels.json';
import { alternation, escapeLiteral } from './vocabulary/patterns';
import shareLabels from './vocabulary/share-labels.json';

/** A credit line is short: a longer line that begins "Photo: …" is a caption sentence, judged elsewhere. */
const CREDIT_MAX_CHARS = 120;
/** An agency credit ("Jane Doe/Getty Images") is shorter still. */
const AGENCY_CREDIT_MAX_CHARS = 60;
/** ... and is written with a slash or bar, or names a photo or a "via". */
const AGENCY_CREDIT_SHAPE = /[/|]|photo|\bvia\b/;
/** A date line is short (a sentence mentioning a date is longer). */
const DATE_LINE_MAX_CHARS = 80;
/** A call to action is one line; a paragraph that begins "Subscribe" may still be text. */
const CALL_TO_ACTION_MAX_CHARS = 200;
/** A share label is a button's word or two. */
const SHARE_LABEL_MAX_CHARS = 40;
/** A sign-off is a name, perhaps with a title or a place: a few words, ... */
const SIGN_OFF_MAX_WORDS = 6;
/** ... and characters. */
const SIGN_OFF_MAX_CHARS = 80;

const lower = (text: string): string => text.toLowerCase();
const CREDIT_LABELS = credits.labels.map(lower);
const AGENCIES = credits.agencies.map(lower);
const DATE_NAMES = new Set(dates.names);
const DATE_FILLERS = new Set(dates.fillers);
/** Typographic apostrophes read as straight ones. */
const straightApostrophes = (text: string): string => text.replace(/[’]/g, "'");
/**
 * The calls to action as two patterns (a start, a phrase anywhere): one scan of a line each instead
 * of a pass over the line per phrase (over a hundred starts, asked of every key-point sentence).
 */
const CTA_START = new RegExp(
  `^(?:${callsToAction.starts.map((start) => escapeLiteral(straightApostrophes(lower(start)))).join('|')})`,
);
const CTA_ANYWHERE = new RegExp(callsToAction.anywhere.map((words) => escapeLiteral(lower(words))).join('|'));
const SHARE_LABELS = new Set(shareLabels.labels);
const SHARE_PREFIXES = shareLabels.prefixes;

/** Leading marks a line may open with ("— ", "(", "© "). */
const LEADING_MARKS = /^[\s\-–—•·|([©]+/u;
/** Trailing marks a line may close with. */
const TRAILING_MARKS = /[\s)\].:;,|]+$/u;
const stripMarks = (text: string): string => text.replace(LEADING_MARKS, '').replace(TRAILING_MARKS, '');

/** What follows a credit's label: a colon, slash or bar, a spaced dash, or "by" ("Picture-in-Picture" is no credit). */
const CREDIT_SEPARATOR = /^(?:\s*[:：/|]|\s+[–—-]\s|\s+(?:by|von|par|de|di|door|courtesy)\b)/u;

/** "Photo: …", "Photograph by …", "Image credit – …", "Foto: …" (the label, then ':' / '-' / 'by' / 'von' …). */
export function isCreditLine(text: string): boolean {
  if (text.length > CREDIT_MAX_CHARS) return false;
  const line = lower(stripMarks(text));
  for (const label of CREDIT_LABELS) {
    if (!line.startsWith(label)) continue;
    const rest = line.slice(label.length);
    if (CREDIT_SEPARATOR.test(rest)) return true;
  }
  // "Jane Doe/Getty Images", "(AP Photo/John Smith)", "REUTERS/Jane Doe".
  if (line.length > AGENCY_CREDIT_MAX_CHARS || !AGENCY_CREDIT_SHAPE.test(line)) return false;
  return line
    .split(/\s*[/|,;]\s*|\s+(?:via|for)\s+/)
    .some((piece) => AGENCIES.includes(piece.replace(/\s+photo$/, '')));
}

/** A date in quotation marks is a title ("Le 15 Mai"), not a date line. */
const QUOTATION_MARKS = /["“”„«»]/;
const DATE_TOKEN = /[\p{L}][\p{L}.]*|\d+/gu;
const NUMERIC_DATE_OR_TIME = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b/;

/**
 * A line that is a date or a time and nothing more ("March 3, 2021", "03.03.2021 14:00",
 * "Updated: Tue 5 May 2020 10:32 BST").
 */
export function isDateOnly(text: string): boolean {
  if (text.length > DATE_LINE_MAX_CHARS || !/\d/.test(text) || QUOTATION_MARKS.test(text)) return false;
  let named = false;
  for (const [token] of lower(text).matchAll(DATE_TOKEN)) {
    if (/^\d+$/.test(token)) continue;
    const word = token.replace(/\.$/, '');
    if (DATE_NAMES.has(word)) named = true;
    else if (!DATE_FILLERS.has(word) && !/^\d+(?:st|nd|rd|th|er|e|º|°)$/.test(word)) return false;
  }
  return named || NUMERIC_DATE_OR_TIME.test(text);
}

/** "Sign up for our newsletter", "Click here to …", "Follow us on …", "Editor's note: …". */
export function isCallToAction(text: string): boolean {
  if (text.length > CALL_TO_ACTION_MAX_CHARS) return false;
  const line = straightApostrophes(lower(stripMarks(text)));
  return CTA_START.test(line) || CTA_ANYWHERE.test(line);
}

/** "Share", "Facebook", "Share on X", "Follow us on Instagram": the label of a share or follow button. */
export function isShareLabel(text: string): boolean {
  if (text.length > SHARE_LABEL_MAX_CHARS) return false;
  const line = lower(stripMarks(text)).replace(/\s*\(\d+\)$|\s+\d+$/, '');
  if (SHARE_LABELS.has(line)) return true;
  return SHARE_PREFIXES.some((prefix) => line.startsWith(`${prefix} `));
}

/** "Gallery: …", "Photo gallery (12)", "Slideshow" alone: the word, then a separator, a count or nothing. */
const GALLERY_WORD_LABEL = new RegExp(
  `^(?:photo\\s*)?(?:${alternation(galleryLabels.words)})(?:\\s*[:|(–—-]|\\s*$|\\s+\\d)`,
  'u',
);
/** "14 photos", "23 Bilder": a count of pictures. */
const PICTURE_COUNT = new RegExp(`\\b\\d+\\s+(?:${alternation(galleryLabels.countNouns)})\\b`, 'u');

/** "Gallery: Sony A7 IV review | 14 Photos", "See all 23 images", "Slideshow (12)": the label of a picture gallery. */
export function isGalleryLabel(text: string): boolean {
  const line = lower(text);
  if (GALLERY_WORD_LABEL.test(line)) return true;
  return PICTURE_COUNT.test(line) && line.length <= 120;
}

/** "JANE DOE", "— JOHN SMITH, WASHINGTON": a line in capitals of a few words (letters of a cased script only). */
export function isCapitalsSignOff(text: string): boolean {
  if (text.length > SIGN_OFF_MAX_CHARS) return false;
  const line = stripMarks(text);
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return line.split(/\s+/).length <= SIGN_OFF_MAX_WORDS;
}
