// @vitest-environment happy-dom
/** The reader's sidebar: the same navigator as the popup and panel, key points first, jumps to the text. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { Sidebar } from '../../src/reader/Sidebar';
import { headingDomId, keyPointDomId } from '../../src/reader/Blocks';
import { sampleKeyPoints, sampleOutline } from '../../src/popup/mock-client';
import type { OutlineResult } from '../../src/core/types';

let container: HTMLElement;

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
  document.body.replaceChildren();
});

async function show(article: OutlineResult): Promise<void> {
  await act(() =>
    render(<Sidebar article={article} activeId={null} onOpen={() => {}} onEscape={() => {}} />, container),
  );
}

const titles = () => [...container.querySelectorAll('.rd-sidebar .or-section-title')].map((el) => el.textContent);

test('key points come before the outline, as in the popup and the panel', async () => {
  await show(sampleOutline({ keyPoints: sampleKeyPoints() }));
  expect(titles().slice(0, 2)).toEqual(['Key points', 'Outline']);
  expect(container.querySelectorAll('.rd-sidebar .or-kp').length).toBe(sampleKeyPoints().length);
});

test('without key points the outline keeps its title', async () => {
  await show(sampleOutline({ keyPoints: [] }));
  expect(titles()[0]).toBe('Outline');
  expect(container.querySelector('.or-keypoints')).toBeNull();
});

test('a key point jumps to its paragraph, a heading to its heading', async () => {
  const article = sampleOutline({ keyPoints: sampleKeyPoints() });
  const point = article.keyPoints[0]!;
  const section = article.outline[0]!;
  const paragraph = Object.assign(document.createElement('p'), { id: keyPointDomId(point.id), tabIndex: -1 });
  const heading = Object.assign(document.createElement('h2'), { id: headingDomId(section.id), tabIndex: -1 });
  document.body.append(paragraph, heading);
  await show(article);
  await act(() => container.querySelector<HTMLElement>('.or-kp-jump')!.click());
  expect(document.activeElement).toBe(paragraph);
  await act(() => container.querySelector<HTMLElement>('[role=treeitem] .or-label')!.click());
  expect(document.activeElement).toBe(heading);
});

test('the section being read is scrolled into the middle of the sidebar, as in the panel', async () => {
  const article = sampleOutline({ keyPoints: sampleKeyPoints() });
  const last = article.outline.at(-1)!;
  // happy-dom lays nothing out: the sidebar is 600 px tall, every row far below it.
  const measure = Element.prototype.getBoundingClientRect;
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const top = this.classList.contains('rd-sidebar') ? 0 : 5000;
    return { top, bottom: top + (top ? 20 : 600), height: top ? 20 : 600, width: 300 } as DOMRect;
  };
  try {
    await act(() =>
      render(<Sidebar article={article} activeId={last.id} onOpen={() => {}} onEscape={() => {}} />, container),
    );
    expect(container.querySelector<HTMLElement>('.rd-sidebar')!.scrollTop).toBeGreaterThan(0);
  } finally {
    Element.prototype.getBoundingClientRect = measure;
  }
});
