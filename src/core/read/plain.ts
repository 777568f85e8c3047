/**
 * Reads for a walk that visits every node once and knows each node's kind already (the page
 * index, detect/page-index.ts): the caller passes only nodes it knows are plain (a text node or
 * comment, or an element whose tag is not "form": see isPlain in ./dom.ts), and each read is one
 * property read or call instead of two. Pointer moves count budget steps, as in ./dom.ts.
 */
import { step } from './budget';

function asNode(value: unknown): Node | null {
  return value !== null && typeof value === 'object' ? (value as Node) : null;
}

export function plainFirstChild(node: Node): Node | null {
  step();
  return asNode(node.firstChild);
}

export function plainNextSibling(node: Node): Node | null {
  step();
  return asNode(node.nextSibling);
}

export function plainNodeValue(node: Node): string {
  const value: unknown = node.nodeValue;
  return typeof value === 'string' ? value : '';
}

export function plainHasAttributes(element: Element): boolean {
  return element.hasAttributes() === true;
}

/**
 * The names of a plain element's attributes, in one call: cheaper than asking `hasAttribute` for
 * each name a rule may read (each ask crosses a browser's bindings). Lower case for HTML elements.
 */
export function plainAttributeNames(element: Element): readonly string[] {
  const names: unknown = element.getAttributeNames();
  return Array.isArray(names) ? (names as string[]) : [];
}

/** An attribute's value when the name is known to be present (from plainAttributeNames). */
export function plainAttr(element: Element, name: string): string | null {
  const value: unknown = element.getAttribute(name);
  return typeof value === 'string' ? value : null;
}
