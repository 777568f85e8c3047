/**
 * The body reader's walk of one part of the article: its elements' starts and ends and its texts in document order,
 * read from the page walk's record of the part (or one made now, subtreeOf). Iterative: deep nesting must not
 * overflow the stack.
 */
import { WALK_NODES_PER_PAUSE } from '../../steps';
import { attributesAt, secondChildTag, type WalkTree } from '../walk-tree';

/** `names`: classAndId in the tree (null: no attributes); `second`: secondChildTag's; `bits`: attributesAt's. */
export type EnterElement = (element: Element, tag: string, names: string | null, second: string, bits: number) => void;

/**
 * Walks the subtree whose entry is at `start`, into the elements `readsInto` (asked of each, not of the part):
 * another is skipped with its subtree. Pauses every WALK_NODES_PER_PAUSE nodes, counting on from `untilPause`
 * across parts: returns the count left.
 */
export function* walkSubtree(
  tree: WalkTree,
  start: number,
  readsInto: (element: Element) => boolean,
  enter: EnterElement,
  leave: (element: Element, tag: string) => void,
  addText: (text: string) => void,
  untilPause: number,
): Generator<void, number, void> {
  const { nodes, texts, tags, ends, names } = tree;
  const stack: { element: Element; tag: string; cursor: number; end: number }[] = [];
  const open = (element: Element, index: number): void => {
    const tag = tags[index]!;
    enter(element, tag, names[index] ?? null, secondChildTag(tree, index), attributesAt(tree, index));
    stack.push({ element, tag, cursor: index + 1, end: ends[index]! });
  };
  open(nodes[start] as Element, start);
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const index = frame.cursor;
    if (index >= frame.end) {
      stack.pop();
      leave(frame.element, frame.tag);
      continue;
    }
    if (--untilPause === 0) {
      untilPause = WALK_NODES_PER_PAUSE;
      yield;
    }
    frame.cursor = ends[index]!;
    const text = texts[index];
    if (text !== null && text !== undefined) addText(text);
    else if (readsInto(nodes[index] as Element)) open(nodes[index] as Element, index);
  }
  return untilPause;
}
