/**
 * Whether a block's tag or class / id names a picture's caption, credit, gallery or slideshow (a <figcaption>,
 * "wp-caption", "photo_credit"): read by the outline's furniture rules (./honest-items.ts) and by the reader's caption
 * boxes (./caption-box.ts), which is why it stands alone.
 */
import { classAndId } from '../dom';
import { namesHold } from './body-noise';
import captionClasses from './vocabulary/caption-classes.json';

/** Tags that caption a picture (a <figure> itself may be a box of the article's own: a table, a list, a chart). */
const CAPTION_TAGS = new Set(['figcaption']);
/** Tags never read as a caption block by their name (they hold whole articles). */
const NEVER_CAPTION_TAGS = new Set(['article', 'main', 'body', 'html']);
const CAPTION_WORDS = captionClasses.words.join('|');
/**
 * A caption word standing alone or joined by "-" / "_" ("wp-caption", "photo_credit", "gallery-item"),
 * not negated ("no_caption" marks a picture without one).
 */
const CAPTION_NAME = new RegExp(`(?<!(?:^|[\\s_-])no)(?:^|[\\s_-])(?:${CAPTION_WORDS})(?=$|[\\s_-])`, 'i');
/** The same words anywhere: a quick test that rules most names out before the exact one. */
const CAPTION_WORD_ANYWHERE = new RegExp(CAPTION_WORDS, 'i');

/**
 * A figure caption, or a block whose class / id names a caption, credit, gallery or slideshow.
 * `names`: the element's classAndId, when the caller has read it.
 */
export function isCaptionContext(element: Element, tag: string, names = namesOf(element, tag)): boolean {
  if (CAPTION_TAGS.has(tag)) return true;
  if (NEVER_CAPTION_TAGS.has(tag)) return false;
  if (names.length < 2 || !CAPTION_WORD_ANYWHERE.test(names)) return false;
  return namesHold(CAPTION_NAME, names);
}

/** classAndId when a caption rule reads it (not for the tags decided by their name alone). */
function namesOf(element: Element, tag: string): string {
  return CAPTION_TAGS.has(tag) || NEVER_CAPTION_TAGS.has(tag) ? '' : classAndId(element);
}
