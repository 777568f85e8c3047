// @vitest-environment happy-dom
/** The reader's keyboard navigation: j / k move between the article's sections, wherever their headings are shown. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { expect, test } from 'vitest';
import { withRenderContainer } from '../support/render-container';
import { ArticleBlocks } from '../../src/reader/Blocks';
import { articleHeadings, nextSection } from '../../src/reader/sections';
import type { ArticleBlock } from '../../src/core/types';

let container: HTMLElement;
withRenderContainer((element) => {
  container = element;
  container.className = 'rd-content';
});

const text = (value: string) => [{ kind: 'text' as const, text: value }];

test('j moves to a table cell that is one of the outline headings (a recipe’s “For the dough:”), as the outline does', async () => {
  const blocks: ArticleBlock[] = [
    { kind: 'heading', level: 2, runs: text('Ingredients'), id: 'h0' },
    {
      kind: 'table',
      caption: [],
      rows: [
        [{ header: true, runs: text('For the dough:'), id: 'h1' }],
        [{ header: false, runs: text('500 g flour') }],
      ],
    },
    { kind: 'heading', level: 2, runs: text('Method'), id: 'h2' },
  ];
  await act(() => render(<ArticleBlocks blocks={blocks} />, container));
  expect(articleHeadings(document).map((element) => element.textContent)).toEqual([
    'Ingredients',
    'For the dough:',
    'Method',
  ]);
  // Happy DOM lays nothing out: each section start is placed by hand, the first one at the reading line.
  articleHeadings(document).forEach((element, index) => {
    element.getBoundingClientRect = () => ({ top: index * 400 }) as DOMRect;
    element.scrollIntoView = () => undefined;
  });
  const target = nextSection(document, 1);
  expect(target?.textContent).toBe('For the dough:');
  expect(document.activeElement).toBe(target);
});

test('in an article without headings, j and k step through the key points’ places, as the sidebar lists them', async () => {
  const paragraph = (value: string): ArticleBlock => ({ kind: 'paragraph', runs: text(value) });
  const blocks = ['Opening.', 'The first point.', 'Between.', 'The second point.'].map(paragraph);
  const keyPoints = new Map([
    [1, 'k0'],
    [3, 'k1'],
  ]);
  await act(() => render(<ArticleBlocks blocks={blocks} keyPointParagraphs={keyPoints} />, container));
  // Happy DOM lays nothing out: each paragraph is placed by hand, the first one at the reading line.
  container.querySelectorAll('p').forEach((element, index) => {
    element.getBoundingClientRect = () => ({ top: index * 400 }) as DOMRect;
    element.scrollIntoView = () => undefined;
  });
  const target = nextSection(document, 1);
  expect(target?.textContent).toBe('The first point.');
  expect(document.activeElement).toBe(target);
  expect(nextSection(document, -1)).toBe(null);
});
