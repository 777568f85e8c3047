/**
 * A long outline is drawn in steps: the first frame gets the rows a popup or panel can show (and
 * then some), the rest follow in growing steps, each its own task. On a 200-section live blog
 * (about 1,600 rows) drawing the whole tree at once took about a second before anything showed,
 * and held the popup's thread for all of it. The popup has its final size from the first frame
 * (popup.css), so nothing jumps; the tree only gets longer below the fold.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TreeNode } from './outline-model';

/**
 * Rows in the first frame: a 600 px popup shows at most about 30 rows (fewer below the header and
 * key points); the next step follows a task later. 100 rows first cost the 2,500-row outline of the
 * 3-million-character live blog about 80 ms more to its first frame than 40 (bench/browser/popup-render.ts).
 */
export const FIRST_FRAME_ROWS = 40;
/** Each later step draws this many times as many rows as are drawn already (few steps for any length) ... */
const STEP_GROWTH = 4;
/**
 * ... but at most this many rows more: drawing 1,900 rows in one step (640 → 2,560) held the
 * page's thread for 110 ms under the in-page panel on a 100,000-element page, and 400 rows still
 * 60–150 ms on the loaded test machine (Preact creating the rows and their listeners, then the
 * page's style and layout of them, each a task).
 */
export const MAX_ROWS_PER_STEP = 200;

/** The row limit of the step after one that drew `current` rows. */
export function nextRowLimit(current: number): number {
  return Math.min(current * STEP_GROWTH, current + MAX_ROWS_PER_STEP);
}

/**
 * The tree cut after its first `limit` rows, in reading order: a heading whose rows do not all fit
 * is kept with the children that do (a copy; whole subtrees stay the same objects, so rows already
 * drawn are not drawn again). The same list when everything fits.
 */
export function nodesWithinRows(nodes: readonly TreeNode[], limit: number): readonly TreeNode[] {
  const budget = { rows: Math.max(1, limit) };
  const cut = (list: readonly TreeNode[]): readonly TreeNode[] => {
    const kept: TreeNode[] = [];
    let whole = true;
    for (const node of list) {
      if (budget.rows <= 0) return kept;
      budget.rows--;
      const children = node.kind === 'heading' && node.expanded ? cut(node.children) : null;
      if (node.kind !== 'heading' || children === null || children === node.children) kept.push(node);
      else {
        kept.push({ ...node, children: [...children] });
        whole = false;
      }
    }
    return whole ? list : kept;
  };
  return cut(nodes);
}

/** The tree to draw now; all of it after a few tasks. */
export function useProgressiveRows(nodes: readonly TreeNode[]): readonly TreeNode[] {
  const [limit, setLimit] = useState(FIRST_FRAME_ROWS);
  const shown = useMemo(() => nodesWithinRows(nodes, limit), [nodes, limit]);
  const complete = shown === nodes;
  useEffect(() => {
    if (complete) return;
    const timer = setTimeout(() => setLimit(nextRowLimit), 0);
    return () => clearTimeout(timer);
  }, [complete, limit]);
  return shown;
}
