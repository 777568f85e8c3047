/** Puts the reading settings on the page: a theme attribute and a few CSS variables (see reader.css). */
import type { ReaderSettings } from '../shared/storage/reader-settings';

/** Line width in characters of the body font: 60–75 is the comfortable range for running text. */
const WIDTH_CH: Record<ReaderSettings['width'], number> = { narrow: 58, medium: 68, wide: 82 };
const LINE_HEIGHT: Record<ReaderSettings['lineHeight'], number> = { compact: 1.4, normal: 1.6, loose: 1.85 };

export function applySettings(root: HTMLElement, settings: ReaderSettings): void {
  // "system" sets no theme: the light and dark palettes follow prefers-color-scheme.
  if (settings.theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = settings.theme;
  root.dataset.font = settings.font;
  root.style.setProperty('--rd-font-size', `${settings.fontSize}px`);
  root.style.setProperty('--rd-measure', `${WIDTH_CH[settings.width]}ch`);
  root.style.setProperty('--rd-line-height', String(LINE_HEIGHT[settings.lineHeight]));
}
