/**
 * The analysis of the live page, run so that the page stays responsive: the core works in slices
 * (`analyzeDocumentSliced`, about 30 ms each) and hands the thread back to the browser between
 * them (issue #12: no main-thread task over 100 ms, even on a 100,000-element page), so that the
 * page scrolls, paints and answers input meanwhile.
 */
import { analyzeDocumentSliced } from '../core';
import type { AnalysisWithElements, AnalyzeOptions } from '../core/types';

/**
 * Gives the thread back to the page for a moment: a message-channel task (unlike a chain of
 * `setTimeout(0)`, not clamped to 4 ms). Not `scheduler.yield()`: its continuation runs ahead of
 * other tasks, so the messages that arrive meanwhile (the popup asking whether the page is still
 * analysing, content/ping) would wait for the whole analysis.
 */
export function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The analysis runs this long before its first pause: most pages are done by then and pay nothing
 * for the slicing (each pause costs a task, and a frame when one is due: on the loaded test machine
 * slicing every 30 ms made the seed page's analysis 149 → 232 ms). With the core's 30 ms slices the
 * first task stays under the 100 ms bound.
 */
export const FIRST_PAUSE_AFTER_MS = 40;

/**
 * After an analysis that paused, its last slice is followed by one more hand-back when it worked
 * this long: the caller's own work comes next (the panel's first render of a long outline took
 * 20–50 ms beside a 30 ms last slice on the 100,000-element page).
 */
export const HAND_BACK_AFTER_LAST_SLICE_MS = 10;

export async function analyzePageInSlices(doc: Document, options: AnalyzeOptions): Promise<AnalysisWithElements> {
  // The first slice is a task of its own: the script's injection (V8 compiling and running it, 40–100 ms
  // CPU on the test machine) would otherwise run on into it, over 100 ms in one task on any page.
  await yieldToPage();
  const started = performance.now();
  /**
   * When the thread was last handed back; before the first pause, a time such that the hand-back
   * after the analysis comes only when it ran past FIRST_PAUSE_AFTER_MS (a short one pays none).
   */
  let handedBack = started + FIRST_PAUSE_AFTER_MS - HAND_BACK_AFTER_LAST_SLICE_MS;
  const yieldToHost = async (): Promise<void> => {
    if (performance.now() - started < FIRST_PAUSE_AFTER_MS) return;
    await yieldToPage();
    handedBack = performance.now();
  };
  const analysis = await analyzeDocumentSliced(doc, { ...options, yieldToHost, now: () => performance.now() });
  // What the caller does next (the reply's copy into a message, the panel's first render) starts a
  // task of its own instead of lengthening the last slice.
  if (performance.now() - handedBack >= HAND_BACK_AFTER_LAST_SLICE_MS) await yieldToPage();
  return analysis;
}
