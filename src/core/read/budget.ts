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

/**
 * Thrown when an analysis exceeds its step budget or its time limit; analyzeDocument turns it into
 * found:false with this message as the reason.
 */
export class StepBudgetExceeded extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StepBudgetExceeded';
  }
}

/** The clock is read once per this many steps (reading it at every step would cost more than the step). */
const STEPS_PER_CLOCK_READ = 1 << 16;

let remaining = Infinity;
let limit = Infinity;
let taken = 0;
let deadline = Infinity;
let timeLimit = Infinity;
let untilClockRead = STEPS_PER_CLOCK_READ;
/**
 * The analysis running now: its `spent` record, one object for all the slices of one run
 * (../sliced.ts), null outside of a budgeted run (reads then are never memoised). What the read
 * layer memoises per analysis (./dom.ts) lives as long as this stays the same.
 */
export let currentRun: object | null = null;

/** Counts one step; throws StepBudgetExceeded once the running budget (or time limit) is spent. */
export function step(): void {
  if (--remaining < 0) {
    remaining = Infinity; // the error is thrown once
    throw new StepBudgetExceeded(
      `The page is too large or too tangled to analyse (more than ${limit.toLocaleString('en')} reading steps).`,
    );
  }
  if (--untilClockRead === 0) {
    untilClockRead = STEPS_PER_CLOCK_READ;
    if (deadline !== Infinity && Date.now() > deadline) {
      deadline = Infinity;
      throw new StepBudgetExceeded(
        `The page took longer than ${(timeLimit / 1000).toLocaleString('en')} s to analyse.`,
      );
    }
  }
}

/**
 * Runs `work` with a budget of `maxSteps` steps and, when given, a time limit in milliseconds
 * (checked every STEPS_PER_CLOCK_READ steps), less what `spent` says was used before. Nested
 * calls share the outer budget.
 */
export function withStepBudget<T>(
  work: () => T,
  maxSteps = MAX_ANALYSIS_STEPS,
  timeLimitMs = Infinity,
  spent: { steps: number; ms: number } = { steps: 0, ms: 0 },
): T {
  if (limit !== Infinity) return work();
  limit = maxSteps;
  // A run in slices (../sliced.ts) goes on with what its earlier slices left of the budget.
  remaining = maxSteps - spent.steps;
  timeLimit = timeLimitMs;
  deadline = timeLimitMs === Infinity ? Infinity : Date.now() + timeLimitMs - spent.ms;
  untilClockRead = STEPS_PER_CLOCK_READ;
  currentRun = spent;
  try {
    return work();
  } finally {
    currentRun = null;
    taken = remaining === Infinity ? limit : limit - remaining;
    limit = Infinity;
    remaining = Infinity;
    deadline = Infinity;
  }
}

/** Steps taken by the last finished budgeted run (for benches and tests). */
export function lastStepCount(): number {
  return taken;
}
