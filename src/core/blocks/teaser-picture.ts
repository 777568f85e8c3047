/**
 * A picture that is a teaser's, told from the markup around it: the picture of a link to another page that stands
 * beside it, not around it (a teaser item's picture under an empty link laid over it, or beside the headline its
 * description repeats), or one inside a link that leaves the reader (mailto:, an address the page's base cannot
 * resolve). Asked only of a picture that white space alone surrounds (blocks/units.ts): one inside the text is kept
 * or dropped with it.
 */
import { attr, tagOf } from '../dom';
import { firstElementChild, isTextLongerThan, parentElement, querySelectorAll, textContent } from '../read/dom';
import { collapseWhitespace } from '../text';
import { PICTURE_TYPE } from './picture-type';

/** A link to a picture file (a full-size view of the picture it wraps), not to a page. */
export const IMAGE_FILE = new RegExp(`${PICTURE_TYPE}(?:[?#]|$)`, 'i');
/** Ancestors of the picture looked at: its wrapper, the teaser item, the item's box. */
const ITEM_LEVELS = 3;
/** An item around a teaser picture holds a headline and a short standfirst at most (characters). */
const ITEM_MAX_CHARS = 300;

/** A link that leaves for another page: not a place on this one, not a script's, not the picture's own file. */
export function leadsElsewhere(link: Element): boolean {
  const href = attr(link, 'href')?.trim() ?? '';
  return !!href && !href.startsWith('#') && !/^javascript:/i.test(href) && !IMAGE_FILE.test(href);
}

/** `from`: the <img> or <picture>; `alt`: its description. */
export function isTeaserPicture(from: Element, alt: string): boolean {
  const description = collapseWhitespace(alt).toLowerCase();
  let element: Element | null = from;
  for (let level = 0; level < ITEM_LEVELS && element; level++) {
    element = parentElement(element);
    if (!element) return false;
    if (tagOf(element) === 'a' && leadsElsewhere(element)) return true;
    // Read only until it is too long: the ancestor may be the whole article (a picture in a <p> of its own).
    if (isTextLongerThan(element, ITEM_MAX_CHARS)) return false;
    for (const link of querySelectorAll(element, 'a[href]')) {
      if (!leadsElsewhere(link)) continue;
      const text = collapseWhitespace(textContent(link)).toLowerCase();
      // An empty link beside the picture in its wrapper, laid over it (no icon in it: a share button's), or the
      // headline that the picture's description repeats.
      if ((!level && !text && !firstElementChild(link)) || (description && text === description)) return true;
    }
  }
  return false;
}
