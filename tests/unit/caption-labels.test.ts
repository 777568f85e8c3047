/**
 * A caption's label for screen readers only (a class of ../../src/core/detect/vocabulary/screen-reader-classes.json
 * on it: "Media caption", "Credit") is no caption text a reader sees: the reader's caption leaves it out, and no longer
 * runs it into the words it labels ("Media captionWho is …", zyte c7e39ac4, bbc.com).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import { runsText } from '../../src/core/blocks/inline';
import { SENTENCES as S } from './fixtures/prose';

function captionsOf(figures: string): string[] {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved - City News</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Harbour plan approved</h1><p>${S[0]}</p>${figures}<p>${S[1]}</p><p>${S[2]}</p></article>
    <footer>Copyright 2024 City News</footer></body></html>`;
  const { document } = parseHTML(html);
  const { result } = analyzeDocument(document as unknown as Document, {
    url: 'https://news.example.org/world/harbour-plan-approved/',
    content: true,
  });
  return (result.content ?? []).flatMap((block) => (block.kind === 'figure' ? [runsText(block.caption)] : []));
}

describe("a caption's label for screen readers", () => {
  it('is left out of the caption, whatever framework names it', () => {
    expect(
      captionsOf(`
      <figure><img src="/img/quay.jpg" alt=""><figcaption><span class="off-screen">Media caption</span>Who is the harbour master?</figcaption></figure>
      <figure><img src="/img/crane.jpg" alt=""><figcaption>A crane at dawn. <span class="visually-hidden">Credit</span><span>Jane Doe</span></figcaption></figure>`),
    ).toEqual(['Who is the harbour master?', 'A crane at dawn. Jane Doe']);
  });
});
