/** The page walk's record of the nodes it read (./page-walk.ts), and the same record made for one subtree. */
import { attr, joinNames, tagOf } from '../dom';
import { firstChild, hasAttrs, isElement, isText, nextSibling, nodeValue } from '../read/dom';
import { collapsedLength } from '../text';
import { classWeightOf } from './boilerplate';

/**
 * The nodes the walk read, in document order, so that later passes over the article (scoring,
 * cleaning, the body reader) read arrays instead of the DOM again: text nodes with their text and
 * its collapsed length, elements with their tag, class and id, and elements left out without their
 * subtrees. `ends[i]` is the index after node i's subtree.
 */
export interface WalkTree {
  nodes: Node[];
  /** The text of a text node; null for an element. */
  texts: (string | null)[];
  /** A text node's length with whitespace collapsed (collapsedLength); 0 for an element. */
  lengths: number[];
  /** The tag of an element; "" for a text node. */
  tags: string[];
  ends: number[];
  /**
   * An element's class + " " + id (classAndId), null when it has no attributes at all (and for a
   * text node). Not read for elements left out by their tag alone (<script>, <svg>…): their subtrees
   * are never read again.
   */
  names: (string | null)[];
  /** An element's class attribute ("" when none), where `names` is not null. */
  classNames: string[];
  /** The href of each <a> read (null when it has none), by index. */
  hrefs: Map<number, string | null>;
}

export function emptyTree(): WalkTree {
  return { nodes: [], texts: [], lengths: [], tags: [], ends: [], names: [], classNames: [], hrefs: new Map() };
}

/** Records a node (its names unread: null) and returns its index. */
export function recordNode(tree: WalkTree, node: Node, text: string | null, length: number, tag: string): number {
  const index = tree.nodes.length;
  tree.nodes.push(node);
  tree.texts.push(text);
  tree.lengths.push(length);
  tree.tags.push(tag);
  tree.ends.push(index + 1);
  tree.names.push(null);
  tree.classNames.push('');
  return index;
}

/** Reads an element's class and id into the tree (when it has attributes); returns its names or null. */
export function readNames(tree: WalkTree, element: Element, index: number): string | null {
  if (!hasAttrs(element)) return null;
  const className = attr(element, 'class') ?? '';
  const names = joinNames(className, attr(element, 'id') ?? '');
  tree.names[index] = names;
  tree.classNames[index] = className;
  return names;
}

/** The id of the element at `index` ("" when none), from its names. */
export function idAt(tree: WalkTree, index: number): string {
  const names = tree.names[index];
  return names === null || names === undefined ? '' : names.slice(tree.classNames[index]!.length + 1);
}

/** The class of the element at `index` ("" when none). */
export function classAt(tree: WalkTree, index: number): string {
  return tree.classNames[index] ?? '';
}

/** classWeight of the element at `index`, from its class and id as the tree holds them. */
export function classWeightAt(tree: WalkTree, index: number): number {
  return tree.names[index] === null ? 0 : classWeightOf(classAt(tree, index), idAt(tree, index));
}

/** Reads an <a>'s href into the tree; returns it. */
export function readHref(tree: WalkTree, element: Element, index: number): string | null {
  const href = attr(element, 'href');
  tree.hrefs.set(index, href);
  return href;
}

/**
 * An element's subtree read from the DOM, in the walk's tree form, for an article part the walk
 * did not measure (every part the article rules choose is measured; this keeps cleaning whole
 * if one is not). Left-out elements are recorded without their subtrees.
 */
export function subtreeOf(part: Element, skipped: ReadonlySet<Element>): WalkTree {
  const tree = emptyTree();
  const recordElement = (element: Element): number => {
    const tag = tagOf(element);
    const index = recordNode(tree, element, null, 0, tag);
    readNames(tree, element, index);
    if (tag === 'a') readHref(tree, element, index);
    return index;
  };
  const stack: { index: number; cursor: Node | null }[] = [{ index: recordElement(part), cursor: firstChild(part) }];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.cursor;
    if (!node) {
      stack.pop();
      tree.ends[frame.index] = tree.nodes.length;
      continue;
    }
    frame.cursor = nextSibling(node);
    if (isText(node)) {
      const text = nodeValue(node);
      recordNode(tree, node, text, collapsedLength(text), '');
    } else if (isElement(node)) {
      const index = recordElement(node);
      if (!skipped.has(node)) stack.push({ index, cursor: firstChild(node) });
    }
  }
  return tree;
}
