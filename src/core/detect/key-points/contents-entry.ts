/**
 * A table of contents' entry: a list item that links to a heading of the page ("Risks we see with this grant. (More)"
 * linking to #Risks; zyte ad9e9e59, whose third key point was such an entry). It announces a section and tells none of
 * it, so it is no key point. Footnote links ("[1]" to #fn1) lead to a note, not a heading, and leave an item as it is.
 * Asked only of the list items the choice comes to (./index.ts).
 */
import { attr, closest, getElementById, ownerDocument, querySelectorAll } from '../../read/dom';
import { HEADINGS } from '../../read/tags';

export function isContentsEntry(item: Element | null): boolean {
  const doc = item && ownerDocument(item);
  if (!doc) return false;
  return querySelectorAll(item, 'a[href^="#"]').some((anchor) => {
    const id = attr(anchor, 'href')!.slice(1);
    const target = id ? getElementById(doc, id) : null;
    return !!target && !!closest(target, HEADINGS);
  });
}
