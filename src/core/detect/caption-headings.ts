/**
 * Headings that name no section for what they are where they stand: a credit, a date, a label (isFurnitureHeading,
 * by their words), or a picture's caption set as a heading: a sentence all in italics right under the picture
 * ("<p><img …></p><h1 style="text-align:center"><em>Wasserdicht, atmungsaktiv &amp; in Gute-Laune-Gelb: die Jacke
 * “Hanover Proof”.</em></h1>": trafilatura 0030). Shared by the outline (content.ts) and the reader (blocks/).
 */
import { childNodes, isElement, isText, nodeValue, previousElementSibling, textContent } from '../read/dom';
import { isTextlessPicture } from '../read/pictures';
import { tagOf } from '../read/tags';
import { SENTENCE_STOP } from './body-links';
import { headingText, isFurnitureHeading } from './honest-items';

export { isFurnitureHeading };

/** Tags that set a run of text in italics. */
const ITALIC_TAGS = new Set(['em', 'i']);

/** Whether all the heading's text is in one italic run: its one child (blank text aside) an <em> or <i>. */
function isAllItalic(heading: Element): boolean {
  return isOneItalicRun(childNodes(heading));
}

/**
 * Whether the nodes are one <em> or <i> and blank text alone (a heading's children, a caption's line:
 * key-points/caption-line.ts).
 */
export function isOneItalicRun(nodes: Iterable<Node>): boolean {
  let italic = false;
  for (const child of nodes) {
    if (isText(child) && !nodeValue(child).trim()) continue;
    if (italic || !isElement(child) || !ITALIC_TAGS.has(tagOf(child))) return false;
    italic = true;
  }
  return italic;
}

/** A heading that is a picture's caption: a sentence (its stop at the end), all in italics, right under a picture. */
export function isPictureCaptionHeading(heading: Element, text: string): boolean {
  if (!SENTENCE_STOP.test(text) || !isAllItalic(heading)) return false;
  const before = previousElementSibling(heading);
  return !!before && (tagOf(before) === 'figure' || isTextlessPicture(before));
}

/** A heading that names no section (isFurnitureHeading by its words, or a picture's caption by where it stands). */
export function isFurnitureHeadingAt(heading: Element, text: string): boolean {
  return isFurnitureHeading(text) || isPictureCaptionHeading(heading, text);
}

/** isFurnitureHeadingAt with the heading's text read from the page (the reader's question, blocks/heading-block.ts). */
export function isFurnitureHeadingElement(heading: Element): boolean {
  return isFurnitureHeadingAt(heading, headingText(heading, [textContent(heading)]));
}
