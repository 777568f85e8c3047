/**
 * A picture's caption written without a <figcaption>: a block that holds a picture, a line break and one line in
 * italics under it (`<div><img …><br><em>A new study investigates …</em></div>`, a hand-made caption of older CMSs
 * and blogs). The read layer keeps it as a paragraph of the body; a key point taken from it is the picture's label,
 * read out of context (readability/medicalnewstoday: its caption was the first point). Asked only of the sentences
 * the choice comes to (./index.ts). The shape before the line is the captioned box's (../caption-box.ts).
 */
import { isElement, isText, localName } from '../../read/dom';
import { lineAfterPicture } from '../caption-box';
import { isOneItalicRun } from '../caption-headings';

/**
 * Whether the paragraph's element is a picture, a line break and one italic line, nothing else with text (more line
 * breaks at most): in this order, so that an italic lead with a small picture beside it (`<p><img
 * class="align-left"><em>Begriffe …</em></p>`) is not one.
 */
export function isPictureCaptionLine(element: Element | null): boolean {
  const line = element && lineAfterPicture(element);
  return !!line && isOneItalicRun(line.filter((node) => isText(node) || (isElement(node) && localName(node) !== 'br')));
}
