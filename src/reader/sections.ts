/** Moving between the article's sections with j / k. */

/** How far below the top of the window (pixels) a heading counts as "being read": under the toolbar. */
export const READING_LINE_PX = 96;

export function articleHeadings(doc: Document): HTMLElement[] {
  return Array.from(doc.querySelectorAll<HTMLElement>('.rd-content .rd-heading'));
}

/** Scrolls to the next (+1) or previous (-1) heading and puts keyboard focus there. */
export function nextSection(doc: Document, direction: 1 | -1): HTMLElement | null {
  const headings = articleHeadings(doc);
  if (!headings.length) return null;
  const tops = headings.map((heading) => heading.getBoundingClientRect().top);
  let target: HTMLElement | undefined;
  if (direction === 1) {
    target = headings.find((_, index) => tops[index]! > READING_LINE_PX + 1);
  } else {
    // The heading above the current one (the current one is at or above the reading line).
    const above = headings.filter((_, index) => tops[index]! < READING_LINE_PX - 1);
    target = above[above.length - 1];
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
