/**
 * Pictures as the rules read them: the tags that are a picture, and a box that holds a picture and no text of its own
 * (a paragraph or a link around an image, a wrapper). One reading for the caption rules (detect/caption-headings.ts,
 * detect/caption-box.ts) and the reader's picture boxes (blocks/between-parts.ts, blocks/lead-picture.ts); each adds
 * what is its own on top (a <figure>, one child only, a caption's length, one picture only).
 */
import { hasNoText, localName, querySelector } from './dom';

/** Tags that are a picture themselves (a <figure> is a box around one: it may hold a caption's text). */
const PICTURE_TAGS: ReadonlySet<string> = new Set(['img', 'picture']);

/** Whether the tag is a picture's own (<img>, <picture>). */
export const isPictureTag = (tag: string): boolean => PICTURE_TAGS.has(tag);

/** Whether the element is a picture or holds one. */
export const holdsPicture = (element: Element): boolean =>
  isPictureTag(localName(element)) || !!querySelector(element, 'img, picture');

/** A picture, or a box holding one and no text of its own (the text is read first: it rules most boxes out). */
export const isTextlessPicture = (element: Element): boolean => hasNoText(element) && holdsPicture(element);
