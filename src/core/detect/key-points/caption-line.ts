/**
 * A picture's caption written without a <figcaption>: a block that holds a picture, a line break and one line in
 * italics under it (`<div><img …><br><em>A new study investigates …</em></div>`, a hand-made caption of older CMSs
 * and blogs). The read layer keeps it as a paragraph of the body; a key point taken from it is the picture's label,
 * read out of context (readability/medicalnewstoday: its caption was the first point). Asked only of the sentences
 * the choice comes to (./index.ts). The shape before the line is the captioned box's (../caption-box.ts).
 */
import { isElement, isText, localName, nodeValue } from '../../read/dom';
import { lineAfterPicture } from '../caption-box';

/** The italic line's tags. */
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['em', 'i']);

/**
 * Whether the paragraph's element is a picture, a line break and one italic line, nothing else with text (more line
 * breaks at most): in this order, so that an italic lead with a small picture beside it (`<p><img
 * class="align-left"><em>Begriffe …</em></p>`) is not one.
 */
export function isPictureCaptionLine(element: Element | null): boolean {
  const line = element && lineAfterPicture(element);
  if (!line) return false;
  let italic = false;
  for (const node of line) {
    if (isText(node)) {
      if (nodeValue(node).trim()) return false;
    } else if (isElement(node)) {
      const tag = localName(node);
      if (tag === 'br') continue;
      if (italic || !EMPHASIS_TAGS.has(tag)) return false;
      italic = true;
    }
  }
  return italic;
}
