/**
 * Keeping the reader's place: a new text size, font, width or line spacing reflows the whole article, and the
 * passage being read would slide down or up the window (three steps of A+ moved it 350 px). The block at the
 * top of the reading area stays where it was on screen instead.
 */
import { READING_LINE_PX } from './sections';

/** The article's blocks, in document order: the passage being read is the first one still below the toolbar. */
const BLOCKS =
  '.rd-content .rd-heading, .rd-content p, .rd-content li, .rd-content figure, .rd-content pre, ' +
  '.rd-content blockquote, .rd-content tr';

/** Runs `change` (which reflows the article) and scrolls so that the block being read stays put. */
export function keepPlace(doc: Document, change: () => void): void {
  const view = doc.defaultView;
  // At the top of the page the headline is what is being read, and it stays at the top by itself.
  if (!view || view.scrollY <= 0) {
    change();
    return;
  }
  const anchor = Array.from(doc.querySelectorAll<HTMLElement>(BLOCKS)).find(
    (block) => block.getBoundingClientRect().bottom > READING_LINE_PX,
  );
  const before = anchor?.getBoundingClientRect().top;
  change();
  if (!anchor || before === undefined) return;
  const moved = anchor.getBoundingClientRect().top - before;
  if (moved) view.scrollBy({ top: moved, behavior: 'instant' });
}
