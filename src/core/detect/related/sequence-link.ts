/** A previous / next link's headline, from the page head's link of the same sequence. */
import { attr, headElements, tagOf } from '../../dom';
import { ownerDocument } from '../../read/dom';
import { collapseWhitespace } from './text';
import { cleanTitle, isPrevNextText } from './title';

/** Link types of a page's neighbours in a sequence (HTML's rel="prev" / "next"; "previous", the old spelling). */
const SEQUENCE_REL = /\b(prev|next)/i;

/**
 * The headline the page's head states for a neighbour it links to: `<link rel="prev" title="Brainstorming" href=…>`
 * (a blog's previous / next post), for a link with no headline of its own ("« Vorheriger Beitrag").
 */
export function titleFromSequenceLink(anchors: readonly Element[]): string {
  const doc = anchors[0] && ownerDocument(anchors[0]);
  // The <head>'s children, not a whole-document query: asked for each story without a headline of its own.
  for (const link of doc ? headElements(doc) : []) {
    const href = tagOf(link) === 'link' ? attr(link, 'href') : null;
    if (!href) continue;
    const text = cleanTitle(collapseWhitespace(attr(link, 'title')));
    if (
      SEQUENCE_REL.test(attr(link, 'rel') ?? '') &&
      text &&
      !isPrevNextText(text) &&
      anchors.some((anchor) => attr(anchor, 'href') === href)
    )
      return text;
  }
  return '';
}
