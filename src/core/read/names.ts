/**
 * Accessible names: what a reader (or a screen reader) is told an element is called, from markup
 * alone. The order follows the accessible-name computation in short: aria-labelledby, aria-label,
 * an image's alt, the element's own text (images inside included by their alt), then title.
 */
import {
  attr,
  firstChild,
  getElementById,
  isElement,
  nextNodeAfter,
  nextNodeWithin,
  nodeType,
  nodeValue,
  ownerDocument,
  TEXT_NODE,
} from './dom';
import { tagOf } from './tags';
import { collapseWhitespace } from './text';
import { isHiddenElement } from './visibility';

/** Elements whose content is never text a reader sees. */
export const UNREAD_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript']);

/**
 * The element's accessible name, whitespace collapsed ("" when it has none). `maxChars` bounds
 * how much text is read (a long name is cut there): names are short, subtrees can be huge.
 */
export function accessibleName(element: Element, maxChars = 1000): string {
  const labelledBy = labelledByText(element, maxChars);
  if (labelledBy) return labelledBy;
  const label = collapseWhitespace(attr(element, 'aria-label'));
  if (label) return label.slice(0, maxChars);
  if (tagOf(element) === 'img' || (tagOf(element) === 'input' && attr(element, 'type') === 'image')) {
    const alt = collapseWhitespace(attr(element, 'alt'));
    if (alt) return alt.slice(0, maxChars);
  }
  const text = visibleText(element, maxChars);
  if (text) return text;
  return collapseWhitespace(attr(element, 'title')).slice(0, maxChars);
}

/** The text of the elements that aria-labelledby names (by id, in the order given). */
function labelledByText(element: Element, maxChars: number): string {
  const ids = attr(element, 'aria-labelledby');
  const doc = ids ? ownerDocument(element) : null;
  if (!ids || !doc) return '';
  const parts: string[] = [];
  for (const id of ids.split(/\s+/)) {
    const label = id ? getElementById(doc, id) : null;
    // A label names another element; its own aria-labelledby is not followed (no cycles).
    if (label) parts.push(collapseWhitespace(attr(label, 'aria-label')) || visibleText(label, maxChars));
  }
  return collapseWhitespace(parts.join(' ')).slice(0, maxChars);
}

/**
 * The text a reader sees inside the element: text nodes and image alts, hidden subtrees and
 * scripts left out, elements separating words; read until `maxChars` characters.
 */
export function visibleText(element: Element, maxChars: number): string {
  let text = '';
  let node: Node | null = firstChild(element);
  while (node && text.length <= maxChars * 2) {
    let skipChildren = false;
    if (nodeType(node) === TEXT_NODE) {
      text += nodeValue(node);
    } else if (isElement(node)) {
      const tag = tagOf(node);
      skipChildren = UNREAD_TAGS.has(tag) || isHiddenElement(node);
      if (!skipChildren) text += tag === 'img' ? ` ${attr(node, 'alt') ?? ''} ` : ' ';
    }
    node = skipChildren ? nextNodeAfter(node, element) : nextNodeWithin(node, element);
  }
  return collapseWhitespace(text).slice(0, maxChars);
}
