/**
 * A line of the story that links (a sentence with a link in it, a source, a video named and linked) written as a
 * <div> of its own rather than a <p>. Readability wraps the <div>'s words into a paragraph, leaves the <div> around
 * it (too link-dense to unwrap) and then drops it as a block of links, where the same line in a <p> is kept. A line
 * whose last words end a sentence outside its links ("<a>Text des Volksbegehrens</a>.") is the writer's: link
 * furniture (menus, tags, breadcrumbs, "previous / next", a linked headline) ends in a link or without a stop.
 */
import {
  hasNoText,
  isElement,
  isText,
  lastChild,
  localName,
  nodeValue,
  parentNode,
  previousSibling,
} from '../read/dom';
import { SENTENCE_END } from './key-points/filters';
import type { PageWalk } from './page-walk';
import type { Counts } from './clean-counts';

/**
 * A note above the story is no line of it ("This article is about the country. For other uses, see <a>…</a>." atop
 * a wiki's article): the article's text before the line is at least a paragraph's (characters).
 */
const STORY_BEGUN_MIN_CHARS = 200;

/**
 * Whether `element` (a block the link rules would drop, of `counts`) holds one paragraph alone, down its chain of
 * lone children, that ends a sentence outside its links, once the story has begun (`textBefore`: the article's text
 * before it).
 */
export function isLinkedSentence(walk: PageWalk, element: Element, counts: Counts, textBefore: () => number): boolean {
  if (counts.paragraphs !== 1 || counts.headingText || counts.images || counts.listItems) return false;
  return (
    walk.measures.get(element)?.childCount === 1 &&
    endsSentenceOutsideLinks(element) &&
    textBefore() >= STORY_BEGUN_MIN_CHARS
  );
}

/** Whether the element's last words (a link's counted as one) are unlinked and end with a sentence's stop. */
function endsSentenceOutsideLinks(element: Element): boolean {
  let node = lastChild(element);
  while (node) {
    if (isText(node)) {
      const text = nodeValue(node).trimEnd();
      if (text) return SENTENCE_END.test(text);
    } else if (isElement(node)) {
      if (localName(node) === 'a') {
        if (!hasNoText(node)) return false;
      } else {
        const last = lastChild(node);
        if (last) {
          node = last;
          continue;
        }
      }
    }
    while (node !== element && !previousSibling(node)) node = parentNode(node)!;
    if (node === element) return false;
    node = previousSibling(node);
  }
  return false;
}
