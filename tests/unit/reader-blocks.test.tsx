// @vitest-environment happy-dom
/** The reader's rendering of the block model: what a reader sees of blocks the page meant as layout. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { ArticleBlocks, keyPointDomId } from '../../src/reader/Blocks';
import type { ArticleBlock } from '../../src/core/types';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
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
