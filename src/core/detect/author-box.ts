/**
 * An author box known by its shape, whatever its names say: a byline's label alone ("Autor", "Author"), then a
 * heading that is a person's name, then the bio ("<div><div>AUTOR</div><h3>Dr. Thomas Schulte</h3><p>ist
 * Gründungspartner …</p></div>": trafilatura 0039, a guest author's box). The heading names the person the box is
 * about, no section of the story; the box is furniture about the article, as a box named "author-bio" is.
 */
import { boundedTextContent, firstElementChild, nextElementSibling, previousElementSibling } from '../read/dom';
import { isHeadingTag, tagOf } from '../read/tags';
import { collapseWhitespace } from '../read/text';
import { isBodyNoiseCandidate } from './body-noise';
import { isLoneBylineLabel, isPlainName } from './byline-label';
import { isCaptionBox } from './caption-box';

/** A byline's label is a word or two ("Published by:"): a longer line is not read to its end. */
const LABEL_MAX_CHARS = 24;
/** A person's name in a heading is a few words (isPlainName allows four): a longer heading is not read to its end. */
const NAME_MAX_CHARS = 60;

/** A heading (its element and text) that names a person right after a byline's label alone: an author box's. */
export function isLabelledNameHeading(heading: Element, text: string): boolean {
  const label = previousElementSibling(heading);
  if (!label || !isPlainName(text)) return false;
  return isLoneBylineLabel(collapseWhitespace(boundedTextContent(label, LABEL_MAX_CHARS)));
}

/**
 * A box opening on a byline's label alone, then a heading naming a person: an author box, whatever its names.
 * `secondTag`: the tag of its second element child when the caller has it (the walk's tree: no DOM read then).
 */
export function isAuthorBoxByShape(box: Element, secondTag?: string): boolean {
  if (secondTag !== undefined && !isHeadingTag(secondTag)) return false;
  const label = firstElementChild(box);
  const heading = label && nextElementSibling(label);
  // The elements' tags first: most boxes hold no heading second, and their text is not read.
  if (!heading || !isHeadingTag(tagOf(heading))) return false;
  return isLabelledNameHeading(heading, collapseWhitespace(boundedTextContent(heading, NAME_MAX_CHARS)));
}

/**
 * A block the body's text leaves out as furniture about the article: one named so (isBodyNoiseCandidate), or an author
 * box or a picture's captioned box by its shape (./caption-box.ts; the reader shows that caption under its picture).
 * Asked by the body's reader (content.ts) alone: the reader view keeps the lines the body keeps
 * (blocks/body-filter.ts), so the block reader carries none of the name rules' vocabulary.
 */
export function isBodyNoiseBlock(
  element: Element,
  tag: string,
  names?: string | null,
  secondTag?: string,
  bits?: number,
): boolean {
  return (
    isBodyNoiseCandidate(element, tag, names, bits) ||
    isAuthorBoxByShape(element, secondTag) ||
    isCaptionBox(element, secondTag)
  );
}
