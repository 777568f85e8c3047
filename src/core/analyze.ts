// TEMPORARY STUB — the real core is being written; the signature is final.
import type { AnalysisWithElements, AnalyzeOptions, OutlineResult } from './types';

export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): AnalysisWithElements {
  const elementsById = new Map<string, Element>();
  const headings = [...doc.querySelectorAll('article h2, main h2')];
  const outline = headings.map((h, i) => {
    elementsById.set(`h${i}`, h);
    return { id: `h${i}`, level: 2, text: (h.textContent ?? '').trim(), bullets: [], children: [] };
  });
  const result: OutlineResult = {
    url: options.url ?? null, found: true, title: doc.title, byline: null, siteName: null, publishedTime: null,
    lang: null, dir: null, excerpt: null, wordCount: 0, readingMinutes: 0, outline, related: [], body: '',
  };
  return { result, elementsById };
}

export function outlineDocument(doc: Document, options: AnalyzeOptions = {}): OutlineResult {
  return analyzeDocument(doc, options).result;
}
