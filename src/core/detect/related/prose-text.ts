/**
 * The text of a run's items and of what stands between them (features.ts proseFeature): siblings from the first
 * item to the last, read from the page walk's tree where it recorded them (no DOM read), else from the DOM.
 */
import { nextSibling, nodeType, nodeValue } from '../../read/dom';
import type { Steps } from '../../steps';
import type { PageIndex } from './page-index';

/** Visible characters (JavaScript's \s not counted) in the run's items and between them. */
export interface ItemsText {
  inItems: number;
  between: number;
}

/** `items`: siblings in document order; `pause` is asked after each sibling read. */
export function* itemsTextSteps(index: PageIndex, items: readonly Element[], pause: () => boolean): Steps<ItemsText> {
  const members = new Set(items);
  const counts: ItemsText = { inItems: 0, between: 0 };
  const last = items[items.length - 1]!;
  const places = index.siblingPlaces(items[0]!, last);
  if (places) {
    // The walk recorded every text and element child of the items' parent, in order (comments, which are not
    // counted, left out): the next sibling of the entry at `at` is the entry at `ends[at]`.
    const { tree, from, to } = places;
    for (let at = from; at <= to; at = tree.ends[at]!) {
      if (pause()) yield;
      if (tree.tags[at]) addElement(index, members, counts, tree.nodes[at] as Element);
      else counts.between += tree.texts[at]!.replace(/\s+/g, '').length;
    }
    return counts;
  }
  for (let node: Node | null = items[0]!; node; node = nextSibling(node)) {
    if (pause()) yield;
    const type = nodeType(node);
    if (type === 3) counts.between += nodeValue(node).replace(/\s+/g, '').length;
    else if (type === 1) addElement(index, members, counts, node as Element);
    if (node === last) break;
  }
  return counts;
}

/** An element's text, to the items' or to what stands between them. */
function addElement(index: PageIndex, members: ReadonlySet<Element>, counts: ItemsText, element: Element): void {
  const text = index.facts(element).text;
  if (members.has(element)) counts.inItems += text;
  else counts.between += text;
}
