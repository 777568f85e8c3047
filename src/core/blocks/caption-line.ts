/** A line right under a picture that repeats its description is its caption (the block reader, units.ts). */
import { collapseWhitespace } from '../text';
import type { FlatRun } from './inline';
import type { ArticleBlock } from './types';

type Figure = Extract<ArticleBlock, { kind: 'figure' }>;

/** `block` when it is a figure without a caption and `key` (collapsed, lower-cased) describes one of its pictures. */
export function describedFigure(block: ArticleBlock | undefined, key: string): Figure | null {
  return block?.kind === 'figure' &&
    !block.caption.length &&
    block.images.some((image) => image.alt.toLowerCase() === key)
    ? block
    : null;
}

/**
 * The figure right above a unit whose first line, a break after it, repeats a picture's description, and where that
 * line ends ("<img alt=X><br><b><i>X</i><br><br>Section</b>": trafilatura 0633's captions open the next paragraph).
 */
export function captionLineOf(block: ArticleBlock | undefined, runs: FlatRun[]): [Figure, number] | null {
  const start = runs.findIndex((run) => run.text.trim());
  const end = runs.findIndex((run, index) => index > start && run.kind === 'break');
  const line = runs.slice(start, end).map((run) => run.text);
  const figure = start >= 0 && end > 0 ? describedFigure(block, collapseWhitespace(line.join('')).toLowerCase()) : null;
  return figure && [figure, end];
}
