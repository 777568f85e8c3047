// @vitest-environment happy-dom
/**
 * The reader's line length is set in pixels from the text's size, never in `ch`: a `ch` in --rd-measure resolved
 * against the layout's UI font, whose "0" Chromium and Firefox measure differently, so the same "Medium" gave a
 * 551 px column in one and a 724 px one in the other (58 and 76 characters a line).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { applySettings, measurePx } from '../../src/reader/apply-settings';
import { DEFAULT_READER_SETTINGS } from '../../src/shared/storage/reader-settings';

describe('the reader measure', () => {
  test('is in pixels, from the number of characters and the font size', () => {
    const root = document.createElement('html');
    applySettings(root, { ...DEFAULT_READER_SETTINGS, width: 'medium', fontSize: 19 });
    expect(root.style.getPropertyValue('--rd-measure')).toBe('646px');
    applySettings(root, { ...DEFAULT_READER_SETTINGS, width: 'wide', fontSize: 24 });
    expect(root.style.getPropertyValue('--rd-measure')).toBe('984px');
    expect(measurePx('narrow', 16)).toBe(464);
  });

  test('the stylesheet’s default is the default settings’ measure, in pixels', () => {
    const css = readFileSync(path.join(__dirname, '../../src/reader/reader.css'), 'utf8');
    const declared = /--rd-measure:\s*([^;]+);/.exec(css)?.[1];
    const { width, fontSize } = DEFAULT_READER_SETTINGS;
    expect(declared).toBe(`${measurePx(width, fontSize)}px`);
    expect(/--rd-font-size:\s*([^;]+);/.exec(css)?.[1]).toBe(`${fontSize}px`);
  });
});
