/**
 * The kicker over the title heading ("Analysis", "Exclusive", a section's name): the heading or line read right before
 * the title heading, nothing kept between (a dropped date may be), labels the story and is none of its text.
 */
import { contains, textContent } from '../../read/dom';
import type { ContentItem, NoiseCapture, ParagraphSource, WalkRecord } from '../content-kinds';
import { isKickerHeading, kickerLines } from '../honest-items';

const isInside = (heading: Element, element: Element | null): boolean => !!element && contains(heading, element);

/** Where the reading stood when a heading ended: paragraphs and items read (for the kicker and sign-off rules). */
export type HeadingEnds = Map<number, { paragraphs: number; items: number }>;

/**
 * Drops the kicker of `walk.titleHeading` from what was read so far. `itemsAtParagraph`: the items read when the
 * last paragraph was kept (a line is the kicker only when no item came after it); `noise`: a left-out block open
 * since before the kicker, which must end where the paragraphs end now.
 */
export function dropTitleKicker(
  items: (ContentItem | null)[],
  headingEnds: HeadingEnds,
  paragraphs: string[],
  sources: ParagraphSource[],
  itemsAtParagraph: number,
  walk: WalkRecord,
  noise: NoiseCapture | null,
): void {
  let last = items.length - 1;
  while (last >= 0 && items[last] === null) last--;
  const item = items[last];
  const end = headingEnds.get(last);
  const headingAtEnd = item?.kind === 'heading' && !item.pseudo && end?.paragraphs === paragraphs.length;
  const lines = last < itemsAtParagraph ? kickerLines(paragraphs, textContent(walk.titleHeading!), last < 0) : 0;
  if (headingAtEnd && end?.items === items.length) {
    if (!isKickerHeading(item.text, walk.title ?? '')) return;
    items[last] = null;
    // Its lines leave the text too (the reader keeps the text's lines): they end it, read inside the heading.
    while (paragraphs.length && isInside(item.element, sources[sources.length - 1]!.element)) {
      paragraphs.pop();
      sources.pop();
    }
    if (noise) noise.paragraphCount = Math.min(noise.paragraphCount, paragraphs.length);
  } else if (lines) {
    paragraphs.length -= lines;
    // A bold kicker is a pseudo-heading too.
    if (item?.element === sources.splice(-lines)[lines - 1]?.element) items[last] = null;
    if (noise) noise.paragraphCount = Math.min(noise.paragraphCount, paragraphs.length);
  }
}
