// STUB — to be replaced by the metadata heuristic. Signature is final.
import type { ArticleMetadata } from '../types';

export interface MetadataContext {
  /** The article's root element(s) when found (a byline or h1 inside them weighs more). */
  articleRoots: Element[];
}

export function extractMetadata(doc: Document, _context: MetadataContext): ArticleMetadata {
  return { title: (doc.title ?? '').trim(), byline: null, siteName: null, publishedTime: null, lang: null, dir: null, excerpt: null };
}
