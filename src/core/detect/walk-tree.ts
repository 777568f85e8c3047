/** The page walk's record of the nodes it read (./page-walk.ts), and the same record made for one subtree. */
import { classAndId, tagOf } from '../dom';
import { collapsedLength } from '../text';
import { CLASS, ID } from '../read/attribute-bits';
import { attributeBits } from '../read/attribute-names';
import {
  firstChild,
  firstElementChild,
  hasAttrs,
  isElement,
  isText,
  nextSibling,
  nodeValue,
  textContent,
} from '../read/dom';

/**
 * The nodes the walk read, in document order, so that later passes over the article (cleaning,
 * the body reader) read arrays instead of the DOM again: text with its text, elements with their
 * tag and their class and id, and elements left out without their subtrees. `ends[i]` is the
 * index after node i's subtree. The text of an element without element children is one entry
 * (readLeafText), whose node is the element itself; other text entries are text nodes.
 */
export interface WalkTree {
  nodes: Node[];
  /** The text of a text entry; null for an element. */
  texts: (string | null)[];
  /**
   * The length of a text entry's text with whitespace runs made one (collapsedLength), as the walk measured it: the
   * cleaning reads it instead of scanning the article's text again; 0 for an element.
   */
  lengths: number[];
  /** The tag of an element; "" for a text entry. */
  tags: string[];
  ends: number[];
  /**
   * An element's class + " " + id (classAndId), null when it has no attributes at all (and for a
   * text node). Not read for elements left out by their tag alone (<script>, <svg>…): their subtrees
   * are never read again.
   */
  names: (string | null)[];
  /**
   * By index: a link's weight as link text (linkWeightOf) as the page walk measured it, so that each cleaning does
   * not ask again; 0 for other nodes, for a named anchor (none: asked again) and in subtreeOf's trees. Made
   * once the tree is whole (an array set for links only fell into slow elements on many pages, and
   * one entry pushed per node slowed the walk).
   */
  linkWeights: Float64Array;
  /**
   * By index: which of the attributes the analysis asks about an element has (read/attribute-bits.ts), read with its
   * names (readNames); 0 for an element without attributes and for other nodes. Grown as the walk goes (doubling):
   * read it with `?? 0` past its end.
   */
  attributes: Uint16Array;
}

export function emptyTree(): WalkTree {
  return {
    nodes: [],
    texts: [],
    lengths: [],
    tags: [],
    ends: [],
    names: [],
    linkWeights: new Float64Array(0),
    attributes: new Uint16Array(0),
  };
}

/** Records a node (its names unread: null) and returns its index. `length`: a text's collapsedLength. */
export function recordNode(tree: WalkTree, node: Node, text: string | null, tag: string, length = 0): number {
  const index = tree.nodes.length;
  tree.nodes.push(node);
  tree.texts.push(text);
  tree.lengths.push(length);
  tree.tags.push(tag);
  tree.ends.push(index + 1);
  tree.names.push(null);
  return index;
}

/**
 * Reads an element's class and id into the tree (when it has attributes); returns them (classAndId) or null.
 * `plain`: whether the element is plain (isPlain), when the caller knows it from its tag.
 */
export function readNames(tree: WalkTree, element: Element, index: number, plain?: boolean): string | null {
  if (!hasAttrs(element, plain)) return null;
  const bits = attributeBits(element, plain);
  if (index >= tree.attributes.length) {
    const grown = new Uint16Array(Math.max(ATTRIBUTES_FIRST_LENGTH, 2 * index));
    grown.set(tree.attributes);
    tree.attributes = grown;
  }
  tree.attributes[index] = bits;
  // classAndId's answer for an element with neither (a link, a styled box): " ", no read.
  const names = bits & (CLASS | ID) ? classAndId(element, plain) : ' ';
  tree.names[index] = names;
  return names;
}

/** The attributes column's first length (it doubles from there). */
const ATTRIBUTES_FIRST_LENGTH = 1024;

/** The attribute bits (read/attribute-bits.ts) of the element at `index`, as readNames read them. */
export function attributesAt(tree: WalkTree, index: number): number {
  return tree.attributes[index] ?? 0;
}

/**
 * An element without element children (a link, a span, a short paragraph: most elements of a long text) is read
 * whole: its text (textContent) is one entry, after the element's, standing for its text nodes: no pointer move and
 * no wrapper per text node (in a browser's isolated world, a wrapper per text node was most of the walk's reads).
 * Returns that text ("": none, no entry; its length is the entry's `lengths`), or null when the element has element
 * children or is a <div> (whose text nodes are inline runs, article parts of their own): its child nodes are read
 * one by one then.
 */
export function readLeafText(tree: WalkTree, element: Element, tag: string): string | null {
  const plain = tag !== 'form'; // isPlain, known from its tag
  if (tag === 'div' || firstElementChild(element, plain)) return null;
  const text = textContent(element, plain);
  if (text) recordNode(tree, element, text, '', collapsedLength(text));
  return text;
}

/**
 * The text of the element at `index` when the walk read it whole (readLeafText: it has no element children), as
 * textContent gives it ("" when it recorded none); null when its text is its children's entries (read the DOM then).
 */
export function leafTextAt({ nodes, texts, ends }: WalkTree, index: number): string | null {
  if (nodes[index + 1] === nodes[index]) return texts[index + 1]!;
  // No entry below it: no text node and no element child (their entries are never left out), so no text.
  return ends[index] === index + 1 ? '' : null;
}

/**
 * The tag of the second element child of the element at `index` ("" when it has fewer), read from the tree: its
 * entries under the element are its child nodes, elements by their tag (a leaf's text entry and text nodes have "").
 */
export function secondChildTag({ tags, ends }: WalkTree, index: number): string {
  let elements = 0;
  for (let at = index + 1; at < ends[index]!; at = ends[at]!) if (tags[at] && ++elements === 2) return tags[at]!;
  return '';
}

/**
 * An element's subtree read from the DOM, in the walk's tree form, for an article part the walk
 * did not measure (every part the article rules choose is measured; this keeps cleaning whole
 * if one is not). Left-out elements are recorded without their subtrees.
 */
export function subtreeOf(part: Element, skipped: ReadonlySet<Element>): WalkTree {
  const tree = emptyTree();
  // An element's entry, and the frame of its children (none when read whole: readLeafText).
  const open = (element: Element): { index: number; cursor: Node | null } | null => {
    const tag = tagOf(element);
    const index = recordNode(tree, element, null, tag);
    readNames(tree, element, index);
    if (skipped.has(element) && element !== part) return null;
    return { index, cursor: readLeafText(tree, element, tag) === null ? firstChild(element) : null };
  };
  const stack = [open(part)!];
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
      recordNode(tree, node, text, '', collapsedLength(text));
    } else if (isElement(node)) {
      const frame = open(node);
      if (frame) stack.push(frame);
    }
  }
  tree.linkWeights = new Float64Array(tree.nodes.length);
  return tree;
}
