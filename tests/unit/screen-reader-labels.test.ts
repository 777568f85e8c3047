import { describe, expect, it } from 'vitest';
import type { ArticleBlock } from '../../src/core/index';
import { runsText } from '../../src/core/blocks/inline';
import { readerBlocksOf, SENTENCES as S } from './fixtures/prose';

const blocksOf = (inner: string): ArticleBlock[] =>
  readerBlocksOf(`<article><h1>Harbour plan approved</h1><p>${S[0]}</p>${inner}<p>${S[2]}</p></article>`);

const captionsOf = (figures: string): string[] =>
  blocksOf(`${figures}<p>${S[1]}</p>`).flatMap((block) => (block.kind === 'figure' ? [runsText(block.caption)] : []));

describe('a label for screen readers only', () => {
  it('is left out of a caption, whatever framework names it', () => {
    expect(
      captionsOf(`
      <figure><img src="/img/quay.jpg" alt=""><figcaption><span class="off-screen">Media caption</span>Who is the harbour master?</figcaption></figure>
      <figure><img src="/img/crane.jpg" alt=""><figcaption>A crane at dawn. <span class="visually-hidden">Credit</span><span>Jane Doe</span></figcaption></figure>`),
    ).toEqual(['Who is the harbour master?', 'A crane at dawn. Jane Doe']);
  });

  it("is left out of the text, whose paragraph stays (the body's text, which keeps the label, still matches it)", () => {
    const link = '<a href="https://example.org/rates">ten times</a>';
    const label = '<span class="element-invisible"> (link is external)</span>';
    const texts = blocksOf(
      `<p>The fares rose ${link.replace('</a>', `${label}</a>`)} in a year, the harbour office said.</p>`,
    )
      .filter((block) => block.kind === 'paragraph')
      .map((block) => (block.kind === 'paragraph' ? runsText(block.runs) : ''));
    expect(texts).toEqual([S[0], 'The fares rose ten times in a year, the harbour office said.', S[2]]);
  });
});
