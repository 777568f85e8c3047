/**
 * The words a picture that cannot load (offline: a saved article) shows in its place: its description, unless that
 * says nothing a reader does not see already (the caption under it, the headline) or is no description at all (a
 * file's name, a record id).
 */
import type { ArticleBlock, ArticleImage, InlineRun } from '../core/types';
import { PICTURE_TYPE } from '../core/blocks/picture-type';
import { runsText } from '../core/blocks/inline';
import { collapseWhitespace, SLUG, textSimilarity } from '../core/text';
import { opensWithCredit } from '../core/detect/credit-label';

/** Control characters a mis-decoded page leaves in a description (kulinariaathome 0003's U+0080): shown as a box. */
const CONTROL_CHARACTERS = /\p{Cc}/gu;

/** Where a description's credit may follow its words: a comma, a bar, a slash or a spaced dash. */
const CREDIT_JOIN = /\s*[,|/]\s+|\s+[–—-]\s+/g;

/**
 * The description without the picture's credit after it ("Mandelplätzchen, Copyright: CC BY-NC-ND 3.0" →
 * "Mandelplätzchen"): a credit names who made the picture, not what it shows. '' when it is a credit alone.
 */
function withoutCredit(alt: string): string {
  if (opensWithCredit(alt)) return '';
  for (const join of alt.matchAll(CREDIT_JOIN))
    if (opensWithCredit(alt.slice(join.index + join[0].length))) return alt.slice(0, join.index);
  return alt;
}

/**
 * A description that is a file's name or a record's id ("30-IMG_4228.jpg", "temp_e7bea9df-92c6-…", "55500002",
 * "ohneQ_home"): one token holding a digit or an underscore, or a name ending in a picture's type. It describes
 * nothing.
 */
const FILE_NAME = new RegExp(String.raw`^\S*[\d_]\S*$|${PICTURE_TYPE}$`, 'i');

/** Whether the description is the picture's file name without its type (a CMS's default: "quay" for "quay.jpg"). */
function namesItsFile(alt: string, src: string): boolean {
  const file = new URL(src).pathname.replace(/.*\//, '').replace(/\.[a-z0-9]+$/i, '');
  return file.toLowerCase() === alt.toLowerCase();
}

/**
 * What may follow the headline in a description that is only the headline: a file's suffix or a number (a site that
 * gives a post's picture the post's title: "Putin in Kyrgystan … arrest warrant_4.1").
 */
const AFTER_HEADLINE = /^[\s\d\p{P}_]*$/u;

function repeatsHeadline(alt: string, headline: string): boolean {
  return headline !== '' && alt.startsWith(headline) && AFTER_HEADLINE.test(alt.slice(headline.length));
}

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * Share of the description's words (in letters) the caption holds at which the caption says it in its own words
 * ("Tote Hummeln, hier eine …" under "Tote Hummel, hier eine …"; a counter glued to it, "1of4Grass Valley's …"; a
 * dash for a hyphen): three quarters, so that a caption that only names the same thing ("Renate (Foto: …)" under
 * "Die Renate von außen") leaves the description its place.
 */
const CAPTION_SAYS_SIMILARITY = 0.75;
/**
 * Share of the description a caption that is its end must have to say it ("… Stromnetz / Photo by … on Unsplash"
 * under "Herrausforderungen für unser Stromnetz / Photo by … on Unsplash"): half, so that a caption of one of the
 * description's last words ("quay" under "A crane on the quay") does not.
 */
const CAPTION_END_MIN_SHARE = 0.5;

/** Whether `at` is no place inside a word of `text` (a word's edge, or the text's). */
const atWordEdge = (text: string, at: number) =>
  !WORD_CHARACTER.test(text.charAt(at - 1)) || !WORD_CHARACTER.test(text.charAt(at));

/**
 * Whether the caption says what the description does: it holds the description as words of its own ("Demut hinter
 * Masken Foto: Adobe Stock"), is its end, or words it nearly the same.
 */
function captionSays(caption: string, alt: string): boolean {
  const at = caption.indexOf(alt);
  if (at >= 0 && atWordEdge(caption, at) && atWordEdge(caption, at + alt.length)) return true;
  const end = alt.length - caption.length;
  return (
    (caption !== '' &&
      alt.endsWith(caption) &&
      caption.length >= alt.length * CAPTION_END_MIN_SHARE &&
      atWordEdge(alt, end)) ||
    textSimilarity(caption, alt) >= CAPTION_SAYS_SIMILARITY
  );
}

/**
 * The words shown for a picture that failed to load ('' for none). `caption` and `headline`: the figure's caption
 * and the article's headline, whitespace-collapsed and lower-cased. Not a file's name nor a slug
 * ("corona-pandemie-es-kommt-auch-darauf-an-…"), nor what the caption or the headline says, nor its credit.
 */
export function missingPictureWords(image: ArticleImage, caption: string, headline: string): string {
  const full = collapseWhitespace(image.alt.replace(CONTROL_CHARACTERS, ''));
  const alt = withoutCredit(full);
  const said =
    captionSays(caption, full.toLowerCase()) ||
    (alt !== full && captionSays(caption, alt.toLowerCase())) ||
    repeatsHeadline(alt.toLowerCase(), headline);
  return alt && !said && !FILE_NAME.test(alt) && !SLUG.test(alt) && !namesItsFile(alt, image.src) ? alt : '';
}

/**
 * The pictures whose description a reader has just read: an earlier picture's ("Plantur" on nine product shots,
 * Medium's "Image for post": a site's label for every picture, seen once, at the first), or the heading right above
 * the picture ("Mäscot" under the section "Mäscot", maescot 0135: a CMS's default description, the section's name).
 */
export function repeatedDescriptions(blocks: readonly ArticleBlock[]): Set<ArticleImage> {
  const seen = new Set<string>();
  const repeated = new Set<ArticleImage>();
  // The heading's words while the picture comes right after it (no block between).
  let headingAbove = '';
  const picture = (image: ArticleImage) => {
    const alt = collapseWhitespace(image.alt).toLowerCase();
    if (seen.has(alt) || (alt && alt === headingAbove)) repeated.add(image);
    else if (alt) seen.add(alt);
  };
  const runs = (list: readonly InlineRun[]) => {
    for (const run of list) {
      if (run.kind === 'image') picture(run.image);
      else if ('children' in run) runs(run.children);
    }
  };
  const walk = (list: readonly ArticleBlock[]) => {
    for (const block of list) {
      if (block.kind === 'figure') block.images.forEach(picture);
      else if (block.kind === 'quote') walk(block.blocks);
      else if (block.kind === 'list') for (const item of block.items) walk(item.blocks);
      else if (block.kind === 'table') for (const row of block.rows) for (const cell of row) runs(cell.runs);
      headingAbove = block.kind === 'heading' ? collapseWhitespace(runsText(block.runs)).toLowerCase() : '';
    }
  };
  walk(blocks);
  return repeated;
}
