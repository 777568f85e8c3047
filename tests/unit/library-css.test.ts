/**
 * The library's rows lay out only when on screen: a keystroke redraws up to 100 rows of which about 8 show, and laying
 * out all of them was most of a keystroke's time in Chromium with 1,000 outlines ("ele": 60 ms to the laid-out list,
 * 21 ms with `content-visibility: auto`). `auto` keeps the rows in find-in-page, the accessibility tree and tab order.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const css = readFileSync(path.join(__dirname, '../../src/library/library.css'), 'utf8');

describe('the library stylesheet', () => {
  test('skips the layout of rows off screen, with a remembered size for the scroll bar', () => {
    const entryRule = /(?:^|\n)\.entry \{([^}]*)\}/.exec(css)?.[1] ?? '';
    expect(entryRule).toMatch(/content-visibility:\s*auto;/);
    expect(entryRule).toMatch(/contain-intrinsic-size:\s*auto \d+px;/);
    // A row clips what it paints: it keeps room for the focus ring of the Delete button at its edge.
    expect(entryRule).toMatch(/padding: 14px var\(--entry-ring-room\);/);
  });
});
