/**
 * The reader's block model (src/core/blocks): what the article holds, as typed data, on small pages
 * with furniture beside and inside the article. Checks what is kept, what is not, and that only
 * http(s) links and image sources come out.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import type { ArticleBlock, InlineRun } from '../../src/core/index';
import { runsText } from '../../src/core/blocks/inline';
import { blocksToText } from '../../src/core/blocks/plain-text';
import { isUnlikelyName } from '../../src/core/detect/boilerplate';
import { SENTENCES } from './fixtures/prose';

const PAGE_URL = 'https://news.example.org/world/harbour-plan-approved/';
const S = SENTENCES;

function blocksOf(body: string, head = '<title>Harbour plan approved - City News</title>'): ArticleBlock[] {
  const html = `<!DOCTYPE html><html lang="en"><head>${head}</head><body>${body}</body></html>`;
  const { document } = parseHTML(html);
  const { result } = analyzeDocument(document as unknown as Document, { url: PAGE_URL, content: true });
  expect(result.found).toBe(true);
  return result.content ?? [];
}

function article(inner: string): string {
  return `<nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Harbour plan approved</h1>${inner}</article>
    <footer>Copyright 2024 City News</footer>`;
}

const kinds = (blocks: ArticleBlock[]) => blocks.map((block) => block.kind);
/** The addresses of the reader's pictures, in order. */
const figureSources = (blocks: ArticleBlock[]): string[] =>
  blocks.flatMap((block) => (block.kind === 'figure' ? block.images.map((image) => image.src) : []));
/** A picture's address on the story's image server. */
const cdn = (name: string) => `https://cdn.example.org/${name}`;
function textOf(block: ArticleBlock | undefined): string {
  return block && 'runs' in block ? runsText(block.runs) : '';
}
function allRuns(blocks: ArticleBlock[]): InlineRun[] {
  const out: InlineRun[] = [];
  const visitRuns = (runs: InlineRun[]) => {
    for (const run of runs) {
      out.push(run);
      if ('children' in run) visitRuns(run.children);
    }
  };
  const visit = (list: ArticleBlock[]) => {
    for (const block of list) {
      if ('runs' in block) visitRuns(block.runs);
      if (block.kind === 'list') block.items.forEach((item) => visit(item.blocks));
      if (block.kind === 'quote') visit(block.blocks);
      if (block.kind === 'figure') visitRuns(block.caption);
      if (block.kind === 'table') block.rows.flat().forEach((cell) => visitRuns(cell.runs));
    }
  };
  visit(blocks);
  return out;
}

describe('reader blocks', () => {
  it('is only computed when asked for', () => {
    const { document } = parseHTML(
      `<html><body><article>${S.map((s) => `<p>${s}</p>`).join('')}</article></body></html>`,
    );
    const { result } = analyzeDocument(document as unknown as Document, { url: PAGE_URL });
    expect(result.content).toBeUndefined();
  });

  it('reads paragraphs with links, emphasis, strong and inline code; the title heading is not repeated', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]} <a href="/council">The council</a> met <em>late</em>, <strong>very late</strong>, and ran <code>make vote</code>.</p>
      <p>${S[1]}</p><p>${S[2]}</p><p>${S[3]}</p>`),
    );
    expect(kinds(blocks)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    const first = blocks[0]!;
    expect(textOf(first)).toBe(`${S[0]} The council met late, very late, and ran make vote.`);
    const runs = first.kind === 'paragraph' ? first.runs : [];
    expect(runs).toContainEqual({
      kind: 'link',
      href: 'https://news.example.org/council',
      children: [{ kind: 'text', text: 'The council' }],
    });
    expect(runs).toContainEqual({ kind: 'em', children: [{ kind: 'text', text: 'late' }] });
    expect(runs).toContainEqual({ kind: 'strong', children: [{ kind: 'text', text: 'very late' }] });
    expect(runs).toContainEqual({ kind: 'code', text: 'make vote' });
  });

  it('an h3 that states the title under the lead picture is not repeated; the same words after the text begins are', () => {
    // readability/medium-2: a picture and its caption, then an h3 of the title, then the text.
    const lead = `<figure><img src="${cdn('lead.jpg')}" width="800" height="500"><figcaption>Words need defenders.</figcaption></figure>`;
    const blocks = blocksOf(
      `<article>${lead}<h3>Harbour plan approved</h3><p>${S[0]}</p><p>${S[1]}</p><p>${S[2]}</p>
      <h3>Harbour plan approved</h3><p>${S[3]}</p></article>`,
      '<title>Harbour plan approved</title>',
    );
    expect(kinds(blocks)).toEqual(['figure', 'paragraph', 'paragraph', 'paragraph', 'heading', 'paragraph']);
  });

  it("after a breadcrumb's h1 that states part of the title, the story's h2 that states all of it is not repeated", () => {
    // trafilatura 0545: the h1 short of the headline's last word in the breadcrumb, the whole headline in an h2.
    const blocks = blocksOf(
      `<div class="crumbs"><a href="/">Home</a> <h1>Harbour plan - council vote</h1></div>
      <article><h2><span>Harbour plan</span> <span>council vote approved</span></h2>
      <p>${S[0]}</p><p>${S[1]}</p><p>${S[2]}</p><p>${S[3]}</p></article>`,
      '<title>Harbour plan: council vote approved</title>',
    );
    expect(kinds(blocks)).toEqual(['paragraph', 'paragraph', 'paragraph', 'paragraph']);
    // Another part of the title after the first is a section's heading (trafilatura 0715: "Die Flop 5 der …").
    const sections = blocksOf(
      `<div class="crumbs"><a href="/">Home</a> <h1>Harbour plan - council vote</h1></div>
      <article><p>${S[0]}</p><p>${S[1]}</p><h2>Harbour plan: council vote</h2><p>${S[2]}</p><p>${S[3]}</p></article>`,
      '<title>Harbour plan: council vote approved</title>',
    );
    expect(kinds(sections)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
  });

  it('keeps only http(s) links: javascript:, data: and in-page anchors become plain text', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]} <a href="javascript:alert(1)">Bad</a> <a href="data:text/html,x">Data</a> <a href="#note">Note</a>
      <a href="mailto:a@b.c">Mail</a> <a href="https://other.example.com/x">Good</a></p>${S.slice(1)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    const links = allRuns(blocks).filter((run) => run.kind === 'link');
    expect(links.map((run) => run.kind === 'link' && run.href)).toEqual(['https://other.example.com/x']);
    expect(textOf(blocks[0])).toContain('Bad Data Note Mail Good');
  });

  it('keeps the picture of a box named "media" and nothing else negative (simplyfound-1); an ad, a teaser, a player go', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div class="media-container"><div class="image-wrapper"><img src="${cdn('pi-board.jpg')}"></div></div>
      <p>${S[1]}</p>
      <div class="media-promo"><div class="image-wrapper"><img src="${cdn('offer.jpg')}"></div></div>
      <p>${S[2]}</p>
      <a href="/world/other-story"><div class="media"><div><img src="${cdn('teaser.jpg')}"></div></div></a>
      <div class="media"><div><img src="${cdn('player-still.jpg')}"><video src="${cdn('clip.mp4')}"></video></div></div>
      <p>${S[3]}</p>`),
    );
    expect(figureSources(blocks)).toEqual([cdn('pi-board.jpg')]);
  });

  it('reads headings (with their outline ids), nested lists, quotes, code and data tables', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <h2>What changes</h2>
      <ul><li>Housing on the quay<ul><li>Two hundred flats</li></ul></li><li>A public library</li></ul>
      <blockquote><p>${S[1]}</p></blockquote>
      <h3>The numbers</h3>
      <table><thead><tr><th>Item</th><th>Cost</th></tr></thead><tbody><tr><td>Flats</td><td>40m</td></tr></tbody></table>
      <pre><code class="language-js">const  x = 1;\n  return x;</code></pre>
      <p>${S[2]}</p><p>${S[3]}</p>`),
    );
    expect(kinds(blocks)).toEqual([
      'paragraph',
      'heading',
      'list',
      'quote',
      'heading',
      'table',
      'code',
      'paragraph',
      'paragraph',
    ]);
    expect(blocks[1]).toEqual({ kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'What changes' }], id: 'h0' });
    expect(blocks[4]).toMatchObject({ kind: 'heading', level: 3, id: 'h1' });
    const list = blocks[2]!;
    if (list.kind !== 'list') throw new Error('not a list');
    expect(list.ordered).toBe(false);
    expect(list.items).toHaveLength(2);
    expect(kinds(list.items[0]!.blocks)).toEqual(['paragraph', 'list']);
    const table = blocks[5]!;
    if (table.kind !== 'table') throw new Error('not a table');
    expect(table.rows.map((row) => row.map((cell) => `${cell.header ? 'th' : 'td'}:${runsText(cell.runs)}`))).toEqual([
      ['th:Item', 'th:Cost'],
      ['td:Flats', 'td:40m'],
    ]);
    expect(blocks[6]).toEqual({ kind: 'code', text: 'const  x = 1;\n  return x;', language: 'js' });
  });

  it("a caption's blocks end its lines once, and a credit's label keeps its value on its line (mopo.de's 'Foto:')", () => {
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>
      <figure><img src="/img/quay.jpg" alt="The quay"><figcaption><div><div><p>The eastern quay at dawn.</p></div>
        <div class="credit">Foto: <div><p>Jane Doe</p></div></div>
        <div>Drinking game for harbour fans: <div><p>(1) Count the cranes</p></div></div></div></figcaption></figure>
      <p>${S[1]}</p><p>${S[2]}</p>`),
    );
    const figure = blocks.find((block) => block.kind === 'figure');
    expect(figure?.kind === 'figure' && runsText(figure.caption).split('\n')).toEqual([
      'The eastern quay at dawn.',
      'Foto: Jane Doe',
      // A longer line that ends with a colon leads in to what follows, on a line of its own.
      'Drinking game for harbour fans:',
      '(1) Count the cranes',
    ]);
  });

  it("a caption's parts in inline elements of their own are set apart, as the page's style shows them (nytimes-4, -5)", () => {
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>
      <figure><img src="/img/quay.jpg" alt="The quay"><figcaption><span>The eastern quay at dawn.</span><span><span>Credit</span><span>Jane Doe/City News</span></span></figcaption></figure>
      <figure><img src="/img/crane.jpg" alt="A crane"><figcaption><span>A crane (left)</span><span>© City News</span></figcaption></figure>
      <figure><img src="/img/ferry.jpg" alt="A ferry"><figcaption><span>The ferry to </span><a href="/x">Eastport</a><span>.</span></figcaption></figure>
      <p>${S[1]}</p><p>${S[2]}</p>`),
    );
    const captions = blocks.flatMap((block) => (block.kind === 'figure' ? [runsText(block.caption)] : []));
    expect(captions).toEqual([
      'The eastern quay at dawn. Credit Jane Doe/City News',
      'A crane (left) © City News',
      // Parts of one sentence stay as the page writes them.
      'The ferry to Eastport.',
    ]);
  });

  it('a list of one item that holds the whole post is a box, read as its blocks; a real list stays (fouryears)', () => {
    const blocks = blocksOf(
      article(`<ul><li><p>${S[0]}</p><pre><code>import ctypes\nprint(id(29))</code></pre><p>${S[1]}</p>
      <ul><li>${S[2]}</li></ul>
      <ol><li><p>${S[3]}</p><p>${S[4]}</p></li><li><p>${S[5]}</p><p>${S[6]}</p><p>${S[7]}</p></li></ol></li></ul>`),
    );
    expect(kinds(blocks)).toEqual(['paragraph', 'code', 'paragraph', 'list', 'list']);
    const [single, steps] = blocks.slice(3) as Extract<ArticleBlock, { kind: 'list' }>[];
    expect(single!.items.map((item) => item.blocks.map(textOf))).toEqual([[S[2]]]);
    expect(steps!.items.map((item) => item.blocks.length)).toEqual([2, 3]);
  });

  it('a picture declared 0 high beside its width is shown (a template\'s "auto"); a 1×0 tracker is not (cnet)', () => {
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>
      <figure><img src="${cdn('570x0/zuckerberg.jpg')}" alt="" width="570" height="0"><figcaption>The founder.</figcaption></figure>
      <p>${S[1]}</p><img src="${cdn('pixel.jpg')}" width="1" height="0" alt=""><p>${S[2]}</p>`),
    );
    expect(figureSources(blocks)).toEqual([cdn('570x0/zuckerberg.jpg')]);
    expect(blocks.find((block) => block.kind === 'figure')).toMatchObject({ images: [{ width: 570 }] });
    expect(
      (blocks.find((block) => block.kind === 'figure') as { images: { height?: number }[] }).images[0]!.height,
    ).toBe(undefined);
  });

  it("a <figcaption> just after its <figure> (closed before it) is that picture's caption, not lost (ehow-1)", () => {
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>
      <div><figure><img src="/img/quay.jpg" alt="The quay"></figure>
      <figcaption class="small caption">The eastern quay at dawn (Jane Doe)</figcaption></div>
      <p>${S[1]}</p>
      <div><figure><img src="/img/crane.jpg" alt="A crane"><figcaption>A crane</figcaption></figure>
      <figcaption>Not this one's</figcaption></div>
      <p>${S[2]}</p>
      <div><p>${S[3]}</p><figcaption>Nor one after no figure</figcaption></div>`),
    );
    const captions = blocks.flatMap((block) => (block.kind === 'figure' ? [runsText(block.caption)] : []));
    expect(captions).toEqual(['The eastern quay at dawn (Jane Doe)', 'A crane']);
    expect(blocks.filter((block) => block.kind === 'paragraph').map(textOf)).toEqual([S[0], S[1], S[2], S[3]]);
  });

  it('figures: captions, lazy images (data-src, data-srcset), <picture> and <noscript> fallbacks; only http(s) sources', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <figure><img src="data:image/gif;base64,R0lGOD" data-src="/img/quay.jpg" data-srcset="/img/quay-640.jpg 640w, javascript:x 800w, /img/quay-1280.jpg 1280w" alt="The quay">
        <figcaption>The eastern quay at dawn.</figcaption></figure>
      <p>${S[1]}</p>
      <figure><picture><source type="image/webp" srcset="/img/lib.webp 1x, /img/lib@2x.webp 2x"><img alt="Library"></picture></figure>
      <p>${S[2]}</p>
      <figure><img class="lazy" src="data:image/gif;base64,R0lGOD" alt=""><noscript><img src="https://cdn.example.org/real.jpg" alt="Real"></noscript></figure>
      <p>${S[3]}</p>
      <p><img src="javascript:alert(1)"><img src="https://track.example.com/p.gif" width="1" height="1"></p>`),
    );
    const figures = blocks.filter((block) => block.kind === 'figure');
    expect(figures).toHaveLength(3);
    expect(figures[0]).toEqual({
      kind: 'figure',
      images: [
        {
          src: 'https://news.example.org/img/quay.jpg',
          srcset: 'https://news.example.org/img/quay-640.jpg 640w, https://news.example.org/img/quay-1280.jpg 1280w',
          alt: 'The quay',
        },
      ],
      caption: [{ kind: 'text', text: 'The eastern quay at dawn.' }],
    });
    expect(figures[1]!.kind === 'figure' && figures[1]!.images[0]!.src).toBe(
      'https://news.example.org/img/lib@2x.webp',
    );
    expect(figures[2]!.kind === 'figure' && figures[2]!.images.map((image) => image.src)).toEqual([
      'https://cdn.example.org/real.jpg',
    ]);
  });

  it("a lazy attribute holding a loader's JSON settings gives the address quoted in it (readability/msn)", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <figure><img alt="The quay" data-src="{&quot;default&quot;:{&quot;w&quot;:&quot;73&quot;,&quot;src&quot;:&quot;//cdn.example.org/quay.jpg?w=728&amp;h=410&quot;}}" src="https://cdn.example.org/1x1.gif"></figure>
      <p>${S[1]}</p>`),
    );
    const figure = blocks.find((block) => block.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.images.map((image) => image.src)).toEqual([
      'https://cdn.example.org/quay.jpg?w=728&h=410',
    ]);
  });

  it("a lazy loader's placeholder file is no picture: the address an attribute of its own names, else none (0523, 0723)", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <figure><img src="/ext/Images/lazyloading-placeholder.png" data-replaced="0" alt="" data-lg="/files/avalanche-lg.jpg"
        data-xs="/files/avalanche-xs.jpg"><figcaption>Figure 1: the avalanche at dawn</figcaption></figure>
      <p>${S[1]}</p>
      <div><img src="/c/js/placeholder.gif" srcset="/c/js/placeholder.gif" data-m-lazyloader-src="/static/boxes.png"></div>
      <p>${S[2]}</p>
      <div><img src="//media.example.org/designimages/nbc-ajax-loader.gif" alt="processing..."></div>
      <p>${S[3]}</p>
      <div><img alt="The quay" data-src-mini="//cdn.example.org/quay-small.jpg" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <div class="preloader"></div><noscript><img alt="The quay" src="//cdn.example.org/quay-large.jpg"></noscript></div>
      <p>${S[4]}</p>
      <div><img src="${cdn('loading-dock.jpg')}" alt="The loading dock"></div>`),
    );
    expect(figureSources(blocks)).toEqual([
      'https://news.example.org/files/avalanche-lg.jpg',
      'https://news.example.org/static/boxes.png',
      cdn('quay-large.jpg'),
      cdn('loading-dock.jpg'),
    ]);
  });

  it("a size declared far under every width the srcset states is a lazy placeholder's shape, not the picture's (0548)", () => {
    const gif = 'data:image/gif;base64,R0lGODdhAwACAPAAAAAAACZFySH5BAEAAAEALAAAAAADAAIAAAICjF8AOw==';
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div><img src="${gif}" data-src="${gif}" data-srcset="${cdn('valve-2400.jpg')} 2400w, ${cdn('valve-320.jpg')} 320w"
        alt="The valve" width="3" height="2"></div>
      <p>${S[1]}</p>
      <div><img src="${cdn('quay.jpg')}" srcset="${cdn('quay-600.jpg')} 600w, ${cdn('quay-1200.jpg')} 1200w" width="300"
        height="200" alt="The quay"></div>
      <p>${S[2]}<img src="https://track.example.org/collect?id=7" width="1" height="1" alt=""></p>`),
    );
    const images = blocks.flatMap((block) => (block.kind === 'figure' ? block.images : []));
    expect(images.map((image) => [image.src, image.width])).toEqual([
      [cdn('valve-2400.jpg'), undefined],
      [cdn('quay.jpg'), 300],
    ]);
  });

  it('a srcset is read as the standard reads it: commas inside addresses, candidates joined without a space (zyte 8380689f)', () => {
    const sized = (width: number, height: number) => cdn(`quay.jpg?resize=${width},${height}&quality=65`);
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div><img src="${cdn('lazy-placeholder.png')}" alt="The quay"
        data-lazy-srcset="${sized(80, 80)} 80w,${sized(375, 211)} 375w,${sized(1200, 630)} 1200w"></div>
      <p>${S[1]}</p>
      <div><img src="${cdn('pier.jpg')}" srcset="${cdn('pier-1x.jpg')},, ${cdn('pier-2x.jpg')} 2x" alt="The pier"></div>
      <p>${S[2]}</p>`),
    );
    const images = blocks.flatMap((block) => (block.kind === 'figure' ? block.images : []));
    expect(images.map((image) => [image.src, image.srcset])).toEqual([
      [sized(1200, 630), `${sized(80, 80)} 80w, ${sized(375, 211)} 375w, ${sized(1200, 630)} 1200w`],
      [cdn('pier.jpg'), `${cdn('pier-1x.jpg')}, ${cdn('pier-2x.jpg')} 2x`],
    ]);
  });

  it("a picture whose address states an icon's size is no picture of the story (0767)", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div><img src="https://img.example.org/upload/w_45,h_45,c_1,q_60/https://news.example.org/imgs/d1ea0f.jpg"></div>
      <p>${S[1]}</p>
      <div><img src="${cdn('authors/mara-quill-45x45.jpg')}" alt=""> <img src="${cdn('r/?i=1454231854&w=20')}"></div>
      <p>${S[2]}<img src="https://blog.example.org/img/b/R29vZ2xl/s40/me.jpg"></p>
      <div><img src="${cdn('harbour-1024x683.jpg')}" alt="The harbour"></div>
      <p>${S[3]}</p>
      <div><img src="${cdn('chart.png?w=45')}" width="600" height="400" alt="The chart"></div>
      <p>${S[4]}</p>
      <div><img src="${cdn('pier.jpg?w=20')}" srcset="${cdn('pier.jpg?w=800')} 800w" alt="The pier">
        <img src="https://gravatar.example.org/avatar/5d41?s=48" srcset="https://gravatar.example.org/avatar/5d41?s=96 2x"></div>`),
    );
    // Declared larger than an icon, or offered larger in its srcset, the picture is shown whatever its address says.
    expect(figureSources(blocks)).toEqual([cdn('harbour-1024x683.jpg'), cdn('chart.png?w=45'), cdn('pier.jpg?w=20')]);
  });

  it('an image declared glyph-sized (a bullet, an icon) is no figure (trafilatura/0074-sauvonsluniversite.fr)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <p><img src="/local/puce.gif" width="8" height="11" alt="-">&nbsp;${S[1]}</p>
      <p><img src="/img/icon.png" width="24" height="24" alt="">${S[2]}</p>
      <p><img src="/img/quay.jpg" width="24" alt="The quay">${S[3]}</p>`),
    );
    expect(kinds(blocks)).toEqual(['paragraph', 'paragraph', 'paragraph', 'figure', 'paragraph']);
  });

  it('an icon without a declared size, told by its address or a glyph as its description, is no figure (0394, 0127)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]} <img src="/images/smilies/icon_wink.gif" alt=""> <img src="/img/e/1f609.png" alt="😉"></p>
      <p><img src="/plugins/stars/rating_on.gif" alt="1 Star"><img src="/img/s.gif" alt=":smile:">${S[1]}</p>
      <p><img src="/img/ui/button_left.png"> <img src="${cdn('girl-smiling.jpg')}" alt="A girl smiling">${S[2]}</p>
      <p><img src="${cdn('icons/museum.jpg')}" width="800" height="600" alt="The museum of icons">${S[3]}</p>`),
    );
    // Declared larger than an icon, a picture named so is shown.
    expect(figureSources(blocks)).toEqual([cdn('girl-smiling.jpg'), cdn('icons/museum.jpg')]);
  });

  it('an icon without a declared size, told by its class, is no figure (lavazza 0136, jan-grosser 0124)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div><img data-src="/assets/img/clock/clock-grey.svg" class="icon lozad"> 5 Min.</div>
      <p><img class="wp-smiley" src="${cdn('wink.png')}" alt="">${S[1]}</p>
      <p><img class="icon" src="${cdn('tower.jpg')}" width="600" alt="The tower">${S[2]}</p>
      <p><img class="iconic-view" src="${cdn('bridge.jpg')}" alt="The bridge">${S[3]}</p>`),
    );
    // Declared larger than an icon, a picture of that class is shown; a class word only like "icon" names none.
    expect(figureSources(blocks)).toEqual([cdn('tower.jpg'), cdn('bridge.jpg')]);
  });

  it('a picture with white space alone around it is kept (zyte/34a73285… linknaija: a photo story without its photos)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div>\n<span><a href="${cdn('full/a.jpg')}"><img src="${cdn('a.jpg')}" width="255" height="320"></a></span>\n</div>
      <p>${S[1]}</p>
      <div>\n<img src="${cdn('16-9/b.jpg')}">\n<img src="${cdn('4-3/b.jpg')}">\n</div>
      <div>\n<a href="/world/ferry-strike-ends"><img src="${cdn('teaser.jpg')}"></a>\n</div>
      <div>\n<img src="${cdn('logo.svg')}">\n</div>
      <p>${S[2]}</p>`),
    );
    // The picture linked to its full size stays, the crops of one picture are one, a teaser's and a logo are none.
    expect(figureSources(blocks)).toEqual([cdn('a.jpg'), cdn('16-9/b.jpg')]);
  });

  it('an ordered list whose every item opens with its own number alone is not numbered twice (trafilatura/0450)', () => {
    const list = (start: number) =>
      `<ol>${[0, 1, 2].map((i) => `<li><div>${start + i}.</div><div>${S[i]}</div></li>`).join('')}</ol>`;
    const items = (blocks: ArticleBlock[]) =>
      blocks.flatMap((block) => (block.kind === 'list' ? block.items.map((item) => item.blocks.map(textOf)) : []));
    expect(items(blocksOf(article(`<p>${S[3]}</p>${list(1)}<p>${S[4]}</p>`)))).toEqual([[S[0]], [S[1]], [S[2]]]);
    // Numbers that are not the items' own places stay (a list of years, a list that starts elsewhere).
    expect(items(blocksOf(article(`<p>${S[3]}</p>${list(5)}<p>${S[4]}</p>`)))[0]).toEqual(['5.', S[0]]);
  });

  it("a list's label in the same box as the list heads it alone, the list stays a list (readability/ehow-1)", () => {
    const box = `<div><span>What You'll Need:</span><ul><li>Cloche</li><li>Floral foam oasis</li><li>Moss</li></ul></div>`;
    const blocks = blocksOf(article(`<p>${S[0]}</p>${box}<p>${S[1]}</p><p>${S[2]}</p>`));
    const heading = blocks.find((block) => block.kind === 'heading');
    expect(textOf(heading)).toBe("What You'll Need:");
    const list = blocks.find((block) => block.kind === 'list');
    expect(list?.kind === 'list' && list.items.map((item) => item.blocks.map(textOf).join())).toEqual([
      'Cloche',
      'Floral foam oasis',
      'Moss',
    ]);
  });

  it('a strip at most 100 px high and 5 times as wide is a banner, no picture of the text (zfk 0729)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <p>${S[3]} <img src="${cdn('ad.jpg')}" width="723" height="90"></p>
      <p>${S[1]}</p>
      <p>\n<img src="${cdn('diagram.gif')}" width="640" height="105">\n</p>
      <p>${S[2]}</p>
      <p>\n<img src="${cdn('divider.png')}" width="600" height="41">\n</p>`),
    );
    // The ad's banner and the divider are none; a low diagram (640x105) stays.
    expect(figureSources(blocks)).toEqual([cdn('diagram.gif')]);
  });

  it("a gallery's counter under its picture is no reading text; a step's number is (engadget)", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <section><h4>Gallery: The new quay | 12 Photos</h4>
        <div><a href="#"><img src="${cdn('quay-1.jpg')}"></a><div>12</div></div></section>
      <p>${S[1]}</p>
      <div><img src="${cdn('quay-2.jpg')}"><div>3 / 12</div></div>
      <p>${S[2]}</p>
      <div><p>${S[3]}</p><div><img src="${cdn('step-1.jpg')}"></div><div>2</div><p>${S[0]}</p></div>`),
    );
    const lines = blocksToText(blocks).split('\n').filter(Boolean);
    expect(lines).not.toContain('12');
    expect(lines).not.toContain('3 / 12');
    expect(lines.some((line) => /^(\d\. )?2$/.test(line))).toBe(true);
  });

  it("a picture's copy with its size in its file name, after the picture, is its thumbnail (otto 0029)", () => {
    const src = (name: string) => `https://cdn.example.org/uploads/2017/08/${name}`;
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div>\n<img src="${src('beach-bag.jpg?1')}" width="780" height="430">\n</div>
      <div>\n<img src="${src('maxi-dress.jpg?1')}" width="780" height="430">\n</div>
      <div>\n<img src="${src('beach-bag-200x135.jpg')}" width="200" height="135">\n</div>
      <div>\n<img src="${src('maxi-dress-200x135.jpg')}" width="200" height="135">\n</div>
      <p>${S[1]}</p>
      <p><img src="${src('straw-hat-300x200.jpg')}" width="300" height="200"></p>
      <p>${S[2]}</p>`),
    );
    // The gallery's strip of thumbnails repeats its pictures; a picture first shown in a small size stays.
    expect(figureSources(blocks)).toEqual([
      src('beach-bag.jpg?1'),
      src('maxi-dress.jpg?1'),
      src('straw-hat-300x200.jpg'),
    ]);
  });

  it("a teaser item's picture amid white space is none (bike-magazin 0547, ingenieur 0765, dailymail 0467)", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div>\n<img src="${cdn('story.jpg')}" alt="The harbour at dawn">\n</div>
      <p>${S[1]}</p>
      <div class="item"><div class="image">\n<a href="/world/ferry-strike-ends" title="Ferry strike ends"></a>
        <img src="${cdn('overlay.jpg')}">\n</div><div class="text"><p>${S[3]}</p></div></div>
      <div class="teaser"><span>Read also:</span><div class="post">\n<img src="${cdn('headline.jpg')}" alt="Ferry strike ends">
        <div><span>Harbour</span><h3><a href="/world/ferry-strike-ends">Ferry strike ends</a></h3></div></div></div>
      <div>\n<a href="mailto:?subject=Write%20to%20your%20MP"><img src="${cdn('letter.png')}"></a>\n</div>
      <p>${S[2]}</p>`),
    );
    // The story's picture stays; the one under an empty link to another page, the one whose description is the
    // headline of the link beside it, and a mail button's picture are none.
    expect(figureSources(blocks)).toEqual([cdn('story.jpg')]);
  });

  it("an author's photo (described by a byline's name) is no picture of the story (0353, 0649, 0774)", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <p><img src="${cdn('intro.jpg')}" alt="Mara Quill" width="300" height="362">${S[1]}</p>
      <div>\n<img src="${cdn('story.jpg')}" alt="The harbour at dawn">\n</div>
      <p>${S[2]}</p>
      <h3>About the authors</h3>
      <p><img src="${cdn('avatar.jpg')}" alt="Tom-Reed" width="100" height="100"> ${S[3]}</p>
      <div><img src="${cdn('mara.jpg')}" alt="Mara Quill"></div>`),
      '<title>Harbour plan approved</title><meta name="author" content="Mara Quill and Tom Reed">',
    );
    // Set in the text at reading size, her own introduction (zyte c582d3b7), the photo stays; avatars go.
    expect(figureSources(blocks)).toEqual([cdn('intro.jpg'), cdn('story.jpg')]);
    expect(textOf(blocks.at(-1))).toBe(S[3]);
  });

  it("a picture inside a link to a story listed as related is that story's teaser, no figure (zyte/d605bdef… cnn.com)", () => {
    const teaser = 'https://news.example.org/2024/05/01/ferry-strike-ends.html';
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><article>
      <h1>Harbour plan approved</h1><p>${S[0]}</p><p>${S[1]}</p>
      <p><a href="${teaser}"><img src="https://cdn.example.org/ferry.jpg" alt="Ferry strike"></a></p>
      <p>Read more: <a href="${teaser}">Ferry strike ends after three weeks of talks</a></p>
      <p>${S[2]}</p><figure><img src="https://cdn.example.org/quay.jpg" alt="The quay"></figure><p>${S[3]}</p></article></body></html>`;
    const { result } = analyzeDocument(parseHTML(html).document as unknown as Document, {
      url: 'https://news.example.org/2024/05/02/harbour.html',
      content: true,
    });
    expect(result.related.map((story) => story.url)).toEqual([teaser]);
    const figures = (result.content ?? []).filter((block) => block.kind === 'figure');
    expect(figures.map((figure) => figure.kind === 'figure' && figure.images[0]!.src)).toEqual([
      'https://cdn.example.org/quay.jpg',
    ]);
  });

  it('a no-break space that opens a line only indents it: left out (trafilatura/0989-: " 6. Michelle Beadle")', () => {
    const blocks = blocksOf(
      // The no-break space as the page's own character (linkedom reads "&nbsp;" there as an ordinary space).
      article(`<p>${S[0]}</p><p><strong>\u00a0 6. Michelle Beadle</strong></p><p>${S[1]}</p><p>\u00a0 ${S[2]}</p>`),
    );
    expect(blocks.map((block) => ('runs' in block ? JSON.stringify(block.runs[0]) : ''))).toEqual([
      JSON.stringify({ kind: 'text', text: S[0] }),
      JSON.stringify({ kind: 'strong', children: [{ kind: 'text', text: '6. Michelle Beadle' }] }),
      JSON.stringify({ kind: 'text', text: S[1] }),
      JSON.stringify({ kind: 'text', text: S[2] }),
    ]);
  });

  it('a lazy <img> placeholder is replaced by its <noscript> copy; a heading permalink is not shown', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <h2 id="plan">The plan <a href="#plan">#</a></h2>
      <p>${S[1]}</p>
      <div><img src="https://cdn.example.org/tiny.jpg?w=20" width="800" height="400" alt=""><noscript><img src="https://cdn.example.org/full.jpg" alt="Quay"></noscript></div>
      <figure><img src="https://cdn.example.org/tiny2.jpg?w=20"><noscript><img src="https://cdn.example.org/full2.jpg"></noscript></figure>
      ${S.slice(2)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    expect(blocks.find((block) => block.kind === 'heading')).toMatchObject({
      runs: [{ kind: 'text', text: 'The plan' }],
    });
    const sources = figureSources(blocks);
    expect(sources).toEqual(['https://cdn.example.org/full.jpg', 'https://cdn.example.org/full2.jpg']);
  });

  it('a line right under a picture that repeats its description is its caption; the lazy <img> keeps its description beside a bare <noscript> copy', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p><p>${S[1]}</p>
      <div align="center"><div><img src="https://cdn.example.org/blank.jpg" data-original="https://cdn.example.org/quay.jpg" alt="The new quay at Dawn"><noscript><img src="https://cdn.example.org/quay.jpg"></noscript></div><br><span>The new quay at dawn</span></div>
      <p>${S[2]}</p>
      <div><img src="https://cdn.example.org/crane.jpg" alt="A crane"><span>Cranes will work through the night.</span></div>
      ${S.slice(3)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    const figures = blocks.filter((block) => block.kind === 'figure');
    expect(figures[0]).toMatchObject({
      images: [{ src: 'https://cdn.example.org/quay.jpg', alt: 'The new quay at Dawn' }],
      caption: [{ kind: 'text', text: 'The new quay at dawn' }],
    });
    expect(blocks.some((block) => block.kind === 'paragraph' && textOf(block) === 'The new quay at dawn')).toBe(false);
    // A line that is not the picture's description stays a paragraph of the text.
    expect(figures[1]).toMatchObject({ caption: [] });
  });

  it("a paragraph's first line that repeats the description of the picture above it is the picture's caption", () => {
    // trafilatura 0633: "<img alt=X><br><b><i>X</i><br><br>Section head</b><br>Text" showed X twice.
    const quay = 'The new quay at dawn';
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>
      <div class="body"><div><img src="${cdn('quay.jpg')}" alt="${quay}" width="800" height="500"></div>
      <br><b><i>${quay}</i><br><br>The plan</b><br>${S[1]}<br><br>
      <div><img src="${cdn('crane.jpg')}" alt="A crane" width="800" height="500"></div>
      <br><b><i>Cranes will work through the night.</i><br><br>The cost</b><br>${S[2]}</div><p>${S[3]}</p>`),
    );
    const figures = blocks.filter((block) => block.kind === 'figure');
    expect(figures.map((figure) => runsText(figure.caption))).toEqual([quay, '']);
    expect(blocksToText(blocks)).not.toContain(quay);
    expect(blocksToText(blocks)).toContain(`The plan\n${S[1]}`);
    // A first line that is not the picture's description stays the paragraph's.
    expect(blocksToText(blocks)).toContain('Cranes will work through the night.');
  });

  it('a heading whose whole text is a link to its own anchor is shown, with the id the outline links to', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p><p>${S[1]}</p>
      <h2 id="the-plan"><a class="toclink" href="#the-plan">The plan</a></h2>
      <p>${S[2]}</p><p>${S[3]}</p>
      <h2 id="the-cost"><a href="#the-cost">The cost</a></h2>
      ${S.slice(4)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    expect(headings.map(textOf)).toEqual(['The plan', 'The cost']);
    expect(headings.every((block) => block.kind === 'heading' && block.id)).toBe(true);
    expect(kinds(blocks).indexOf('heading')).toBe(2);
  });

  it("the outline's headings the body leaves out are shown: a standfirst, one in a section's <header>, one mostly a link", () => {
    const blocks = blocksOf(
      article(`
      <header><h2>The council ends two years of debate over the harbour</h2></header>
      <p>${S[0]}</p>
      <section><header><h2>What the plan holds</h2></header><p>${S[1]}</p></section>
      <h2>21) <a href="https://news.example.org/world/warehouses/">The eastern warehouses</a></h2>
      <p>${S[2]}</p><p>${S[3]}</p>`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    // The heading in the article's own head (a standfirst, which the body leaves out) is the outline's first section:
    // the reader shows it, so that the outline beside the text leads to it.
    expect(headings.map(textOf)).toEqual([
      'The council ends two years of debate over the harbour',
      'What the plan holds',
      '21) The eastern warehouses',
    ]);
    expect(headings.map((block) => block.kind === 'heading' && block.id)).toEqual(['h0', 'h1', 'h2']);
    expect(kinds(blocks)[0]).toBe('heading');
  });

  it("an outline heading the body leaves out for where it stands is shown over its section's text, not over a box left out", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <h2>Highlights</h2>
      <ul><li><a href="/world/year-in-review/">Our year in review!</a></li><li>${S[1]}</li><li>${S[2]}</li></ul>
      <h2>Contents</h2>
      <ul><li><a href="#costs">The costs of the plan</a></li><li><a href="#vote">How the council voted</a></li></ul>
      <p>${S[3]}</p>
      <h2 id="costs">The costs of the plan</h2><p>The plan will cost about forty million euros over the next ten years.</p>`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    // "Highlights" labels a list whose first item the body took for promotion (and the label with it). "Contents" labels
    // the table of contents, which the reader leaves out: over the text after it, it would mislead.
    expect(headings.map(textOf)).toEqual(['Highlights', 'The costs of the plan']);
    expect(headings.every((block) => block.kind === 'heading' && block.id)).toBe(true);
  });

  it("a <pre> that holds one of the outline's headings holds the page's blocks: the heading is shown, no code block", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p><p>${S[1]}</p>
      <pre> <span><h2>Results of the vote</h2> <p>${S[2]}</p> <p>${S[3]}</p></span></pre>`),
    );
    const heading = blocks.find((block) => block.kind === 'heading');
    expect(heading && textOf(heading)).toBe('Results of the vote');
    expect(heading?.kind === 'heading' && heading.id).toBe('h0');
    expect(kinds(blocks)).not.toContain('code');
    expect(blocksToText(blocks)).toContain(S[3]);
  });

  it('a linked outline heading does not take the body text of a later heading with the same words', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <h2><a href="https://news.example.org/prizes/harbour-award">Harbour Award</a></h2><p>${S[1]}</p>
      <h2>The vote</h2><p>${S[2]}</p>
      <h2>Harbour Award</h2><p>${S[3]}</p>`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    expect(headings.map(textOf)).toEqual(['Harbour Award', 'The vote', 'Harbour Award']);
    expect(headings.map((block) => block.kind === 'heading' && block.id)).toEqual(['h0', 'h1', 'h2']);
  });

  it("a heading inside a table cell is a line of the cell, which carries the outline's id; so does a label cell", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p><p>${S[1]}</p>
      <table><thead><tr><th colspan="2"><h3>For the quay:</h3></th></tr></thead><tbody>
        <tr><td>200</td><td>Flats</td></tr><tr><td>1</td><td>Library</td></tr></tbody></table>
      <table><thead><tr><th>Plan</th><th>Points</th></tr></thead><tbody>
        <tr><td><h4>Eastern quay</h4>Flats by the water</td><td>More homes</td></tr>
        <tr><td><strong>Pros</strong></td><td><ul><li>More homes</li><li>A library</li></ul></td></tr></tbody></table>
      <p>${S[2]}</p><p>${S[3]}</p>`),
    );
    expect(kinds(blocks)).toEqual(['paragraph', 'paragraph', 'table', 'table', 'paragraph', 'paragraph']);
    const [first, second] = blocks.filter((block) => block.kind === 'table');
    if (first?.kind !== 'table' || second?.kind !== 'table') throw new Error('not tables');
    expect(first.rows[0]).toEqual([
      {
        header: true,
        runs: [{ kind: 'strong', children: [{ kind: 'text', text: 'For the quay:' }] }],
        colspan: 2,
        id: 'h0',
      },
    ]);
    const cell = second.rows[1]![0]!;
    expect(runsText(cell.runs)).toBe('Eastern quay\nFlats by the water');
    expect(cell.id).toBe('h1');
    // A list's label in the cell before the list is one of the outline's headings.
    expect(second.rows[2]![0]).toMatchObject({ id: 'h2' });
  });

  it('a table of contents before the headings it names leaves them in the text (its entries are not shown)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <h2>Contents</h2>
      <ul><li><a href="#the-plan">The plan</a></li><li><a href="#the-cost">The cost</a></li>
        <li><a href="#the-vote">The vote</a></li></ul>
      <h2 id="the-plan">The plan</h2><p>${S[1]}</p>
      <h2 id="the-cost">The cost</h2><p>${S[2]}</p>
      <h2 id="the-vote">The vote</h2><p>${S[3]}</p>
      <p><a href="#top">Back to top</a></p>`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    expect(headings.map(textOf)).toEqual(['The plan', 'The cost', 'The vote']);
    expect(headings.every((block) => block.kind === 'heading' && block.id)).toBe(true);
    expect(kinds(blocks)).not.toContain('list');
    expect(blocks.map(textOf).join(' ')).not.toContain('Back to top');
  });

  it("an image's description written as markup is read as its text", () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <figure><img src="https://cdn.example.org/quay.jpg" alt="The quay at dawn&lt;br&gt;&lt;small&gt;Photo by &lt;a href=&quot;https://photos.example.com/ann&quot;&gt;Ann Lee&lt;/a&gt;&lt;/small&gt;"></figure>
      ${S.slice(1)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    const figure = blocks.find((block) => block.kind === 'figure');
    expect(figure?.kind === 'figure' && figure.images[0]?.alt).toBe('The quay at dawn Photo by Ann Lee');
  });

  it('a caption block stays out even when its words come again later in the text (a table cell)', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <div class="wp-caption"><img src="https://cdn.example.org/a.jpg"><p class="wp-caption-text">Kyle Busch</p></div>
      <p>${S[1]}</p>
      <table><thead><tr><th>Pos.</th><th>Driver</th></tr></thead><tbody><tr><td>1</td><td>Kyle Busch</td></tr></tbody></table>
      ${S.slice(2)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    expect(blocksToText(blocks).match(/Kyle Busch/g)).toHaveLength(1);
    expect(kinds(blocks)).toContain('table');
  });

  it('reads a <noscript> fallback kept as text (as a browser with scripts on has it), attributes only', () => {
    const { document } = parseHTML(`<html><head><title>Harbour plan approved</title></head><body><article>
      ${S.map((s) => `<p>${s}</p>`).join('')}<figure><img src="data:," alt=""><noscript></noscript></figure></article></body></html>`);
    const noscript = document.querySelector('noscript')!;
    // The tag's content as the text a scripting browser keeps, with a handler that must not matter.
    noscript.textContent =
      '<img src="https://cdn.example.org/a.jpg?x=1&amp;y=2" alt="A &quot;quay&quot; &#8222;am Hafen&#8220;" onerror="alert(1)">';
    const { result } = analyzeDocument(document as unknown as Document, { url: PAGE_URL, content: true });
    const figure = result.content?.find((block) => block.kind === 'figure');
    expect(figure).toEqual({
      kind: 'figure',
      images: [{ src: 'https://cdn.example.org/a.jpg?x=1&y=2', alt: 'A "quay" „am Hafen“' }],
      caption: [],
    });
  });

  it('a description escaped twice by the page is read as written ("Britain&amp;#39;s" in the page)', () => {
    const blocks = blocksOf(
      article(`<p>${S[0]}</p><p>${S[1]}</p>
      <figure><img src="https://cdn.example.org/a.jpg" alt="Britain&amp;#39;s new quay"></figure>
      ${S.slice(2)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    expect(blocks.find((block) => block.kind === 'figure')).toMatchObject({ images: [{ alt: "Britain's new quay" }] });
  });

  it('an embedded tweet is its text with a link to it', () => {
    const blocks = blocksOf(
      article(`
      <p>${S[0]}</p>
      <blockquote class="twitter-tweet"><p lang="en">The harbour vote is in. <a href="https://t.co/abc">pic.twitter.com/abc</a></p>
      &mdash; City Council (@citycouncil) <a href="https://twitter.com/citycouncil/status/123456789">March 1, 2024</a></blockquote>
      <script async src="https://platform.twitter.com/widgets.js"></script>
      ${S.slice(1)
        .map((s) => `<p>${s}</p>`)
        .join('')}`),
    );
    const embed = blocks.find((block) => block.kind === 'embed');
    expect(embed).toMatchObject({ kind: 'embed', url: 'https://twitter.com/citycouncil/status/123456789' });
    expect(textOf(embed)).toContain('The harbour vote is in.');
    expect(textOf(embed)).toContain('City Council (@citycouncil)');
  });

  it("a video host's player is a link to the video where it stands, also alone in an empty box; a lazy one once", () => {
    const para = (s: string) => `<p>${s}</p>`;
    const blocks = blocksOf(
      article(`${S.slice(0, 2).map(para).join('')}
      <div><div style="height: 0; padding-bottom: 56%"><iframe src="//www.youtube-nocookie.com/embed/abc123"
        title="The harbour at dawn" allowfullscreen></iframe></div></div>
      <div><iframe src="about:blank" data-src="https://player.vimeo.com/video/42"></iframe>
        <iframe src="https://player.vimeo.com/video/42"></iframe></div>
      ${S.slice(2, 4).map(para).join('')}
      <iframe src="https://ads.example.net/slot/7" width="300" height="250"></iframe>
      <iframe src="https://www.youtube.com/embed/hidden1" style="display: none"></iframe>
      <video src="https://cdn.example.org/loop.mp4" autoplay muted loop></video>
      <video controls><source src="/media/interview.mp4" type="video/mp4"></video>
      <video controls src="https://cdn.example.org/live/stream.m3u8"></video>
      ${S.slice(4).map(para).join('')}`),
    );
    expect(blocks.filter((block) => block.kind === 'video')).toEqual([
      { kind: 'video', url: 'https://www.youtube-nocookie.com/embed/abc123', title: 'The harbour at dawn' },
      { kind: 'video', url: 'https://player.vimeo.com/video/42', title: '' },
      { kind: 'video', url: 'https://news.example.org/media/interview.mp4', title: '' },
    ]);
    // Where the page shows it: after the text before it.
    const first = blocks.findIndex((block) => block.kind === 'video');
    expect(textOf(blocks[first - 1])).toBe(S[1]);
  });

  it("an audio host's player (a song, a podcast) is a link where it stands, under the heading that names it", () => {
    const para = (s: string) => `<p>${s}</p>`;
    const blocks = blocksOf(
      article(`${S.slice(0, 3).map(para).join('')}
      <h2>Stream: the harbour choir's new album</h2>
      <figure><iframe src="https://open.spotify.com/embed/album/5xPx" width="300" height="380"></iframe></figure>
      <p></p>
      ${S.slice(3).map(para).join('')}`),
    );
    const audio = blocks.findIndex((block) => block.kind === 'video');
    expect(blocks[audio]).toEqual({ kind: 'video', url: 'https://open.spotify.com/embed/album/5xPx', title: '' });
    expect(blocks[audio - 1]?.kind).toBe('heading');
  });

  it("a podcast host's episode player is a link to listen to it where it stands (zyte 88c328b6)", () => {
    const para = (s: string) => `<p>${s}</p>`;
    const episode = 'https://embed.acast.com/harbourpodcast/episode-12-the-new-quay';
    const blocks = blocksOf(
      article(`${S.slice(0, 3).map(para).join('')}
      <div class="podcast"><iframe width="100%" height="188" src="${episode}" scrolling="no" frameborder="0"></iframe></div>
      ${S.slice(3).map(para).join('')}`),
    );
    const audio = blocks.findIndex((block) => block.kind === 'video');
    expect(blocks[audio]).toEqual({ kind: 'video', url: episode, title: '' });
    expect(textOf(blocks[audio - 1])).toBe(S[2]);
  });

  it('leaves out share bars, newsletter boxes, comments, related-story teasers and timestamps inside the article', () => {
    const blocks = blocksOf(`<article><h1>Harbour plan approved</h1>
      <div class="share-bar"><a href="https://facebook.com/share">Share on Facebook</a> <a href="https://x.com/share">Post</a></div>
      <p class="dateline">Published 12/03/2024 09:14</p>
      ${S.slice(0, 2)
        .map((s) => `<p>${s}</p>`)
        .join('')}
      <div class="newsletter-signup"><p>Get our daily newsletter</p><input type="email"><button>Sign up</button></div>
      ${S.slice(2)
        .map((s) => `<p>${s}</p>`)
        .join('')}
      <p>You may also like</p>
      <ul><li><a href="/world/a">Bridge to reopen next month</a></li><li><a href="/world/b">Ferry fares to rise</a></li></ul>
      </article>
      <section id="comments"><h3>3 comments</h3><p>Great news for the city, finally something happens here!</p></section>`);
    const text = blocksToText(blocks);
    expect(text).toBe(S.join('\n\n'));
    expect(text).not.toMatch(/Share|newsletter|You may also like|Bridge|Ferry|comments|Published/);
  });

  it('leaves out the offer and teaser boxes and the furniture headings that the outline and the body leave out', () => {
    // trafilatura 0738, 0866 (a sign-up wall, plans with prices), 0031 ("Hinterlassen Sie einen Kommentar").
    const paras = (from: number, to?: number) =>
      S.slice(from, to)
        .map((s) => `<p>${s}</p>`)
        .join('');
    const blocks = blocksOf(
      article(`${paras(0, 2)}<div class="box"><h3>Read on for $2 / month</h3><ul><li>Cancel anytime</li>
        <li>Already a subscriber? Log in</li></ul><button>Subscribe</button></div>${paras(2)}
        <table><tr><td><p><b>Council member</b></p></td><td><p><b>Vote on the plan</b></p></td><td><p><b>Comment</b></p></td></tr><tr><td><p>Ada Lane</p></td><td><p>For</p></td><td><p>Long overdue</p></td></tr></table>
        <div class="form"><h3>Leave a reply</h3><p>Your email address will not be published.</p></div>`),
    );
    const text = blocksToText(blocks);
    expect(text).not.toMatch(/Read on|Cancel anytime|Leave a reply|email address/);
    expect(text).toContain(S[3]);
    // A table's cell that reads like a label stays: the table's columns would shift without it.
    expect(text).toContain('Comment');
  });

  it("a drawing in a link that goes nowhere is a script's button, no picture; a photo in such a link stays", () => {
    // trafilatura 0458: a print button's image ("Print Friendly") after the text; readability engadget: a gallery's
    // photos in href="#" links a script opens.
    const blocks = blocksOf(
      article(`<p>${S[0]}</p><p>${S[1]}</p>
      <a href="#"><img src="${cdn('slides/pier.jpg')}"></a>
      <p>${S[2]}</p><a href="/print"><img src="${cdn('plan.png')}" alt="The plan"></a><p>${S[3]}</p>
      <div class="print"><a href="#" onclick="window.print(); return false;"><img src="/themes/shares/stampa2.png" alt="Print Friendly"></a></div>
      <a href="javascript:void(0)"><img src="${cdn('icons-share.svg')}" alt="Share"></a>
      <a href="javascript:void(0)"><img src="${cdn('chart.png')}" width="800" height="500" alt="Votes"></a>`),
    );
    expect(figureSources(blocks)).toEqual([cdn('slides/pier.jpg'), cdn('plan.png'), cdn('chart.png')]);
  });

  it("a block named for the main menu is furniture though its name has 'main' in it (trafilatura 0072)", () => {
    // psl.eu: the site's "main_menu_title" ("Menu") opened the reader's text.
    expect(isUnlikelyName('main_menu_title')).toBe(true);
    expect(isUnlikelyName('mainNav header')).toBe(true);
    // 'main' still rescues a name of the main content, also beside a menu's.
    expect(isUnlikelyName('main-content header')).toBe(false);
    expect(isUnlikelyName('main-menu main-header')).toBe(false);
  });

  it('never changes the document it reads', () => {
    const html = `<html><head><title>Harbour plan approved</title></head><body>${article(`
      <figure><img data-src="/a.jpg"><noscript><img src="/b.jpg"></noscript><figcaption>Cap</figcaption></figure>
      ${S.map((s) => `<p>${s} <a href="/x">x</a></p>`).join('')}<table><tr><th>a</th></tr><tr><td>b</td></tr></table>`)}</body></html>`;
    const { document } = parseHTML(html);
    const before = document.documentElement.outerHTML;
    analyzeDocument(document as unknown as Document, { url: PAGE_URL, content: true });
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('survives very deep nesting (read as text past a depth limit)', () => {
    const depth = 3000;
    const inner = `${'<div>'.repeat(depth)}<p>${S[3]}</p>${'</div>'.repeat(depth)}`;
    const blocks = blocksOf(
      `<article>${S.slice(0, 3)
        .map((s) => `<p>${s}</p>`)
        .join('')}${inner}</article>`,
    );
    expect(blocksToText(blocks)).toContain(S[0]);
    expect(blocksToText(blocks)).toContain(S[3]);
  });
});

describe('paragraphs a page wrote as lines of one <p>', () => {
  it('reads two lines of prose on either side of a break as two paragraphs (trafilatura 0489)', () => {
    const blocks = blocksOf(article(`<p>${S[0]} ${S[1]}<br>${S[2]} ${S[3]}</p>`));
    expect(blocks.filter((block) => block.kind === 'paragraph').map(textOf)).toEqual([
      `${S[0]} ${S[1]}`,
      `${S[2]} ${S[3]}`,
    ]);
  });

  it('keeps a break after a short line, or one mid-sentence in text wrapped by hand, inside its paragraph', () => {
    const wrapped = `${S[0]} ${S[1]!.slice(0, -1)} and`;
    const blocks = blocksOf(article(`<p>${S[0]}<br>${S[2]} ${S[3]}</p><p>${wrapped}<br>${S[2]} ${S[3]}</p>`));
    expect(blocks.filter((block) => block.kind === 'paragraph').map(textOf)).toEqual([
      `${S[0]}\n${S[2]} ${S[3]}`,
      `${wrapped}\n${S[2]} ${S[3]}`,
    ]);
  });
});

describe('bold lines that name sections and open their paragraphs (trafilatura 0561)', () => {
  it('are headings of the reader, with the outline ids, and the text after them stays paragraphs', () => {
    const names = ['Nesting in the orchard', 'Farming and planning'];
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>${names.map((name, n) => `<p><strong>${name}</strong><br>${S[n + 1]}</p>`).join('')}`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    expect(headings.map((heading) => [textOf(heading), 'id' in heading && heading.id])).toEqual([
      ['Nesting in the orchard', 'h0'],
      ['Farming and planning', 'h1'],
    ]);
    expect(blocks.filter((block) => block.kind === 'paragraph').map(textOf)).toEqual(S.slice(0, 3));
  });
});

describe("an interview's questions that open their answers' paragraphs", () => {
  it('are headings of the reader, with the outline ids, and the answers stay paragraphs', () => {
    const asked = ['Why now?', 'Who pays for it?', 'What happens next?'];
    const blocks = blocksOf(
      article(`<p>${S[0]}</p>${asked.map((question, n) => `<p><b>${question}</b><br>${S[n + 1]}</p>`).join('')}`),
    );
    const headings = blocks.filter((block) => block.kind === 'heading');
    expect(headings.map((heading) => [textOf(heading), 'id' in heading && heading.id])).toEqual([
      ['Why now?', 'h0'],
      ['Who pays for it?', 'h1'],
      ['What happens next?', 'h2'],
    ]);
    expect(blocks.filter((block) => block.kind === 'paragraph').map(textOf)).toEqual(S);
  });
});

describe("a link's own spaces and notes", () => {
  const linkTexts = (blocks: ArticleBlock[]): string[] =>
    allRuns(blocks).flatMap((run) => (run.kind === 'link' ? [runsText(run.children)] : []));

  it('puts the space between a link and the text beside it outside the link (zyte 1ace8c85)', () => {
    const blocks = blocksOf(
      article(
        `<p>${S[0]} This comes after <a href="https://wire.example.com/a">Bloomberg reported </a>the inquiry` +
          ` and <a href="https://wire.example.com/b"> the filing</a> last week.</p><p>${S[1]} ${S[2]}</p>`,
      ),
    );
    expect(linkTexts(blocks)).toEqual(['Bloomberg reported', 'the filing']);
    expect(textOf(blocks.find((block) => textOf(block).includes('Bloomberg')))).toContain(
      'after Bloomberg reported the inquiry and the filing last week.',
    );
  });

  it("leaves out a link's note to a screen reader, not a link's words (readability spiceworks)", () => {
    const blocks = blocksOf(
      article(
        `<p>${S[0]} The company <a href="https://wire.example.com/a">said<span class="icon">Opens a new window ` +
          `</span></a> that the plan <a href="https://wire.example.com/b">opens a new window</a> on trade.</p>` +
          `<p>${S[1]} ${S[2]}</p>`,
      ),
    );
    const text = blocks.map(textOf).join('\n');
    expect(text).toContain('The company said that the plan opens a new window on trade.');
    expect(text).not.toContain('Opens a new window');
  });
});
