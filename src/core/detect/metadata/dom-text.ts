/**
 * Reading an element's text without copying more than needed, and with the word breaks a reader
 * sees where elements meet. Standard DOM only (no TreeWalker, no global Node object).
 */
import { collapseWhitespace } from './text';

/**
 * Whether the element's trimmed text is shorter than `limit`, reading its text nodes only until
 * that is decided (a wrapper of the whole page is not copied into one string).
 */
export function hasShortText(element: Element, limit: number): boolean {
  let text = '';
  let node: Node | null = element.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) {
      text += node.nodeValue ?? '';
      // The trimmed length of what is read so far never exceeds that of the whole text.
      if (text.length >= limit && text.trim().length >= limit) return false;
    }
    node = nextNodeWithin(node, element);
  }
  return text.trim().length > 0;
}

/** The next node after `node` in document order, without leaving `root` (null at its end). */
export function nextNodeWithin(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  for (let current: Node | null = node; current && current !== root; current = current.parentNode) {
    if (current.nextSibling) return current.nextSibling;
  }
  return null;
}

/** The next element after `element` in document order, without leaving `root` (null at its end). */
export function nextElementWithin(element: Element, root: Element | null): Element | null {
  const child = element.firstElementChild;
  if (child) return child;
  for (let current: Element | null = element; current && current !== root; current = current.parentElement) {
    const sibling = current.nextElementSibling;
    if (sibling) return sibling;
  }
  return null;
}

/** Node.TEXT_NODE and Node.ELEMENT_NODE, spelt out so that the code needs no global Node object. */
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** Elements that always separate the text before and after them. */
const BLOCK_TAGS = new Set(['ADDRESS', 'BR', 'DIV', 'P', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'TIME', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'FOOTER', 'TABLE', 'TR', 'TD']);

/**
 * Whether two texts that meet at an inline element boundary are separate words although no space
 * was written: "Foust|Monday", "Nolan|22", "2016|651", "LAWLESS|Associated", "Turak|@NatashaTurak"
 * (but "Woo|d" is one word).
 */
function isHiddenWordBreak(before: string, after: string): boolean {
  if (/[\p{L}\p{N}]$/u.test(before) && after.startsWith('@')) return true;
  return /\p{Ll}$/u.test(before) ? /^[\p{Lu}\p{N}]/u.test(after)
    : /\p{N}$/u.test(before) ? /^[\p{L}\p{N}]/u.test(after)
    : /\p{Lu}$/u.test(before) ? /^(?:\p{Lu}\p{Ll}|\p{N})/u.test(after)
    : false;
}

/** The element's text, with a space where elements meet words that were written apart; whitespace collapsed. */
export function spacedText(element: Element): string {
  let text = '';
  let pendingBreak: 'block' | 'inline' | null = null;
  for (let node: Node | null = element.firstChild; node; node = nextNodeWithin(node, element)) {
    if (node.nodeType === ELEMENT_NODE) {
      pendingBreak = pendingBreak === 'block' || BLOCK_TAGS.has((node as Element).tagName.toUpperCase()) ? 'block' : 'inline';
      continue;
    }
    if (node.nodeType !== TEXT_NODE) continue;
    const value = node.nodeValue ?? '';
    if (pendingBreak === 'block' || (pendingBreak === 'inline' && isHiddenWordBreak(text, value))) text += ' ';
    text += value;
    pendingBreak = null;
  }
  return collapseWhitespace(text);
}

