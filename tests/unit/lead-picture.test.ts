/**
 * The article's lead picture (blocks/lead-picture.ts): the first picture of the page's <article>, standing before
 * the text the reader reads (a blog's featured image above the headline), is the reader's first block. A portrait,
 * a logo, a teaser's picture, a gallery, a hidden picture or one the text shows already is none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import type { ArticleBlock } from '../../src/core/index';
import { validateArticleBlocks } from '../../src/shared/article/validate';
import { readerBlocksOf, SENTENCES } from './fixtures/prose';

const PHOTO = 'https://news.example.org/uploads/2024/05/harbour-cranes-800x445.jpg';

const analyse = (beforeText: string, text = ''): ArticleBlock[] =>
  readerBlocksOf(`<article class="post">${beforeText}
      <div class="entry-header"><h1>Harbour plan approved</h1></div>
      <div class="entry-content">${text}${SENTENCES.map((sentence) => `<p>${sentence} ${sentence}</p>`).join('')}</div>
    </article>`);

const pictures = (blocks: ArticleBlock[]) =>
  blocks.filter((block) => block.kind === 'figure').flatMap((block) => block.images.map((image) => image.src));

describe('the lead picture before the text', () => {
  it('is the reader’s first block, a link to its full size around it or not, its caption read', () => {
    const featured = `<div class="featured-image"><a href="/uploads/2024/05/harbour-cranes.jpg"><img src="${PHOTO}" width="800" height="445" alt=""></a></div>`;
    const blocks = analyse(featured);
    expect(blocks[0]).toMatchObject({ kind: 'figure', images: [{ src: PHOTO, width: 800 }] });
    expect(pictures(blocks)).toEqual([PHOTO]);
    expect(validateArticleBlocks(blocks)).toEqual(blocks);
    const figure = analyse(
      `<figure><img src="${PHOTO}" alt="Cranes"><figcaption>Cranes at the harbour. Photo: Ann Lee</figcaption></figure>`,
    );
    expect(figure[0]).toMatchObject({
      kind: 'figure',
      caption: [{ kind: 'text', text: 'Cranes at the harbour. Photo: Ann Lee' }],
    });
  });

  it("has its <figure>'s caption though a box around the picture has text of its own (a spinner's label; spektrum)", () => {
    const blocks = analyse(
      `<figure><div class="lazy-wrapper"><img src="${PHOTO}" alt="Cranes"><span class="sr-only">Loading...</span></div>
      <figcaption><div class="image-copyright">© Ann Lee / City News</div></figcaption></figure>`,
    );
    expect(blocks[0]).toMatchObject({ kind: 'figure', caption: [{ kind: 'text', text: '© Ann Lee / City News' }] });
    // Not a caption of a figure that holds other pictures besides.
    const two = analyse(
      `<figure><div><img src="${PHOTO}" alt="Cranes"> Loading...</div><img src="https://news.example.org/x/dock-800x445.jpg" alt="">
      <figcaption>Both docks</figcaption></figure>`,
    );
    expect(two.filter((block) => block.kind === 'figure' && block.caption.length)).toEqual([]);
  });

  it('is none for a portrait, a logo, a teaser’s picture, a gallery or a hidden picture', () => {
    expect(
      pictures(analyse(`<div class="author"><img src="${PHOTO}" width="80" height="80" alt="Ann Lee"></div>`)),
    ).toEqual([]);
    expect(
      pictures(analyse('<div><img src="https://news.example.org/img/print-header-logo.png" alt=""></div>')),
    ).toEqual([]);
    // A file whose name ends in the letters is no logo ("catalogo": Italian and Spanish for a catalogue).
    const catalogue = 'https://news.example.org/uploads/2024/05/catalogo-800x445.jpg';
    expect(pictures(analyse(`<div><img src="${catalogue}" alt=""></div>`))).toEqual([catalogue]);
    expect(
      pictures(analyse(`<div class="teaser"><a href="/world/other-story/"><img src="${PHOTO}" alt=""></a></div>`)),
    ).toEqual([]);
    const gallery = [1, 2, 3].map((n) => `<img src="https://news.example.org/uploads/2024/05/photo-${n}.jpg" alt="">`);
    expect(pictures(analyse(`<div class="gallery">${gallery.join('')}</div>`))).toEqual([]);
    expect(pictures(analyse(`<div style="display:none"><img src="${PHOTO}" alt=""></div>`))).toEqual([]);
  });

  it('is not shown twice when the text shows it', () => {
    const blocks = analyse(`<div><img src="${PHOTO}" alt=""></div>`, `<figure><img src="${PHOTO}" alt=""></figure>`);
    expect(pictures(blocks)).toEqual([PHOTO]);
  });

  it('is none outside an <article>, where the page’s pictures before the text are anybody’s', () => {
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>
      <div><img src="${PHOTO}" alt=""></div><h1>Harbour plan approved</h1>
      <div class="entry-content">${SENTENCES.map((sentence) => `<p>${sentence} ${sentence}</p>`).join('')}</div></body></html>`;
    const { document } = parseHTML(html);
    const { result } = analyzeDocument(document as unknown as Document, {
      url: 'https://news.example.org/a/',
      content: true,
    });
    expect(pictures(result.content ?? [])).toEqual([]);
  });
});
