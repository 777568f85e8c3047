/**
 * The page index of one analysis: what the related-story rules keep asking about an element (its
 * visible text length, link text length, link count, class / id hints, hidden, its label), each
 * computed once and remembered here, so the rules stay small pure predicates.
 */
import { attr } from '../../dom';
import { firstChild, nextSibling, nodeType, previousElementSibling, querySelector } from '../../read/dom';
import type { PageWalk } from '../page-walk';
import { hintKind, type HintKind } from './hints';
import {
  isToggleLink,
  isSeeAllLink,
  isOneLinkLine,
  sameMarkup,
  isNavigationLandmark,
  rootChains,
  indexIds,
} from './page-facts';
import { MAX_LABEL_CHARS } from './lexicon';
import { attributeHints, boundedText, collapseWhitespace } from './text';
import { HEADING_TAGS } from '../../read/tags';
import { SubtreeFacts, UNREAD } from './subtree-facts';
import { ARIA_NAME, HINTING, ROLE } from '../../read/attribute-bits';
import { rememberedItemShare } from '../body-links';
import { memoized } from '../../read/memo';

export type { Facts } from './subtree-facts';

export type Position = 'before' | 'inside' | 'after' | 'around' | 'unknown';

export interface Label {
  text: string;
  /**
   * Where it came from: 'aria' (the block's accessible name), 'heading' (a heading inside), 'before' (the line
   * before), 'alt'.
   */
  source: 'aria' | 'heading' | 'before' | 'alt';
}

/** Siblings before a block read to find its label (a heading may sit after an icon or an empty ad slot). */
const MAX_LABEL_SIBLINGS = 3;
/** Levels above a block climbed to find its label (list → wrapper → section with the heading). */
const MAX_LABEL_LEVELS = 5;
/**
 * Siblings stepped over between a block and its label: a "See all" link, an earlier part of the same list (or an
 * earlier one-link line under the same label; at 5, ad lines under a label joined: docs/quality.md).
 * More of them is a list of links, not a label's neighbourhood (and reading on would cost each item the list).
 */
const MAX_SKIPPED_SIBLINGS = 2;

export class PageIndex extends SubtreeFacts {
  readonly #hiddenMemo = new Map<Element, boolean>();
  readonly #hintMemo = new Map<Element, HintKind | null>();
  readonly #navMemo = new Map<Element, Element | null>();
  readonly #labelMemo = new Map<Element, Label | null>();
  readonly #positionMemo = new Map<Element, Position>();
  #byId: Map<string, Element> | null = null;
  readonly #doc: Document;
  #rootChains: { around: Set<Element>; firstRootChain: Set<Element> } | null = null;
  /** A list item's link share, read once (promo lines of a long list each read their siblings: body-links.ts). */
  readonly itemShare = rememberedItemShare();
  /** What a class / id string says, read once per string (a list's items repeat theirs). */
  readonly #kindOf = memoized(hintKind);
  /** `walk`: the analysis' page walk (./subtree-facts.ts). */
  constructor(
    doc: Document,
    readonly roots: readonly Element[],
    walk?: Pick<PageWalk, 'measures' | 'tree'>,
  ) {
    super(walk);
    this.#doc = doc;
  }

  /** A navigation landmark itself. */
  #landmarkItself = (element: Element): Element | null =>
    isNavigationLandmark(element, this.tag(element), this.hasAttrs(element) && (this.attributes(element) & ROLE) !== 0)
      ? element
      : null;

  /**
   * Hidden by itself or by an ancestor (markup only: hidden, aria-hidden, inline display:none), or inside <noscript> /
   * <template>.
   */
  hidden(element: Element): boolean {
    // An element the walk measured is hidden as its parent is (asked for every article link: one memo read, no climb).
    const parent = this.measuredParent(element);
    return this.#inherited(this.#hiddenMemo, parent ?? element, this.hiddenItself, false, false);
  }

  /** What the element's own class / id / aria-label words say. */
  hint(element: Element): HintKind | null {
    let value = this.#hintMemo.get(element);
    if (value === undefined) {
      // Its tag read once (hasAttrs would read it again for `plain`).
      const plain = this.tag(element) !== 'form';
      // An element the walk read without a hinting attribute (most links, bare blocks) says nothing: no DOM read.
      const bits = this.attributes(element);
      value = bits & HINTING ? this.#kindOf(attributeHints(element, plain, this.hasAttrs(element, plain), bits)) : null;
      this.#hintMemo.set(element, value);
    }
    return value;
  }

  /** The nearest navigation landmark holding the element (itself included), or null. */
  navigation(element: Element): Element | null {
    return this.#inherited(this.#navMemo, element, this.#landmarkItself, null, true);
  }

  /**
   * A value an element inherits from its nearest ancestor (itself included) whose own value is
   * truthy, else `none`; remembered for every element on the way (one climb, no recursion).
   * `rootsStop`: the article's container passes nothing down (navigation never holds the article).
   */
  #inherited<T>(memo: Map<Element, T>, element: Element, own: (element: Element) => T, none: T, rootsStop: boolean): T {
    const path: Element[] = [];
    let value = none;
    for (let current: Element | null = element; current; current = this.parent(current)) {
      const known = memo.get(current);
      if (known !== undefined) {
        value = known;
        break;
      }
      path.push(current);
      const mine = own(current);
      if (mine) {
        value = mine;
        break;
      }
      if (rootsStop && this.roots.includes(current)) break;
    }
    for (const entry of path) memo.set(entry, value);
    return value;
  }

  /** Where the element stands against the article: before it, inside it, after it, or around it (a page wrapper). */
  position(element: Element): Position {
    const known = this.#positionMemo.get(element);
    if (known !== undefined) return known;
    if (!this.roots.length) return 'unknown';
    this.#rootChains ??= rootChains(this.roots);
    const { around, firstRootChain } = this.#rootChains;
    if (around.has(element)) return 'around';
    // Climb to the first ancestor that holds the (first) article root: the branch the element is on
    // stands before or after the root's branch. Every element on the way shares the answer.
    const path: Element[] = [];
    let value: Position | undefined;
    let branch: Element = element;
    for (;;) {
      const memo = this.#positionMemo.get(branch);
      if (memo !== undefined) {
        value = memo;
        break;
      }
      // A wrapper of another root is "around" that root: it keeps its own answer.
      if (!around.has(branch)) path.push(branch);
      const parent = this.parent(branch);
      if (!parent) {
        value = 'after';
        break;
      }
      if (this.roots.includes(parent)) {
        value = 'inside';
        break;
      }
      if (firstRootChain.has(parent)) {
        value = this.#sideOf(parent, branch);
        break;
      }
      branch = parent;
    }
    for (const entry of path) this.#positionMemo.set(entry, value);
    return value;
  }

  /** Whether `child` of `parent` (an ancestor of the first root) stands before or after the root's branch. */
  #sideOf(parent: Element, child: Element): Position {
    const { firstRootChain } = this.#rootChains!;
    let side: Position = 'before';
    for (let node = firstChild(parent); node; node = nextSibling(node)) {
      if (nodeType(node) !== 1) continue;
      if (firstRootChain.has(node as Element)) side = 'after';
      else if (node === child) return side;
    }
    return 'after';
  }

  /**
   * The block's label: its accessible name, a heading inside it before its first item, or the short
   * line just before it (climbing a few wrappers that hold nothing else before the block).
   * `firstItem`: the block's first item, so a heading inside the block is told from a teaser's.
   */
  label(block: Element, firstItem: Element | null = null): Label | null {
    // Runs of one block have their own labels: remembered by the run's first item.
    const key = firstItem ?? block;
    let value = this.#labelMemo.get(key);
    if (value === undefined) {
      value = this.#findLabel(block, firstItem);
      this.#labelMemo.set(key, value);
    }
    return value;
  }

  #findLabel(block: Element, firstItem: Element | null): Label | null {
    const own = this.accessibleName(block);
    if (own) return { text: own, source: 'aria' };
    let skipped = 0;
    // The nearest label line among the elements before `start`: a label, null when content comes first (no label), or
    // undefined when nothing was read. `current`: the element whose siblings these are (a block or an ancestor of it),
    // whose earlier parts are skipped; null inside the block, before its first item.
    const labelBefore = (start: Element, current: Element | null): Label | null | undefined => {
      let scanned = 0;
      for (
        let sibling = previousElementSibling(start);
        sibling && scanned < MAX_LABEL_SIBLINGS;
        sibling = previousElementSibling(sibling)
      ) {
        if (UNREAD.has(this.tag(sibling)) || this.hidden(sibling)) continue;
        const facts = this.factsUpTo(sibling, MAX_LABEL_CHARS);
        if (facts.text === 0 && !facts.hasPicture) continue;
        // A sibling with the same markup is an earlier part of the same list (a second row of teasers): the label is
        // before it.
        // So is a one-link line of the same tag: an earlier line under the same label ("Related:", bare headlines).
        if (
          current &&
          skipped < MAX_SKIPPED_SIBLINGS &&
          (sameMarkup(sibling, current) ||
            (this.tag(sibling) === this.tag(current) &&
              isOneLinkLine(facts) &&
              isOneLinkLine(this.factsUpTo(current, MAX_LABEL_CHARS))))
        ) {
          skipped++;
          continue;
        }
        const label = this.#labelElementText(sibling);
        if (label) return current ? { ...label, source: label.source === 'alt' ? 'alt' : 'before' } : label;
        if (isSeeAllLink(facts) && skipped++ < MAX_SKIPPED_SIBLINGS) continue;
        scanned++;
        // Content before the block: it has no label.
        if (facts.text > MAX_LABEL_CHARS || facts.links > 0) return null;
      }
      return scanned ? null : undefined;
    };
    // Inside the block, the nearest line before its first item (a heading above a list of teasers).
    const inside = firstItem ? labelBefore(firstItem, null) : undefined;
    if (inside !== undefined) return inside;
    let current: Element = block;
    for (let level = 0; level <= MAX_LABEL_LEVELS; level++) {
      const before = labelBefore(current, current);
      if (before !== undefined) return before;
      const parent = this.parent(current);
      if (!parent || this.tag(parent) === 'body' || this.roots.includes(parent)) return null;
      const name = this.accessibleName(parent);
      if (name) return { text: name, source: 'aria' };
      current = parent;
    }
    return null;
  }

  /** A label element's text: a short heading, or a short line without links; an image's alt when it has no text. */
  #labelElementText(element: Element): Label | null {
    const tag = this.tag(element);
    if (UNREAD.has(tag)) return null;
    const facts = this.factsUpTo(element, MAX_LABEL_CHARS);
    if (facts.text === 0) {
      if (!facts.hasPicture || facts.links > 0) return null;
      const alt = collapseWhitespace(attr(element, 'alt') ?? querySelector(element, 'img[alt]')?.getAttribute('alt'));
      return alt && alt.length <= MAX_LABEL_CHARS ? { text: alt, source: 'alt' } : null;
    }
    if (facts.text > MAX_LABEL_CHARS) return null;
    // A heading may hold one link ("More from <a>Politics</a>"); any other line with links is content.
    // A link that leads nowhere ("#", "javascript:…") is a toggle: its text is a label (a collapsible box's title).
    // The role is read only when it decides (a line of no link needs none).
    const allowedLinks =
      facts.links > 0 &&
      (facts.hasHeading ||
        HEADING_TAGS.has(tag) ||
        (this.attributes(element) & ROLE && attr(element, 'role') === 'heading'))
        ? 1
        : 0;
    if (facts.links > allowedLinks && !(facts.links === 1 && facts.linkText === facts.text && isToggleLink(element)))
      return null;
    const text = boundedText(element, MAX_LABEL_CHARS);
    return text ? { text, source: 'heading' } : null;
  }

  /** aria-label, or the text of the elements aria-labelledby names. */
  accessibleName(element: Element): string | null {
    if (!this.hasAttrs(element) || !(this.attributes(element) & ARIA_NAME)) return null;
    const label = collapseWhitespace(attr(element, 'aria-label'));
    if (label) return label.length <= MAX_LABEL_CHARS ? label : null;
    const ids = attr(element, 'aria-labelledby');
    if (!ids) return null;
    this.#byId ??= indexIds(this.#doc);
    const text = ids
      .split(/\s+/)
      .map((id) => {
        const e = this.#byId!.get(id);
        return e ? boundedText(e, MAX_LABEL_CHARS) : '';
      })
      .join(' ')
      .trim();
    return text && text.length <= MAX_LABEL_CHARS ? text : null;
  }
}
