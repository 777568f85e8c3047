/**
 * Small pure readings the page index (page-index.ts) is built from: what counts as a visible character,
 * a navigation landmark, a toggle or "see all" link, two parts of one list; the article root's chain.
 */
import { attr } from '../../dom';
import { localName, parentElement, querySelector, querySelectorAll } from '../../read/dom';
import { leadsNowhere } from '../../read/url';
import type { Facts } from './page-index';

/** Landmarks that hold site navigation: never a related block (unless told it is post navigation). */
const NAV_TAGS = new Set(['nav', 'header', 'footer']);
const NAV_ROLES = new Set(['navigation', 'menu', 'menubar', 'banner', 'contentinfo']);

/** A link this short ("See all", "More »", an icon) between a label and its list is stepped over. */
const MAX_SKIPPED_LINK_TEXT = 20;

/** A link (or an element that is one link) whose href goes nowhere: "#", empty or "javascript:". */
export function isToggleLink(element: Element): boolean {
  const link = firstLink(element);
  return link !== null && leadsNowhere(attr(link, 'href') ?? '');
}

/** The first <a href> in the element (itself included), in document order. */
function firstLink(root: Element): Element | null {
  return localName(root) === 'a' && attr(root, 'href') !== null ? root : querySelector(root, 'a[href]');
}

export function isSeeAllLink(facts: Facts): boolean {
  return facts.links === 1 && facts.text <= MAX_SKIPPED_LINK_TEXT;
}

/**
 * One link and nothing else, as far as read (facts read up to a label's length: a longer line is read no further,
 * and counts as no line).
 */
export function isOneLinkLine(facts: Facts): boolean {
  return facts.links === 1 && facts.text > 0 && facts.linkText === facts.text;
}

/** Same tag and the same class attribute (a class is needed: bare tags say nothing). */
export function sameMarkup(a: Element, b: Element): boolean {
  const className = attr(a, 'class');
  return !!className && localName(a) === localName(b) && className === attr(b, 'class');
}

/** `tag`: its localName; `attributes`: false when it has none (both as already read). */
export function isNavigationLandmark(element: Element, tag: string, attributes: boolean): boolean {
  return NAV_TAGS.has(tag) || (attributes && NAV_ROLES.has(attr(element, 'role', tag !== 'form') ?? ''));
}

/** The roots and all their ancestors ("around" the article), and the first root with its ancestors. */
export function rootChains(roots: readonly Element[]): { around: Set<Element>; firstRootChain: Set<Element> } {
  const around = new Set<Element>();
  const firstRootChain = new Set<Element>();
  roots.forEach((root, i) => {
    for (let element: Element | null = root; element; element = parentElement(element)) {
      around.add(element);
      if (i === 0) firstRootChain.add(element);
    }
  });
  return { around, firstRootChain };
}

export function emptyFacts(): Facts {
  return { text: 0, linkText: 0, links: 0, hasPicture: false, hasHeading: false };
}

export function addFacts(to: Facts, from: Facts): void {
  to.text += from.text;
  to.linkText += from.linkText;
  to.links += from.links;
  to.hasPicture ||= from.hasPicture;
  to.hasHeading ||= from.hasHeading;
}

/** Characters that are not whitespace. */
export function visibleChars(value: string): number {
  let count = 0;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (!(code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x200b || code === 0x3000)) count++;
  }
  return count;
}

/** The first element with each id, in document order (one walk for all aria-labelledby lookups). */
export function indexIds(doc: Document): Map<string, Element> {
  const byId = new Map<string, Element>();
  for (const element of querySelectorAll(doc, '[id]')) {
    const id = attr(element, 'id');
    if (id && !byId.has(id)) byId.set(id, element);
  }
  return byId;
}
