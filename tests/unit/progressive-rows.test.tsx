// @vitest-environment happy-dom
/** A long outline is drawn in steps (src/ui/use-progressive-rows.ts): a first frame, then all of it. */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, test } from 'vitest';
import type { OutlineSection } from '../../src/core/types';
import { buildVisibleTree, EMPTY_TREE_STATE, type TreeNode } from '../../src/ui/outline-model';
import { OutlineNavigator } from '../../src/ui/OutlineNavigator';
import { FIRST_FRAME_ROWS, MAX_ROWS_PER_STEP, nextRowLimit, nodesWithinRows } from '../../src/ui/use-progressive-rows';

/** `count` sections of `bullets` short bullets each. */
const outline = (count: number, bullets: number): OutlineSection[] =>
  Array.from({ length: count }, (_, i) => ({
    id: `h${i}`,
    level: 2,
    text: `Update ${i + 1}`,
    bullets: Array.from({ length: bullets }, (_, b) => `Point ${b + 1} of update ${i + 1}`),
    children: [],
  }));

describe('nodesWithinRows', () => {
  test('the first rows in reading order; the same list when all fit', () => {
    const nodes = buildVisibleTree(outline(50, 3), EMPTY_TREE_STATE); // 4 rows a section
    expect(nodesWithinRows(nodes, 8)).toHaveLength(2);
    const partial = nodesWithinRows(nodes, 10); // two sections, and the heading and one bullet of the third
    expect(partial).toHaveLength(3);
    expect(partial[0]).toBe(nodes[0]); // whole subtrees are the same objects
    const third = partial[2]!;
    expect(third.kind === 'heading' && third.children.length).toBe(1);
    expect(nodesWithinRows(nodes, 1_000)).toBe(nodes);
  });

  test('one section holding all others (a live blog under its h1) is cut inside', () => {
    const [top] = outline(1, 0);
    const nodes = buildVisibleTree([{ ...top!, level: 1, children: outline(300, 3) }], EMPTY_TREE_STATE);
    const cut = nodesWithinRows(nodes, FIRST_FRAME_ROWS);
    const count = (list: readonly TreeNode[]): number =>
      list.reduce((n, node) => n + 1 + (node.kind === 'heading' ? count(node.children) : 0), 0);
    expect(count(cut)).toBe(FIRST_FRAME_ROWS);
    expect(count(nodes)).toBe(1 + 300 * 4);
  });
});

describe('nextRowLimit', () => {
  test('grows fast while few rows are drawn, then by at most MAX_ROWS_PER_STEP a step', () => {
    expect(nextRowLimit(FIRST_FRAME_ROWS)).toBeGreaterThan(2 * FIRST_FRAME_ROWS);
    expect(nextRowLimit(2_000)).toBe(2_000 + MAX_ROWS_PER_STEP);
    for (let limit = FIRST_FRAME_ROWS; limit < 5_000; limit = nextRowLimit(limit))
      expect(nextRowLimit(limit) - limit).toBeLessThanOrEqual(MAX_ROWS_PER_STEP);
  });
});

describe('the tree of a long outline', () => {
  test('the first frame draws about FIRST_FRAME_ROWS rows; the rest follow, without the user doing anything', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const sections = 400;
    render(
      <OutlineNavigator outline={outline(sections, 3)} dir="ltr" lang="en" idPrefix="t" onJump={() => undefined} />,
      container,
    );
    const drawnHeadings = () => container.querySelectorAll('[role=treeitem].or-heading').length;
    const first = drawnHeadings();
    expect(first).toBeGreaterThan(0);
    expect(container.querySelectorAll('[role=treeitem]').length).toBeLessThanOrEqual(FIRST_FRAME_ROWS);
    // aria-setsize tells assistive technology the whole length from the start.
    expect(container.querySelector('[role=treeitem]')?.getAttribute('aria-setsize')).toBe(String(sections));
    // Each step draws a bounded number of rows more (one task each on the page's thread).
    const rows = () => container.querySelectorAll('[role=treeitem]').length;
    let steps = 0;
    for (let before = rows(); steps < 30 && drawnHeadings() < sections; steps++, before = rows()) {
      await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
      expect(rows() - before).toBeLessThanOrEqual(MAX_ROWS_PER_STEP);
    }
    expect(drawnHeadings()).toBe(sections);
    render(null, container);
    container.remove();
  });
});
