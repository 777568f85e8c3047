/**
 * What the browser bench injects into each page: the analysis core (the same source the content
 * script is built from) and Readability.js, built together into one IIFE.
 */
import { Readability } from '@mozilla/readability';
import { analyzeDocument, analyzeDocumentSliced, type SliceStats } from '../../src/core';

(globalThis as Record<string, unknown>).__outlineBench = {
  /** The core on the live document. It never mutates it, so every run reads the same page. */
  core(url: string | null, content = false): number {
    const result = analyzeDocument(document, { url, content }).result;
    return result.outline.length + result.body.length;
  },
  /**
   * The core in slices (as the content script runs it), handing the thread back through a message
   * channel (no 4 ms timer clamp): the whole time, and the longest slice of work between hand-backs.
   */
  async coreSliced(url: string | null): Promise<{ ms: number; slices: number; longestSliceMs: number }> {
    const channel = new MessageChannel();
    const yieldToHost = () =>
      new Promise<void>((resolve) => {
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    const stats: SliceStats = { slices: 0, longestSliceMs: 0 };
    const start = performance.now();
    await analyzeDocumentSliced(document, { url, yieldToHost, now: () => performance.now() }, stats);
    const ms = performance.now() - start;
    channel.port1.close();
    return { ms, ...stats };
  },
  /** Readability on a clone of the live document, as it requires (it mutates what it is given). */
  readability(): number {
    const clone = document.cloneNode(true) as Document;
    return new Readability(clone).parse()?.textContent?.length ?? 0;
  },
};
