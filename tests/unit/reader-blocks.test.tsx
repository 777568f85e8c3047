// @vitest-environment happy-dom
/** The reader's rendering of the block model: what a reader sees of blocks the page meant as layout. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { withRenderContainer } from '../support/render-container';
import { ArticleBlocks, headingDomId, keyPointDomId } from '../../src/reader/Blocks';
import { headingIds } from '../../src/reader/model';
import type { ArticleBlock } from '../../src/core/types';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

const paragraph = (text: string): ArticleBlock => ({ kind: 'paragraph', runs: [{ kind: 'text', text }] });

test('a paragraph or heading of break marks only is a section break; one of dots only (a spacer) shows nothing', async () => {
  const blocks: ArticleBlock[] = [
    paragraph('The first part ends here.'),
    { kind: 'heading', level: 5, runs: [{ kind: 'strong', children: [{ kind: 'text', text: '*' }] }] },
    paragraph('The second part.'),
    paragraph(' . '),
    paragraph('* * *'),
    paragraph('[…]'),
    paragraph('The last part.'),
  ];
  const keyPoints = new Map([[5, 'k0']]);
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={keyPoints} />, container));
  const shown = [...container.querySelectorAll('p, hr, h5')].map((el) =>
    el.tagName === 'HR' ? '---' : el.textContent,
  );
  expect(shown).toEqual(['The first part ends here.', '---', 'The second part.', '---', '[…]', 'The last part.']);
  // Paragraphs keep their numbers for the key points' anchors.
  expect(container.querySelector(`#${keyPointDomId('k0')}`)?.textContent).toBe('The last part.');
});

test('a heading and a paragraph beside it with the same text are shown once: the outline heading, else the paragraph', async () => {
  const caption = 'In this photo the rocket stands on the launch pad, hours before the launch.';
  const blocks: ArticleBlock[] = [
    { kind: 'heading', level: 2, runs: [{ kind: 'text', text: caption }] },
    paragraph(` ${caption}`),
    paragraph('The cargo ship broke up over Siberia.'),
    paragraph('Autumn in Berlin'),
    { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'Autumn in Berlin' }], id: 'h0' },
    paragraph('Pumpkins and walks in the woods.'),
    { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'Pumpkins and walks in the woods.' }] },
  ];
  const keyPoints = new Map([[3, 'k0']]);
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={keyPoints} />, container));
  const shown = [...container.querySelectorAll('p, h2')].map((el) => `${el.tagName}:${el.textContent?.trim()}`);
  expect(shown).toEqual([
    `P:${caption}`,
    'P:The cargo ship broke up over Siberia.',
    'H2:Autumn in Berlin',
    'P:Pumpkins and walks in the woods.',
  ]);
  expect(container.querySelector(`#${keyPointDomId('k0')}`)?.textContent).toBe('Pumpkins and walks in the woods.');
});

/** A figure of one picture (at cdn.example.org/`file`.jpg) and its caption. */
const pictureFigure = (alt: string, caption = '', file = 'quay'): ArticleBlock => ({
  kind: 'figure',
  images: [{ src: `https://cdn.example.org/${file}.jpg`, alt }],
  caption: caption ? [{ kind: 'text', text: caption }] : [],
});

/** Renders the blocks, fails every picture's load and gives the words shown in the pictures' places. */
async function failedPictureWords(blocks: ArticleBlock[], title?: string): Promise<(string | null)[]> {
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={new Map()} title={title} />, container));
  for (const img of container.querySelectorAll('img')) await act(() => void img.dispatchEvent(new Event('error')));
  return [...container.querySelectorAll('.rd-image-missing')].map((span) => span.textContent);
}

test('a picture that cannot load shows its description in its place, unless the caption under it already says it', async () => {
  const figure = pictureFigure;
  const blocks = [figure('The new quay at dawn', 'The new  quay at Dawn'), figure('A crane', 'Work goes on at night.')];
  // die-tagespost 0375: a caption that opens with the description and adds a credit says it already; a caption
  // that holds the description's letters inside a longer word does not.
  blocks.push(
    figure('Demut hinter Masken', 'Demut hinter Masken Foto: Adobe Stock'),
    figure('Crane', 'Cranes at work'),
  );
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={new Map()} />, container));
  for (const img of container.querySelectorAll('img')) await act(() => void img.dispatchEvent(new Event('error')));
  expect([...container.querySelectorAll('figure')].map((figure) => figure.textContent)).toEqual([
    'The new  quay at Dawn',
    'Picture: A craneWork goes on at night.',
    'Demut hinter Masken Foto: Adobe Stock',
    'Picture: CraneCranes at work',
  ]);
});

test("a picture that cannot load shows no file's name or record id for its description (dealdoktor 0316)", async () => {
  const figure = (alt: string): ArticleBlock => ({
    kind: 'figure',
    images: [{ src: 'https://cdn.example.org/quay.jpg', alt }],
    caption: [],
  });
  const alts = ['temp_e7bea9df-92c6-4ac0-88c9-967078351ce8', '30-IMG_4228.jpg', 'harbour at dawn.JPG', '55500002'];
  // ohneq 0175: a site's picture described by its file's name, an underscore in it; and a file's name without one.
  alts.push('ohneQ_home', 'Quay');
  const blocks = [...alts.map(figure), figure('Cars at the start in Interlagos'), figure('StockCar')];
  expect(await failedPictureWords(blocks)).toEqual(['Picture: Cars at the start in Interlagos', 'Picture: StockCar']);
});

test('a picture that cannot load shows no slug, nor a description the caption says in its own words or ends', async () => {
  const figure = pictureFigure;
  const blocks = [
    // cicero 0377: the picture's slug; lavazza 0136 the same.
    figure('corona-pandemie-es-kommt-auch-darauf-an'),
    // techfieber 0736: the caption is the description's end.
    figure('Herausforderungen für unser Stromnetz / Photo by Fré Sonneveld', 'Stromnetz / Photo by Fré Sonneveld'),
    // aktion-hummelschutz 0127: the caption words it nearly the same; netzpolitik 0277 with a dash for a hyphen.
    figure('Tote Hummeln, hier eine Dunkle Erdhummel.', 'Tote Hummel, hier eine Dunkle Erdhummel.'),
    figure('Der Verein - ein Name unter vielen am Briefkasten.', 'Der Verein – ein Name unter vielen am Briefkasten.'),
    // Shown: one hyphenated word, a caption that is one of its last words or names the same thing otherwise.
    figure('e-mail'),
    figure('A crane on the quay', 'quay'),
    figure('Renate (Foto: Charlotte Elsen)', 'Die Renate von außen.'),
  ];
  expect(await failedPictureWords(blocks)).toEqual([
    'Picture: e-mail',
    'Picture: A crane on the quay',
    'Picture: Renate (Foto: Charlotte Elsen)',
  ]);
});

test('a description pictures of the article share is shown once, at the first (happyface 0205, medium-3)', async () => {
  const blocks = [pictureFigure('Image for post', '', 'a'), paragraph('Text.'), pictureFigure('A quay', '', 'b')];
  blocks.push({ kind: 'list', ordered: false, items: [{ blocks: [pictureFigure('image for  post', '', 'c')] }] });
  expect(await failedPictureWords(blocks)).toEqual(['Picture: Image for post', 'Picture: A quay']);
});

test('a picture described by the name of the heading right above it shows nothing in its place (maescot 0135)', async () => {
  const heading = (text: string): ArticleBlock => ({ kind: 'heading', level: 2, runs: [{ kind: 'text', text }] });
  const blocks = [
    heading('Mäscot'),
    pictureFigure('Mäscot', '', 'a'),
    paragraph('Schaf, Standardausführung, weiß.'),
    heading('Lucy'),
    paragraph('Bei diesem Schafweibchen …'),
    // Not right after its heading: the description is the picture's own.
    pictureFigure('Lucy', '', 'b'),
    heading('Hans'),
    pictureFigure('Hans auf der Wiese', '', 'c'),
  ];
  expect(await failedPictureWords(blocks)).toEqual(['Picture: Lucy', 'Picture: Hans auf der Wiese']);
});

test('a picture that cannot load and is described by the headline alone (and a file’s suffix) shows nothing', async () => {
  const figure = (alt: string): ArticleBlock => ({
    kind: 'figure',
    images: [{ src: 'https://cdn.example.org/quay.jpg', alt }],
    caption: [],
  });
  const title = 'The new quay  opens';
  const alts = ['The new quay opens_4.1', 'the new quay opens', 'The new quay opens at dawn', 'A crane on the quay'];
  await act(() =>
    render(<ArticleBlocks blocks={alts.map(figure)} keyPointParagraphs={new Map()} title={title} />, container),
  );
  for (const img of container.querySelectorAll('img')) await act(() => void img.dispatchEvent(new Event('error')));
  expect([...container.querySelectorAll('.rd-image-missing')].map((span) => span.textContent)).toEqual([
    'Picture: The new quay opens at dawn',
    'Picture: A crane on the quay',
  ]);
});

test('a run of line breaks shows one empty line at most (a page’s <br><br><br><br> between its paragraphs)', async () => {
  const line = (text: string) => ({ kind: 'text' as const, text });
  const br = { kind: 'break' as const };
  const blocks: ArticleBlock[] = [
    {
      kind: 'paragraph',
      runs: [line('One.'), br, line('Two.'), br, br, line('Three.'), br, br, br, br, line('Four.')],
    },
  ];
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={new Map()} />, container));
  expect(container.querySelector('p')!.innerHTML).toBe('One.<br>Two.<br><br>Three.<br><br>Four.');
});

test("a table cell that is one of the outline's headings is where the outline jumps to, and is followed as one", async () => {
  const blocks: ArticleBlock[] = [
    { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'Costs' }], id: 'h0' },
    {
      kind: 'table',
      caption: [],
      rows: [
        [{ header: true, runs: [{ kind: 'text', text: 'For the quay:' }], colspan: 2, id: 'h1' }],
        [
          { header: false, runs: [{ kind: 'text', text: '200' }] },
          { header: false, runs: [{ kind: 'text', text: 'Flats' }] },
        ],
      ],
    },
  ];
  await act(() => render(<ArticleBlocks blocks={blocks} />, container));
  const cell = container.querySelector(`#${headingDomId('h1')}`);
  expect(cell?.tagName).toBe('TH');
  expect(cell?.getAttribute('tabindex')).toBe('-1');
  expect(headingIds(blocks)).toEqual(['h0', 'h1']);
});

test("a heading inside a list's item or a quote (a list of sections: mozilla-2's tools) is followed as one", () => {
  const heading = (text: string, id: string): ArticleBlock => ({
    kind: 'heading',
    level: 3,
    runs: [{ kind: 'text', text }],
    id,
  });
  const blocks: ArticleBlock[] = [
    heading('Tools', 'h0'),
    { kind: 'list', ordered: false, items: [{ blocks: [heading('WebIDE', 'h1'), paragraph('An editor.')] }] },
    { kind: 'quote', blocks: [heading('Valence', 'h2')] },
  ];
  expect(headingIds(blocks)).toEqual(['h0', 'h1', 'h2']);
});

test('a video is a link to where it plays, named by its title (not one naming the host) and host; not one not http(s)', async () => {
  const blocks: ArticleBlock[] = [
    { kind: 'video', url: 'https://www.youtube-nocookie.com/embed/abc', title: 'The harbour at dawn' },
    { kind: 'video', url: 'https://player.vimeo.com/video/42', title: '' },
    { kind: 'video', url: 'https://www.youtube.com/embed/xyz', title: 'YouTube video player' },
    { kind: 'video', url: 'javascript:alert(1)', title: 'Play' },
  ];
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={new Map()} />, container));
  const links = [...container.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
  expect(links).toEqual([
    ['Video: The harbour at dawn (youtube-nocookie.com)', 'https://www.youtube-nocookie.com/embed/abc'],
    ['Video on player.vimeo.com', 'https://player.vimeo.com/video/42'],
    ['Video on youtube.com', 'https://www.youtube.com/embed/xyz'],
  ]);
  expect(container.textContent).not.toContain('Play');
});

test("an audio host's player (a song, a podcast) is a link to listen to it, named as audio, not video", async () => {
  const blocks: ArticleBlock[] = [
    { kind: 'video', url: 'https://open.spotify.com/embed/album/5xPx', title: 'Spotify Embed: Pale Blue Dot' },
    { kind: 'video', url: 'https://w.soundcloud.com/player/?url=https%3A//api.soundcloud.com/tracks/1', title: '' },
    { kind: 'video', url: 'https://embed.acast.com/harbourpodcast/episode-12', title: '' },
  ];
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={new Map()} />, container));
  expect([...container.querySelectorAll('a')].map((a) => a.textContent)).toEqual([
    'Audio on open.spotify.com',
    'Audio on w.soundcloud.com',
    'Audio on embed.acast.com',
  ]);
});

test("a formula is shown as MathML, in MathML's namespace (readability/mathjax)", async () => {
  const blocks: ArticleBlock[] = [
    {
      kind: 'paragraph',
      runs: [
        { kind: 'text', text: 'When ' },
        {
          kind: 'math',
          math: {
            tag: 'math',
            attrs: { display: 'block' },
            children: [
              {
                tag: 'msup',
                children: [
                  { tag: 'mi', children: ['x'] },
                  { tag: 'mn', children: ['2'] },
                ],
              },
            ],
          },
        },
      ],
    },
  ];
  await act(() => render(<ArticleBlocks blocks={blocks} />, container));
  const math = container.querySelector('p math');
  expect(math?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
  expect(math?.getAttribute('display')).toBe('block');
  expect(math?.querySelector('msup')?.namespaceURI).toBe('http://www.w3.org/1998/Math/MathML');
  expect(container.querySelector('p')?.textContent).toBe('When x2');
});

test("a picture that cannot load shows its description without the credit after it ('…, Copyright: …')", async () => {
  // kulinariaathome (trafilatura 0003): the headline, a stray control character and a licence; a credit alone says
  // nothing of the picture either.
  const blocks = [
    pictureFigure('Almond biscuits\u0080, Copyright: CC BY-NC-ND 3.0', '', 'a'),
    pictureFigure('A crane on the quay - Photo: Jane Doe', '', 'b'),
    pictureFigure('Foto: dpa', '', 'c'),
    pictureFigure('Tea, coffee and cake', '', 'd'),
  ];
  expect(await failedPictureWords(blocks, 'Almond biscuits')).toEqual([
    'Picture: A crane on the quay',
    'Picture: Tea, coffee and cake',
  ]);
});
