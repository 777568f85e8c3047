/**
 * Links inside running text: a link in the middle of a paragraph is part of what the article says,
 * not a story it offers. A teaser line starts with its headline (a kicker or a date at most before
 * it) and may run on with a short summary.
 */
import { lineBlockOf } from './promo';
import { boundedText, collapseWhitespace, textBefore } from './text';

/** Text around a link in its paragraph beyond this many characters makes it a link in running text. */
const MAX_TEXT_AROUND_LINK = 120;
/** Text before a link in its line: up to this many characters, a kicker or a date; more, a sentence. */
const MIN_TEXT_BEFORE_LINK = 20;
/** … unless the link itself is at least this share of the paragraph (a teaser line with a short dek). */
const MIN_LINK_SHARE_OF_LINE = 0.4;

export function isInRunningText(anchor: Element): boolean {
  const line = lineBlockOf(anchor);
  if (!line) return false;
  if (textBefore(line, anchor, MIN_TEXT_BEFORE_LINK).length < MIN_TEXT_BEFORE_LINK) return false;
  const linkText = collapseWhitespace(anchor.textContent);
  // Reading the line a little past the point where it would count as running text is enough.
  const lineText = boundedText(line, Math.max(linkText.length + MAX_TEXT_AROUND_LINK, linkText.length / MIN_LINK_SHARE_OF_LINE) + 1);
  const around = lineText.length - linkText.length;
  return around > MAX_TEXT_AROUND_LINK && linkText.length < lineText.length * MIN_LINK_SHARE_OF_LINE;
}
