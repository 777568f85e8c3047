/**
 * Lists in the article's content that are no list of its text (./outline-furniture.ts): a lone link to another page,
 * the post's tags.
 */
import { tagOf } from '../dom';
import {
  firstElementChild,
  lastElementChild,
  matches,
  querySelector,
  querySelectorAll,
  textContent,
} from '../read/dom';
import { collapsedLength } from '../text';

/** A link the page marks as one of the post's tags (the rel-tag microformat): a keyword, no part of the text. */
const TAG_LINK = 'a[rel~=tag i]';

/** A list (ul / ol) of one item that is one link to another page and nothing else (not a contents' "#part"). */
export function isOneLinkList(list: Element): boolean {
  const item = firstElementChild(list);
  const link = item === lastElementChild(list) && item && querySelector(item, 'a:not([href^="#"])');
  return (
    !!link && /^[ou]l$/.test(tagOf(list)) && collapsedLength(textContent(link)) === collapsedLength(textContent(item))
  );
}

/** A list whose links are all the post's tags ("Schloss Moritzburg" under the story, trafilatura 0853). */
export function isTagList(list: Element): boolean {
  const links = querySelectorAll(list, 'a[href]');
  return links.length > 0 && links.every((link) => matches(link, TAG_LINK));
}
