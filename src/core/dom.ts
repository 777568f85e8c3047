/** Small helpers over the standard DOM API that behave the same in browsers, happy-dom and linkedom. */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(node: Node | null | undefined): node is Element {
  return !!node && node.nodeType === ELEMENT_NODE;
}

/**
 * Lower-case tag name ("" for non-elements). `localName` is lower case for HTML elements, and a
 * plain field in every DOM we run on; `tagName` is computed on each read in some (linkedom: ~25×
 * slower), and this runs for every element of a page.
 */
export function tagOf(node: Node): string {
  return isElement(node) ? node.localName : '';
}

/** Upper-case names of common HTML tags, so that upperTag allocates no string for them (a Map: twice as fast as an object here). */
const UPPER_TAG_NAMES: ReadonlyMap<string, string> = new Map(
  ('a abbr address article aside audio b blockquote body br button caption cite code dd details div dl dt em figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li main nav noscript ol p picture pre q s ' +
    'script section small source span strong style sub summary sup svg table tbody td template th thead time title tr u ul video')
    .split(' ')
    .map((tag) => [tag, tag.toUpperCase()]),
);

/** The upper-case tag name, as `element.tagName` gives it for HTML elements, without its cost. */
export function upperTag(element: Element): string {
  const name = element.localName;
  return UPPER_TAG_NAMES.get(name) ?? name.toUpperCase();
}

/**
 * An attribute's value, or null (the same answer as getAttribute). Asked with hasAttribute first:
 * most elements lack most attributes, and linkedom's getAttribute('class') goes through a token
 * list (~10× slower). Not through getAttributeNode: Chromium creates, and keeps, an Attr object
 * for every attribute read that way, which made this function the largest self time in a
 * content-script profile on a 100,000-element page (1.2 s of 5.3 s; 0.4 s with this form).
 */
export function attr(element: Element, name: string): string | null {
  return element.hasAttribute(name) ? element.getAttribute(name) : null;
}

/** class + " " + id, the string Readability-style heuristics match their patterns against. */
export function classAndId(element: Element): string {
  const className = attr(element, 'class') ?? '';
  const id = attr(element, 'id') ?? '';
  return `${className} ${id}`;
}

/** Whether one of the element's nearest `maxDepth` ancestors has one of `tags` (Readability's _hasAncestorTag). */
export function hasNearAncestorTag(element: Element, tags: ReadonlySet<string>, maxDepth: number): boolean {
  let node = element.parentElement;
  for (let depth = 0; node && depth < maxDepth; depth++, node = node.parentElement) {
    if (tags.has(tagOf(node))) return true;
  }
  return false;
}

/** Resolves `href` against `base`; returns null for anything that is not a valid absolute URL. */
export function resolveUrl(href: string, base: string | null): URL | null {
  try {
    return base ? new URL(href.trim(), base) : new URL(href.trim());
  } catch {
    return null;
  }
}

/**
 * The base URL for relative links: a <base href> resolved against the page URL, else the page URL.
 * A page URL that is not http(s) or file (e.g. about:blank in a parser) counts as unknown.
 */
export function documentBaseUrl(doc: Document, pageUrl: string | null): string | null {
  const page = pageUrl ? resolveUrl(pageUrl, null) : null;
  const usablePage = page && /^(https?|file):$/.test(page.protocol) ? page.href : null;
  const baseElement = headElements(doc).find((element) => tagOf(element) === 'base' && element.hasAttribute('href'));
  const baseHref = baseElement ? attr(baseElement, 'href') : null;
  if (baseHref) {
    const base = resolveUrl(baseHref, usablePage);
    if (base && /^https?:$/.test(base.protocol)) return base.href;
  }
  return usablePage;
}

/** A child element of <html> by tag name, found without `document.head`/`.body` (see pageBody). */
function rootChild(doc: Document, tag: string): Element | null {
  for (let child = doc.documentElement?.firstElementChild ?? null; child; child = child.nextElementSibling) {
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
  return rootChild(doc, 'body') ?? doc.documentElement ?? null;
}
/**
 * The element children of <head> (where <base>, <link> and <meta> live). A direct walk: a
 * selector query would visit the whole page to find them.
 */
export function headElements(doc: Document): Element[] {
  // Not `document.head`: linkedom creates one when it is missing (see pageBody).
  const head = rootChild(doc, 'head');
  const elements: Element[] = [];
  for (let child = head?.firstElementChild ?? null; child; child = child.nextElementSibling) elements.push(child);
  return elements;
}

/** A <frameset> page keeps its content in other documents. */
export function isFrameset(doc: Document): boolean {
  for (let child = doc.documentElement?.firstElementChild ?? null; child; child = child.nextElementSibling) {
    if (tagOf(child) === 'frameset') return true;
  }
  return false;
}
