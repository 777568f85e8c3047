/**
 * Reading an element's text once (src/core/detect/metadata/dom-text.ts): the date rules' byline-area test.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasShortText, shortSpacedTextTest } from '../../src/core/detect/metadata/dom-text';

function element(html: string): Element {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`);
  return document.body.firstElementChild as unknown as Element;
}

describe('shortSpacedTextTest', () => {
  it('answers as hasShortText with runs of spaces read as one (an indented byline area is short)', () => {
    const isShort = shortSpacedTextTest(30);
    const indented = element('<p>By   Jane\n\n\n          Doe          ·\n          March 3</p>');
    const long = element('<p>By Jane Doe, our correspondent, March 3</p>');
    expect(isShort(indented)).toBe(hasShortText(indented, 30, true));
    expect(isShort(indented)).toBe(true);
    expect(isShort(long)).toBe(false);
  });

  it("reads an element's text once: later questions get the first read's answer", () => {
    const isShort = shortSpacedTextTest(30);
    const area = element('<p>By Jane · March 3</p>');
    expect(isShort(area)).toBe(true);
    area.textContent = 'x'.repeat(50);
    expect(hasShortText(area, 30, true)).toBe(false);
    expect(isShort(area)).toBe(true);
  });
});
