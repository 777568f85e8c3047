/**
 * Cards of the site's other stories at the end of the article's flow under a heading of their own
 * (src/core/detect/teaser-cards.ts): no section of the outline, no part of the body.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineResult } from '../../src/core/types';
import { p } from './fixtures/prose';

const SUMMARY =
  'The old lighthouse opens its doors again this weekend, with guided tours every hour until the evening.';

/** A card: a picture link, a title that is no link, a summary and a "read more" link, all to one story. */
const card = (href: string, title: string, more = href): string =>
  `<div class="card"><div class="pic"><a href="${href}"><img src="${href}.jpg"></a></div>
   <div class="name">${title}</div><div class="summary">${SUMMARY}</div><a href="${more}">Read more</a></div>`;

function analyse(cards: string): OutlineResult {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
    <h1>Harbour plan approved</h1><div class="text">${p(0)}${p(1)}<h2>What comes next</h2>${p(2)}${p(3)}
    <h3>Summer by the sea</h3><div class="list">${cards}</div></div></article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document, { url: 'https://news.example/2022/harbour' });
}

const headingsOf = (result: OutlineResult): string[] =>
  result.outline.flatMap(function walk(section): string[] {
    return [...(section.level ? [section.text] : []), ...section.children.flatMap(walk)];
  });

describe("cards of other stories at the flow's end (mitvergnuegen, trafilatura 0768)", () => {
  it('leaves the heading over them out of the outline and their titles and summaries out of the body', () => {
    const result = analyse(
      card('/2021/lighthouse', 'The lighthouse reopens') + card('/2022/dunes', 'Walks in the dunes'),
    );
    expect(headingsOf(result)).toEqual(['What comes next']);
    expect(result.body).toContain('The mayor said construction could start');
    expect(result.body).not.toContain('Summer by the sea');
    expect(result.body).not.toContain('Walks in the dunes');
    expect(result.body).not.toContain('guided tours');
  });

  it('keeps cards whose story is linked once, or whose links lead to another site (the text tells of them)', () => {
    const once = analyse(
      card('/2021/lighthouse', 'The lighthouse reopens', '/2021/lighthouse-tours') + card('/2022/dunes', 'Dunes'),
    );
    expect(headingsOf(once)).toContain('Summer by the sea');
    expect(once.body).toContain('The lighthouse reopens');
    const elsewhere = analyse(
      card('https://other.example/lighthouse', 'The lighthouse reopens') + card('/2022/dunes', 'Walks in the dunes'),
    );
    expect(headingsOf(elsewhere)).toContain('Summer by the sea');
  });
});
