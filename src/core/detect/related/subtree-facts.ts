/**
 * What the page index (./page-index.ts) reads of an element and of its subtree: the tag, parent and attributes of
 * an element the page walk measured as the walk read them (../page-walk.ts), others from the DOM with the same
 * answers; the visible text, link text and link counts of a subtree, each element walked once.
 */
import { firstChildOf, hasAttrs, localName, nextSiblingOf, nodeType, nodeValue } from '../../read/dom';
import { isPictureTag } from '../../read/pictures';
import { HEADING_TAGS } from '../../read/tags';
import { hrefOf, type PageWalk, walkParentOf } from '../page-walk';
import { attributesAt, type WalkTree } from '../walk-tree';
import { ANY_ATTRIBUTE } from '../../read/attribute-bits';
import { addFacts, emptyFacts, visibleChars } from './page-facts';
import { isHiddenByAttributes } from './visibility';

export interface Facts {
  /** Visible text characters, whitespace not counted. */
  text: number;
  /** Of those, the characters inside links. */
  linkText: number;
  /** Links (<a href>) inside, the element itself included. */
  links: number;
  /** An <img> (or <picture>) inside. */
  hasPicture: boolean;
  /** A heading element (h1–h6) inside, the element itself included. */
  hasHeading: boolean;
}

/** Elements whose content is never shown as text. */
export const UNREAD = new Set(['script', 'style', 'template', 'noscript', 'svg']);
/** Content of these is not shown (and is plain text to a browser with scripts on). */
const UNSHOWN = new Set(['noscript', 'template']);

export class SubtreeFacts {
  /** Facts of elements read from the DOM (outside the walk's tree). */
  readonly #factsMemo = new Map<Element, Facts>();
  /**
   * Facts of elements read from the walk's tree, by their place in it: 1 + their place in #factsRead, 0 for none (a
   * typed array read, no Map per element; a plain array written first far into a long page's tree is a slow
   * dictionary). Made when first written.
   */
  #factsSlots: Int32Array | null = null;
  readonly #factsRead: Facts[] = [];
  /** Partial facts of walks stopped early (factsUpTo): their text is a lower bound. */
  readonly #cutMemo = new Map<Element, Facts>();
  /** Nodes the subtree walks have read so far (the stage's pauses count them: related/pauses.ts). */
  nodesRead = 0;

  /**
   * `walk`: the page walk of the analysis: what it read of an element it measured (tag, parent, no attributes, not
   * hidden) is not read again; other elements are read from the DOM.
   */
  readonly #walk: Pick<PageWalk, 'measures' | 'tree'> | undefined;
  constructor(walk?: Pick<PageWalk, 'measures' | 'tree'>) {
    this.#walk = walk;
  }

  /** Visible text and link text of the element: as the page walk measured it (no subtree read), else its facts. */
  sizes(element: Element): { text: number; links: number } {
    const measure = this.#walk?.measures.get(element);
    if (measure) return measure;
    const facts = this.facts(element);
    return { text: facts.text, links: facts.linkText };
  }

  /** The element's localName. */
  tag(element: Element): string {
    const measure = this.#walk?.measures.get(element);
    if (measure) return this.#walk!.tree.tags[measure.index]!;
    // Remembered outside the walk: the climbs (hidden, navigation, class words, lines) ask of the same ancestors.
    let tag = this.#tags.get(element);
    if (tag === undefined) {
      tag = localName(element);
      this.#tags.set(element, tag);
    }
    return tag;
  }
  readonly #tags = new Map<Element, string>();

  /** The element's parent element. */
  parent(element: Element): Element | null {
    // Remembered: the climbs (hidden, navigation, class words, lines) each ask, and outside the walk it is a DOM read.
    let parent = this.#parents.get(element);
    if (parent === undefined) {
      parent = walkParentOf(this.#walk, element);
      this.#parents.set(element, parent);
    }
    return parent;
  }
  readonly #parents = new Map<Element, Element | null>();

  /** Whether the element has attributes (the walk read class and id of those that have). `plain`: as attr. */
  hasAttrs(element: Element, plain = this.tag(element) !== 'form'): boolean {
    const measure = this.#walk?.measures.get(element);
    if (measure) return this.#walk!.tree.names[measure.index] !== null;
    // Remembered outside the walk: the hidden, navigation, class-word and name reads each ask.
    let has = this.#hasAttrs.get(element);
    if (has === undefined) {
      has = hasAttrs(element, plain);
      this.#hasAttrs.set(element, has);
    }
    return has;
  }
  readonly #hasAttrs = new Map<Element, boolean>();

  /** Which attributes the element has (read/attribute-bits.ts): as the walk read them, else ANY_ATTRIBUTE. */
  attributes(element: Element): number {
    const measure = this.#walk?.measures.get(element);
    return measure ? attributesAt(this.#walk!.tree, measure.index) : ANY_ATTRIBUTE;
  }

  /**
   * The places in the walk's tree of two elements it measured under one parent, `first` not after `last`: the
   * siblings between them are read there (tags, texts, the next sibling's place). Null when the walk measured either
   * not.
   */
  siblingPlaces(first: Element, last: Element): { tree: WalkTree; from: number; to: number } | null {
    const measures = this.#walk?.measures;
    const from = measures?.get(first);
    const to = from && measures!.get(last);
    if (!to || from!.parent === null || from!.parent !== to.parent || from!.index > to.index) return null;
    return { tree: this.#walk!.tree, from: from!.index, to: to.index };
  }

  /** The parent of an element the walk measured below its root, else null: the walk stepped into neither hidden. */
  protected measuredParent(element: Element): Element | null {
    return this.#walk?.measures.get(element)?.parent ?? null;
  }

  /** Hidden by its own markup or never shown (the walk left such elements out: none it measured below its root is). */
  protected hiddenItself = (element: Element): boolean =>
    this.measuredParent(element) ? false : this.#hiddenByMarkup(element) || UNSHOWN.has(this.tag(element));

  /** isHiddenElement of elements the walk did not measure, read once (the climbs and the subtree walks both ask). */
  readonly #ownHidden = new Map<Element, boolean>();
  #hiddenByMarkup(element: Element, tag = this.tag(element)): boolean {
    let hidden = this.#ownHidden.get(element);
    if (hidden === undefined) {
      // The read layer's isHiddenElement, told plain by the tag read already (no read of the tag per attribute).
      const plain = tag !== 'form';
      hidden = this.hasAttrs(element, plain) && isHiddenByAttributes(element, plain);
      this.#ownHidden.set(element, hidden);
    }
    return hidden;
  }

  /** Visible text, link text and link counts of the element's subtree (one iterative walk, each element once). */
  facts(root: Element): Facts {
    return this.factsUpTo(root, Infinity);
  }

  /**
   * facts(), read only until the subtree's text passes `limit`: exact when its text is at most `limit`; else its
   * `text` is more than `limit` and the other counts are partial. Most questions are "is this short?" (a label, a
   * line between teasers): a big wrapper (the article itself) is then not walked to its end.
   */
  factsUpTo(root: Element, limit: number): Facts {
    const rootIndex = this.#walk?.measures.get(root)?.index ?? -1;
    const known = rootIndex < 0 ? this.#factsMemo.get(root) : this.#factsAt(rootIndex);
    if (known) return known;
    const cut = this.#cutMemo.get(root);
    if (cut && cut.text > limit) return cut;
    // A leaf is read whole unless the limit is below 0 (the walk below tests `seen`, 0, before reading its text).
    const leaf = rootIndex < 0 || limit < 0 ? null : this.#leafFacts(root, rootIndex, this.tag(root));
    if (leaf) return leaf;
    // An element the page walk measured is read from its tree (tags, texts, the next sibling's place: no DOM read);
    // others from the DOM. Only text and elements are read: past `limit`, the walk stops before the next of them.
    interface Frame {
      element: Element;
      /** Its place in the walk's tree, -1 when read from the DOM. */
      index: number;
      tag: string; // its localName, read once
      facts: Facts;
      child: Node | null;
      /** In the walk's tree: the index of the next child, and the end of the element's subtree. */
      at: number;
      end: number;
    }
    const tree = this.#walk?.tree;
    // `index`: the element's place in the walk's tree, -1 when read from the DOM (the subtree of an element the walk
    // left out: nothing in it was measured).
    const frameOf = (element: Element, tag: string, index: number): Frame => ({
      element,
      index,
      tag,
      facts: emptyFacts(),
      child: index < 0 ? firstChildOf(element, tag !== 'form') : null,
      at: index + 1,
      end: index < 0 ? 0 : tree!.ends[index]!,
    });
    const stack: Frame[] = [frameOf(root, this.tag(root), rootIndex)];
    let done: Facts = emptyFacts();
    // Text read so far in the whole subtree: past `limit`, the walk stops.
    let seen = 0;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      let node: Node | null;
      let type: number;
      // A DOM child's tag, read before its sibling pointer: the tag tells the read layer it is plain (isPlain).
      let tag = '';
      let at = -1;
      if (frame.at < frame.end) {
        at = frame.at;
        node = tree!.nodes[at]!;
        frame.at = tree!.ends[at]!;
        type = tree!.tags[at] ? 1 : 3;
      } else {
        node = frame.child;
        if (node) {
          type = nodeType(node);
          if (type === 1) tag = localName(node);
          frame.child = nextSiblingOf(node, type === 3 || type === 8 || (type === 1 && tag !== 'form'));
          if (type !== 1 && type !== 3) continue;
        } else type = 0;
      }
      if (!node) {
        stack.pop();
        const { element, index, tag, facts } = frame;
        done = this.#closed(element, index, tag, facts);
        const parent = stack[stack.length - 1];
        if (parent) addFacts(parent.facts, facts);
        continue;
      }
      if (seen > limit) return this.#cutShort(stack);
      this.nodesRead++;
      if (type === 3) {
        const chars = visibleChars((at < 0 ? nodeValue(node) : tree!.texts[at]) ?? '');
        frame.facts.text += chars;
        seen += chars;
      } else {
        const element = node as Element;
        if (at >= 0) tag = tree!.tags[at]!;
        if (UNREAD.has(tag)) continue;
        // The walk measured no hidden element, and read the subtree of none it left out (nor of a hidden one).
        let index = -1;
        if (at >= 0 && (tree!.ends[at]! > at + 1 || this.#walk!.measures.has(element))) index = at;
        else if (this.#hiddenByMarkup(element, tag)) continue;
        const memo = index < 0 ? this.#factsMemo.get(element) : this.#factsAt(index);
        if (memo) {
          addFacts(frame.facts, memo);
          seen += memo.text;
        } else {
          // No cut falls inside a leaf: its text would be read after a test of `seen` with the value this element
          // passed.
          const leaf = index < 0 ? null : this.#leafFacts(element, index, tag);
          if (leaf) {
            addFacts(frame.facts, leaf);
            seen += leaf.text;
          } else stack.push(frameOf(element, tag, index));
        }
      }
    }
    return done;
  }

  /**
   * The facts of an element the walk read whole (one text entry below it: a link, a span; ../walk-tree.ts
   * readLeafText), with no frame of the walk below; null for others. `index`: its place in the walk's tree.
   */
  #leafFacts(element: Element, index: number, tag: string): Facts | null {
    const tree = this.#walk!.tree;
    if (tree.ends[index] !== index + 2 || tree.tags[index + 1]) return null;
    this.nodesRead++; // its text entry
    const facts = emptyFacts();
    facts.text = visibleChars(tree.texts[index + 1] ?? '');
    return this.#closed(element, index, tag, facts);
  }

  /** An element's facts once its subtree is read: what the element itself adds, then kept. Returns them. */
  #closed(element: Element, index: number, tag: string, facts: Facts): Facts {
    if (tag === 'a' && hrefOf(this.#walk, element) !== null) {
      facts.links++;
      facts.linkText = facts.text;
    } else if (isPictureTag(tag)) facts.hasPicture = true;
    else if (HEADING_TAGS.has(tag)) facts.hasHeading = true;
    if (index < 0) this.#factsMemo.set(element, facts);
    else {
      this.#factsSlots ??= new Int32Array(this.#walk!.tree.nodes.length);
      this.#factsSlots[index] = this.#factsRead.push(facts);
    }
    return facts;
  }

  /** The facts kept of the element at `index` of the walk's tree. */
  #factsAt(index: number): Facts | undefined {
    const slot = this.#factsSlots?.[index];
    return slot ? this.#factsRead[slot - 1] : undefined;
  }

  /** The partial facts of a walk stopped early: each open element's counts so far, added up to the root's. */
  #cutShort(stack: { element: Element; facts: Facts }[]): Facts {
    for (let i = stack.length - 1; i > 0; i--) addFacts(stack[i - 1]!.facts, stack[i]!.facts);
    const facts = stack[0]!.facts;
    this.#cutMemo.set(stack[0]!.element, facts);
    return facts;
  }
}
