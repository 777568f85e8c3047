/**
 * The body's end, read last (content.ts): a heading or a label that heads nothing of the text, and the site's own
 * lines after it with the heading over them, which leaves the outline too.
 */
import { HEADING_LEVELS } from '../read/tags';
import type { ContentItem, ParagraphSource } from './content';
import { DANGLING_LABEL_MAX_CHARS, isBoxLabel, listLabelText } from './honest-items';
import { withoutSiteAppeals } from './site-appeals';

/**
 * How many of the body's paragraphs are its text: a heading or a label ("Mehr Themen:"; without its colon, one that
 * names a box of other stories: "Neueste Blogbeiträge") at the end heads nothing of it (what it named, a teaser
 * list or a comment form, was left out) and is no body text; the outline keeps its own rules. So are the site's own
 * lines after the text (site-appeals.ts), and a heading over them (from `items` too). A picture after it is what it
 * names ("See more photos:"): `lastImage` is the number of paragraphs read when the last picture came.
 */
export function withoutDanglingHeads(
  paragraphs: string[],
  sources: ParagraphSource[],
  lastImage: number,
  items: (ContentItem | null)[],
): number {
  const appeals = withoutSiteAppeals(paragraphs);
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
  // A heading over the site's lines heads them only ('Something to Consider' over a pitch to join): no section either.
  for (let i = end; i < appeals && appeals < paragraphs.length; i++) {
    const at = items.findIndex((item) => item?.kind === 'heading' && item.element === sources[i]!.element);
    if (at >= 0) items[at] = null;
  }
  return end;
}
