/**
 * The block a heading element of the article shows as in the reader: a heading, or a line of text when the outline
 * takes it for no section's (a picture's credit or caption set as a heading, detect/caption-headings.ts, asked through
 * the options so that the block reader carries none of the detector's vocabularies), so that the reader and the
 * outline agree on what heads a section. A heading of no letter or digit ("*", "* * *") is the author's section break,
 * a line of marks as in the outline (outline.ts), which the reader shows as a rule.
 */
import { HAS_LETTER_OR_DIGIT } from '../text';
import { shownHeadingLevel } from './elements';
import { runsText } from './inline';
import type { ArticleBlock, InlineRun } from './types';

/** `known`: the outline's heading (its id and level) the element is, if any; `isFurniture`: the outline's verdict. */
export function headingBlock(
  element: Element,
  tag: string,
  runs: InlineRun[],
  known: { id: string; level: number } | undefined,
  isFurniture?: (heading: Element) => boolean,
): ArticleBlock {
  if (known) return { kind: 'heading', level: known.level, runs, id: known.id };
  // Asked of headings the outline does not have, only: a few on a page.
  if (!HAS_LETTER_OR_DIGIT.test(runsText(runs)) || isFurniture?.(element)) return { kind: 'paragraph', runs };
  return { kind: 'heading', level: shownHeadingLevel(tag), runs };
}
