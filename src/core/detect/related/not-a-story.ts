/**
 * Links of a related block that are no story whatever the block's score says: a link whose own text says it leads to
 * a listing or is a count, and a paid teaser among stories (an item whose own markup says it is paid: a "sponsored"
 * badge, an "ad-feature" mark, while the list's label and class words say stories).
 */
import { firstElementChild, nextElementSibling } from '../../read/dom';
import { isPaidHints } from './hints';
import type { LabelMatch } from './lexicon';
import type { PageIndex } from './page-index';
import type { Scored } from './score';
import { attributeHints } from './text';

/** A number and one word ("8 comments", "12 Kommentare", "3 photos"): a counter, not a headline. */
const COUNT_TEXT = /^\(?\d[\d.,]*\)?\s*\p{L}+\.?$/u;
/** COUNT_TEXT's start: tested first, so that its letter class is compiled only for a text that starts so. */
const COUNT_START = /^\(?\d/;
/** A "see all" link is short ("More in Milan"); a longer text after "More on …" is a headline. */
const MAX_SEE_ALL_CHARS = 30;

/** A teaser whose own badge says it is paid ("Ad Feature"), in a list of stories. */
export const PAID_TEASER: Scored = { score: -Infinity, why: 'its teaser says it is paid' };

/**
 * A link whose own text says it is no story: a "see all" link to a listing, or a count. `words`: what its text says
 * (the lexicon's link kinds), read only for a short text.
 */
export function ownTextSaysNoStory(text: string, words: () => LabelMatch | null): Scored | null {
  if (text.length <= MAX_SEE_ALL_CHARS && words()?.kind === 'seeall')
    return { score: -Infinity, why: `"${text}" leads to a listing` };
  return COUNT_START.test(text) && COUNT_TEXT.test(text) ? { score: -Infinity, why: `"${text}" is a count` } : null;
}

/**
 * Whether a teaser's markup says it is paid: an element in it (itself included) whose class / id words are paid-content
 * words (hints.ts isPaidHints: an ad slot's id is not one). Asked only of items of a winning run; read once per item.
 */
export function paidItemReader(index: PageIndex): (item: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (item) => {
    let paid = known.get(item);
    if (paid === undefined) {
      paid = false;
      const stack: Element[] = [item];
      for (let element = stack.pop(); element && !paid; element = stack.pop()) {
        // The page index's kind first (memoized, no DOM read for most elements): only a sponsored one is read again.
        if (index.hint(element) === 'sponsored' && isPaidHints(attributeHints(element))) paid = true;
        for (let child = firstElementChild(element); child; child = nextElementSibling(child)) stack.push(child);
      }
      known.set(item, paid);
    }
    return paid;
  };
}
