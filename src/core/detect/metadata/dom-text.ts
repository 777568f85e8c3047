/**
 * Reading an element's text without copying more than needed, and with the word breaks a reader
 * sees where elements meet. Read through the reading layer (read/dom.ts).
 */
import { firstChild, isElement, nextNodeAfter, nextNodeWithin, nodeType, nodeValue, TEXT_NODE } from '../../read/dom';
import { memoized } from '../../read/memo';
import { upperTag } from '../../read/tags';
import { collapseWhitespace } from '../../read/text';

export { nextElementWithin, nextNodeWithin } from '../../read/dom';

/** A run of spaces, tabs and line breaks: the markup's indentation, one space on the screen. */
const SPACE_RUN = /\s+/g;

/**
 * Whether the element's trimmed text is shorter than `limit`, reading its text nodes only until
 * that is decided (a wrapper of the whole page is not copied into one string). `spaced`: its runs of
 * spaces count as one (a date's byline area of a name and a date set out over forty indented lines is short).
 */
export function hasShortText(element: Element, limit: number, spaced?: boolean): boolean {
  let text = '';
  let node: Node | null = firstChild(element);
  while (node) {
    if (nodeType(node) === TEXT_NODE) {
      text += nodeValue(node);
      // Collapsed only once it is long, and kept so: what is read so far never counts more than the whole text.
      if (text.length >= limit && spaced) text = text.replace(SPACE_RUN, ' ');
      if (text.length >= limit && text.trim().length >= limit) return false;
    }
    node = nextNodeWithin(node, element);
  }
  return text.trim().length > 0;
}

/**
 * hasShortText(element, limit, true) read once per element: the date rules ask the same byline areas again and again
 * (several rules, and comment lists whose bylines share a parent).
 */
export function shortSpacedTextTest(limit: number): (element: Element) => boolean {
  return memoized((element: Element) => hasShortText(element, limit, true));
}

/** Elements that always separate the text before and after them. */
const BLOCK_TAGS = new Set([
  'ADDRESS',
  'BR',
  'DIV',
  'P',
  'LI',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TIME',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'HEADER',
  'FOOTER',
  'TABLE',
  'TR',
  'TD',
]);

/**
 * Whether two texts that meet at an inline element boundary are separate words although no space
 * was written: "Foust|Monday", "Nolan|22", "2016|651", "LAWLESS|Associated", "Turak|@NatashaTurak"
 * (but "Woo|d" is one word).
 */
function isHiddenWordBreak(before: string, after: string): boolean {
  if (/[\p{L}\p{N}]$/u.test(before) && after.startsWith('@')) return true;
  return /\p{Ll}$/u.test(before)
    ? /^[\p{Lu}\p{N}]/u.test(after)
    : /\p{N}$/u.test(before)
      ? /^[\p{L}\p{N}]/u.test(after)
      : /\p{Lu}$/u.test(before)
        ? /^(?:\p{Lu}\p{Ll}|\p{N})/u.test(after)
        : false;
}

/**
 * The element's text, with a space where elements meet words that were written apart; whitespace
 * collapsed. Descendants for which `leftOut` says so are read as a break without their text.
 */
export function spacedText(element: Element, leftOut?: (part: Element) => boolean): string {
  let text = '';
  let pendingBreak: 'block' | 'inline' | null = null;
  for (let node: Node | null = firstChild(element); node; ) {
    if (isElement(node)) {
      pendingBreak = pendingBreak === 'block' || BLOCK_TAGS.has(upperTag(node)) ? 'block' : 'inline';
      node = leftOut?.(node) ? nextNodeAfter(node, element) : nextNodeWithin(node, element);
      continue;
    }
    if (nodeType(node) === TEXT_NODE) {
      const value = nodeValue(node);
      if (pendingBreak === 'block' || (pendingBreak === 'inline' && isHiddenWordBreak(text, value))) text += ' ';
      text += value;
      pendingBreak = null;
    }
    node = nextNodeWithin(node, element);
  }
  return collapseWhitespace(text);
}
