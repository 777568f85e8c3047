/**
 * The big number of a fact box set in a quote ("9" over "months the plane has been held", panamaamerica,
 * trafilatura 0968) is no section of the outline (src/core/detect/outline-furniture.ts); a year over its
 * section outside a quote is one. Nor are the post's tags (rel=tag links) bullets of it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineResult } from '../../src/core/types';
import { p } from './fixtures/prose';

function analyse(middle: string): OutlineResult {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
    <h1>Harbour plan approved</h1><div class="text">${p(0)}${p(1)}<h2>What comes next</h2>${p(2)}
    ${middle}${p(3)}</div></article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document, { url: 'https://news.example/2022/harbour' });
}

const headingsOf = (result: OutlineResult): string[] =>
  result.outline.flatMap(function walk(section): string[] {
    return [...(section.level ? [section.text] : []), ...section.children.flatMap(walk)];
  });

describe('the figures of a fact box in a quote', () => {
  it('are no sections of the outline; the text around them is kept', () => {
    const result = analyse(
      '<blockquote><h3>9</h3><p>months the plane has been held.</p><h3>40 %</h3><p>of the berths are new.</p></blockquote>',
    );
    expect(headingsOf(result)).toEqual(['What comes next']);
    expect(result.body).toContain('The mayor said construction could start');
  });

  it('keeps a year over its section, and a worded heading in a quote', () => {
    expect(headingsOf(analyse(`<h2>2021</h2>${p(3)}`))).toContain('2021');
    expect(
      headingsOf(analyse('<blockquote><h3>Nine months</h3><p>The plane has been held.</p></blockquote>')),
    ).toContain('Nine months');
  });
});

describe("the post's tags under it (rel=tag links, dawo-dresden, trafilatura 0853)", () => {
  function bulletsOf(rel: string): string[] {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
      <h1>Harbour plan approved</h1><div>${p(0)}${p(1)}<h2>What comes next</h2>${p(2)}<h2>Tickets</h2>${p(3)}
      <ul><li><a href="/topics/harbour-district" ${rel}>Harbour district</a></li>
      <li><a href="/topics/eastern-quay" ${rel}>Eastern quay</a></li></ul></div></article></main></body></html>`;
    const result = outlineDocument(parseHTML(html).document as unknown as Document, {
      url: 'https://news.example/2022/harbour',
    });
    return result.outline.flatMap(function walk(section): string[] {
      return [...section.bullets, ...section.children.flatMap(walk)];
    });
  }

  it('are no bullets of the outline; the same list unmarked is', () => {
    expect(bulletsOf('rel="tag"')).toEqual([]);
    expect(bulletsOf('rel="Tag nofollow"')).toEqual([]);
    expect(bulletsOf('')).toEqual(['Harbour district', 'Eastern quay']);
  });
});
