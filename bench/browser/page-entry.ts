/**
 * What the browser bench injects into each page: the analysis core (the same source the content
 * script is built from) and Readability.js, built together into one IIFE.
 */
import { Readability } from '@mozilla/readability';
import { analyzeDocument } from '../../src/core';

(globalThis as Record<string, unknown>).__outlineBench = {
  /** The core on the live document. It never mutates it, so every run reads the same page. */
  core(url: string | null): number {
    const result = analyzeDocument(document, { url }).result;
    return result.outline.length + result.body.length;
  },
  /** Readability on a clone of the live document, as it requires (it mutates what it is given). */
  readability(): number {
    const clone = document.cloneNode(true) as Document;
    return new Readability(clone).parse()?.textContent?.length ?? 0;
  },
};
