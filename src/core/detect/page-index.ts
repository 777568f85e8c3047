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
 * author marks) is computed once per element, as `marks` bits; text lengths are measured on first
 * ask and kept.
 */
import {
  attr,
  COMMENT_NODE,
  documentElement,
  ELEMENT_NODE,
  firstChild,
  hasAttrs,
  localName,
  nextSibling,
} from '../read/dom';
import { nodeType, TEXT_NODE } from '../read/dom';
import {
  plainAttr,
  plainAttributeNames,
  plainFirstChild,
  plainHasAttributes,
  plainNextSibling,
  plainNodeValue,
} from '../read/plain';
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

/** What the index keeps of an element's attributes. */
export interface ElementAttributes {
  /** The class and id attributes ("" when absent). */
  className: string;
  id: string;
  /** The role attribute ("" when absent). */
  role: string;
  /** The href attribute; null when absent. */
  href: string | null;
  /** Bits: HAS_ATTRIBUTES, HIDDEN, MODAL_DIALOG, AUTHOR_MARKED, DATE_PUBLISHED. */
  marks: number;
}

/** Text nodes and elements without attributes share this one. */
const NO_ATTRIBUTES: ElementAttributes = Object.freeze({ className: '', id: '', role: '', href: null, marks: 0 });

export interface PageIndex extends WalkTree {
  /** The parent's index; -1 for <html>. */
  parents: number[];
  /** Per node (one shared empty entry for text nodes and elements without attributes). */
  attributes: ElementAttributes[];
  /** Text nodes' lengths with whitespace collapsed and their commas, measured on first ask (textLengthAt). */
  textLengths: Int32Array | null;
  commas: Int32Array | null;
}

/** An index with no nodes (an empty document). */
function emptyIndex(): PageIndex {
  return { nodes: [], texts: [], tags: [], ends: [], parents: [], attributes: [], textLengths: null, commas: null };
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

/**
 * Each node costs a few reads: its type, a text's value or an element's tag, attributes and first
 * child, its next sibling. Pointers are read directly, not through read/dom.ts's clobbering check,
 * for nodes known to be plain (text, comments, elements other than <form>): half the reads.
 */
function* indexSubtreeSteps(root: Element): Steps<PageIndex> {
  const builder = new IndexBuilder(root);
  while (!builder.read(NODES_PER_PAUSE)) yield;
  return builder.index;
}

/**
 * The index being built, between pauses. The loop is a plain method, not the generator's own: V8
 * does not optimise a long loop inside a generator while it runs (no on-stack replacement there).
 */
class IndexBuilder {
  readonly index = emptyIndex();
  /** Open elements: their index, and the next child to read. */
  private readonly open: number[];
  private readonly cursors: (Node | null)[];

  constructor(root: Element) {
    this.open = [addElement(this.index, root, -1)];
    this.cursors = [childOf(root, this.index.tags[0]!)];
  }

  /** Reads up to `count` nodes; true once the whole subtree is read. */
  read(count: number): boolean {
    const { index, open, cursors } = this;
    let left = count;
    while (open.length) {
      const top = open.length - 1;
      const node = cursors[top]!;
      if (!node) {
        index.ends[open.pop()!] = index.nodes.length;
        cursors.pop();
        continue;
      }
      if (left-- === 0) return false;
      const type = nodeType(node);
      if (type === TEXT_NODE) {
        addNode(index, node, open[top]!, '', plainNodeValue(node));
        index.attributes.push(NO_ATTRIBUTES);
        cursors[top] = plainNextSibling(node);
      } else if (type === ELEMENT_NODE) {
        const at = addElement(index, node as Element, open[top]!);
        const tag = index.tags[at]!;
        cursors[top] = tag === 'form' ? nextSibling(node) : plainNextSibling(node);
        open.push(at);
        cursors.push(childOf(node as Element, tag));
      } else {
        cursors[top] = type === COMMENT_NODE ? plainNextSibling(node) : nextSibling(node);
      }
    }
    return true;
  }
}

/** The first child of an element with this tag (a form's pointers are read safely: read/dom.ts). */
function childOf(element: Element, tag: string): Node | null {
  return tag === 'form' ? firstChild(element) : plainFirstChild(element);
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

/** The attributes the index reads, once per element. */
interface Attributes {
  className: string | null;
  id: string | null;
  role: string | null;
  href: string | null;
  hidden: boolean;
  style: string | null;
  ariaHidden: string | null;
  ariaModal: string | null;
  itemprop: string;
  rel: string | null;
}

const READ_NAMES = ['class', 'id', 'role', 'href', 'hidden', 'style', 'aria-hidden', 'aria-modal', 'itemprop', 'rel'];
const READ = new Set(READ_NAMES);

function addElement(index: PageIndex, element: Element, parent: number): number {
  // The element's own localName, when it is a string (one read; a clobbered one is read safely).
  const name: unknown = element.localName;
  const tag = typeof name === 'string' ? name : localName(element);
  const at = addNode(index, element, parent, tag, null);
  const plain = tag !== 'form';
  if (!(plain ? plainHasAttributes(element) : hasAttrs(element))) {
    index.attributes.push(NO_ATTRIBUTES);
    return at;
  }
  const values = readAttributes(element, plain);
  const { itemprop } = values;
  let marks = HAS_ATTRIBUTES;
  if (isHiddenByAttributes(values)) marks |= HIDDEN;
  if (isModalByAttributes(values.ariaModal, values.role)) marks |= MODAL_DIALOG;
  if (values.rel === 'author' || itemprop.includes('author')) marks |= AUTHOR_MARKED;
  if (itemprop.includes('datePublished') && itemprop.split(/\s+/).includes('datePublished')) marks |= DATE_PUBLISHED;
  index.attributes.push({
    className: values.className ?? '',
    id: values.id ?? '',
    role: values.role ?? '',
    href: values.href,
    marks,
  });
  return at;
}

/** The attributes read last (one object, refilled for each element: no garbage per element). */
const scratch: Attributes = {
  className: null,
  id: null,
  role: null,
  href: null,
  hidden: false,
  style: null,
  ariaHidden: null,
  ariaModal: null,
  itemprop: '',
  rel: null,
};

/** The attributes: a plain element's from one call for their names, a form's each asked safely. */
function readAttributes(element: Element, plain: boolean): Attributes {
  const values = scratch;
  values.className = values.id = values.role = values.href = null;
  values.style = values.ariaHidden = values.ariaModal = values.rel = null;
  values.hidden = false;
  values.itemprop = '';
  const names = plain ? plainAttributeNames(element) : READ_NAMES;
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (!READ.has(name)) continue;
    const value = plain ? plainAttr(element, name) : attr(element, name);
    if (value === null) continue;
    switch (name) {
      case 'class':
        values.className = value;
        break;
      case 'id':
        values.id = value;
        break;
      case 'role':
        values.role = value;
        break;
      case 'href':
        values.href = value;
        break;
      case 'hidden':
        values.hidden = true;
        break;
      case 'style':
        values.style = value;
        break;
      case 'aria-hidden':
        values.ariaHidden = value;
        break;
      case 'aria-modal':
        values.ariaModal = value;
        break;
      case 'itemprop':
        values.itemprop = value;
        break;
      case 'rel':
        values.rel = value;
        break;
    }
  }
  return values;
}

/** textLengths of a text node not measured yet. */
const UNMEASURED = -1;

/**
 * Text node i's length with whitespace collapsed: measured on first ask and kept (most script,
 * style and navigation text is never asked for).
 */
export function textLengthAt(index: PageIndex, i: number): number {
  if (!index.textLengths) {
    index.textLengths = new Int32Array(index.nodes.length).fill(UNMEASURED);
    index.commas = new Int32Array(index.nodes.length);
  }
  let length = index.textLengths[i]!;
  if (length === UNMEASURED) {
    const text = index.texts[i] ?? '';
    length = collapsedLength(text);
    index.textLengths[i] = length;
    index.commas![i] = length ? countCommas(text) : 0;
  }
  return length;
}

/** Text node i's commas (counted when it has visible text). */
export function commasAt(index: PageIndex, i: number): number {
  textLengthAt(index, i);
  return index.commas![i]!;
}

/** Whether node i carries mark bit(s) `mark`. */
export function hasMark(index: PageIndex, i: number, mark: number): boolean {
  return (index.attributes[i]!.marks & mark) !== 0;
}

/** class + " " + id of element i, the string Readability-style patterns are matched against (dom.ts classAndId). */
export function namesAt(index: PageIndex, i: number): string {
  const { className, id } = index.attributes[i]!;
  return `${className} ${id}`;
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

/**
 * The length of subtreeText(i).trim() when it is below `max`, else `max`: read only until surely
 * that long (a byline candidate may be a whole article container).
 */
export function trimmedLengthBelow(index: PageIndex, i: number, max: number): number {
  const { texts, ends } = index;
  let text = texts[i] ?? '';
  let checkedAt = 0;
  for (let at = i + 1, end = ends[i]!; at < end; at++) {
    const piece = texts[at];
    if (piece === null) continue;
    text += piece;
    // A prefix's trimmed length never exceeds the whole's: asked again only when the text has doubled.
    if (text.length >= max && text.length >= checkedAt * 2) {
      checkedAt = text.length;
      if (text.trim().length >= max) return max;
    }
  }
  return Math.min(text.trim().length, max);
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
