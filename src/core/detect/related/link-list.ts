/**
 * Whether a block found by its label or class reads like a list of stories: mostly headlines (link
 * text), or too short to be prose. A "related" wrapper around the article itself is page layout, and
 * a stretch of prose under a "Read more" label is the rest of the article behind an expander.
 */
import { linkTextShare } from './text';

/** A block of related stories is mostly headlines: at least this share of its text is link text. */
const MIN_BLOCK_LINK_DENSITY = 0.2;
/** The link density is read over this much of the block's text. */
const LINK_DENSITY_SAMPLE_CHARS = 3000;
/** Below this much text a block cannot be a stretch of article prose (image grids, one teaser with a dek). */
const MIN_PROSE_CHARS = 400;

export function isLinkListBlock(block: Element, articleRoots: readonly Element[]): boolean {
  if (articleRoots.some((root) => root !== block && block.contains(root))) return false;
  const share = linkTextShare(block, LINK_DENSITY_SAMPLE_CHARS);
  return share.text < MIN_PROSE_CHARS || share.linked >= share.text * MIN_BLOCK_LINK_DENSITY;
}
