/**
 * The article's pictures that stand between two of its parts. The detector takes the text's blocks (a standfirst, the
 * text) and not a box between them that holds a picture and no text of the article: the story's lead picture between
 * its standfirst and its text ("<p class=intro>…</p><div class=news-media><figure><img …></figure></div><div
 * class=news-text-wrap>…": ekbo.de, trafilatura 0621). The reader shows such a box where it stands when it holds a
 * picture, a caption's text at most, and no link to another page (a teaser's, a share bar's icons); not after the
 * article's last line (an appeal's banner between two boxes the reader leaves out: rosa-mag.de, trafilatura 0774).
 */
import { isElement } from '../dom';
import { isTextLongerThan, nextSibling, parentNode, querySelectorAll } from '../read/dom';
import { holdsPicture } from '../read/pictures';
import { leadsElsewhere } from './teaser-picture';
import type { ArticleBlock } from './types';

/** A box with more text than a caption and its credit (characters) is a block of its own, no picture's box. */
const CAPTION_MAX_CHARS = 200;

/**
 * Reads the parts in order (`read`) into `blocks`, and the picture boxes between two parts that are siblings.
 * `endUnit` ends the text being read: a box's blocks are its own.
 */
export function readWithPicturesBetween(
  parts: readonly Node[],
  isLeftOut: (element: Element) => boolean,
  blocks: ArticleBlock[],
  read: (node: Node) => void,
  endUnit: () => void,
): void {
  const fromBoxes = new Set<ArticleBlock>();
  parts.forEach((part, index) => {
    read(part);
    const next = parts[index + 1];
    if (!next || parentNode(part) !== parentNode(next)) return;
    // Node by node: the next part may be a run of text, no element.
    for (let node = nextSibling(part); node && node !== next; node = nextSibling(node)) {
      if (!isElement(node) || isLeftOut(node) || !isCaptionedPicture(node)) continue;
      endUnit();
      const before = blocks.length;
      read(node);
      endUnit();
      for (const block of blocks.slice(before)) fromBoxes.add(block);
    }
  });
  endUnit();
  while (blocks.length && fromBoxes.has(blocks[blocks.length - 1]!)) blocks.pop();
}

/** A box of a picture and at most its caption, leading nowhere else (boilerplate.ts isPictureBox names another). */
function isCaptionedPicture(box: Element): boolean {
  if (!holdsPicture(box)) return false;
  if (isTextLongerThan(box, CAPTION_MAX_CHARS)) return false;
  return !querySelectorAll(box, 'a[href]').some(leadsElsewhere);
}
