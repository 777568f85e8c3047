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
import { isMonthName } from './metadata/month-names';
import { alternation, escapeLiteral } from './vocabulary/patterns';
import shareLabels from './vocabulary/share-labels.json';
import { foldApostrophes } from '../read/text';
import { creditRest, stripMarks } from './credit-label';

/** A credit line is short: a longer line that begins "Photo: …" is a caption sentence, judged elsewhere. */
const CREDIT_MAX_CHARS = 120;
/** An agency credit ("Jane Doe/Getty Images") is shorter still. */
const AGENCY_CREDIT_MAX_CHARS = 60;
/** ... and is written with a slash or bar, or names a photo or a "via". */
const AGENCY_CREDIT_SHAPE = /[/|]|photo|\bvia\b/;
/** A date line is short (a sentence mentioning a date is longer). */
const DATE_LINE_MAX_CHARS = 80;
/** A dateline names its place in a few words ("Managua, Nicaragua", "New York") before the date. */
const DATELINE_MAX_PLACES = 3;
/** A call to action is one line; a paragraph that begins "Subscribe" may still be text. */
const CALL_TO_ACTION_MAX_CHARS = 200;
/** A tip's label before a call ("Pro tip:", "Unser Tipp:") is a word or two. */
const TIP_LABEL_MAX_CHARS = 16;
/** A line opening with one word and a colon ('Tags:', 'Schlagwörter :'): a filing line may be longer. */
const FILING_LABEL = /^\S+ ?:/;
/** A share label is a button's word or two. */
const SHARE_LABEL_MAX_CHARS = 40;
/** A sign-off is a name, perhaps with a title or a place: a few words, ... */
const SIGN_OFF_MAX_WORDS = 6;
/** ... and characters. */
const SIGN_OFF_MAX_CHARS = 80;

const lower = (text: string): string => text.toLowerCase();
const AGENCIES = credits.agencies.map(lower);
const WEEKDAYS = new Set(dates.weekdays);
/** A month's or a weekday's name ("März", "kwietnia", "Tue"): what makes a line of numbers a date. */
const isDateName = (word: string): boolean => isMonthName(word) || WEEKDAYS.has(word);
const DATE_FILLERS = new Set(dates.fillers);
/**
 * The calls to action as two patterns (a start, a phrase anywhere): one scan of a line each instead
 * of a pass over the line per phrase (over a hundred starts, asked of every key-point sentence).
 */
const startsPattern = (starts: readonly string[]): RegExp =>
  new RegExp(`^(?:${starts.map((start) => escapeLiteral(foldApostrophes(lower(start)))).join('|')})`);
const CTA_START = startsPattern([...callsToAction.starts, ...callsToAction.notes, ...callsToAction.disclosures]);
/** A notice of affiliate links or of a paid post ("This post may contain affiliate links …"). */
const DISCLOSURE_START = startsPattern(callsToAction.disclosures);
/** A note about the article ("Reporting by …", "Update: …"): no call to the reader. */
const NOTE_START = startsPattern(callsToAction.notes);
const anywherePattern = (words: readonly string[]): RegExp =>
  new RegExp(words.map((phrase) => escapeLiteral(lower(phrase))).join('|'));
const CTA_ANYWHERE = anywherePattern([...callsToAction.anywhere, ...callsToAction.notesAnywhere]);
/** A copyright notice ("… All rights reserved."): no call to the reader either. */
const NOTE_ANYWHERE = anywherePattern(callsToAction.notesAnywhere);
const SHARE_LABELS = new Set(shareLabels.labels);
const SHARE_PREFIXES = shareLabels.prefixes;
/** Share and follow labels that say what their button does ("Share on X", "Tweet", "Drucken"). */
export const SHARE_ACTIONS: ReadonlySet<string> = new Set(shareLabels.actions);

/** A line opening with the copyright sign is a picture's credit up to this length (characters): a name or two. */
const SIGNED_CREDIT_MAX_CHARS = 40;

/**
 * A caption ends with its picture's credit: the copyright sign, then an agency and a photographer at most this long
 * ("… Freestylerin. © GETTY IMAGES NORTH AMERICA / MADDIE MEYER").
 */
const TRAILING_CREDIT_MAX_CHARS = 60;

/** A credit that lists its makers ("Photos by A (Shutterstock), B, C, …") may be longer than one: up to this. */
const CREDIT_LIST_MAX_CHARS = 400;
/** ... when each is a name of at most this many words (bracketed parts aside): a caption's clauses are longer; */
const CREDIT_NAME_MAX_WORDS = 4;
/** ... and it names at least this many. */
const CREDIT_LIST_MIN_NAMES = 3;
const BRACKETED = /\([^)]*\)/g;

/** "Photos by cmgirl (Shutterstock), Macrovector (Shutterstock), J E Theriot, davidd, …": a credit listing names. */
function isCreditList(text: string): boolean {
  if (text.length > CREDIT_LIST_MAX_CHARS) return false;
  const names = creditRest(stripMarks(lower(text)))
    ?.replace(BRACKETED, ' ')
    .split(/[,;]|\s(?:and|&)\s/);
  return (
    !!names &&
    names.length >= CREDIT_LIST_MIN_NAMES &&
    names.every((name) => name.trim().split(/\s+/).length <= CREDIT_NAME_MAX_WORDS)
  );
}

/**
 * "Photo: …", "Photograph by …", "Image credit – …", "Foto: …" (the label, then ':' / '-' / 'by' /
 * 'von' …), or a short caption that ends with its "© …" credit.
 * `lowered`: the text lower-cased, when the caller has it (the marks stripped are no letters).
 */
export function isCreditLine(text: string, lowered?: string): boolean {
  if (text.length > CREDIT_MAX_CHARS) return isCreditList(text);
  // "© Getty Images", "© dpa / Jane Doe": the sign, then a name (a notice with a year is body-lines.ts's).
  if (text.length <= SIGNED_CREDIT_MAX_CHARS && text.trimStart().startsWith('©')) return true;
  // A caption with its credit after it: "Eileen Gu, Freestylerin. © AFP / Jane Doe".
  const sign = text.lastIndexOf('©');
  if (sign > 0 && text.length - sign <= TRAILING_CREDIT_MAX_CHARS) return true;
  const line = stripMarks(lowered ?? lower(text));
  if (creditRest(line) !== null) return true;
  // "Jane Doe/Getty Images", "(AP Photo/John Smith)", "REUTERS/Jane Doe".
  if (line.length > AGENCY_CREDIT_MAX_CHARS || !AGENCY_CREDIT_SHAPE.test(line)) return false;
  return line
    .split(/\s*[/|,;]\s*|\s+(?:via|for)\s+/)
    .some((piece) => AGENCIES.includes(piece.replace(/\s+photo$/, '')));
}

/** Whether `name` is a news or picture agency's ("Associated Press", "Reuters", "Getty Images"). */
export const isAgencyName = (name: string): boolean => AGENCIES.includes(lower(name.trim()));

/** Before a picture library's name at a credit's end: "… on Unsplash", "… via Pexels", "… / Getty Images". */
const AGENCY_JOIN = /\s*[/|,;]\s*|\s+(?:on|via|from|auf|bei|sur)\s+/u;

/**
 * A credit line as body text: one without a link, or a linked one that ends with its picture library ("Titelbild:
 * <a>Jane Doe</a> on <a>Unsplash</a>") or lists names (isCreditList); another linked one is kept ("(Graphic: Harbour
 * traffic - <a>here</a>)" points to a graphic the story shows).
 */
export function isCreditParagraph(text: string, linked: boolean): boolean {
  if (!isCreditLine(text)) return false;
  return !linked || AGENCIES.includes(stripMarks(lower(text)).split(AGENCY_JOIN).pop()!) || isCreditList(text);
}

/** A date in quotation marks is a title ("Le 15 Mai"), not a date line. */
const QUOTATION_MARKS = /["“”„«»]/;
const DATE_TOKEN = /[\p{L}][\p{L}.]*|\d+/gu;
const NUMERIC_DATE_OR_TIME = /\b\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b|\b\d{1,2}:\d{2}\b/;

/**
 * A line that is a date or a time and nothing more ("March 3, 2021", "03.03.2021 14:00",
 * "Updated: Tue 5 May 2020 10:32 BST"). `lowered`: as isCreditLine.
 */
export function isDateOnly(text: string, lowered?: string, dateline?: boolean): boolean {
  if (text.length > DATE_LINE_MAX_CHARS || !/\d/.test(text) || QUOTATION_MARKS.test(text)) return false;
  let named = false;
  // With `dateline`, capitalised words before the date, closed by a comma, are a dateline's place
  // ("Managua, Nicaragua 26 Abril …"); not for a byline, where they are the author's name ("Jane Doe, 01.12.2021").
  let places = dateline ? 0 : -1;
  for (const { 0: token, index } of (lowered ?? lower(text)).matchAll(DATE_TOKEN)) {
    const word = token.replace(/\.$/, '');
    if (places >= 0 && text[index] !== token[0] && !isDateName(word) && !DATE_FILLERS.has(word)) {
      if (++places > DATELINE_MAX_PLACES) return false;
      continue;
    }
    if (places > 0 && !text.slice(0, index).includes(',')) return false;
    places = -1;
    if (/^\d+$/.test(token)) continue;
    if (isDateName(word)) named = true;
    else if (!DATE_FILLERS.has(word) && !/^\d+(?:st|nd|rd|th|er|e|º|°)$/.test(word)) return false;
  }
  return named || NUMERIC_DATE_OR_TIME.test(text);
}

/** A line as the calls to action are matched with: lower case, without its marks, a French-spaced colon closed up. */
const callLine = (text: string, lowered?: string): string =>
  foldApostrophes(stripMarks(lowered ?? lower(text))).replace(' :', ':');

/** A line that opens with a call's words ("Subscribe", "Read more"), not one that names an offer ("Newsletter"). */
export const opensWithCall = (text: string): boolean => CTA_START.test(callLine(text));

/**
 * "Sign up for our newsletter", "Click here to …", "Follow us on …", "Editor's note: …" (`lowered`:
 * as isCreditLine).
 */
export function isCallToAction(text: string, lowered?: string): boolean {
  const line = callLine(text, lowered);
  // A filing line ('Tags: …', French-spaced 'Schlagwörter : …') lists any number of tags; words anywhere in a
  // line ('newsletter') make a short one a call to action, not a long one.
  if (text.length > CALL_TO_ACTION_MAX_CHARS) return FILING_LABEL.test(text) && CTA_START.test(line);
  // ... also after a tip's short label ("Pro tip: Learn more about …", "Lesetipp: Lesen Sie auch …").
  const label = line.indexOf(': ');
  return (
    CTA_START.test(line) ||
    CTA_ANYWHERE.test(line) ||
    (label > 0 && label <= TIP_LABEL_MAX_CHARS && CTA_START.test(line.slice(label + 2)))
  );
}

/** A notice of affiliate links or of a paid post, one line ("This shop has been compensated by …"): no text. */
export const isDisclosure = (text: string): boolean =>
  text.length <= CALL_TO_ACTION_MAX_CHARS && DISCLOSURE_START.test(callLine(text));

/**
 * A call to the reader ("Like this story? Share it …", "Join our forums …"), not a note about the article ("Reporting
 * by …", "This article was originally published …"): no line of the text's end (site-appeals.ts).
 */
export const isCallToReader = (text: string): boolean => isCallToAction(text) && !isArticleNote(text);

/** A note about the article ("Reporting by …", "This version corrects …", "… contributed to this report."). */
export function isArticleNote(text: string): boolean {
  const line = callLine(text);
  return NOTE_START.test(line) || NOTE_ANYWHERE.test(line);
}

/** A word, then a share action's ("Social Share", "Beitrag teilen"): a share bar's label too. */
const WORD_AND_ACTION = /^\S+ (\S+)$/;

/**
 * "Share", "Facebook", "Share on X", "Follow us on Instagram": the label of a share or follow button.
 * `call`: only one that says what its button does ("Share on X", "Tweet", "Drucken", "Social Share"): a bare
 * "Link" or "Facebook" may be a link in the text.
 */
export function isShareLabel(text: string, call?: boolean): boolean {
  if (text.length > SHARE_LABEL_MAX_CHARS) return false;
  const line = lower(stripMarks(text)).replace(/\s*\(\d+\)$|\s+\d+$/, '');
  if ((call ? SHARE_ACTIONS : SHARE_LABELS).has(line)) return true;
  if (call && SHARE_ACTIONS.has(WORD_AND_ACTION.exec(line)?.[1] ?? '')) return true;
  return SHARE_PREFIXES.some((prefix) => line.startsWith(`${prefix} `));
}

/**
 * "Gallery: …", "Photo gallery (12)", "Slideshow" alone, "En vidéo, …": the word (after "photo", or "en" / "im" / "in"
 * before a video's), then a separator (a hyphen with a space beside it: "Video-Serie" is a word), a count or nothing.
 */
const GALLERY_WORD_LABEL = new RegExp(
  `^(?:photo\\s*|(?:en|im|in)\\s+)?(?:${alternation(galleryLabels.words)})(?:\\s*[:|(–—,]|\\s+-|-\\s|\\s*$|\\s+\\d)`,
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

const ASCII_SMALL_LETTER = /[a-z]/;

/** "JANE DOE", "— JOHN SMITH, WASHINGTON": a line in capitals of a few words (letters of a cased script only). */
export function isCapitalsSignOff(text: string): boolean {
  // A small Latin letter is no capital: most lines are answered before their letters are gathered.
  if (text.length > SIGN_OFF_MAX_CHARS || ASCII_SMALL_LETTER.test(text)) return false;
  const line = stripMarks(text);
  const letters = line.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  return line.split(/\s+/).length <= SIGN_OFF_MAX_WORDS;
}
