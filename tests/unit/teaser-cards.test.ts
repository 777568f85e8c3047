/**
 * Cards of the site's other stories at the end of the article's flow under a heading of their own
 * (src/core/detect/teaser-cards.ts): no section of the outline, no part of the body.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runsText } from '../../src/core/blocks/inline';
import { analyzeDocument, outlineDocument } from '../../src/core/index';
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

describe("another story's linked headline at the flow's end (onlinemarketing, trafilatura 0893)", () => {
  /** The article, then `after` in its flow; the outline's headings and the reader's. */
  function read(after: string): { outline: string[]; reader: string[] } {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
      <h1>Harbour plan approved</h1><div class="text">${p(0)}${p(1)}<h2>What comes next</h2>${p(2)}${p(3)}
      ${after}</div></article></main></body></html>`;
    const document = parseHTML(html).document as unknown as Document;
    const { result } = analyzeDocument(document, { url: 'https://news.example/2022/harbour', content: true });
    const reader = (result.content ?? []).flatMap((block) => (block.kind === 'heading' ? [runsText(block.runs)] : []));
    return { outline: headingsOf(result), reader };
  }
  const ferry = '<a href="/2023/ferry">The ferry returns to the island</a>';
  const picture =
    '<div class="image"><figure><a href="/2023/ferry"><img src="/ferry.jpg" width="980"></a></figure></div>';

  it('is no section of the outline nor a heading of the reader', () => {
    const teaser = read(`<hr><h3>${ferry}</h3>${picture}`);
    expect(teaser.outline).toEqual(['What comes next']);
    expect(teaser.reader).not.toContain('The ferry returns to the island');
    // Nothing under it at all: the same.
    expect(read(`<h3>${ferry}</h3>`).outline).toEqual(['What comes next']);
  });

  it('stays a section when text follows it, when it is partly a link, or when it links to another site', () => {
    expect(read(`<h3>${ferry}</h3>${p(4)}`).outline).toContain('The ferry returns to the island');
    expect(read(`<h3>Why ${ferry}</h3>${picture}`).outline).toContain('Why The ferry returns to the island');
    const elsewhere = '<a href="https://other.example/ferry">The ferry returns to the island</a>';
    expect(read(`<h3>${elsewhere}</h3>${picture}`).outline).toContain('The ferry returns to the island');
  });

  it('is a teaser in the text too, under a label of other stories ("Leggi anche", remember8090, zyte b6fb53e9)', () => {
    const body = (after: string): string => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><article>
        <h1>Harbour plan approved</h1><div class="text">${p(0)}${p(1)}<h2>What comes next</h2>${p(2)}
        ${after}${p(3)}</div></article></main></body></html>`;
      const document = parseHTML(html).document as unknown as Document;
      return outlineDocument(document, { url: 'https://news.example/2022/harbour' }).body ?? '';
    };
    for (const label of ['<p>Read also</p>', '<p>Leggi anche:</p>']) {
      const teaser = read(`${label}<h3>${ferry}</h3>${p(1)}`);
      expect(teaser.outline).toEqual(['What comes next']);
      expect(teaser.reader).not.toContain('The ferry returns to the island');
      const text = body(`${label}<h3>${ferry}</h3>`);
      expect(text).not.toMatch(/Read also|Leggi anche|ferry returns/);
      expect(text).toContain('The mayor said construction could start');
    }
    // A label that is no other stories' ("In short") over it: a section of the text as before.
    expect(read(`<p>In short</p><h3>${ferry}</h3>${p(1)}`).outline).toContain('The ferry returns to the island');
  });
});
