/**
 * The analysis in slices, for a live page: the same phases as `analyzeDocument` (./analyze.ts),
 * run a slice at a time, handing the thread back to the page (the caller's `yieldToHost`) after
 * about `sliceMs` of work, so that the page never freezes for the whole analysis. Same result as
 * `analyzeDocument` on the same document; pure like it (no globals: the caller brings the way
 * to yield).
 *
 * The page may change while the analysis waits between slices; the result then describes a page
 * caught in between, as a user scrolling during any reading would see.
 */
import { analysisPhases, bounded, budgetVerdict } from './analyze';
import { lastStepCount, MAX_ANALYSIS_STEPS, withStepBudget } from './read/budget';
import type { AnalysisWithElements, AnalyzeOptions } from './types';

/**
 * Work between two hand-backs by default: under the 50 ms a browser counts as a long task, with
 * room for the slice that runs on past it until its next pause.
 */
export const DEFAULT_SLICE_MS = 20;

export interface SlicedAnalyzeOptions extends AnalyzeOptions {
  /**
   * Hands the thread back to the page and resolves when the analysis may go on, e.g.
   * `() => new Promise((resolve) => setTimeout(resolve, 0))` or `() => scheduler.yield()`.
   */
  yieldToHost: () => Promise<void>;
  /** Milliseconds of work between two hand-backs (DEFAULT_SLICE_MS). */
  sliceMs?: number;
  /** The clock, in milliseconds (Date.now by default; performance.now() is finer). */
  now?: () => number;
}

/** Counts of one sliced run, for benches and tests. */
export interface SliceStats {
  slices: number;
  /** The longest stretch of work between two hand-backs, ms. */
  longestSliceMs: number;
}

/**
 * The analysis of one document in slices. Resolves to what `analyzeDocument(doc, options)` returns
 * for the same document. The step budget and time limit count the work of all slices (not the
 * time spent waiting for the host).
 */
export async function analyzeDocumentSliced(
  doc: Document,
  options: SlicedAnalyzeOptions,
  stats?: SliceStats,
): Promise<AnalysisWithElements> {
  const now = options.now ?? Date.now;
  const sliceMs = options.sliceMs ?? DEFAULT_SLICE_MS;
  const phases = analysisPhases(doc, options);
  const spent = { steps: 0, ms: 0 };
  let sliceStart = now();
  if (stats) {
    stats.slices = 1;
    stats.longestSliceMs = 0;
  }
  /** Whether this slice has worked its time (and the longest slice so far). */
  const due = (): boolean => {
    const worked = now() - sliceStart;
    if (stats) stats.longestSliceMs = Math.max(stats.longestSliceMs, worked);
    return worked >= sliceMs;
  };
  const handBack = async (): Promise<void> => {
    if (stats) stats.slices++;
    await options.yieldToHost();
    sliceStart = now();
  };
  /**
   * The result bounded (bounds.ts) in a slice of its own when the last phase used up its slice:
   * on a long page it copies the outline and clips a body of megabytes.
   */
  const finish = async (analysis: AnalysisWithElements): Promise<AnalysisWithElements> => {
    if (due()) await handBack();
    const result = bounded(analysis);
    due();
    return result;
  };
  for (;;) {
    const start = now();
    let next: IteratorResult<void, AnalysisWithElements>;
    try {
      next = withStepBudget(() => phases.next(), MAX_ANALYSIS_STEPS, options.timeLimitMs, spent);
    } catch (error) {
      return finish(budgetVerdict(error, options));
    } finally {
      spent.steps = lastStepCount();
      spent.ms += now() - start;
    }
    if (next.done) return finish(next.value);
    if (due()) await handBack();
  }
}
