/**
 * The date the article's text opens with, for a page no markup rule dated (./dates.ts): a line that is a date alone
 * before the text's first paragraph, or as that paragraph, in the article's own block ("<div class=…><img …><p>
 * <small>April 21, 2022</small></p><p>Atlantis Paradise Island …": trafilatura 0980, a page with no h1 for the
 * headline rules to start from). Read after the article is found, from its first root to its first paragraph only.
 * Else a dateline that opens the text ("April 17, 2015 -- Imagine …", readability webmd-2; "31. Oktober 2023.
 * Dragqueens sind …", nachtkritik 0888), in the paragraphs up to the first of running text only.
 */
import { boundedTextContent, contains, localName, nextElementAfter, nextElementWithin } from '../../read/dom';
import { isHeadingTag } from '../../read/tags';
import { trimmedLength } from '../../text';
import { isChangeNamed } from './before-text';
import { DATELINE_PLACE, dateLine, MAX_DATE_LINE_CHARS, toIsoDate } from './dates';
import { labelledDate } from './labelled-date';
import { opensLikeDate } from './month-names';

/** The elements read before the text's first paragraph: a picture, a label or two and the date line. */
const OPENING_MAX_ELEMENTS = 12;
/** A date line is short, as ./dates.ts reads a date alone. */
const OPENING_LINE_MAX_CHARS = MAX_DATE_LINE_CHARS;

/** A date written with slashes whose day and month could be either ("04/05/2022"): the order is not known here. */
const SLASHED = /\b(\d\d?)\/(\d\d?)\/\d{4}\b/;
export const isAmbiguous = (line: string): boolean => {
  const slashed = SLASHED.exec(line);
  return !!slashed && slashed[1] !== slashed[2] && +slashed[1]! <= 12 && +slashed[2]! <= 12;
};

/** The ISO date of the line the article's text opens with, when it is a date alone; else null. */
export function openingDate(root: Element | undefined, firstParagraph: Element | null | undefined): string | null {
  if (!root || !firstParagraph) return null;
  let found: string | null = null;
  let element = nextElementWithin(root, root);
  for (let read = 0; element && read < OPENING_MAX_ELEMENTS; read++) {
    // A heading before the text is the headline rules' (./dates.ts); a last change's date dates no publication.
    if (isHeadingTag(localName(element)) || isChangeNamed(element)) return null;
    // An element that holds the first paragraph is no line before it; the first paragraph is the last line read.
    if (element === firstParagraph || !contains(element, firstParagraph)) {
      // Read no further than a line can be: a box before the text (a sidebar) is never read whole. Two characters
      // more than the limit, as the reading stops on collapsed text and the limit below is on the trimmed text.
      const text = boundedTextContent(element, OPENING_LINE_MAX_CHARS + 2);
      const length = trimmedLength(text);
      if (length > OPENING_LINE_MAX_CHARS) break;
      found ??= length && !isAmbiguous(text) ? dateLine(text) : null;
      if (element === firstParagraph) break;
    }
    element = nextElementWithin(element, root);
  }
  return found && toIsoDate(found);
}

/**
 * Where a dateline's date ends and the text begins: a dash (a wire's "--"), a bar, a period or an opening quotation
 * mark ("01.02.2022 „Der Arbeitsmarkt …"); a comma does not ("On April 12, 2015, the board …" dates an event). Not
 * before a digit: "23.10.2015 - 25.10.2015" is an event's run.
 */
const DATELINE_END = / ?(?:--|[-–—|]) (?!\d)|\. (?!\d)| (?=[„“"«])/gu;
/** A dateline's place and date fit in this many characters ("WASHINGTON, Wednesday, September 18, 2019 --"). */
const DATELINE_MAX_CHARS = 60;
/** A paragraph this long (characters) is running text: a dateline opens it or none after it counts. */
const RUNNING_TEXT_MIN_CHARS = 80;

/** The ISO date of the dateline a paragraph opens with (a place perhaps, a date, then the text), else null. */
function datelineDate(paragraph: string): string | null {
  const opening = paragraph.slice(0, DATELINE_MAX_CHARS);
  for (const end of opening.matchAll(DATELINE_END)) {
    const head = opening.slice(0, end.index).replace(DATELINE_PLACE, '');
    // The date comes first: a digit or a month's name, not a word of the sentence ("On April 12, 2015, …").
    const date = opensLikeDate(head) && !isAmbiguous(head) && dateLine(head);
    if (date) return toIsoDate(date);
  }
  return null;
}

/** The date of a dateline that opens the text: in its first paragraphs, up to the first of running text. */
export function openingDateline(paragraphs: readonly string[]): string | null {
  for (const paragraph of paragraphs) {
    const date = datelineDate(paragraph);
    if (date || paragraph.length >= RUNNING_TEXT_MIN_CHARS) return date;
  }
  return null;
}

/** Elements read from a headline on: its kicker, dek, byline and date lines come first (a nav after a skip link's). */
const HEAD_MAX_ELEMENTS = 30;

/**
 * The date a label gives under a headline, before the text or in its first paragraph ("<h1>…</h1><ul><li><span>
 * Datum:</span>26. Januar 2022</li>", "<span class=key>Erstellt am</span><span>09.02.2022</span>", "<p><strong>Ort
 * </strong> …<br><strong>Datum</strong> <span>28.01.2022</span>", "<span>posted on April 21, 2015, at 11:29 a.m."):
 * read where no markup rule dated the page, from each headline (an h1) to the end of the text's first paragraph.
 * `dateOf`: the date a line gives (a last change's: ./updated.ts).
 */
export function labelledHeadDate(
  h1s: readonly Element[],
  firstParagraph: Element | null | undefined,
  dateOf: (element: Element) => string | null = labelledDate,
): string | null {
  for (const h1 of firstParagraph ? h1s : []) {
    let [found, reached] = [null as string | null, false];
    let element = nextElementAfter(h1, null);
    for (let read = 0; element && read < HEAD_MAX_ELEMENTS && localName(element) !== 'h1'; read++) {
      // Past the first paragraph the text runs: a label there dates a comment, a teaser, an event.
      reached ||= element === firstParagraph;
      if (reached && !contains(firstParagraph!, element)) break;
      found ??= dateOf(element);
      element = nextElementWithin(element, null);
    }
    // Only a headline above the text: one the walk does not bring to the first paragraph heads something else.
    if (reached) return found && toIsoDate(found);
  }
  return null;
}
