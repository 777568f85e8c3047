/** A previous / next link's headline, from the page head's link of the same sequence. */
import { attr } from '../../dom';
import { ownerDocument, querySelectorAll } from '../../read/dom';
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
  for (const link of doc ? querySelectorAll(doc, 'link[rel][title][href]') : []) {
    const href = attr(link, 'href');
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
