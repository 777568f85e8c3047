/**
 * A picture's caption written without a <figcaption>: a block that holds a picture, a line break and one line in
 * italics under it (`<div><img …><br><em>A new study investigates …</em></div>`, a hand-made caption of older CMSs
 * and blogs). The read layer keeps it as a paragraph of the body; a key point taken from it is the picture's label,
 * read out of context (readability/medicalnewstoday: its caption was the first point). Asked only of the sentences
 * the choice comes to (./index.ts).
 */
import {
  firstChild,
  isElement,
  isText,
  localName,
  nextSibling,
  nodeValue,
  querySelector,
  textContent,
} from '../../read/dom';

/** The italic line's tags. */
const EMPHASIS_TAGS: ReadonlySet<string> = new Set(['em', 'i']);
/** A picture, or a link or span around one. */
const PICTURE_TAGS: ReadonlySet<string> = new Set(['img', 'picture']);
const PICTURE_WRAPPERS: ReadonlySet<string> = new Set(['a', 'span']);

/** Whether the node is a picture or a link (span) that holds only one. */
function isPicture(node: Element, tag: string): boolean {
  if (PICTURE_TAGS.has(tag)) return true;
  return PICTURE_WRAPPERS.has(tag) && !textContent(node).trim() && querySelector(node, 'img, picture') !== null;
}

/**
 * Whether the paragraph's element is a picture, a line break and one italic line, nothing else with text: in this
 * order, so that an italic lead with a small picture beside it (`<p><img class="align-left"><em>Begriffe …</em></p>`)
 * is not one.
 */
export function isPictureCaptionLine(element: Element | null): boolean {
  if (!element) return false;
  // What was met so far: 0 nothing, 1 a picture, 2 a line break after it, 3 the italic line after that.
  let stage = 0;
  for (let child = firstChild(element); child; child = nextSibling(child)) {
    if (isText(child)) {
      if (nodeValue(child).trim()) return false;
      continue;
    }
    if (!isElement(child)) continue;
    const tag = localName(child);
    if (tag === 'br') {
      if (stage === 0) return false;
      if (stage === 1) stage = 2;
    } else if (stage === 0 && isPicture(child, tag)) stage = 1;
    else if (stage === 2 && EMPHASIS_TAGS.has(tag)) stage = 3;
    else return false;
  }
  return stage === 3;
}
