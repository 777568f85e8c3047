/**
 * The page index: one walk over the whole document that copies what the rules keep asking about
 * each node into flat arrays, so that the page scan (metadata), the article walk, the article
 * selection, cleaning and the body reader read arrays instead of the DOM. In a browser every DOM
 * read crosses the bindings (and the first touch of a node makes a wrapper object); here each node
 * is read once, each element's attributes with one call for their names.
 *
 * Nodes are in document order from <html> (index 0): elements and text nodes (comments are left
 * out). Node i's subtree is i + 1 .. ends[i] - 1, so a reader steps to the next sibling with
 * `ends[i]` and never follows a pointer. The index is a WalkTree (./walk-tree.ts): cleaning and the
 * body reader read it as the page walk's record.
 *
 * Caching lives here, not in the rules: what is derived from attributes (hidden, a modal dialog,
 * author marks) is computed once per element, as `marks` bits.
 */
import {
  attributeNames,
  documentElement,
  ELEMENT_NODE,
  firstChild,
  hasAttrs,
  localName,
  nextSibling,
  nodeType,
  nodeValue,
  presentAttr,
  TEXT_NODE,
} from '../read/dom';
import { collapsedLength, countCommas } from '../read/text';
import { isHiddenByAttributes, isModalByAttributes } from '../read/visibility';
import { NODES_PER_PAUSE, runToEnd, type Steps } from '../steps';
import type { WalkTree } from './walk-tree';

/** Bits of `PageIndex.marks`. */
/** The element has attributes at all (most rules need none of them otherwise). */
export const HAS_ATTRIBUTES = 1;
/** Hidden by markup (read/visibility.ts: `hidden`, aria-hidden, inline display:none). */
export const HIDDEN = 2;
/** A modal dialog (aria-modal="true" role="dialog"). */
export const MODAL_DIALOG = 4;
/** rel="author", or an itemprop that names an author. */
export const AUTHOR_MARKED = 8;
/** An itemprop that lists "datePublished". */
export const DATE_PUBLISHED = 16;

export interface PageIndex extends WalkTree {
  /** The parent's index; -1 for <html>. */
  parents: number[];
  /** A text node's length with whitespace collapsed (read/text.ts); 0 for elements. */
  textLengths: number[];
  /** A text node's commas (counted when it has visible text); 0 for elements. */
  commas: number[];
  /** An element's class and id attributes ("" when absent or for text). */
  classNames: string[];
  ids: string[];
  /** An element's role attribute ("" when absent). */
  roles: string[];
  /** An element's href attribute; null when it has none. */
  hrefs: (string | null)[];
  /** Bits per node: HAS_ATTRIBUTES, HIDDEN, MODAL_DIALOG, AUTHOR_MARKED, DATE_PUBLISHED. */
  marks: number[];
}

/** An index with no nodes (an empty document). */
function emptyIndex(): PageIndex {
  return {
    nodes: [],
    texts: [],
    tags: [],
    ends: [],
    parents: [],
    textLengths: [],
    commas: [],
    classNames: [],
    ids: [],
    roles: [],
    hrefs: [],
    marks: [],
  };
}

export function indexPage(doc: Document): PageIndex {
  return runToEnd(indexPageSteps(doc));
}

/** indexPage in steps (../steps.ts): it pauses every NODES_PER_PAUSE nodes. */
export function* indexPageSteps(doc: Document): Steps<PageIndex> {
  const root = documentElement(doc);
  return root ? yield* indexSubtreeSteps(root) : emptyIndex();
}

/** An index of one element's subtree (index 0 is the element): for an element in no document. */
export function indexSubtree(root: Element): PageIndex {
  return runToEnd(indexSubtreeSteps(root));
}

function* indexSubtreeSteps(root: Element): Steps<PageIndex> {
  const index = emptyIndex();
  // Open elements: their index, and the next child to read.
  const open: number[] = [addElement(index, root, -1)];
  const cursors: (Node | null)[] = [firstChild(root)];
  let untilPause = NODES_PER_PAUSE;
  while (open.length) {
    const top = open.length - 1;
    const node = cursors[top]!;
    if (!node) {
      index.ends[open.pop()!] = index.nodes.length;
      cursors.pop();
      continue;
    }
    if (--untilPause === 0) {
      untilPause = NODES_PER_PAUSE;
      yield;
    }
    cursors[top] = nextSibling(node);
    const type = nodeType(node);
    if (type === TEXT_NODE) addText(index, node, open[top]!);
    else if (type === ELEMENT_NODE) {
      open.push(addElement(index, node as Element, open[top]!));
      cursors.push(firstChild(node));
    }
  }
  return index;
}

function addNode(index: PageIndex, node: Node, parent: number, tag: string, text: string | null): number {
  const at = index.nodes.length;
  index.nodes.push(node);
  index.tags.push(tag);
  index.texts.push(text);
  index.ends.push(at + 1);
  index.parents.push(parent);
  return at;
}

function addText(index: PageIndex, node: Node, parent: number): void {
  const text = nodeValue(node);
  addNode(index, node, parent, '', text);
  const length = collapsedLength(text);
  index.textLengths.push(length);
  index.commas.push(length ? countCommas(text) : 0);
  index.classNames.push('');
  index.ids.push('');
  index.roles.push('');
  index.hrefs.push(null);
  index.marks.push(0);
}

function addElement(index: PageIndex, element: Element, parent: number): number {
  const at = addNode(index, element, parent, localName(element), null);
  index.textLengths.push(0);
  index.commas.push(0);
  if (!hasAttrs(element)) {
    index.classNames.push('');
    index.ids.push('');
    index.roles.push('');
    index.hrefs.push(null);
    index.marks.push(0);
    return at;
  }
  let className: string | null = null;
  let id: string | null = null;
  let role: string | null = null;
  let href: string | null = null;
  let hidden = false;
  let style: string | null = null;
  let ariaHidden: string | null = null;
  let ariaModal: string | null = null;
  let itemprop = '';
  let rel: string | null = null;
  for (const name of attributeNames(element)) {
    switch (name) {
      case 'class':
        className = presentAttr(element, name);
        break;
      case 'id':
        id = presentAttr(element, name);
        break;
      case 'role':
        role = presentAttr(element, name);
        break;
      case 'href':
        href = presentAttr(element, name);
        break;
      case 'hidden':
        hidden = true;
        break;
      case 'style':
        style = presentAttr(element, name);
        break;
      case 'aria-hidden':
        ariaHidden = presentAttr(element, name);
        break;
      case 'aria-modal':
        ariaModal = presentAttr(element, name);
        break;
      case 'itemprop':
        itemprop = presentAttr(element, name) ?? '';
        break;
      case 'rel':
        rel = presentAttr(element, name);
        break;
    }
  }
  let marks = HAS_ATTRIBUTES;
  if (isHiddenByAttributes({ hidden, style, ariaHidden, className, id })) marks |= HIDDEN;
  if (isModalByAttributes(ariaModal, role)) marks |= MODAL_DIALOG;
  if (rel === 'author' || itemprop.includes('author')) marks |= AUTHOR_MARKED;
  if (itemprop.includes('datePublished') && itemprop.split(/\s+/).includes('datePublished')) marks |= DATE_PUBLISHED;
  index.classNames.push(className ?? '');
  index.ids.push(id ?? '');
  index.roles.push(role ?? '');
  index.hrefs.push(href);
  index.marks.push(marks);
  return at;
}

/** Whether node i carries mark bit(s) `mark`. */
export function hasMark(index: PageIndex, i: number, mark: number): boolean {
  return (index.marks[i]! & mark) !== 0;
}

/** class + " " + id of element i, the string Readability-style patterns are matched against (dom.ts classAndId). */
export function namesAt(index: PageIndex, i: number): string {
  return `${index.classNames[i]} ${index.ids[i]}`;
}

/** The text below node i as `textContent` gives it (every text node, script text included). */
export function subtreeText(index: PageIndex, i: number): string {
  const { texts, ends } = index;
  if (texts[i] !== null) return texts[i]!;
  let text = '';
  for (let at = i + 1, end = ends[i]!; at < end; at++) {
    const piece = texts[at];
    if (piece !== null) text += piece;
  }
  return text;
}

/** The index of a node, or -1 when it is not in the index (a linear search: for a few lookups, such as the body's). */
export function positionOf(index: PageIndex, node: Node): number {
  return index.nodes.indexOf(node);
}

/** The element children of element i, as indices in order. */
export function childElementsAt(index: PageIndex, i: number): number[] {
  const children: number[] = [];
  for (let at = i + 1, end = index.ends[i]!; at < end; at = index.ends[at]!) if (index.tags[at]) children.push(at);
  return children;
}
