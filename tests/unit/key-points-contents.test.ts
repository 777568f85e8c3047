/**
 * A table of contents' entry is no key point (src/core/detect/key-points/contents-entry.ts): a list item that links
 * to a heading of the page announces a section; an item whose in-page link leads to a footnote is still prose.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findKeyPoints } from '../../src/core/detect/key-points';
import { isContentsEntry } from '../../src/core/detect/key-points/contents-entry';
import { STORY } from '../support/key-points';

const ITEMS = [
  'Why the cooperative is the right partner for the eastern harbour warehouses.',
  'Risks we see with the loan for the new quay walls of the harbour.',
  'Our plans for following the harbour cooperative’s work in the coming years.',
];

/** A page of two story paragraphs and a list of ITEMS, each linking to `target` ("h2": a section's heading). */
function page(target: 'h2' | 'note') {
  const ids = ['why', 'risks', 'plans'];
  const items = ITEMS.map((item, i) => `<li>${item} (<a href="#${ids[i]}">More</a>)</li>`).join('');
  const targets = ids
    .map((id) => (target === 'h2' ? `<h2 id="${id}">Section ${id}</h2>` : `<p id="${id}">Note ${id}.</p>`))
    .join('');
  const { document } = parseHTML(
    `<html><body><article><p>${STORY[0]}</p><p>${STORY[1]}</p><ul>${items}</ul>${targets}</article></body></html>`,
  );
  const elements = [...document.querySelectorAll('article > p:not([id]), li')] as unknown as Element[];
  return { document, elements };
}

function keyPointsOf(target: 'h2' | 'note'): string[] {
  const { elements } = page(target);
  return findKeyPoints({
    paragraphs: [STORY[0]!, STORY[1]!, ...ITEMS.map((item) => `${item} (More)`)],
    sources: elements.map((element, i) => ({ element, kind: i < 2 ? 'prose' : 'item' }) as const),
    lang: 'en',
    title: 'Harbour plan approved',
    byline: null,
    wordCount: 200,
  }).keyPoints.map((point) => point.text);
}

describe("a table of contents' entry", () => {
  it('is a list item with a link to a heading of the page', () => {
    const [first, second, item] = page('h2').elements;
    expect(isContentsEntry(item!)).toBe(true);
    expect(isContentsEntry(first!)).toBe(false);
    expect(isContentsEntry(second!)).toBe(false);
    expect(isContentsEntry(page('note').elements[2]!)).toBe(false);
    expect(isContentsEntry(null)).toBe(false);
  });

  it('links to any level of heading, or to an anchor inside one', () => {
    const { document } = parseHTML(
      '<html><body><ul><li><a href="#deep">Deep</a></li><li><a href="#inner">Inner</a></li><li><a href="#box">Box</a></li></ul>' +
        '<h6 id="deep">Deep</h6><h3><span id="inner">Inner</span></h3><section id="box"><h2>Box</h2></section></body></html>',
    );
    const [deep, inner, box] = [...document.querySelectorAll('li')] as unknown as Element[];
    expect(isContentsEntry(deep!)).toBe(true);
    expect(isContentsEntry(inner!)).toBe(true);
    expect(isContentsEntry(box!)).toBe(false);
  });

  it('gives no key point, however few the others; a list item linking to a note still does', () => {
    expect(keyPointsOf('h2')).toEqual([STORY[0], STORY[1]]);
    const withNotes = keyPointsOf('note');
    expect(withNotes).toHaveLength(3);
    expect(ITEMS).toContain(withNotes[2]);
  });
});
