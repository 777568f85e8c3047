/**
 * A section's heading in a box named as its header ("card-header" > div > div > h2): Readability's
 * unlikely word "header" there names the heading's own box, not the page's header, so the heading stays.
 */
import { tagOf } from '../dom';
import { firstElementChild, nextElementSibling } from '../read/dom';
import { isUnlikelyName } from './boilerplate';
import { HEADING_LEVELS } from '../read/tags';

/** How many single-child wrappers deep the heading may sit (a grid's row > column > title box). */
const MAX_WRAPPER_DEPTH = 5;
const HEADER_WORD = /header/gi;
/** How deep the box after the header may wrap its first paragraph (a card's body > row > column > text). */
const MAX_BODY_DEPTH = 8;

/**
 * Whether an unlikely-named element (`names`: its class and id) is a header box that holds nothing but
 * one section heading, through single-child wrappers. Other unlikely words (sidebar, social) still count.
 */
export function isSectionHeaderBox(element: Element, names: string): boolean {
  if (isUnlikelyName(names.replace(HEADER_WORD, ''))) return false;
  let inner = firstElementChild(element);
  for (let depth = 0; inner && depth < MAX_WRAPPER_DEPTH; depth++) {
    if (nextElementSibling(inner)) return false;
    // Section headings only: an <h1> in a header is the site's name or the title.
    if ((HEADING_LEVELS[tagOf(inner)] ?? 0) > 1) {
      return opensWithParagraph(nextElementSibling(element));
    }
    inner = firstElementChild(inner);
  }
  return false;
}

/** Whether a section's body opens with prose: a header over a list of links ("Further information") heads a box. */
function opensWithParagraph(body: Element | null): boolean {
  for (let depth = 0; body && depth < MAX_BODY_DEPTH; depth++, body = firstElementChild(body)) {
    if (tagOf(body) === 'p') return true;
  }
  return false;
}
