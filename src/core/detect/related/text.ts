/** Bounded text reads for the related-stories rules, over the reading layer's primitives. */
import { attr, upperTag } from '../../dom';
import {
  contains,
  firstChild,
  hasAttrs,
  firstElementChild,
  hasAttr,
  localName,
  nextElementWithin,
  nextNodeAfter,
  nextNodeWithin,
  isText,
  nodeType,
  nodeValue,
  previousSibling,
} from '../../read/dom';

import { UNREAD_TAGS } from '../../read/names';
import { ANY_ATTRIBUTE, ARIA_LABEL, CLASS, DATA_COMPONENT, DATA_MODULE, ID } from '../../read/attribute-bits';
/** The reading layer's text primitives: one definition of collapsing and of word counting for the whole core. */
import { collapseWhitespace, isSpaceCode } from '../../read/text';
import { isAsciiAlphanumeric } from '../../text';

export { collapseWhitespace, countWords } from '../../read/text';

/** Every run of whitespace (the reading layer's definition: \s and the zero-width space). */
const WHITESPACE_RUN = /[\s\u200B]+/g;

const TAXONOMY_CLASS = /^(tag|category|categories|postid|post-id|term|format|status)[-_]/i;
/** TAXONOMY_CLASS at the start of any class token (tested first: most class lists have none). */
const TAXONOMY_CLASS_ANYWHERE = /(^|\s)(tag|category|categories|postid|post-id|term|format|status)[-_]/i;

/**
 * The element's class, id and aria-label / data hints as one lower-case string, for pattern tests.
 * The patterns treat every whitespace character alike, so the class list is kept as written. `plain`: as attr;
 * `attributes`: whether it has any, when known.
 */
export function attributeHints(
  element: Element,
  plain?: boolean,
  attributes = hasAttrs(element, plain),
  bits = ANY_ATTRIBUTE,
): string {
  if (!attributes) return '';
  let hints = bits & CLASS ? (attr(element, 'class', plain) ?? '') : '';
  // WordPress-style taxonomy classes ("tag-related", "category-more-news") name the post's terms, not the block.
  if (TAXONOMY_CLASS_ANYWHERE.test(hints))
    hints = hints
      .split(/\s+/)
      .filter((token) => !TAXONOMY_CLASS.test(token))
      .join(' ');
  for (const [name, bit] of HINT_ATTRIBUTES) {
    // Only the attributes the element has (`bits`, as the page walk read them: most have a class alone).
    const value = bits & bit ? attr(element, name, plain) : null;
    if (value) hints = hints ? `${hints} ${value}` : value;
  }
  return hints.toLowerCase();
}

/** Attributes read besides the class. */
const HINT_ATTRIBUTES = [
  ['id', ID],
  ['aria-label', ARIA_LABEL],
  ['data-component', DATA_COMPONENT],
  ['data-module', DATA_MODULE],
] as const;

/**
 * The element's whitespace-collapsed text, read only until it is longer than `limit` characters
 * (then the result is longer than `limit`, cut anywhere): a cheap "is this short?" on big subtrees.
 * An iterative firstChild / nextSibling walk: some DOM implementations rebuild `childNodes` on every
 * access, and this runs for many elements of a page.
 */
export function boundedText(element: Element, limit: number): string {
  // Collapsed as it is read: never a leading space nor two in a row; at most one trailing space.
  let text = '';
  let node: Node | null = firstChild(element);
  while (node && lengthWithoutTrailingSpace(text) <= limit) {
    let descend = false;
    const type = nodeType(node);
    if (type === 3) {
      text = appendCollapsed(text, nodeValue(node), limit);
    } else if (type === 1) {
      descend = !UNREAD_TAGS.has(localName(node));
      // Elements are word boundaries ("<li>a</li><li>b</li>" is "a b").
      if (text && !text.endsWith(' ')) text += ' ';
    }
    node = descend ? nextNodeWithin(node, element) : nextNodeAfter(node, element);
  }
  return text.endsWith(' ') ? text.slice(0, -1) : text;
}

/** Reads an element's bounded text (see boundedText). */
export type BoundedTextReader = (element: Element, limit: number) => string;

/**
 * boundedText that reads each element once or twice: a complete text answers any limit, a cut one
 * any limit it exceeds (its length tells "longer than the limit" all the same). The links of one
 * block ask for the same block's text, and a block with hundreds of links would otherwise be read
 * hundreds of times; the label and promo rules share one reader. One reader per analysis (it
 * remembers elements of one document).
 */
export function rememberingBoundedText(): BoundedTextReader {
  const texts = new Map<Element, { text: string; complete: boolean }>();
  return (element, limit) => {
    const known = texts.get(element);
    if (known && (known.complete || known.text.length > limit)) return known.text;
    const text = boundedText(element, limit);
    texts.set(element, { text, complete: text.length <= limit });
    return text;
  };
}

/** Raw characters collapsed per step: a long text node is read only as far as the limit needs. */
const TEXT_CHUNK = 256;

function lengthWithoutTrailingSpace(text: string): number {
  return text.endsWith(' ') ? text.length - 1 : text.length;
}

/** Appends `value` to collapsed `text` with its whitespace collapsed too, stopping once past `limit`. */
function appendCollapsed(text: string, value: string, limit: number): string {
  if (!value) return text;
  // Indentation between elements, the commonest text node, is one space at most (no regex needed).
  if (isAllWhitespace(value)) return text && !text.endsWith(' ') ? `${text} ` : text;
  for (let start = 0; start < value.length && lengthWithoutTrailingSpace(text) <= limit; start += TEXT_CHUNK) {
    let chunk = (start === 0 && value.length <= TEXT_CHUNK ? value : value.slice(start, start + TEXT_CHUNK)).replace(
      WHITESPACE_RUN,
      ' ',
    );
    if (chunk.startsWith(' ') && (!text || text.endsWith(' '))) chunk = chunk.slice(1);
    text += chunk;
  }
  return text;
}

/** Whether every character of the text is one that WHITESPACE_RUN matches. */
function isAllWhitespace(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isSpaceCode(value.charCodeAt(i))) return false;
  return true;
}

/**
 * The descendant elements of `root` (not root itself) that pass `test`, in document order. A plain
 * walk: cheaper than querySelectorAll in hot loops, where DOM implementations may re-parse the selector.
 */
export function descendantsWhere(root: Element, test: (element: Element) => boolean, maxResults = Infinity): Element[] {
  const found: Element[] = [];
  let element: Element | null = firstElementChild(root);
  while (element && found.length < maxResults) {
    if (test(element)) found.push(element);
    element = nextElementWithin(element, root);
  }
  return found;
}

/**
 * How much of the element's text (whitespace left out) sits inside links, over its first `limit`
 * characters of text. Teaser lists are mostly links; running text is mostly not.
 */
export function linkTextShare(element: Element, limit: number): { text: number; linked: number } {
  let total = 0;
  let linked = 0;
  let node: Node | null = firstChild(element);
  // The link the walk is inside of, if any: its text counts as linked until the walk leaves it.
  let link: Element | null = upperTag(element) === 'A' ? element : null;
  while (node && total <= limit) {
    let descend = false;
    const type = nodeType(node);
    if (type === 3) {
      const length = nodeValue(node).replace(WHITESPACE_RUN, '').length;
      total += length;
      if (link) linked += length;
    } else if (type === 1) {
      const tag = localName(node);
      descend = !UNREAD_TAGS.has(tag);
      if (!link && tag === 'a' && descend && firstChild(node)) link = node as Element;
    }
    const next = descend ? nextNodeWithin(node, element) : nextNodeAfter(node, element);
    if (link && link !== element && (!next || !contains(link, next))) link = null;
    node = next;
  }
  return { text: total, linked };
}

/** The collapsed text of `container` that comes before `target` in document order, read up to `limit` characters. */
export function textBefore(container: Element, target: Node, limit: number): string {
  return collapseWhitespace(readTextBefore(container, target, limit, false));
}

/**
 * Whether textBefore(container, target, limit) is longer than `limit`, without reading a long text node whole: a
 * node with more letters and digits than `limit` makes it so (each is kept by collapsing; most such nodes are a
 * paragraph begun before the link).
 */
export function hasTextBefore(container: Element, target: Node, limit: number): boolean {
  const text = readTextBefore(container, target, limit, true);
  return text === null || collapseWhitespace(text).length > limit;
}

/** textBefore's text before collapsing. `early`: null at a text node of more than `limit` ASCII letters and digits. */
function readTextBefore(container: Element, target: Node, limit: number, early: boolean): string | null {
  let text = '';
  for (let node: Node | null = firstChild(container); node && node !== target && text.length <= limit; ) {
    const type = nodeType(node);
    if (type === 3) {
      const value = nodeValue(node);
      if (early && hasMoreAlphanumerics(value, limit)) return null;
      text += value.replace(WHITESPACE_RUN, ' ');
    } else if (type === 1) text += ' ';
    node = type === 1 ? nextNodeWithin(node, container) : nextNodeAfter(node, container);
  }
  return text;
}

/** Whether a text has more than `count` ASCII letters and digits: read until it has. */
function hasMoreAlphanumerics(text: string, count: number): boolean {
  let found = 0;
  for (let i = 0; i < text.length; i++) {
    if (isAsciiAlphanumeric(text.charCodeAt(i)) && ++found > count) return true;
  }
  return false;
}

/** The copyright sign: a link right after it names a picture's author or source. */
const COPYRIGHT_SIGN = '\u00a9';

/**
 * A picture's credit: a link right after a "©" ("© <a>Camilo Rueda López / flickr.com</a>" under a teaser's picture).
 * It names who made the picture, no story. A link that opens with "©" may be a whole teaser whose picture's credit
 * comes first ("© Daniel Hubner Anglertalk – Daniel Hubner"): not told by this. One sibling read.
 */
export function isCreditLink(anchor: Element): boolean {
  const before = previousSibling(anchor);
  return isText(before) && nodeValue(before).trimEnd().endsWith(COPYRIGHT_SIGN);
}

export const isLink = (element: Element): boolean => localName(element) === 'a' && hasAttr(element, 'href');
export const isAnchorElement = (element: Element): boolean => localName(element) === 'a';
