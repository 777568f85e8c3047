/**
 * Where the byline is read from when the obvious places fail: an author the JSON-LD gives by reference only
 * (src/core/detect/metadata/json-ld.ts, byline.ts), and a byline element in an <article> nested in the page's
 * (src/core/detect/metadata/byline-elements.ts). Documents are parsed with linkedom, as the CLI does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/detect/metadata';

function page(head: string, body = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const bylineOf = (doc: Document) => extractMetadata(doc, {}).byline;

/** A Yoast-style `@graph`: the article names its author by `@id`, the Person node apart. */
const graph = (name: string) =>
  jsonLd({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', '@id': 'https://harbour.example/#website', name: 'Harbour Times' },
      {
        '@type': 'BlogPosting',
        '@id': 'https://harbour.example/p/#article',
        headline: 'Ferries return',
        author: { '@id': 'https://harbour.example/#/person/1' },
      },
      { '@type': ['Person'], '@id': 'https://harbour.example/#/person/1', name },
    ],
  });

describe('byline from a JSON-LD author given by reference', () => {
  it("reads the Person node the article's author points to (blog.teufel.de, tierschutzpartei.de, rhein-neckar-loewen.de)", () => {
    expect(bylineOf(page(graph('Ada Lane'), '<article><h1>Ferries return</h1><p>Text.</p></article>'))).toBe(
      'Ada Lane',
    );
  });

  it('reads it last: the name a meta tag or the page shows comes first', () => {
    const body = '<article><h1>Ferries return</h1><p class="byline">By Bo Reed</p><p>Text.</p></article>';
    expect(bylineOf(page(graph('Ada Lane'), body))).toBe('Bo Reed');
    expect(bylineOf(page(`${graph('Ada Lane')}<meta name="author" content="Cy Moss">`))).toBe('Cy Moss');
  });

  it("takes no CMS account nor the site's name by reference", () => {
    expect(bylineOf(page(graph('admin')))).toBeNull();
    expect(bylineOf(page(graph('majainfos_zlfca4v6')))).toBeNull();
    const site = `<meta property="og:site_name" content="Harbour Times">${graph('Harbour Times')}`;
    expect(bylineOf(page(site))).toBeNull();
  });
});

describe('byline element in a nested <article>', () => {
  /** The page's byline in its header (a container a reader skips at first), teasers below with their own lines. */
  const story = (teaserByline: string) =>
    page(
      '',
      '<article><header class="single-header"><h1>Ferries return</h1>' +
        '<div class="byline"><a href="/autor/ada-lane">Ada Lane</a> y <a href="/autor/bo-reed">Bo Reed</a></div>' +
        '</header><p>Text of the story.</p>' +
        `<div class="cover-grid"><article class="card"><a href="/other">Other story</a>${teaserByline}</article></div>` +
        '</article>',
    );

  it("is another item's (a card's, a comment's): the page's own byline is read instead (latercera.com)", () => {
    expect(bylineOf(story('<div class="byline">La Cuarta</div>'))).toBe('Ada Lane y Bo Reed');
  });

  it('a byline element in the only <article> stays the byline', () => {
    const doc = page('', '<article><p class="byline">By Sam Writer</p><p>Body text.</p></article>');
    expect(bylineOf(doc)).toBe('Sam Writer');
  });
});

describe('byline in a box named a header that holds the headline', () => {
  /** The byline under the headline in boxes named "…Header" (skipped at first), a list of posts with theirs below. */
  const story = (headerName: string) =>
    page(
      '',
      `<main><section class="${headerName}"><div class="infos"><h1>Ferries return</h1><div class="meta">Par ` +
        '<a class="author" href="/author/ada-lane/">Ada Lane</a><br> Le <span class="date">17/02/2020</span></div>' +
        '</div></section><p>Text of the story.</p><div class="listPosts"><a href="/other">Other story</a>' +
        '<div class="listPosts-infos">Par <a class="listPosts-author" href="/author/bo-reed/">Bo Reed</a></div>' +
        '</div></main>',
    );

  it("is the article's header: its byline, not a listed post's below it (bondyblog.fr 0190, autoindustriya zyte aadb38e5)", () => {
    expect(bylineOf(story('pageHeader'))).toBe('Ada Lane');
  });

  it('a box so named without the headline stays a box a reader skips at first', () => {
    const doc = page(
      '',
      '<header class="site-header"><span class="author">Harbour Desk</span></header><main><h1>Ferries return</h1>' +
        '<p class="byline">By Sam Writer</p><p>Body text.</p></main>',
    );
    expect(bylineOf(doc)).toBe('Sam Writer');
  });
});
