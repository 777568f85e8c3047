/** Moving between the article's sections (or, without any, its key points' places) with j / k. */

/** Where a heading jumped to (the outline's click, j / k) lands: the page's scroll-padding-top (reader.css), under the
 * sticky toolbar. */
export const JUMP_LANDING_PX = 72;
/** Below the landing, the reading line's slack: a heading jumped to is read, a pixel's rounding or its margin aside. */
const LANDING_SLACK_PX = 24;
/**
 * How far below the top of the window (pixels) a heading counts as "being read": the one line of the section marked
 * beside the text (scrolling.ts), the j / k keys and the place kept (keep-place.ts), just below where a jump lands, so
 * that a jump or a step marks the section it went to, not the one before it nor a short one after it.
 */
export const READING_LINE_PX = JUMP_LANDING_PX + LANDING_SLACK_PX;

/**
 * Where a section starts: a heading, or a table cell that is one of the outline's headings (a list's label in a cell, a
 * heading in a table's head: the only cells with an id, which the outline beside the text jumps to).
 */
const SECTION_STARTS = '.rd-content .rd-heading, .rd-content td[id], .rd-content th[id]';

export function articleHeadings(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>(SECTION_STARTS));
}

/** A key point's paragraph: the only paragraphs of the text with an id (Blocks.tsx keyPointDomId). */
const KEY_POINT_PLACES = '.rd-content p[id]';

/**
 * Scrolls to the next (+1) or previous (-1) heading and puts keyboard focus there. An article without headings is
 * stepped through by its key points' places, the places the sidebar lists then.
 */
export function nextSection(doc: Document, direction: 1 | -1): HTMLElement | null {
  const sectionStarts = articleHeadings(doc);
  const stops = sectionStarts.length ? sectionStarts : Array.from(doc.querySelectorAll<HTMLElement>(KEY_POINT_PLACES));
  if (!stops.length) return null;
  const tops = stops.map((stop) => stop.getBoundingClientRect().top);
  let target: HTMLElement | undefined;
  if (direction === 1) {
    target = stops.find((_, index) => tops[index]! > READING_LINE_PX + 1);
  } else {
    // The section being read starts at the last heading at or above the reading line: back to its
    // start, or, when that is where we are, to the section before it.
    let current = -1;
    tops.forEach((top, index) => {
      if (top <= READING_LINE_PX + 1) current = index;
    });
    const atItsStart = current >= 0 && tops[current]! >= -1;
    target = stops[atItsStart ? current - 1 : current];
  }
  if (!target) {
    if (direction === -1) doc.defaultView?.scrollTo({ top: 0 });
    return null;
  }
  if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
  return target;
}
