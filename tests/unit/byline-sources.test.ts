/**
 * Where the byline is read from when the obvious places fail: a byline element in an <article> nested in the page's
 * (src/core/detect/metadata/byline-elements.ts). Documents are parsed with linkedom, as the CLI does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/core/detect/metadata';

function page(head: string, body = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}
const bylineOf = (doc: Document) => extractMetadata(doc, {}).byline;

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
