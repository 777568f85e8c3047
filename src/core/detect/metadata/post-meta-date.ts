/**
 * The date a blog post's meta line writes in its words, where the page marks none: the WordPress default theme's
 * line and the classic themes' made from it, after the text or before it ("Erstellt am Dienstag 6. Mai 2014 um 23:30
 * und abgelegt unter …", trafilatura 0149; "Von R. R. am 07.08.2013 um 09:07 Uhr gespeichert unter …"; "This entry
 * was posted on Tuesday, May 6th, 2014 at 11:30 pm …"). Its class is ../vocabulary/dates.json postMetaClasses.
 */
import { textContent } from '../../read/dom';
import dateWords from '../vocabulary/dates.json';
import { collapseWhitespace } from '../../read/text';

/** The meta line's element: one of the classes (PageScan's firstPostMeta, the first on the page). */
export const POST_META_SELECTOR = dateWords.postMetaClasses.map((name) => `.${name}`).join(',');

/**
 * A date inside the line: day-first digits ("07.08.2013"), a day and a month's name ("6. Mai 2014"), or a month's
 * name and a day with its ordinal's letters ("May 6th, 2014").
 */
const DATE_IN_LINE = /\b(\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\. \p{L}+ \d{4}|\p{L}+ \d{1,2}(?:st|nd|rd|th)?, \d{4})\b/u;
/** An English day's ordinal letters, which Date.parse does not read ("6th"). */
const ORDINAL = /(\d)(?:st|nd|rd|th),/;

/** The first date of a post's meta line (`line`) as `dateLine` reads it (ISO when it reads as one), else null. */
export function postMetaDate(line: Element | null, dateLine: (line: string) => string | null): string | null {
  const found = line && DATE_IN_LINE.exec(collapseWhitespace(textContent(line)));
  return found ? dateLine(found[1]!.replace(ORDINAL, '$1,')) : null;
}
