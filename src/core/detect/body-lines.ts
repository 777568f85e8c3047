/**
 * Lines of the article's text that are page furniture by what they say, whatever their markup:
 * a timestamp line ("Nov. 20, 2019 6:02 AM EST", "Published 20/11/2019 - 07:50"), a copyright
 * line ("Copyright © 2019 Example Media. All rights reserved."), an advertising label
 * ("Advert"), a slideshow's counter ("Image 1 of 9") or button ("See album"), a view counter
 * ("37 views"), a notice of affiliate links ("This post may contain affiliate links") and, all in a link, a share
 * call ("Partager sur Facebook", "twittern": a button's; a bare "Facebook" or "link" may be the text's). They stay
 * out of the body text only (and so out of the reader's, which keeps the body's lines).
 */
import adLabels from './vocabulary/advertising-labels.json';
import galleryLabels from './vocabulary/gallery-labels.json';
import loadingNotices from './vocabulary/loading-notices.json';
import readingTime from './vocabulary/reading-time.json';
import statedDates from './vocabulary/stated-dates.json';
import { alternation } from './vocabulary/patterns';
import { isCallToAction, isDisclosure, isShareLabel, opensWithCall } from './furniture-text';
import { isLoneBylineLabel } from './byline-label';
import { LINK_LABEL_MAX_CHARS } from './body-links';
import { textContent } from '../read/dom';
import { collapseWhitespace, countWords } from '../text';

/** A timestamp line is short: longer lines with a time in them are sentences. */
const TIMESTAMP_LINE_MAX_CHARS = 100;
/** A call to action of at most this many words standing alone is a button's label ("Read more"), not a sentence. */
const BUTTON_MAX_WORDS = 2;
/** A copyright line is one short notice (characters); longer syndication terms are left alone. */
const COPYRIGHT_LINE_MAX_CHARS = 100;
/** A time of day ("6:02", "18:00"). */
const TIME_OF_DAY = /(^|[^\d:])\d{1,2}:\d{2}(?![\d:])/;
/** A numeric date ("20/11/2019", "05.10.18", "2019-11-20"), as a pattern's source (also opening a key point). */
export const NUMERIC_DATE_SOURCE = String.raw`\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}`;
const NUMERIC_DATE = new RegExp(String.raw`\b(?:${NUMERIC_DATE_SOURCE})\b`);
/**
 * A numeric date with no time after more words than this is one the text mentions ("Abnahme Protokoll der letzten
 * Vorstandssitzung vom 5.8.2019", talent.ch 0214), not a stamp: a stamp's date comes after a label or a place
 * ("Letzte Aktualisierung: 28.01.2022", "Berlin, 28.10.2021").
 */
const STAMP_LEAD_MAX_WORDS = 3;

/**
 * A date the text states is no stamp: a run of days ("23.10.2015 - 25.10.2015": an event's, an offer's; a page has one
 * date, or two with words between), or a date after a deadline's or a run's label ("Einsendeschluss: 03.11.2019").
 */
const DATE_RANGE = new RegExp(String.raw`(?:${NUMERIC_DATE_SOURCE})\s*[-–—]\s*(?:${NUMERIC_DATE_SOURCE})`);
const STATED_DATE_LABEL = new RegExp(`^(?:${alternation(statedDates.labels)})(?!\\p{L})`, 'iu');

/** Whether a line's numeric date (no time in it) stamps it: at most a label's or a place's words before the date. */
function isDateStamp(text: string): boolean {
  const date = NUMERIC_DATE.exec(text);
  if (!date || DATE_RANGE.test(text) || STATED_DATE_LABEL.test(text)) return false;
  const words = text.slice(0, date.index).split(/\s+/).filter(Boolean);
  // ... or a byline's label and its names ("Posted by kovarex, TOGos, Ernestas, Albert on 2019-02-15").
  return (
    words.length <= STAMP_LEAD_MAX_WORDS ||
    isLoneBylineLabel(words[0]!) ||
    isLoneBylineLabel(words.slice(0, 2).join(' '))
  );
}

/** A four-digit year of the last two centuries. */
const YEAR = /\b(19|20)\d{2}\b/;
/** Sentence punctuation at the end: a sentence that mentions a time, not a timestamp. */
const SENTENCE_END = /[.!?。！？]["'”’)]*$/;
const COPYRIGHT = /©|\bcopyright\b|\(c\)\s*(19|20)\d{2}/i;
const RIGHTS_RESERVED = /all rights reserved/i;
/** Parts of a footer's row: links and notices joined by a bar or a dot ("Impressum | Datenschutz | Copyright …"). */
const ROW_SEPARATOR = /\s[|·•]\s/;
/**
 * A copyright notice among this many parts of a row is the page's footer, with no year or "all rights reserved"
 * ("IMPRESSUM | DATENSCHUTZ | COPYRIGHT ANDRÉ LOIBL | …", changenow.de, trafilatura 0251); alone or after one other
 * part ("© 2fly4 - Alle Angaben ohne Gewähr!") it may be a picture's credit.
 */
const FOOTER_ROW_MIN_PARTS = 3;
/** The whole line is an advertising label (several languages), dashes or brackets around it ("- Anzeige -") allowed. */
const AD_LABEL = new RegExp(`^[-–—([\\s]*(${alternation(adLabels.labels)})[-–—)\\]\\s]*$`, 'iu');
/**
 * A slideshow's counter: the picture's word, a number, "of" or a slash (or both: one of them hidden
 * by the page's style), a number. The word is required: "1/4" alone may be a quantity, "23/16" a
 * table's cell. Or its button: "See album", "View gallery", "Zur Bildergalerie".
 */
const SLIDE_LINE = new RegExp(
  `^(?:(?:${alternation(galleryLabels.counters.pictures)})\\s+\\d{1,4}\\s*` +
    `(?:(?:${alternation(galleryLabels.counters.of)})(?:\\s*/)?|/)\\s*\\d{1,4}` +
    `|(?:${alternation(galleryLabels.buttons)}) (?:album|${alternation(galleryLabels.words)}))$`,
  'iu',
);

/**
 * A loading notice ("Loading...", "Lade weitere Inhalte ...", "Chargement…"): its word, two more at most, an ellipsis;
 * a sentence that opens with the word ("Loading the ship took hours...") is text.
 */
const LOADING_NOTICE = new RegExp(
  `^(?:${alternation(loadingNotices.starts)})(?:\\s[^\\s.…]+){0,2}\\s*(?:\\.{2,}|…)$`,
  'iu',
);
/** A loading notice's length at most (characters): a cheap test before the pattern. */
const LOADING_NOTICE_MAX_CHARS = 40;

/** The page's own reading time, labelled ("Lesezeit: ca. 3 Minuten") or followed by its word ("5 min read"). */
const MINUTES = `\\d+\\s*(?:${alternation(readingTime.minutes)})`;
const READING_TIME = new RegExp(
  `^(?:(?:${alternation(readingTime.labels)})\\s*:?\\s*(?:ca\\.\\s*)?${MINUTES}` +
    `|${MINUTES}\\s+(?:${alternation(readingTime.after)}))$`,
  'iu',
);

/** The page's count of its readers: a number before its word, or after it and a colon ("37 views", "Views: 22"). */
const VIEWS = alternation(readingTime.views);
const VIEW_COUNT = new RegExp(`^(?:\\d[\\d.,]*\\s*(?:${VIEWS})|(?:\\p{L}+ )?(?:${VIEWS})\\s*:\\s*\\d[\\d.,]*)$`, 'iu');
/** What VIEW_COUNT needs (a digit first, or its word and a colon): tested first, without its letter class. */
const COUNT_FIRST = /^\d/;
const VIEWS_LABEL = new RegExp(`(?:${VIEWS})\\s*:`, 'iu');
/** The word is searched for only in a line with a colon: the search runs over the whole line, and most have none. */
const mayCountViews = (text: string): boolean =>
  COUNT_FIRST.test(text) || (text.includes(':') && VIEWS_LABEL.test(text));

/** Besides its label, a filing line holds only separators outside its links (" |", ", ", " · "; characters). */
const FILING_GLUE_MAX_CHARS = 8;
/** A filing line's label ("Filed under:", "Tags:"): a few words and a colon at its start. */
const FILING_LABEL = /^[^:]{1,30}:/;

/** A line typed as a divider ("______", "------", "==="): no text (an asterism, "* * *", is a scene break: kept). */
const DIVIDER_LINE = /^(?:_{3,}|-{3,}|={3,})$/;
/** Whether a line is a typed divider (what follows one at the text's end is its trailer: dangling-heads.ts). */
export const isDividerLine = (text: string): boolean => DIVIDER_LINE.test(text);

/** `unlinked`: as isBoilerplateLine's; the label itself is outside the links (not told: no filing line). */
function isFilingLine(text: string, unlinked: number): boolean {
  const label = FILING_LABEL.exec(text)?.[0];
  if (!label || unlinked < label.length - 1 || unlinked > label.length + FILING_GLUE_MAX_CHARS) return false;
  return isCallToAction(text);
}

/**
 * A line that is no text: an ad's label, a slide's counter, a reading time, a divider, a share button's label, …
 * `unlinked`: how much of the line's text is outside links (characters; 0: all of it is in links).
 */
export function isBoilerplateLine(text: string, unlinked = 1): boolean {
  if (
    AD_LABEL.test(text) ||
    SLIDE_LINE.test(text) ||
    READING_TIME.test(text) ||
    (mayCountViews(text) && VIEW_COUNT.test(text)) ||
    DIVIDER_LINE.test(text) ||
    (text.length <= LOADING_NOTICE_MAX_CHARS && LOADING_NOTICE.test(text)) ||
    isShareLabel(text, true) ||
    isDisclosure(text) ||
    // A line that is all link and a call to action ("Subscribe to our YouTube channel …"), however far it links; or
    // a button's label alone, unlinked, that opens with a call (a script's "Read More" that unfolds the rest of the
    // text: zyte ef4e67b6), not an offer's name alone ("Newsletter": a minute's agenda item).
    (unlinked
      ? countWords(text, BUTTON_MAX_WORDS + 1) <= BUTTON_MAX_WORDS && opensWithCall(text)
      : isCallToAction(text)) ||
    // A filing line: its label, then links only ("Filed under: <a>News</a> |"), the tags and not the text.
    (unlinked < text.length && isFilingLine(text, unlinked))
  )
    return true;
  if (
    text.length <= TIMESTAMP_LINE_MAX_CHARS &&
    !SENTENCE_END.test(text) &&
    YEAR.test(text) &&
    (TIME_OF_DAY.test(text) || isDateStamp(text))
  )
    return true;
  return (
    text.length <= COPYRIGHT_LINE_MAX_CHARS &&
    COPYRIGHT.test(text) &&
    (YEAR.test(text) || RIGHTS_RESERVED.test(text) || text.split(ROW_SEPARATOR).length >= FOOTER_ROW_MIN_PARTS)
  );
}

/** Before the text's first line, a number alone or with one word ("1 interakcji", "(12) Comments") is a counter; */
const OPENING_COUNTER = /^\(?\d[\d.,]*\)?(?:\s*\p{L}+\.?)?$/u;
/** ... and so is a word alone right after a number alone: the counter's word on its own line ("3.409", "letture"). */
const COUNTER_WORD = /^\p{L}+$/u;

/**
 * Whether a line before the text's first paragraph is no text: with no item before it, a counter (`afterNumber`: the
 * line before it was a number alone); or the title again, alone in a block that is no heading (`<p class="titulo">`),
 * shown as the title already (case aside). A title line that opens a paragraph (a subtitle after it) is the text's.
 */
export function isOpeningLine(
  text: string,
  afterNumber: boolean,
  itemsBefore: readonly unknown[],
  walk: { title?: string } | undefined,
  block: Element | null,
): boolean {
  const title = walk?.title ?? '';
  if (text.length === title.length && text.toLowerCase() === title.toLowerCase())
    return !!block && collapseWhitespace(textContent(block)) === text;
  return !itemsBefore.length && (OPENING_COUNTER.test(text) || (afterNumber && COUNTER_WORD.test(text)));
}

/**
 * A sentence longer than a label that ends with a colon introduces the line after it ("… une boîte mail dédiée :"):
 * an address to write to or to call there (mailto:, tel:) is the text's, not the site's furniture.
 */
export function introducesContact(text: string): boolean {
  return text.length > LINK_LABEL_MAX_CHARS && text.endsWith(':');
}

/** A link to write to or to call (mailto:, tel:). */
export const isContactHref = (href: string): boolean => /^\s*(?:mailto|tel):/i.test(href);
