/**
 * Body text leaves out promotion links to the site's own stories ("READ MORE: …", teaser lists and
 * their label) but keeps links to other sites and links inside sentences (src/core/detect/body-links.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  isExternalHref,
  isOwnLinkLine,
  isPromoLinkParagraph,
  rememberedItemShare,
  siteHostOf,
} from '../../src/core/detect/body-links';
import { readArticleContent } from '../../src/core/detect/content';
import { outlineDocument } from '../../src/core/index';
import { p, SENTENCES } from './fixtures/prose';

const HEAD =
  '<title>Harbour plan approved</title><link rel="canonical" href="https://www.citynews.example/harbour-plan-approved">';

function resultOf(article: string) {
  const html = `<!DOCTYPE html><html><head>${HEAD}</head><body><article>${article}</article></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document);
}

describe('body links: promotion lines and teaser lists', () => {
  it('leaves out a "READ MORE:" line linking to another story of the site', () => {
    const body =
      resultOf(
        `${p(0)}${p(1)}<p><strong>READ MORE:</strong> <a href="/city/old-quay-history">The old quay: a history in pictures</a></p>${p(2)}${p(3)}`,
      ).body ?? '';
    expect(body).not.toContain('READ MORE');
    expect(body).not.toContain('history in pictures');
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
  });

  it('reads the site from the canonical URL when the page is served from an IP address (a local copy)', () => {
    // A copy served from this machine: the tag line links to the canonical's site, its own.
    const tags = ['quay', 'harbour', 'city-council']
      .map((tag) => `<a href="https://www.citynews.example/tag/${tag}/">${tag}</a>`)
      .join('');
    const html = `<!DOCTYPE html><html><head>${HEAD}</head><body><article>${p(0)}${p(1)}${p(2)}${p(3)}<p>${tags}</p>
      </article></body></html>`;
    const body = outlineDocument(parseHTML(html).document as unknown as Document, {
      url: 'http://127.0.0.1:8080/harbour-plan-approved.html',
    }).body;
    expect(body).not.toContain('quayharbour');
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
  });

  it('reads the site from the canonical URL when the address given is no web address (a saved page)', () => {
    const html = `<!DOCTYPE html><html><head>${HEAD}</head><body><article>${p(0)}${p(1)}<p><strong>Lea también:&nbsp;<a
      href="https://www.citynews.example/city/old-quay-history">The old quay: a history in pictures</a></strong></p>${p(2)}${p(3)}</article></body></html>`;
    const body = outlineDocument(parseHTML(html).document as unknown as Document, {
      url: 'file:///home/me/harbour-plan-approved.html',
    }).body;
    expect(body).not.toContain('history in pictures');
    for (const sentence of SENTENCES) expect(body).toContain(sentence);
  });

  it('leaves out a labelled list of teaser links (same site, absolute or relative), the outline too', () => {
    const result = resultOf(`${p(0)}${p(1)}${p(2)}${p(3)}<p>Don't miss</p><ul>
      <li><a href="https://citynews.example/city/bridge-closed">Bridge closed for repairs until June</a></li>
      <li><a href="/city/new-tram-line">New tram line opens in the north</a></li></ul>`);
    expect(result.body).not.toContain("Don't miss");
    expect(result.body).not.toContain('Bridge closed');
    expect(JSON.stringify(result.outline)).not.toContain('New tram line opens in the north');
  });

  it('leaves a table of contents (in-page anchor links) and its label out of the body', () => {
    const body =
      resultOf(`<div class="toc"><p>Contents</p><ol><li><a href="#plan">The plan</a></li><li><a href="#money">The money</a></li></ol></div>
      <h2 id="plan">The plan</h2>${p(0)}${p(1)}<h2 id="money">The money</h2>${p(2)}${p(3)}`).body ?? '';
    expect(body.split('\n\n')).toEqual([
      'The plan',
      SENTENCES[0],
      SENTENCES[1],
      'The money',
      SENTENCES[2],
      SENTENCES[3],
    ]);
  });

  it('keeps links to other sites, and sentences that hold links', () => {
    const body =
      resultOf(`${p(0)}<ul><li><a href="https://shop.example.com/lamp">Get the harbour lamp at Shop for $20</a></li></ul>
      <p>The <a href="/plan">plan</a> was first <a href="/council">presented</a> to the council in 2017, after a long consultation with residents.</p>${p(1)}${p(2)}${p(3)}`)
        .body ?? '';
    expect(body).toContain('Get the harbour lamp at Shop for $20');
    expect(body).toContain('was first presented to the council in 2017');
  });

  it("keeps a linked point of the writer's list in the body and the reader, not as a related story (lifehacker-working)", () => {
    const result = outlineDocument(
      parseHTML(`<!DOCTYPE html><html><head>${HEAD}</head><body><article>${p(0)}${p(1)}<ul>
      <li>Is this a planned purchase?</li><li>Will it end up in the crap pile one day?</li>
      <li><a href="/city/where-will-it-go">Where am I going to put it</a>?</li><li>Have I included this in my budget?</li>
      </ul>${p(2)}${p(3)}<ul><li>Date 23.05.2011</li><li>Print <a href="javascript:window.print()">Print this page</a></li>
      <li>Link https://p.example/x</li></ul></article></body></html>`).document as unknown as Document,
      { content: true },
    );
    expect(result.body).toContain('Where am I going to put it?');
    expect(JSON.stringify(result.content)).toContain('Where am I going to put it');
    expect(result.related.map((story) => story.title)).not.toContain('Where am I going to put it');
    // A "javascript:" link is a button, no point of the list: left out as before.
    expect(result.body).not.toContain('Print this page');
  });

  it("keeps a linked point of the writer's list when most of its other items are text (0030, readability 002)", () => {
    const body =
      resultOf(`${p(0)}${p(1)}<p>Our favourite spots by the water:</p><ul>
      <li><a href="https://kantine.example/">The canteen</a> in the old harbour</li><li>The piers on the river</li>
      <li><a href="/2017/03/lodges">The Lodges</a> and the <a href="/2017/04/pier">Pier</a> at Glen</li>
      <li>The beach below the cliffs and everything west of it</li><li>The <a href="/2016/motel">Beach Motel</a></li>
      </ul>${p(2)}<p>A body is one of these types:</p><ul><li><a href="/docs/buffer">ArrayBuffer</a></li>
      <li><a href="/docs/view">ArrayBufferView</a> (Uint8Array and friends)</li><li>string</li>
      <li><a href="/docs/form">FormData</a>, which is not supported by either engine yet, to ship in version 39.</li>
      </ul>${p(3)}<ul><li><a href="/city/quay">The old quay: a history in pictures</a></li>
      <li><a href="/city/tram">New tram line opens in the north</a></li><li>A line of text</li></ul>`).body ?? '';
    expect(body).toContain('The Lodges and the Pier at Glen');
    expect(body).toContain('The Beach Motel');
    expect(body).toContain('\nArrayBuffer\n');
    expect(body).toContain('ArrayBufferView (Uint8Array and friends)');
    // A list most of whose items are links to the site's stories is a teaser list, left out as before.
    expect(body).not.toContain('history in pictures');
    expect(body).not.toContain('New tram line');
  });

  it('keeps the text when it is nothing but links (no empty body)', () => {
    const doc = parseHTML(
      `<html><head>${HEAD}</head><body><div id="a"><p><a href="/a">A first story about the harbour</a></p><p><a href="/b">A second story about the quay</a></p></div></body></html>`,
    ).document as unknown as Document;
    const content = readArticleContent([doc.getElementById('a')!], () => false);
    expect(content.paragraphs).toEqual(['A first story about the harbour', 'A second story about the quay']);
  });

  it('tells promotion links from text by link share, label length and target site', () => {
    expect(isPromoLinkParagraph({ chars: 60, linkChars: 50, external: false })).toBe(true);
    expect(isPromoLinkParagraph({ chars: 60, linkChars: 50, external: true })).toBe(false);
    expect(isPromoLinkParagraph({ chars: 200, linkChars: 120, external: false })).toBe(false);
    expect(isPromoLinkParagraph({ chars: 60, linkChars: 20, external: false })).toBe(false);
    // A linked point of a plain list is the writer's text, whatever its counts (its siblings are read last).
    const list = parseHTML(
      `<ul><li>First point</li><li id="p"><a href="/a">A linked point</a></li><li>Third point</li></ul>
      <ul><li>A line</li><li id="t"><a href="/b">A linked line</a></li><li><a href="/c">Another</a></li></ul>`,
    ).document as unknown as Document;
    for (const [id, promo] of [
      ['p', false],
      ['t', true],
    ] as const) {
      const line = list.getElementById(id)!;
      expect(isPromoLinkParagraph({ chars: 60, linkChars: 50, external: false }, line), id).toBe(promo);
      expect(isPromoLinkParagraph({ chars: 200, linkChars: 120, external: false }, line), id).toBe(false);
      expect(isPromoLinkParagraph({ chars: 60, linkChars: 50, external: true }, line), id).toBe(false);
    }
    // Every line of one list judged with its items' shares read once (the related stage's reader): the same answers.
    // A "javascript:" link is a button, no point of the text, though its siblings make a plain list (a line with no
    // link is none either).
    const points = parseHTML(
      `<ul><li>First point</li><li>Second point</li><li>Third point</li><li><a href="javascript:print()">Print it</a></li>
      <li><a href="/a">A linked point</a></li><li><a href="/b">Another linked point</a></li></ul>`,
    ).document as unknown as Document;
    const lines = [...points.querySelectorAll('li')];
    const counts = { chars: 60, linkChars: 50, external: false };
    const shared = rememberedItemShare();
    const answers = lines.map((line) => isPromoLinkParagraph(counts, line, shared));
    expect(answers).toEqual(lines.map((line) => isPromoLinkParagraph(counts, line)));
    expect(answers).toEqual([true, true, true, true, false, false]);
    // A line all link text asks its links' sites; one with other text is answered without a URL read.
    const asked: string[][] = [];
    const anyExternal = (hrefs: readonly string[]): boolean => {
      asked.push([...hrefs]);
      return hrefs.includes('https://x.example/');
    };
    expect(isOwnLinkLine({ total: 30, link: 30, hrefs: ['/a', '/b'] }, anyExternal)).toBe(true);
    expect(isOwnLinkLine({ total: 30, link: 30, hrefs: ['/a', 'https://x.example/'] }, anyExternal)).toBe(false);
    expect(isOwnLinkLine({ total: 30, link: 12, hrefs: ['/a'] }, anyExternal)).toBe(false);
    expect(asked).toEqual([
      ['/a', '/b'],
      ['/a', 'https://x.example/'],
    ]);
    const doc = parseHTML(`<html><head>${HEAD}</head><body></body></html>`).document as unknown as Document;
    const host = siteHostOf(doc);
    expect(host).toBe('citynews.example');
    expect(isExternalHref('/x', host)).toBe(false);
    expect(isExternalHref('https://m.citynews.example/x', host)).toBe(false);
    expect(isExternalHref('//cdn.other.example/x', host)).toBe(true);
    expect(isExternalHref('https://amzn.to/abc', host)).toBe(true);
    expect(isExternalHref('https://citynews.example/x', null)).toBe(true);
  });

  it('finds the site host in the head, in a body the head spilled into, and not at all without one', () => {
    const spilled = parseHTML(
      `<html><head><title>x</title></head><body><meta property="og:url" content="https://www.other.example/a"><p>x</p></body></html>`,
    ).document as unknown as Document;
    expect(siteHostOf(spilled)).toBe('other.example');
    const none = parseHTML(`<html><head><title>x</title></head><body><p>x</p></body></html>`)
      .document as unknown as Document;
    expect(siteHostOf(none)).toBe(null);
  });
});
