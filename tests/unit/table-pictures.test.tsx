/**
 * Pictures in a data table's cells (blocks/units.ts addInlineImages): one of the table's values (a step's tick, a
 * country's flag, an infobox's logo), shown in its cell in the line of the cell's text; a picture in a heading or a
 * caption is still none. The validator takes it as a picture; the exports write it as one.
 */
// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import type { ArticleBlock, InlineRun } from '../../src/core/index';
import { ArticleBlocks } from '../../src/reader/Blocks';
import { validateArticleBlocks } from '../../src/shared/article/validate';
import { blocksToMarkdown } from '../../src/shared/article/markdown';
import { withRenderContainer } from '../support/render-container';
import { readerBlocksOf, SENTENCES } from './fixtures/prose';

const S = SENTENCES;
const TICK = 'https://cdn.example.org/status/finished.png';
const CROSS = 'https://cdn.example.org/status/not-finished.png';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
});

const blocksOf = (inner: string): ArticleBlock[] =>
  readerBlocksOf(`<article><h1>Harbour plan approved</h1>${inner}</article>`);

/** A cell's runs as text, its pictures as [img:address]. */
function cellText(runs: InlineRun[]): string {
  return runs
    .map((run) =>
      run.kind === 'image'
        ? `[img:${run.image.src}]`
        : run.kind === 'text'
          ? run.text
          : 'children' in run
            ? cellText(run.children)
            : '',
    )
    .join('');
}

describe('pictures in a table', () => {
  const STATUS_TABLE = `<table><tr><th></th><th>Draft</th><th>Review</th></tr>
    <tr><td>Load map</td><td class="finished"><img src="${TICK}" width="20px"></td>
      <td class="not_finished"><img src="${CROSS}" width="20px"></td></tr>
    <tr><td>Save map</td><td>Done <img src="${TICK}" width="20px"></td><td><img src="${CROSS}" width="20px"></td></tr>
    </table>`;

  it("shows a data table's pictures in their cells, in the line of the cell's text (readability/keep-tabular-data)", () => {
    const blocks = blocksOf(`<p>${S[0]}</p><p>${S[1]}</p>${STATUS_TABLE}<p>${S[2]}</p><p>${S[3]}</p>`);
    const table = blocks.find((block) => block.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows.map((row) => row.map((cell) => cellText(cell.runs)))).toEqual([
      ['', 'Draft', 'Review'],
      ['Load map', `[img:${TICK}]`, `[img:${CROSS}]`],
      ['Save map', `Done [img:${TICK}]`, `[img:${CROSS}]`],
    ]);
    // No picture of the table's is a figure of its own.
    expect(blocks.filter((block) => block.kind === 'figure')).toEqual([]);
  });

  it("a picture in a heading is still none of the reader's", () => {
    const blocks = blocksOf(`<p>${S[0]}</p><h2><img src="${TICK}" width="200" height="150"> What changes</h2>
      <p>${S[1]}</p><p>${S[2]}</p><p>${S[3]}</p>`);
    const heading = blocks.find((block) => block.kind === 'heading');
    expect(heading).toMatchObject({ runs: [{ kind: 'text', text: 'What changes' }] });
  });

  const CELL: ArticleBlock = {
    kind: 'table',
    caption: [],
    rows: [
      [
        { header: false, runs: [{ kind: 'text', text: 'Load map' }] },
        { header: false, runs: [{ kind: 'image', image: { src: TICK, alt: 'done' } }] },
      ],
    ],
  };

  it('the reader shows it in its cell; the validator takes it as a picture; Markdown writes it as one', async () => {
    await act(() => render(<ArticleBlocks blocks={[CELL]} />, container));
    expect(container.querySelector('td img')?.getAttribute('src')).toBe(TICK);
    expect(validateArticleBlocks([CELL])).toEqual([CELL]);
    const unsafe = {
      ...CELL,
      rows: [[{ header: false, runs: [{ kind: 'image', image: { src: 'javascript:x', alt: '' } }] }]],
    };
    expect(() => validateArticleBlocks([unsafe])).toThrow();
    expect(blocksToMarkdown([CELL])).toContain(`![done](${TICK})`);
  });
});
