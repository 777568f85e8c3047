/**
 * Where the panel goes: at the chosen edge of the window, beside the article's text when the
 * window leaves room for it there (the article column is measured from the outline's own
 * elements), else over the page as before.
 */
import type { PanelPrefs } from '../../shared/storage/panel-prefs';

/** The panel's usual width. */
export const PANEL_WIDTH_PX = 340;
/** It may narrow to this to fit beside the article, not further (below, the tree gets cramped). */
export const PANEL_MIN_WIDTH_PX = 272;
/** Space between the panel and the window's edge, and between the panel and the article's text. */
export const PANEL_GAP_PX = 12;

export type Side = 'left' | 'right';

export interface Placement {
  side: Side;
  width: number;
  /** True when it covers part of the article (the window is too narrow to sit beside it). */
  overlay: boolean;
  /** The panel's top (px): below the site's own fixed header, not over its buttons (unset: the stylesheet's). */
  top?: number;
}

/** The horizontal extent of the article's text, from the outline's elements; null when none is visible. */
export function articleColumn(elements: Iterable<Element>): { left: number; right: number } | null {
  let left = Infinity;
  let right = -Infinity;
  for (const element of elements) {
    if (!element.isConnected) continue;
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) continue; // hidden
    left = Math.min(left, rect.left);
    right = Math.max(right, rect.right);
  }
  return right > left ? { left, right } : null;
}

/** The placement for a window `viewportWidth` wide, given the article column (or null: unknown). */
export function placePanel(
  prefs: Pick<PanelPrefs, 'side'>,
  endSide: Side,
  viewportWidth: number,
  column: { left: number; right: number } | null,
): Placement {
  const preferred: Side = prefs.side === 'auto' ? endSide : prefs.side;
  const overlay: Placement = {
    side: preferred,
    width: Math.min(PANEL_WIDTH_PX, viewportWidth - 2 * PANEL_GAP_PX),
    overlay: true,
  };
  if (!column) return overlay;
  const room = (side: Side) => (side === 'right' ? viewportWidth - column.right : column.left) - 2 * PANEL_GAP_PX;
  const fits = (side: Side): Placement | null => {
    const width = Math.min(PANEL_WIDTH_PX, Math.floor(room(side)));
    return width >= PANEL_MIN_WIDTH_PX ? { side, width, overlay: false } : null;
  };
  const other: Side = preferred === 'right' ? 'left' : 'right';
  // A side the user chose is kept (overlaying if need be); the automatic one may switch sides to fit.
  return fits(preferred) ?? (prefs.side === 'auto' ? fits(other) : null) ?? overlay;
}
