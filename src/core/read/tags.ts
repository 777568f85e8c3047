/** Tag tests: the lower-case tag name of an element, and the names the rules share. */
import { hasAttr, isElement, localName } from './dom';

export { isElement, isText } from './dom';

/**
 * Lower-case tag name ("" for non-elements). `localName` is lower case for HTML elements, and a
 * plain field in every DOM we run on; `tagName` is computed on each read in some (linkedom: ~25×
 * slower), and this runs for every element of a page.
 */
export const tagOf: (node: Node) => string = localName;

/** Upper-case names of common HTML tags, so that upperTag allocates no string for them. */
const UPPER_TAG_NAMES: ReadonlyMap<string, string> = new Map(
  (
    'a abbr address article aside audio b blockquote body br button caption cite code dd details div dl dt em ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img input label li main nav ' +
    'noscript ol p picture pre q s script section small source span strong style sub summary sup svg table tbody ' +
    'td template th thead time title tr u ul video'
  )
    .split(' ')
    .map((tag) => [tag, tag.toUpperCase()]),
);

/** The upper-case tag name, as `element.tagName` gives it for HTML elements, without its cost. */
export function upperTag(element: Element): string {
  const name = localName(element);
  return UPPER_TAG_NAMES.get(name) ?? name.toUpperCase();
}

/** Heading levels by tag. */
export const HEADING_LEVELS: Readonly<Record<string, number>> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** A selector of the heading elements. */
export const HEADINGS = 'h1,h2,h3,h4,h5,h6';
/** The heading elements' tags; pure, so that a bundle that reads only the levels (the block reader) leaves it out. */
export const HEADING_TAGS: ReadonlySet<string> = /* @__PURE__ */ new Set(HEADINGS.split(','));

/** 1..6 for <h1>..<h6>, else 0. */
export function headingLevel(tag: string): number {
  return HEADING_LEVELS[tag] ?? 0;
}

export function isHeadingTag(tag: string): boolean {
  return headingLevel(tag) > 0;
}

/** Whether the node is an element with this (lower-case) tag. */
export function hasTag(node: Node | null | undefined, tag: string): node is Element {
  return !!node && isElement(node) && localName(node) === tag;
}

/** An <a> with an href: a link. */
export function isLink(element: Element): boolean {
  return localName(element) === 'a' && hasAttr(element, 'href');
}
