/**
 * What may be a bullet or a heading of the outline: never the label of a picture (a figure
 * caption, a caption- or gallery-classed block, a credit line), a date alone, a share / follow
 * bar, a gallery label or an author's sign-off in capitals. And a short paragraph right before a
 * list names it: it becomes that list's pseudo-heading, so that two labelled lists in a row
 * ("Pros", "Cons") stay two lists. Predicates over the reader's data (./content.ts).
 */
import {
  firstChild,
  firstElementChild,
  localName,
  nextElementSibling,
  nextSibling,
  querySelector,
  textContent,
} from '../read/dom';
import { collapsedLength, collapseWhitespace, countWords, TRAILING_ELLIPSIS } from '../text';
import { NOISE_MAX_CHARS } from './body-noise';
import type { ContentItem, ParagraphSource } from './content';
import {
  BLOCK_BOUNDARY,
  bulletTexts,
  hasBullet,
  KICKER_MAX_WORDS,
  isPullQuote,
  PSEUDO_HEADING_MAX_CHARS,
} from './content-kinds';
import { SENTENCE_STOP } from './body-links';
import {
  isCallToAction,
  isCapitalsSignOff,
  isCreditLine,
  isDateOnly,
  isGalleryLabel,
  isShareLabel,
  SHARE_ACTIONS,
} from './furniture-text';
import { isBylineLabelLine, isLoneBylineLabel } from './byline-label';
import { matchBlockLabel } from './related/lexicon';
import { comparable } from './metadata/text';
import { FUNCTION_WORDS } from './vocabulary/function-words';

/**
 * A caption block with more text than body noise may hold: a gallery or slideshow that is the story
 * itself (a slideshow article). Its lists and headings are still no outline; its text may still
 * give key points when the article has nothing better.
 */
export function isLargeCaption(element: Element): boolean {
  return collapsedLength(textContent(element)) > NOISE_MAX_CHARS;
}

/**
 * A call to the reader in a list is a button's label in at most this many words ("Leave a comment", "Mehr zum
 * Thema"); a how-to step that opens the same way ("Klicken Sie auf Start – …", "Sign up for an account for …") is more.
 */
const BUTTON_LABEL_MAX_WORDS = 4;

/** A list item that is a picture credit, a date alone, a gallery label or a button's call to the reader. */
export function isFurnitureBullet(text: string): boolean {
  return (
    isCreditLine(text) ||
    isDateOnly(text) ||
    isGalleryLabel(text) ||
    (countWords(text, BUTTON_LABEL_MAX_WORDS + 1) <= BUTTON_LABEL_MAX_WORDS && isCallToAction(text))
  );
}

/**
 * Numbers joined by a slash or a dot, no word: a record's number ("89/2022", a press release's), no section's name.
 * Not a number alone nor a span of years ("2016", "2014-2016": an archive's or a timeline's sections).
 */
const RECORD_NUMBER = /^\d+(?:[./]\d+)+$/;

/**
 * A heading that is a picture credit, a date alone, a record's number, a gallery label, a call to the reader, or a
 * byline label alone ("Published by" over an author box: the name is the box's, the heading names nothing).
 */
export function isFurnitureHeading(text: string): boolean {
  return (
    isCreditLine(text) ||
    isDateOnly(text) ||
    RECORD_NUMBER.test(text) ||
    isGalleryLabel(text) ||
    isCallToAction(text) ||
    isLoneBylineLabel(text) ||
    isPullQuote(text)
  );
}

/** Marks set apart before or after a heading's words (":: Question?", ">>> Offer <<<"): decoration, not text. */
const DECORATED_EDGES = /^[:>»›|•·–—-]+\s+|\s+[:<«‹|•·–—-]+$/g;

/**
 * A heading's text from its pieces. A broken page may hold a picture gallery inside a heading (an `<h2>`
 * left open over it): the blocks in it that hold a picture are captions, and the text outside them is the
 * heading's when it is a heading's length (a whole story inside a heading keeps its text as read).
 */
export function headingText(heading: Element, pieces: readonly string[]): string {
  const text = collapseWhitespace(pieces.join('')).replace(DECORATED_EDGES, '');
  if (!querySelector(heading, 'img')) return text;
  let kept = '';
  let captions = false;
  for (let child = firstChild(heading); child; child = nextSibling(child)) {
    if (BLOCK_BOUNDARY.has(localName(child)) && querySelector(child as Element, 'img')) captions = true;
    else kept += ` ${textContent(child)}`;
  }
  kept = collapseWhitespace(kept);
  return captions && kept && kept.length <= PSEUDO_HEADING_MAX_CHARS ? kept : text;
}

/** A share / follow bar: at least this many items ... */
const SHARE_LIST_MIN_ITEMS = 2;
/** ... most of them (this share) share or follow labels ("Facebook", "Share on X", "Email"). */
const SHARE_LIST_MIN_SHARE = 0.6;

/** ... and a share bar is short (a longer list is content, and is not read item by item). */
const SHARE_LIST_MAX_ITEMS = 20;

export function isShareList(texts: readonly string[]): boolean {
  // ... or one button that says what it does ("Share", "Verlinken", "Print"); one "Facebook" item may be a name.
  if (texts.length === 1) return SHARE_ACTIONS.has(texts[0]!.trim().toLowerCase());
  if (texts.length < SHARE_LIST_MIN_ITEMS || texts.length > SHARE_LIST_MAX_ITEMS) return false;
  const labels = texts.filter((text) => isShareLabel(text)).length;
  return labels >= SHARE_LIST_MIN_ITEMS && labels / texts.length >= SHARE_LIST_MIN_SHARE;
}

/**
 * A list whose items are no bullets: a share bar, or a byline set as a list ("Von" · "Simon Braasch" · a date), whose
 * first item is a byline label alone or labels its value ("Autor: www.example.pl" · "Data: 28-04-2021"), or is the
 * label with a name ("von Alexander Rosenkranz" · a date).
 */
export function isFurnitureList(texts: readonly string[]): boolean {
  return isShareList(texts) || (texts.length > 0 && isBylineLabelLine(texts[0]!));
}

/** A list's label is a name, not a sentence: at most this many characters ... */
const LIST_LABEL_MAX_CHARS = 40;
/** ... and words ("What you'll need"; "Let's see what we got" is a lead-in sentence). */
const LIST_LABEL_MAX_WORDS = 4;
/** Sentence punctuation at the end (a colon is a label's: "Pros:"). */
const SENTENCE_END = /[.,;!?…。！？]["'”’)]*$/u;

/** A colon inside, words after it: a "Label: value" line ("Protokoll: Johannes Mahler"), which names no list. */
const LABELLED_VALUE = /[:：]\s+\S/u;

/** A short paragraph that can name the list after it ("Pros", "What you need:"). */
export function isListLabel(text: string): boolean {
  if (text.length > LIST_LABEL_MAX_CHARS || SENTENCE_END.test(text) || LABELLED_VALUE.test(text)) return false;
  const words = listLabelText(text).toLowerCase().split(/\s+/);
  // A lead-in that stops mid-clause ("Possible values are:") ends with a function word; a name does not.
  if (words.length > LIST_LABEL_MAX_WORDS || !/\p{L}/u.test(text) || FUNCTION_WORDS.has(words[words.length - 1]!))
    return false;
  return !isFurnitureHeading(text) && !isShareLabel(text);
}

/** The label as a heading: without its closing colon. */
export function listLabelText(text: string): string {
  return text.replace(/\s*[:：]$/u, '');
}

/** A bold sign-off line may have this much text after it (characters): a line of contact or a short bio. */
const SIGN_OFF_MAX_TEXT_AFTER = 200;

/**
 * The index of a sign-off heading, or -1: the article's last heading when it is a line in
 * capitals ("JANE DOE") with no list after it and no text (a bold line: little text). `ends`: for each heading,
 * how many paragraphs and items there were when it closed.
 */
export function trailingSignOff(
  items: readonly (ContentItem | null)[],
  ends: ReadonlyMap<number, { paragraphs: number; items: number }>,
  paragraphs: readonly string[],
): number {
  let last = -1;
  for (let i = items.length - 1; i >= 0 && last < 0; i--) {
    const item = items[i];
    if (item?.kind === 'bullet') return -1;
    if (item?.kind === 'heading') last = i;
  }
  const end = ends.get(last);
  const heading = items[last];
  if (!end || heading?.kind !== 'heading' || !isCapitalsSignOff(heading.text)) return -1;
  let after = 0;
  for (let i = end.paragraphs; i < paragraphs.length; i++) after += paragraphs[i]!.length;
  return after <= (heading.pseudo ? SIGN_OFF_MAX_TEXT_AFTER : 0) ? last : -1;
}

/** A label is a few words; a longer line that ends with a colon introduces a quotation or a list of the text. */
export const DANGLING_LABEL_MAX_CHARS = 60;

/**
 * A line, not a list's item, that names a box of other stories or the site's ("Tags", "Popular this week"; with an
 * ellipsis, as a colon, after its words: "You may also like...").
 */
export const isBoxLabel = (text: string, element: Element | null): boolean =>
  text.length <= DANGLING_LABEL_MAX_CHARS &&
  // An ellipsis closing a label trails off into what it names ("You may also like...", "Mehr Themen …").
  !SENTENCE_END.test(text.replace(TRAILING_ELLIPSIS, '')) &&
  element?.localName !== 'li' &&
  !!matchBlockLabel(text);

/**
 * A heading right before the title heading is its kicker when it is a few words, or when the page's title opens with
 * it and goes on after a break ("Siemens und die Kohlemine Adani: Kaeser verarscht Neubauer"), however long.
 */
export function isKickerHeading(heading: string, title: string): boolean {
  const key = comparable(heading);
  const titleKey = comparable(title);
  return (
    countWords(heading) <= KICKER_MAX_WORDS ||
    (key.length > 0 && titleKey.startsWith(key) && !LETTER_OR_DIGIT.test(titleKey[key.length] ?? 'x'))
  );
}

/**
 * A line before the headline that is its kicker: a few words of no sentence ("Politik", "Eilmeldung"), or a
 * breadcrumb trail that ends with the headline ("Blog > News > Headline").
 */
export function isKickerLine(text: string, headline: string): boolean {
  return (
    (countWords(text) <= KICKER_MAX_WORDS && !SENTENCE_STOP.test(text)) || text.endsWith(collapseWhitespace(headline))
  );
}

/**
 * How many of the last paragraphs are the headline's kickers (0–2): the last when it is a kicker line, and the one
 * before too when it is one and the text's first, no item read (a section's name over a kicker: "Blog", "DIY: …").
 */
export function kickerLines(paragraphs: readonly string[], headline: string, noItem: boolean): number {
  const last = paragraphs[paragraphs.length - 1];
  if (!last || !isKickerLine(last, headline)) return 0;
  return paragraphs.length === 2 && noItem && isKickerLine(paragraphs[0]!, headline) ? 2 : 1;
}

/** Two paragraphs that open with the same this many letters and digits tell one text, punctuated as they may be. */
const REPEAT_KEY_CHARS = 100;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function openingKey(text: string): string {
  // Spaces and punctuation are fewer than three in four characters of prose: enough letters are in the first 400.
  return text
    .slice(0, 4 * REPEAT_KEY_CHARS)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '')
    .slice(0, REPEAT_KEY_CHARS);
}

/** The first letter or digit, lower-cased: two paragraphs whose keys may match have the same (a cheap first test). */
const firstLetter = (text: string): string | undefined => text[text.search(LETTER_OR_DIGIT)]?.toLowerCase();

/**
 * How many paragraphs stay when a paragraph of prose that the next one repeats (a page's summary above its
 * lead) is read once, the article's own: the paragraphs and their sources are moved up in place. Keys are
 * made only for two prose paragraphs that open with the same letter.
 */
export function withoutRepeatedParagraphs(paragraphs: string[], sources: ParagraphSource[]): number {
  let told = 0;
  // Each paragraph's first letter and key are made once: as the next paragraph's, then as its own.
  let letter = paragraphs.length ? firstLetter(paragraphs[0]!) : undefined;
  let key: string | undefined;
  paragraphs.forEach((text, i) => {
    const next = paragraphs[i + 1];
    const textLetter = letter;
    const textKey = key;
    letter = next === undefined ? undefined : firstLetter(next);
    key = undefined;
    if (next !== undefined && sources[i]!.kind + sources[i + 1]!.kind === 'proseprose' && textLetter === letter) {
      const ownKey = textKey ?? openingKey(text);
      if (ownKey.length >= REPEAT_KEY_CHARS) {
        key = openingKey(next);
        if (ownKey === key) return;
      }
    }
    paragraphs[told] = text;
    sources[told++] = sources[i]!;
  });
  return told;
}

/** A paragraph that may name the list after it, with the paragraphs and items read when it was (content.ts). */
export interface ListLabelCandidate {
  text: string;
  element: Element;
  paragraphCount: number;
  itemCount: number;
}

/**
 * A list right after its label paragraph, nothing read between (`pending`: text read since): the label becomes its
 * pseudo-heading, pushed to `items`; returns its index, or -1 when the paragraph is no label of it.
 */
export function labelListItem(
  label: ListLabelCandidate | null,
  paragraphCount: number,
  items: (ContentItem | null)[],
  pending: boolean,
): number {
  if (
    !label ||
    label.paragraphCount !== paragraphCount ||
    label.itemCount !== items.length ||
    pending ||
    !isListLabel(label.text)
  )
    return -1;
  const last = items[items.length - 1];
  // A bold label is a pseudo-heading already: it becomes a label one.
  if (last?.kind === 'heading' && last.element === label.element) items.pop();
  items.push({
    kind: 'heading',
    element: ownLabelElement(label.element, label.text),
    level: 0,
    text: listLabelText(label.text),
    pseudo: true,
    label: true,
  });
  return items.length - 1;
}

/** An item that leaves its sentence open for the next: a comma or a semicolon at its end, a conjunction after it. */
const OPEN_ITEM = /[,;](?:\s+(\p{L}+))?$/u;

/**
 * Whether a list (its items from `first`) has its label (the item at `label`) as its heading: it has items, and they do
 * not go on with the label's sentence. Items that do open in small letters and one before the last leaves the sentence
 * open ("This could occur:" · "if … top charities, or" · "if …": givewell; "The tenant shall:" · "pay …;" · "keep …"):
 * a label of more than one word is then the lead-in of a sentence the list ends, no heading (one word is a name:
 * "Pros:").
 */
export function labelsList(items: readonly (ContentItem | null)[], label: number, first: number): boolean {
  if (!hasBullet(items, first)) return false;
  // The patterns last: asked only of a list a label of some words comes before.
  if (!items[label]?.text.includes(' ')) return true;
  const texts = bulletTexts(items, first);
  const open = (text: string): boolean => {
    const end = OPEN_ITEM.exec(text);
    return !!end && (!end[1] || FUNCTION_WORDS.has(end[1].toLowerCase()));
  };
  return !(/^["'(„“‘«]?\p{Ll}/u.test(texts[0]!) && texts.slice(0, -1).some(open));
}

/**
 * The element of a label's own text when the block it was read from holds its list too
 * ("<div><span>What You'll Need:</span><ul>…</ul></div>", ehow): the heading is that element, not the list's box.
 */
function ownLabelElement(block: Element, text: string): Element {
  for (let child = firstElementChild(block); child; child = nextElementSibling(child)) {
    const next = nextElementSibling(child);
    const list = next && (localName(next) === 'ul' || localName(next) === 'ol');
    if (list && collapseWhitespace(textContent(child)) === text) return child;
  }
  return block;
}
