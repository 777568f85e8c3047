/** The page walk's record of the nodes it read (./page-walk.ts), and the same record made for one subtree. */
import { tagOf } from '../dom';
import { firstChild, isElement, isText, nextSibling, nodeValue } from '../read/dom';

/**
 * The nodes the walk read, in document order, so that later passes over the article (cleaning)
 * read arrays instead of the DOM again: text nodes with their text, elements with their tag,
 * and elements left out without their subtrees. `ends[i]` is the index after node i's subtree.
 */
export interface WalkTree {
  nodes: Node[];
  /** The text of a text node; null for an element. */
  texts: (string | null)[];
  /** The tag of an element; "" for a text node. */
  tags: string[];
  ends: number[];
}

/**
 * An element's subtree read from the DOM, in the walk's tree form, for an article part the walk
 * did not measure (every part the article rules choose is measured; this keeps cleaning whole
 * if one is not). Left-out elements are recorded without their subtrees.
 */
export function subtreeOf(part: Element, skipped: ReadonlySet<Element>): WalkTree {
  const tree: WalkTree = { nodes: [], texts: [], tags: [], ends: [] };
  const record = (node: Node, text: string | null, tag: string): number => {
    tree.nodes.push(node);
    tree.texts.push(text);
    tree.tags.push(tag);
    return tree.ends.push(tree.nodes.length) - 1;
  };
  const stack: { index: number; cursor: Node | null }[] = [
    { index: record(part, null, tagOf(part)), cursor: firstChild(part) },
  ];
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const node = frame.cursor;
    if (!node) {
      stack.pop();
      tree.ends[frame.index] = tree.nodes.length;
      continue;
    }
    frame.cursor = nextSibling(node);
    if (isText(node)) record(node, nodeValue(node), '');
    else if (isElement(node)) {
      const index = record(node, null, tagOf(node));
      if (!skipped.has(node)) stack.push({ index, cursor: firstChild(node) });
    }
  }
  return tree;
}
