/**
 * A picture's caption set in the picture's own box after a <br> (src/core/detect/caption-box.ts): "<div><a href=….jpg>
 * <img></a><br/>Wildvogelstation Ferlemann in Dortmund</div>" (trafilatura 0598). The body and the key points leave
 * the line out; the reader shows it as the picture's caption. A sentence after a picture stays the text's.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, type ArticleBlock } from '../../src/core/index';
import { SENTENCES as S } from './fixtures/prose';

/** The body, key points and reader figures of a story with `box` between its fourth and fifth paragraphs. */
function storyWith(box: string) {
  const paragraphs = (from: number) => [0, 1, 2, 3].map((i) => `<p>${S[i]} (${from + i})</p>`).join('');
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved - City News</title></head><body>
    <div class="news"><h1>Harbour plan approved</h1><div class="news-text">${paragraphs(0)}
    ${box}
    ${paragraphs(4)}</div></div></body></html>`;
  const { document } = parseHTML(html);
  const { result } = analyzeDocument(document as unknown as Document, {
    url: 'https://news.example.org/world/harbour-plan-approved/',
    content: true,
  });
  const figures = (result.content ?? []).filter(
    (block): block is Extract<ArticleBlock, { kind: 'figure' }> => block.kind === 'figure',
  );
  // The runs' texts (nested in emphasis and links), joined.
  const text = (runs: unknown) => [...JSON.stringify(runs).matchAll(/"text":"([^"]*)"/g)].map((m) => m[1]).join('');
  return {
    body: result.body ?? '',
    keyPoints: result.keyPoints.map((point) => point.text).join('\n'),
    captions: figures.map((figure) => text(figure.caption)),
    paragraphs: (result.content ?? [])
      .filter((block) => block.kind === 'paragraph')
      .map(text)
      .join('\n'),
  };
}

const PICTURE = '<img src="https://cdn.example.org/quay.jpg" alt="">';

describe("a picture's caption after a <br> in the picture's box", () => {
  it('is no text of the story, and the reader shows it as the caption (designed on trafilatura 0598)', () => {
    const story = storyWith(`<div class="media"><a href="https://cdn.example.org/quay-full.jpg">${PICTURE}</a><br/>
      The new quay seen from the harbour</div>`);
    expect(story.body).not.toContain('The new quay');
    expect(story.keyPoints).not.toContain('The new quay');
    expect(story.paragraphs).not.toContain('The new quay');
    expect(story.captions).toEqual(['The new quay seen from the harbour']);
    // In a paragraph, set in emphasis, with the picture's credit.
    const credited = storyWith(`<p>${PICTURE}<br><em>The new quay at dusk. Photo: Jane Doe/AFP</em></p>`);
    expect(credited.body).not.toContain('The new quay');
    expect(credited.captions[0]).toContain('Photo: Jane Doe/AFP');
  });

  it("opening with the picture's number, a caption though it ends a sentence (baechli-bergsport 0551)", () => {
    const numbered = storyWith(
      `<p>${PICTURE}<br><em>Abbildung 3: Grosser Schneekristall. Jedes Feld ist 2 mm lang.</em></p>`,
    );
    expect(numbered.body).not.toContain('Schneekristall');
    expect(numbered.captions).toEqual(['Abbildung 3: Grosser Schneekristall. Jedes Feld ist 2 mm lang.']);
  });

  it('a sentence after the picture, or a box of more lines, stays the text', () => {
    const sentence = storyWith(`<p>${PICTURE}<br>Work on the new quay starts in May.</p>`);
    expect(sentence.body).toContain('Work on the new quay starts in May.');
    expect(sentence.captions).toEqual(['']);
    const lines = storyWith(`<p>${PICTURE}<br>The new quay<br>Opening in May</p>`);
    expect(lines.body).toContain('The new quay');
  });
});

describe("a picture's caption in a box named for captions, no <figure> (isNamedCaptionBox)", () => {
  const LINE = 'The first global map of the quay. (City of Example)';
  it("is the picture's caption in the reader, a sentence or not (designed on zyte 359fee22)", () => {
    // A paragraph holding an inline box: the picture in a link to another page, its line in a block-styled span.
    const inline = storyWith(`<p><span class="wf_caption" style="display: inline-block;">
      <a href="https://maps.example.org/quay">${PICTURE}</a><span style="display: block;">${LINE}</span></span></p>`);
    expect(inline.captions).toEqual([LINE]);
    expect(inline.body).not.toContain('first global map');
    // A block box, white space between the picture and its line's paragraph.
    const block = storyWith(`<div class="wp-caption"><a href="https://cdn.example.org/quay-full.jpg">${PICTURE}</a>
      <p class="wp-caption-text">${LINE}</p></div>`);
    expect(block.captions).toEqual([LINE]);
    expect(block.paragraphs).not.toContain('first global map');
  });

  it('a box of no caption name, or an inline one with text after it in its paragraph, gains none', () => {
    const unnamed = storyWith(`<p><span class="media"><a href="https://maps.example.org/quay">${PICTURE}</a>
      <span>${LINE}</span></span></p>`);
    expect(unnamed.captions).toEqual(['']);
    const followed = storyWith(
      `<p><span class="wf_caption">${PICTURE}<span>${LINE}</span></span> Work starts in May.</p>`,
    );
    expect(followed.captions).toEqual(['']);
  });
});
