/**
 * The body's end, read last (content.ts): a heading or a label that heads nothing of the text, and the site's own
 * lines after it with the heading over them, which leaves the outline too.
 */
import { HEADING_LEVELS } from '../read/tags';
import type { ContentItem, ParagraphSource } from './content';
import { DANGLING_LABEL_MAX_CHARS, isBoxLabel, listLabelText } from './honest-items';
import { withoutSiteAppeals } from './site-appeals';
import { isArticleNote } from './furniture-text';

/**
 * A divider line typed near the text's end ('___', body-lines.ts) closes the story: a few short lines after it are its
 * trailer, a note on the site's coverage ("Follow AP's full coverage of … at https://…", "More AP NBA: …") or the
 * writer's tagline, none of its text. At most this many paragraphs, ...
 */
const TRAILER_MAX_PARAGRAPHS = 2;
/** ... each one line (characters; the three benchmark trailers seen: 67–87): a story's paragraph is longer. */
const TRAILER_LINE_MAX_CHARS = 100;

/** Where the trailer after the last divider starts (`start`: paragraphs read at the divider, or -1), else the end. */
function trailerStart(paragraphs: readonly string[], sources: readonly ParagraphSource[], start: number): number {
  if (start < 1 || paragraphs.length - start > TRAILER_MAX_PARAGRAPHS) return paragraphs.length;
  // A list after the divider is a section of the text too (a heading there heads the trailer only); a note about the
  // article there ("This version corrects …", "… contributed to this report.") is its end, as it is without one.
  for (let i = start; i < paragraphs.length; i++) {
    const text = paragraphs[i]!;
    if (text.length > TRAILER_LINE_MAX_CHARS || sources[i]!.kind === 'item' || isArticleNote(text))
      return paragraphs.length;
  }
  return start;
}

/**
 * How many of the body's paragraphs are its text: a heading or a label ("Mehr Themen:"; without its colon, one that
 * names a box of other stories: "Neueste Blogbeiträge") at the end heads nothing of it (what it named, a teaser
 * list or a comment form, was left out) and is no body text; the outline keeps its own rules. So are the site's own
 * lines after the text (site-appeals.ts), and a heading over them (from `items` too). A picture after it is what it
 * names ("See more photos:"): `lastImage` is the number of paragraphs read when the last picture came. So is the
 * trailer after a divider line at the end (trailerStart).
 */
export function withoutDanglingHeads(
  paragraphs: string[],
  sources: ParagraphSource[],
  lastImage: number,
  items: (ContentItem | null)[],
  divider: number,
): number {
  const trailer = trailerStart(paragraphs, sources, divider);
  const appeals = Math.min(withoutSiteAppeals(paragraphs), trailer);
  let end = appeals;
  for (; end > 1 && lastImage < end; end--) {
    const text = paragraphs[end - 1]!;
    const element = sources[end - 1]!.element;
    if (
      text.length > DANGLING_LABEL_MAX_CHARS ||
      (listLabelText(text) === text && !(element && element.localName in HEADING_LEVELS) && !isBoxLabel(text, element))
    )
      break;
  }
  // A heading over the site's lines heads them only ('Something to Consider' over a pitch to join): no section either;
  // nor one in a divider's trailer.
  const last = trailer < paragraphs.length ? paragraphs.length : appeals;
  for (let i = end; i < last && appeals < paragraphs.length; i++) {
    const at = items.findIndex((item) => item?.kind === 'heading' && item.element === sources[i]!.element);
    if (at >= 0) items[at] = null;
  }
  return end;
}
