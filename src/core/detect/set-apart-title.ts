/**
 * The article's title typed again at the text's start, set apart from the text by a gap of spaces: the headline above
 * the text shows it already. A module of its own, with no imports: the block reader (../blocks/title-line.ts) reads
 * it too, and bundles nothing more with it.
 */

/**
 * A gap of this many spaces or more, one of them a no-break space, sets the text before it apart as a line of its own:
 * one space is a word's gap; more, kept by "&nbsp;" where markup would fold them, is an author's line break.
 */
const SET_APART_MIN_SPACES = 2;
const LEADING_SPACES = /^\s+/;

/**
 * The text's first words without the article's title, when the title stands there set apart by a gap of spaces
 * ("Python 3.6.0 is now available! &nbsp; Python 3.6.0 is the newest …": a blog that types its headline again as the
 * text's first line, with no element or break of its own, so that ./body-lines.ts isOpeningLine never sees it alone).
 * `text` as the page holds it (its spaces unfolded); the text itself when the title is not so.
 */
export function withoutSetApartTitle(text: string, title: string | undefined): string {
  if (!title) return text;
  const start = text.length - text.trimStart().length;
  const end = start + title.length;
  if (text.slice(start, end).toLowerCase() !== title.toLowerCase()) return text;
  const gap = LEADING_SPACES.exec(text.slice(end))?.[0] ?? '';
  return gap.length >= SET_APART_MIN_SPACES && gap.includes('\u00a0') ? text.slice(end + gap.length) : text;
}
