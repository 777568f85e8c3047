/**
 * A publication date a label gives (../vocabulary/publication-labels.json): "Datum: 26. Januar 2022", "Erstellt am
 * 09.02.2022", "posted on April 21, 2015". Read by ./opening-date.ts labelledHeadDate under a headline.
 */
import { boundedTextContent, isElement, localName, nextSibling, textContent } from '../../read/dom';
import { collapseWhitespace } from '../../read/text';
import dateWords from '../vocabulary/dates.json';
import publication from '../vocabulary/publication-labels.json';
import { dateLine, MAX_DATE_LINE_CHARS } from './dates';
import { opensLikeDate } from './month-names';

/** A label and a date line: a label is of a few words. */
const LABELLED_LINE_MAX_CHARS = MAX_DATE_LINE_CHARS + 20;
/** A publication date's labels (../vocabulary/publication-labels.json), a colon after them optional. */
const LABELS = new Set(publication.labels);
/** A line's first two words, or its first, a colon after them perhaps: the labels are of one or two words. */
const LABEL_WORDS = [/^\p{L}+ \p{L}+:? ?/u, /^\p{L}+:? ?/u];
const isLabel = (text: string) => LABELS.has(text.trim().replace(/:$/, '').toLowerCase());
/** Words a date after a label may open with, besides its month's name: its weekday's. */
const WEEKDAYS = new Set(dateWords.weekdays);
/**
 * The date after a label: it opens with a digit, a month's or a weekday's name ("Datum der Veranstaltung: 03.04.2022",
 * "Date of the event: …" date events; dateLine reads a date after other words too).
 */
function dateAfterLabel(text: string): string | null {
  return opensLikeDate(text, WEEKDAYS) ? dateLine(text) : null;
}

/** The text after an element on its line (up to a <br>), as much as a date line holds. */
function textAfter(element: Element): string {
  let text = '';
  for (let node = nextSibling(element); node && text.length <= MAX_DATE_LINE_CHARS; node = nextSibling(node)) {
    if (isElement(node) && localName(node) === 'br') break;
    text += textContent(node);
  }
  return text.trim();
}

/**
 * A label's date: an element whose text is a publication label and the text after it on its line ("<span>Datum:
 * </span>26. Januar 2022", "<strong>Datum</strong> <span>28.01.2022</span><br>", "<span class=key>Erstellt am</span>
 * <span>09.02.2022</span>"), or a short line that opens with the label ("posted on April 21, 2015, at 11:29 a.m.").
 * A line that is no date after the label ("Datum der Veranstaltung: 3.4.2022", a last change's) gives none.
 */
export function labelledDate(element: Element): string | null {
  const line = collapseWhitespace(boundedTextContent(element, LABELLED_LINE_MAX_CHARS + 2));
  if (line.length > LABELLED_LINE_MAX_CHARS) return null;
  if (isLabel(line)) return dateAfterLabel(textAfter(element));
  for (const words of LABEL_WORDS) {
    const label = words.exec(line)?.[0];
    if (label && isLabel(label)) return dateAfterLabel(line.slice(label.length));
  }
  return null;
}

/** An element's text of words alone ("Updated", "Aktualisiert am:"): a label, its date after it on the line. */
const WORDS_ALONE = /^[\p{L} ]+:?$/u;

/**
 * A last change's date: a short line that a last change's label opens ("Updated 3 May 2024, 14:05", "Aktualisiert am
 * 03.05.2024"; ../vocabulary/dates.json changeLabels), or such a label's element and the text after it on its line
 * ("<span>Last updated:</span> <span>3 May 2024</span>"). Read under a headline by labelledHeadDate (./updated.ts).
 */
export function changeDate(element: Element): string | null {
  const line = collapseWhitespace(boundedTextContent(element, LABELLED_LINE_MAX_CHARS + 2));
  if (line.length > LABELLED_LINE_MAX_CHARS) return null;
  return dateLine(WORDS_ALONE.test(line) ? `${line} ${textAfter(element)}` : line, true);
}
