/** A gallery's counter as the block reader meets it under a picture (units.ts). */
import { runsText } from './inline';
import { collapseWhitespace } from '../text';
import type { ArticleBlock } from './types';

/** A slideshow's position ("3 / 12", "3/12", "3 of 12"): the picture's number, a slash or an "of", the count. */
const SLIDE_POSITION = /^(\d{1,3}) ?(?:\/|of|von|de|sur|di) ?(\d{1,3})$/;

/**
 * A gallery's counter under its picture, or before the text's first line where the picture did not load: no reading
 * text. Its position ("1 / 12") or its count alone, the one the gallery's label over the picture states ("Gallery:
 * Xbox One X | 14 Photos" … "14": a heading on the page, a line in the reader as no section's, heading-block.ts); a
 * number alone elsewhere is a step's or an item's own. `line`: the line, collapsed and lower-cased; `label`: the
 * block before the picture.
 */
export function isGalleryCounter(line: string, label: ArticleBlock | undefined): boolean {
  const position = SLIDE_POSITION.exec(line);
  if (position) return +position[1]! <= +position[2]! && +position[2]! > 1;
  return (
    /^\d{1,3}$/.test(line) &&
    (label?.kind === 'heading' || label?.kind === 'paragraph') &&
    new RegExp(`(^|\\D)${line} \\p{L}`, 'u').test(collapseWhitespace(runsText(label.runs)))
  );
}
