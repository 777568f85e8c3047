/**
 * When no attempt finds MIN_ARTICLE_CHARS of text (./article.ts), the longest text wins, as in Readability.js. But an
 * attempt whose every part is a block the body leaves out as furniture about the article (an author's box: "Über
 * Simon Dückert …" under a podcast's short post, trafilatura 0111; a caption, a date line: ./author-box.ts,
 * ./body-noise.ts) holds no article: any other attempt with text wins over it, however short.
 */
import type { ArticleSelection } from './article';
import { isBodyNoiseBlock } from './author-box';
import { tagOf } from '../dom';

/** Whether every part the attempt chose is a block of furniture about the article (an author's box, a caption). */
function isFurnitureOnly(selection: ArticleSelection): boolean {
  return selection.roots.length > 0 && selection.roots.every((root) => isBodyNoiseBlock(root, tagOf(root)));
}

/** Whether a short attempt's selection is a better answer than the best one so far (null: none yet). */
export function isBetterShortAttempt(selection: ArticleSelection, best: ArticleSelection | null): boolean {
  if (!best) return true;
  if (!selection.textLength) return false;
  const furniture = isFurnitureOnly(selection);
  if (furniture !== isFurnitureOnly(best)) return !furniture;
  return selection.textLength > best.textLength;
}
