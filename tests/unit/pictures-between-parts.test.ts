/**
 * A picture box between two of the article's parts (its standfirst and its text, which the detector takes as two
 * blocks beside each other) is shown where it stands: the story's lead picture (ekbo.de, trafilatura 0621). Not one
 * whose picture links to another page (a teaser's), nor a box with more text than a caption.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import { readWithPicturesBetween } from '../../src/core/blocks/between-parts';
import type { ArticleBlock } from '../../src/core/index';
import { SENTENCES as S } from './fixtures/prose';

const cdn = (name: string) => `https://cdn.example.org/${name}`;

/** The reader's picture addresses and its blocks' kinds, of a page whose standfirst and text have `between` between. */
function readerOf(between: string): { pictures: string[]; kinds: string[] } {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved - City News</title></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
    <div class="page"><div class="column"><div class="news">
      <h1>Harbour plan approved</h1>
      <p class="intro">${S[3]} ${S[2]}</p>
      ${between}
      <div class="news-text">${[0, 1, 2, 3, 0, 1, 2, 3].map((i, n) => `<p>${S[i]} (${n})</p>`).join('')}</div>
    </div></div><aside class="sidebar"><h2>Events</h2><ul><li><a href="/e/1">Harbour fair</a></li></ul></aside></div>
    <footer>Copyright 2024 City News</footer></body></html>`;
  const { document } = parseHTML(html);
  const { result } = analyzeDocument(document as unknown as Document, {
    url: 'https://news.example.org/world/harbour-plan-approved/',
    content: true,
  });
  const blocks: ArticleBlock[] = result.content ?? [];
  return {
    pictures: blocks.flatMap((block) => (block.kind === 'figure' ? block.images.map((image) => image.src) : [])),
    kinds: blocks.map((block) => block.kind),
  };
}

describe('a picture box between two parts of the article', () => {
  it('is shown where it stands: the lead picture between the standfirst and the text', () => {
    const reader = readerOf(
      `<div class="news-media"><figure><img src="${cdn('lead.jpg')}" alt="The quay" width="736" height="354"></figure></div>`,
    );
    expect(reader.pictures).toEqual([cdn('lead.jpg')]);
    expect(reader.kinds.slice(0, 3)).toEqual(['paragraph', 'figure', 'paragraph']);
  });

  it("is not shown when its picture links to another page (a teaser's) or when it holds more than a caption", () => {
    expect(
      readerOf(`<div class="promo"><a href="/world/other-story/"><img src="${cdn('teaser.jpg')}" alt=""></a></div>
        <div class="box"><img src="${cdn('box.jpg')}" alt=""><p>${S[0]} ${S[1]}</p></div>`).pictures,
    ).toEqual([]);
  });

  it("is not shown after the article's last line: the parts after it show no text (an appeal's banner)", () => {
    const { document } = parseHTML(
      `<div><p id="a">${S[0]}</p><div class="banner"><img src="${cdn('banner.png')}" alt=""></div><p id="b">Support us</p></div>`,
    );
    const [a, b] = [document.getElementById('a')!, document.getElementById('b')!];
    /** Reads a part as its paragraph, a box as its picture; `shown`: the parts whose text the reader shows. */
    const readOf = (shown: Set<Node>) => {
      const blocks: ArticleBlock[] = [];
      const read = (node: Node) => {
        const element = node as Element;
        if (element.className === 'banner')
          blocks.push({ kind: 'figure', images: [{ src: cdn('banner.png'), alt: '' }], caption: [] });
        else if (shown.has(node))
          blocks.push({ kind: 'paragraph', runs: [{ kind: 'text', text: element.textContent ?? '' }] });
      };
      readWithPicturesBetween(
        [a, b],
        () => false,
        blocks,
        read,
        () => {},
      );
      return blocks.map((block) => block.kind);
    };
    expect(readOf(new Set([a, b]))).toEqual(['paragraph', 'figure', 'paragraph']);
    expect(readOf(new Set([a]))).toEqual(['paragraph']);
  });
});
