/**
 * The analysis core's public entry points. Pure: handed a Document (and the page URL), they
 * return plain data; they never touch extension APIs or globals and never change the document.
 */
export { analyzeDocument, outlineDocument } from './analyze';
export { analyzeDocumentSliced, DEFAULT_SLICE_MS, type SlicedAnalyzeOptions, type SliceStats } from './sliced';
export { isProbablyArticle } from './detect/readerable';
export type * from './types';
