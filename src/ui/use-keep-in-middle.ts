/**
 * Keeps the row of the section being read in the middle third of the panel's scroll area: when
 * it leaves that band (or was never in it), the area scrolls to put it in the middle. Scrolls
 * only our own scroll box, never the page.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

/** The band, as shares of the scroll area's height, where the active row may sit without a scroll. */
export const MIDDLE_BAND = { top: 1 / 3, bottom: 2 / 3 } as const;

/** The nearest ancestor that scrolls vertically (the panel body), or null. */
function scrollArea(element: HTMLElement): HTMLElement | null {
  for (let node = element.parentElement; node; node = node.parentElement) {
    if (node.dataset.scrollArea !== undefined) return node;
  }
  return null;
}

/** How far to scroll `area` so that a row at [top, bottom] (area coordinates) sits in the middle band; 0: leave it. */
export function middleBandScroll(row: { top: number; bottom: number }, area: { top: number; height: number }): number {
  const bandTop = area.top + area.height * MIDDLE_BAND.top;
  const bandBottom = area.top + area.height * MIDDLE_BAND.bottom;
  if (row.top >= bandTop && row.bottom <= bandBottom) return 0;
  return (row.top + row.bottom) / 2 - (area.top + area.height / 2);
}

/** `drawnRows`: how many rows are drawn (a long tree is drawn in steps): the active row may come in a later step. */
export function useKeepInMiddle(treeRef: RefObject<HTMLElement>, activeId: string | null, drawnRows = 0): void {
  useEffect(() => {
    if (!activeId) return;
    const item = treeRef.current?.querySelector(`[data-key="${CSS.escape(activeId)}"] > .or-row`) as HTMLElement | null;
    const area = item && scrollArea(item);
    if (!item || !area) return;
    const rowRect = item.getBoundingClientRect();
    const areaRect = area.getBoundingClientRect();
    const delta = middleBandScroll(rowRect, { top: areaRect.top, height: areaRect.height });
    if (delta) area.scrollTop += delta;
  }, [activeId, drawnRows]);
}
