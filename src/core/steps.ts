/**
 * Work in steps: the long loops of the analysis are generators that pause (`yield`) every
 * WALK_NODES_PER_PAUSE nodes (NODES_PER_PAUSE of work in the related stage), so that a caller can
 * hand the thread back to the page between them (./sliced.ts). Run to their end without pausing,
 * they are plain synchronous functions.
 */

/** A computation that may pause; its value comes when it is done. */
export type Steps<T> = Generator<void, T, void>;

/**
 * Nodes of work between two pauses of the related-stories stage (./detect/related/pauses.ts): small
 * enough that a slow DOM (a big page in a browser, tens of microseconds a node) pauses every few tens
 * of milliseconds, large enough that the pause check costs nothing measurable.
 */
export const NODES_PER_PAUSE = 1024;
/**
 * Nodes the page's long walks (the page scan, the page walk, the cleaning, the body reading) read
 * between two pauses. In an extension's isolated world in Chromium a node can cost tens of
 * microseconds on the 100,000-element page (each node read gets a wrapper of that world), so 1,024
 * nodes could run a slice tens of milliseconds past its budget; a pause check every 256 costs
 * nothing measurable.
 */
export const WALK_NODES_PER_PAUSE = 256;

/** Runs the steps without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
