/**
 * Whether one of the outline's headings that the body's text leaves out for where it stands (the label of a list of
 * links the body took for promotion) stands over its section's text in the page, so that the reader shows it.
 */
import { attr, tagOf } from '../dom';
import { firstElementChild, hasNoText, nextElementSibling, parentElement, textContent } from '../read/dom';
import { collapseWhitespace } from '../text';
import { plainText, SKIPPED_TAGS } from './elements';
import type { ReadBlocksOptions } from './read-options';
import type { Unit } from './units';

/**
 * How much of the text right after a heading is looked at for a line of the body's (its section's first lines); four
 * times as much is read, for the markup's indentation.
 */
const SECTION_LOOK_CHARS = 2000;
/** A line of the body's text this long is a sentence or more, not a label or a menu's entry ("Home") ... */
const BODY_LINE_MIN_CHARS = 25;
/** ... and its opening this long tells it (a long paragraph need not fit in the text looked at). */
const BODY_LINE_KEY_CHARS = 80;

/**
 * Whether a heading stands over its section's text: the first element after it that holds any text is one of the
 * outline's headings (a section that opens with a subsection) or holds a line of the body's text, links to places
 * on the page apart (a table of contents repeats the headings' words). A label over a box the reader leaves out
 * ("Contents" over its links, "More news" over teasers, a site's name over its menu) heads none of the article.
 * `parts`: the article's parts (the look goes no further out); `bodyBegun`: some of the body's text was read before.
 */
export function headsItsSection(
  heading: Element,
  parts: ReadonlySet<Node>,
  bodyBegun: boolean,
  { isLeftOut, headings, bodyParagraphs }: Pick<ReadBlocksOptions, 'isLeftOut' | 'headings' | 'bodyParagraphs'>,
): boolean {
  for (let next = elementAfter(heading, parts); next; next = elementAfter(next, parts)) {
    if (headings.has(next)) return true;
    if (SKIPPED_TAGS.has(tagOf(next)) || hasNoText(next)) continue;
    // Before the text begins, the article's head lays out pictures, meta lines and ads between a heading and the
    // text: only a block right after the heading is the section it labels.
    if (isLeftOut(next) || (!bodyBegun && next !== nextElementSibling(heading))) return false;
    const text = plainText(next, (element) => isLeftOut(element) || isInPageLink(element), SECTION_LOOK_CHARS * 4);
    const opening = collapseWhitespace(text).slice(0, SECTION_LOOK_CHARS);
    return bodyParagraphs.some(
      (line) => line.length >= BODY_LINE_MIN_CHARS && opening.includes(line.slice(0, BODY_LINE_KEY_CHARS)),
    );
  }
  return false;
}

/** The element after this one in the document (its next sibling, or its nearest ancestor's), within its part. */
function elementAfter(element: Element, parts: ReadonlySet<Node>): Element | null {
  for (let at: Element | null = element; at && !parts.has(at); at = parentElement(at)) {
    const next = nextElementSibling(at);
    if (next) return next;
  }
  return null;
}

/** A link to a place on the same page (href "#…"). */
function isInPageLink(element: Element | null): boolean {
  return !!element && tagOf(element) === 'a' && !!attr(element, 'href')?.trim().startsWith('#');
}

/** Whether an element's text is all one in-page link (href "#…"): a heading that is its own anchor. */
export function isAnchorText(element: Element): boolean {
  const link = firstElementChild(element);
  return isInPageLink(link) && textContent(link!).trim() === textContent(element).trim();
}

/** The elements that hold any of these (each ancestor once). */
export function ancestorsOf(elements: Iterable<Element>): Set<Element> {
  const ancestors = new Set<Element>();
  for (const element of elements)
    for (let at = parentElement(element); at && !ancestors.has(at); at = parentElement(at)) ancestors.add(at);
  return ancestors;
}

/**
 * Whether a unit's text is the article's title (case and spaces aside): a heading that states it before the text
 * begins (an h3 under the lead picture, readability/medium-2) repeats the reader's headline.
 */
export function statesTitle(unit: Unit, title: string | undefined): boolean {
  const key = (text: string) => collapseWhitespace(text).toLowerCase();
  return !!title && key(unit.runs.map((run) => run.text).join('')) === key(title);
}
