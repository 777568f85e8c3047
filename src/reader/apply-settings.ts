/** Puts the reading settings on the page: a theme attribute and a few CSS variables (see reader.css). */
import type { ReaderSettings } from '../shared/storage/reader-settings';

/** Line width in characters of running text: 60–75 is the comfortable range. */
const WIDTH_CHARS: Record<ReaderSettings['width'], number> = { narrow: 58, medium: 68, wide: 82 };
/**
 * A character of running text (letters and spaces) is about half the font size wide in the reader's serif and sans
 * faces. The measure is in pixels from the text's own size, not in `ch`: a `ch` in `--rd-measure` resolves against
 * the font of the element that uses it, and the layout's is the UI font, whose "0" Chromium and Firefox measure
 * differently (7.6 and 10.2 px at 16 px), so the same setting gave 58 characters a line in one and 76 in the other.
 */
const CHAR_EM = 0.5;
const LINE_HEIGHT: Record<ReaderSettings['lineHeight'], number> = { compact: 1.4, normal: 1.6, loose: 1.85 };

/** The text column's width in CSS pixels for a width setting and a font size. */
export function measurePx(width: ReaderSettings['width'], fontSize: number): number {
  return Math.round(WIDTH_CHARS[width] * CHAR_EM * fontSize);
}

export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  // "system" sets no theme: the light and dark palettes follow prefers-color-scheme.
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--rd-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--rd-measure', `${measurePx(settings.width, settings.fontSize)}px`);
  root.style.setProperty('--rd-line-height', String(LINE_HEIGHT[settings.lineHeight]));
}
