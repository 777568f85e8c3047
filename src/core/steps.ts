/**
 * Work in steps: the long loops of the analysis are generators that pause (`yield`) every
 * NODES_PER_PAUSE nodes, so that a caller can hand the thread back to the page between them
 * (./sliced.ts). Run to their end without pausing, they are plain synchronous functions.
 */

/** A computation that may pause; its value comes when it is done. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Nodes a walk reads between two pauses: small enough that a slow DOM (a big page in a browser,
 * tens of microseconds a node) pauses every few tens of milliseconds, large enough that the pause
 * check costs nothing measurable.
 */
export const NODES_PER_PAUSE = 1024;

/** Runs the steps without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
