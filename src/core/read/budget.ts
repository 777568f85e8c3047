/**
 * A step budget for one analysis: every pointer move of the read layer (a parent, child or
 * sibling read, a text read, a query result) counts one step, and an analysis that takes more
 * steps than the budget stops with a clear reason instead of running on. No real page comes near
 * it (see MAX_ANALYSIS_STEPS); it guards against inputs that would make a walk cycle or explode.
 *
 * The count is module state, but only while `withStepBudget` runs (the analysis is synchronous):
 * outside of it, steps are not limited.
 */

/**
 * Steps one analysis may take. The largest corpus page takes about 2 million, a generated
 * 100,000-element live blog about 20 million (`npm run bench:scaling` prints the counts); this is
 * ten times that, a few seconds of work in the slowest DOM we run on.
 */
export const MAX_ANALYSIS_STEPS = 200_000_000;

/** Thrown when an analysis exceeds its step budget; analyzeDocument turns it into found:false. */
export class StepBudgetExceeded extends Error {
  constructor(readonly limit: number) {
    super(`The page is too large or too tangled to analyse (more than ${limit.toLocaleString('en')} reading steps).`);
    this.name = 'StepBudgetExceeded';
  }
}

let remaining = Infinity;
let limit = Infinity;
let taken = 0;

/** Counts one step; throws StepBudgetExceeded once the running budget is spent. */
export function step(): void {
  if (--remaining < 0) {
    remaining = Infinity; // the error is thrown once
    throw new StepBudgetExceeded(limit);
  }
}

/** Runs `work` with a budget of `maxSteps` steps (nested calls share the outer budget). */
export function withStepBudget<T>(work: () => T, maxSteps = MAX_ANALYSIS_STEPS): T {
  if (limit !== Infinity) return work();
  limit = maxSteps;
  remaining = maxSteps;
  try {
    return work();
  } finally {
    taken = remaining === Infinity ? limit : limit - remaining;
    limit = Infinity;
    remaining = Infinity;
  }
}

/** Steps taken by the last finished budgeted run (for benches and tests). */
export function lastStepCount(): number {
  return taken;
}
