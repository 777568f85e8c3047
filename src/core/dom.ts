/**
 * Page-level helpers over the reading layer (read/): the <body>, the <head>'s elements, the base
 * URL. They behave the same in browsers, happy-dom and linkedom, and read through getters that
 * page markup cannot clobber.
 */
import {
  attr,
  documentElement,
  firstElementChild,
  hasAttr,
  nextElementSibling,
  parentElement,
  parseUrl,
  tagOf,
} from './read';

export { attr, ELEMENT_NODE, isElement, TEXT_NODE } from './read/dom';
export { tagOf, upperTag } from './read/tags';

/** class + " " + id, the string Readability-style heuristics match their patterns against. */
/** `plain`: whether the element is plain (isPlain), when the caller knows it (see attr). */
export function classAndId(element: Element, plain?: boolean): string {
  const className = attr(element, 'class', plain) ?? '';
  const id = attr(element, 'id', plain) ?? '';
  return `${className} ${id}`;
}

/**
 * Whether one of the element's nearest `maxDepth` ancestors has one of `tags` (Readability's _hasAncestorTag).
 * `parentOf`: how a parent is read, when the caller knows the parents already (a page walk's record: no DOM read).
 */
export function hasNearAncestorTag(
  element: Element,
  tags: ReadonlySet<string>,
  maxDepth: number,
  parentOf: (element: Element) => Element | null = parentElement,
): boolean {
  // No parent is read past the last one asked about.
  let node: Element | null = element;
  for (let depth = 0; depth < maxDepth; depth++) {
    node = parentOf(node);
    if (!node) return false;
    if (tags.has(tagOf(node))) return true;
  }
  return false;
}

/** Resolves `href` against `base`; returns null for anything that is not a valid absolute URL. */
export const resolveUrl = parseUrl;

/**
 * The base URL for relative links: a <base href> resolved against the page URL, else the page URL.
 * A page URL that is not http(s) or file (e.g. about:blank in a parser) counts as unknown.
 */
export function documentBaseUrl(doc: Document, pageUrl: string | null): string | null {
  const page = pageUrl ? resolveUrl(pageUrl, null) : null;
  const usablePage = page && /^(https?|file):$/.test(page.protocol) ? page.href : null;
  const baseElement = headElements(doc).find((element) => tagOf(element) === 'base' && hasAttr(element, 'href'));
  const baseHref = baseElement ? attr(baseElement, 'href') : null;
  if (baseHref) {
    const base = resolveUrl(baseHref, usablePage);
    if (base && /^https?:$/.test(base.protocol)) return base.href;
  }
  return usablePage;
}

/** A child element of <html> by tag name, found without `document.head`/`.body` (see pageBody). */
function rootChild(doc: Document, tag: string): Element | null {
  const root = documentElement(doc);
  for (let child = root ? firstElementChild(root) : null; child; child = nextElementSibling(child)) {
    if (tagOf(child) === tag) return child;
  }
  return null;
}

/**
 * The page's <body>, read from <html>'s children: some DOMs (linkedom) answer `document.body` with
 * another element on odd markup, or create and insert a <body> when there is none, which would
 * change the page we only read. Without a <body>, the content sits in <html> itself.
 */
export function pageBody(doc: Document): Element | null {
  return rootChild(doc, 'body') ?? documentElement(doc);
}
/** The page's <head>, read from <html>'s children (not `document.head`: linkedom creates one when it is missing). */
export function pageHead(doc: Document): Element | null {
  return rootChild(doc, 'head');
}

/**
 * The element children of <head> (where <base>, <link> and <meta> live). A direct walk: a
 * selector query would visit the whole page to find them.
 */
export function headElements(doc: Document): Element[] {
  const head = pageHead(doc);
  const elements: Element[] = [];
  for (let child = head ? firstElementChild(head) : null; child; child = nextElementSibling(child))
    elements.push(child);
  return elements;
}

/** A <frameset> page keeps its content in other documents. */
export function isFrameset(doc: Document): boolean {
  return rootChild(doc, 'frameset') !== null;
}

/** The ancestor chains of two elements (root first) and the depth at which they part (equal chains up to it). */
function partingChains(a: Element, b: Element): { mine: Element[]; theirs: Element[]; depth: number } {
  const chain = (node: Element): Element[] => {
    const ancestors: Element[] = [];
    for (let at: Element | null = node; at; at = parentElement(at)) ancestors.push(at);
    return ancestors.reverse();
  };
  const mine = chain(a);
  const theirs = chain(b);
  let depth = 0;
  while (depth < mine.length && depth < theirs.length && mine[depth] === theirs[depth]) depth++;
  return { mine, theirs, depth };
}

/**
 * Whether `element` comes after `reference` in document order (inside it too). Read from their ancestors, not from
 * compareDocumentPosition: linkedom's (the CLI's and the tests' DOM) compares the two nodes' depths only.
 */
export function comesAfter(element: Element, reference: Element): boolean {
  const { mine, theirs, depth } = partingChains(element, reference);
  // Inside the reference it comes after it; holding the reference, it opens before it.
  if (depth === theirs.length || depth === mine.length) return mine.length > theirs.length;
  for (let sibling = nextElementSibling(theirs[depth]!); sibling; sibling = nextElementSibling(sibling))
    if (sibling === mine[depth]) return true;
  return false;
}

/** The children of the lowest common ancestor of `a` and `b` that hold each (null when one holds the other). */
export function partingBoxes(a: Element, b: Element): [Element, Element] | null {
  const { mine, theirs, depth } = partingChains(a, b);
  return depth === mine.length || depth === theirs.length ? null : [mine[depth]!, theirs[depth]!];
}
