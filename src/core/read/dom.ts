/**
 * Reading the tree through getters that page markup cannot clobber (./safe-access.ts): pointer
 * moves, text and attribute reads, queries. Standard DOM only, no globals: the same code runs in
 * browsers, happy-dom and linkedom. Every pointer move counts one step of the analysis budget
 * (see budget.ts).
 */
import { currentRun, step } from './budget';
import { collapsedLength, collapseWhitespace } from './text';
import { callSafely, ELEMENT_NODE, isPlain, readSafely, TEXT_NODE } from './safe-access';

export { DOCUMENT_NODE, ELEMENT_NODE, TEXT_NODE } from './safe-access';

/** A node or null, whatever a broken DOM answered. */
function asNode(value: unknown): Node | null {
  return value !== null && typeof value === 'object' ? (value as Node) : null;
}

export function nodeType(node: Node): number {
  const type: unknown = node.nodeType;
  if (typeof type === 'number') return type;
  const safe = readSafely<unknown>(node, 'nodeType');
  return typeof safe === 'number' ? safe : 0;
}

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && nodeType(node) === ELEMENT_NODE;
}

export function isText(node: Node | null | undefined): node is Text {
  return !!node && nodeType(node) === TEXT_NODE;
}

/**
 * Lower-case tag name of an element ("" for other nodes): HTML parsers give HTML elements lower-case local names.
 * The name is read first (one read in a browser, where other nodes have none; linkedom names them "#text" and the
 * like, which no element name starts with); the node type only when the name is not an element's.
 */
export function localName(node: Node): string {
  const name: unknown = (node as Element).localName;
  // A string: an element's name, or linkedom's "#text" and the like. None: a browser's text node, comment or
  // document (every element has one; a clobbered one is an element, below), told without a read of its type.
  if (typeof name === 'string') return name.charCodeAt(0) !== HASH ? name : '';
  if (name === undefined || !isElement(node)) return '';
  const safe = readSafely<unknown>(node, 'localName');
  return typeof safe === 'string' ? safe : '';
}

const HASH = 35;

export function parentNode(node: Node): Node | null {
  step();
  return asNode(isPlain(node) ? node.parentNode : readSafely(node, 'parentNode'));
}

/** The parent when it is an element (null at the document): the DOM's own parentElement (one read, not two). */
export function parentElement(node: Node): Element | null {
  step();
  return asNode(isPlain(node) ? node.parentElement : readSafely(node, 'parentElement')) as Element | null;
}

export function firstChild(node: Node): Node | null {
  return firstChildOf(node, isPlain(node));
}

/**
 * firstChild of a node whose plainness (isPlain) the caller already knows: a walk that has read each
 * node's type and tag knows it, and asking again costs a read of the node per pointer move.
 */
export function firstChildOf(node: Node, plain: boolean): Node | null {
  step();
  return asNode(plain ? node.firstChild : readSafely(node, 'firstChild'));
}

export function lastChild(node: Node): Node | null {
  step();
  return asNode(isPlain(node) ? node.lastChild : readSafely(node, 'lastChild'));
}

export function nextSibling(node: Node): Node | null {
  return nextSiblingOf(node, isPlain(node));
}

/** nextSibling of a node whose plainness the caller already knows (see firstChildOf). */
export function nextSiblingOf(node: Node, plain: boolean): Node | null {
  step();
  return asNode(plain ? node.nextSibling : readSafely(node, 'nextSibling'));
}

export function previousSibling(node: Node): Node | null {
  step();
  return asNode(isPlain(node) ? node.previousSibling : readSafely(node, 'previousSibling'));
}

/** `plain`: as firstChildOf. */
export function firstElementChild(node: Node, plain = isPlain(node)): Element | null {
  step();
  return asNode(plain ? (node as Element).firstElementChild : readSafely(node, 'firstElementChild')) as Element | null;
}

export function lastElementChild(node: Node): Element | null {
  step();
  return asNode(
    isPlain(node) ? (node as Element).lastElementChild : readSafely(node, 'lastElementChild'),
  ) as Element | null;
}

export function nextElementSibling(node: Node): Element | null {
  step();
  return asNode(
    isPlain(node) ? (node as Element).nextElementSibling : readSafely(node, 'nextElementSibling'),
  ) as Element | null;
}

export function previousElementSibling(node: Node): Element | null {
  step();
  return asNode(
    isPlain(node) ? (node as Element).previousElementSibling : readSafely(node, 'previousElementSibling'),
  ) as Element | null;
}

/** The element children, in order (an array: no live collection whose named items a page controls). */
export function childElements(node: Node): Element[] {
  const children: Element[] = [];
  for (let child = firstElementChild(node); child; child = nextElementSibling(child)) children.push(child);
  return children;
}

/** The child nodes, in order. */
export function childNodes(node: Node): Node[] {
  const children: Node[] = [];
  for (let child = firstChild(node); child; child = nextSibling(child)) children.push(child);
  return children;
}

/**
 * A text node's (or comment's) value; "" for elements and for a <noscript>'s markup, which a browser running scripts
 * keeps as raw text (`<img alt="…">`), linkedom and DOMParser as elements: all text reads the same in both.
 */
export function nodeValue(node: Node): string {
  // Read directly, whatever the node: a form's or document's named control shadowing nodeValue is no string, and
  // their nodeValue is null ("" here) all the same.
  const value: unknown = node.nodeValue;
  if (typeof value !== 'string') return '';
  return value.includes('<') && isInNoscript(node) ? '' : value;
}

const isInNoscript = (node: Node): boolean => localName(parentNode(node) ?? node) === 'noscript';

/** The DOM's own `textContent`, nothing left out: a <noscript>'s raw markup, for its images (blocks/images.ts). */
export function rawTextContent(node: Node, plain = isPlain(node)): string {
  const value: unknown = plain ? node.textContent : readSafely(node, 'textContent');
  return typeof value === 'string' ? value : '';
}

/**
 * All text below the node, as `textContent` (script and style text included), without a noscript's raw markup.
 * `plain`: as firstChildOf.
 */
export function textContent(node: Node, plain?: boolean): string {
  step();
  const whole = rawTextContent(node, plain);
  if (!whole.includes('<')) return whole;
  if (isText(node)) return nodeValue(node);
  let text = '';
  for (let current = firstChild(node); current; current = nextNodeWithin(current, node))
    if (isText(current)) text += nodeValue(current);
  return text;
}

export function ownerDocument(node: Node): Document | null {
  return asNode(isPlain(node) ? node.ownerDocument : readSafely(node, 'ownerDocument')) as Document | null;
}

export function documentElement(doc: Document): Element | null {
  return asNode(readSafely(doc, 'documentElement')) as Element | null;
}

/** The document's address (`document.URL`), "" when unknown. */
export function documentUrl(doc: Document): string {
  const url = readSafely<unknown>(doc, 'URL');
  return typeof url === 'string' ? url : '';
}

/**
 * An attribute's value, or null. Not through getAttributeNode on ordinary elements: Chromium
 * creates, and keeps, an Attr object for every attribute read that way, which made this function
 * the largest self time in a content-script profile on a 100,000-element page (1.2 s of 5.3 s; 0.4 s
 * with this form). A form (whose methods its controls can shadow) is read through its prototype's
 * method.
 *
 * The class is read once per element and analysis: the page scan, the page walk, the cleaning, the
 * content and the related rules each ask for it (1.86 reads an element on the corpus), and a read
 * crosses the bindings in a browser and builds a token list's value in linkedom. The running
 * analysis (budget.ts) never changes the page; a run in slices (../sliced.ts) keeps the classes over
 * its slices (a class the page changes in between is read as first met: its result describes a page
 * caught in between anyway). Outside of a run, every read goes to the DOM.
 *
 * `plain`: whether the element is plain (isPlain), when the caller knows it (a walk that has read its
 * tag, see firstChildOf): asking again reads the element's name through the bindings per attribute.
 */
export function attr(element: Element, name: string, plain?: boolean): string | null {
  if (name !== 'class' || !currentRun) return readAttr(element, name, plain);
  if (currentRun !== classesRun) {
    classes = new WeakMap();
    classesRun = currentRun;
  }
  let value = classes.get(element);
  if (value === undefined) {
    value = readAttr(element, name, plain);
    classes.set(element, value);
  }
  return value;
}

/** The class of each element read in the running analysis (a WeakMap: no element is held after it). */
let classes = new WeakMap<Element, string | null>();
let classesRun: object | null = null;

function readAttr(element: Element, name: string, plain = isPlain(element)): string | null {
  // getAttribute answers null for a missing attribute, but linkedom's answers "" for a missing
  // class (it reads a token list, ~10× slower than another attribute): the class is asked first.
  if (plain) return name === 'class' && !element.hasAttribute(name) ? null : element.getAttribute(name);
  const value = callSafely<Attr | null>(element, 'getAttributeNode', [name])?.value;
  return typeof value === 'string' ? value : null;
}

/** The values of all the element's attributes. */
export function attributeValues(element: Element): string[] {
  const attributes = (
    isPlain(element) ? element.attributes : readSafely(element, 'attributes')
  ) as ArrayLike<Attr> | null;
  const values: string[] = [];
  for (let i = 0; attributes && i < attributes.length; i++) {
    const value = attributes[i]?.value;
    if (typeof value === 'string') values.push(value);
  }
  return values;
}

export function hasAttr(element: Element, name: string): boolean {
  return (
    (isPlain(element) ? element.hasAttribute(name) : callSafely<boolean>(element, 'hasAttribute', [name])) === true
  );
}

/** Whether the element has any attribute (`plain`: as attr). */
export function hasAttrs(element: Element, plain = isPlain(element)): boolean {
  return (plain ? element.hasAttributes() : callSafely<boolean>(element, 'hasAttributes', [])) === true;
}

/** The nearest inclusive ancestor matching the selector, or null. */
export function closest(element: Element, selector: string): Element | null {
  step();
  return asNode(
    isPlain(element) ? element.closest(selector) : callSafely(element, 'closest', [selector]),
  ) as Element | null;
}

export function matches(element: Element, selector: string): boolean {
  return (isPlain(element) ? element.matches(selector) : callSafely<boolean>(element, 'matches', [selector])) === true;
}

export function querySelector(root: Element | Document, selector: string): Element | null {
  step();
  return asNode(
    isPlain(root) ? root.querySelector(selector) : callSafely(root, 'querySelector', [selector]),
  ) as Element | null;
}

/** The matches as an array, in document order. */
export function querySelectorAll(root: Element | Document, selector: string): Element[] {
  const list = isPlain(root)
    ? root.querySelectorAll(selector)
    : callSafely<ArrayLike<Element>>(root, 'querySelectorAll', [selector]);
  const found: Element[] = [];
  for (let i = 0; i < list.length; i++) {
    step();
    found.push(list[i]!);
  }
  return found;
}

/** Whether `other` is `node` or inside it. */
export function contains(node: Node, other: Node | null): boolean {
  return (
    other !== null && (isPlain(node) ? node.contains(other) : callSafely<boolean>(node, 'contains', [other])) === true
  );
}

export function getElementById(doc: Document, id: string): Element | null {
  return asNode(callSafely(doc, 'getElementById', [id])) as Element | null;
}

/** The next node after `node` in document order, without leaving `root` (null at its end). */
export function nextNodeWithin(node: Node, root: Node): Node | null {
  const child = firstChild(node);
  if (child) return child;
  return nextNodeAfter(node, root);
}

/** The next node after `node`'s subtree in document order, without leaving `root` (null at its end). */
export function nextNodeAfter(node: Node, root: Node): Node | null {
  for (let current: Node | null = node; current && current !== root; current = parentNode(current)) {
    const sibling = nextSibling(current);
    if (sibling) return sibling;
  }
  return null;
}

/** The next element after `element` in document order, without leaving `root` (null at its end). */
export function nextElementWithin(element: Element, root: Element | null): Element | null {
  const child = firstElementChild(element);
  if (child) return child;
  return nextElementAfter(element, root);
}

/** The next element after `element`'s subtree in document order, without leaving `root`. */
export function nextElementAfter(element: Element, root: Element | null): Element | null {
  for (let current: Element | null = element; current && current !== root; current = parentElement(current)) {
    const sibling = nextElementSibling(current);
    if (sibling) return sibling;
  }
  return null;
}

/**
 * The start of the node's text as `textContent` gives it (every text node below it, script text
 * included), read only until it is longer than `maxChars` once collapsed (read/text.ts): a cheap
 * "what does this short block say?" that never reads a big subtree whole. `skips`: elements whose
 * text is passed over with them (a script's or a stylesheet's, for the text a reader sees).
 */
export function boundedTextContent(node: Node, maxChars: number, skips?: (element: Element) => boolean): string {
  let text = '';
  let checkedAt = 0;
  for (let current = firstChild(node); current; ) {
    if (skips && isElement(current) && skips(current)) {
      current = nextNodeAfter(current, node);
      continue;
    }
    const value = isText(current) ? nodeValue(current) : null;
    current = nextNodeWithin(current, node);
    if (value === null) continue;
    text += value;
    // Collapsing is the costly part: asked again only when the text has doubled.
    if (text.length > maxChars && text.length >= checkedAt * 2) {
      checkedAt = text.length;
      if (collapseWhitespace(text).length > maxChars) return text;
    }
  }
  return text;
}

/** Whether the node holds no text, blank text aside: read until a character shows (a big box is not read whole). */
export const hasNoText = (node: Node): boolean => !boundedTextContent(node, 0).trim();

/** Whether the node's text is longer than `maxChars` once collapsed (collapsedLength): read only until it is. */
export function isTextLongerThan(node: Node, maxChars: number): boolean {
  return collapsedLength(boundedTextContent(node, maxChars)) > maxChars;
}
