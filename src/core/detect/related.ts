// STUB — to be replaced by the related-stories heuristic. Signature is final.
import type { RelatedStory } from '../types';

export interface RelatedContext {
  /** Base for relative links: <base href> resolved against the page URL, or the page URL. */
  baseUrl: string | null;
  /** The page's own URL (canonical when known), so the page never lists itself. */
  pageUrl: string | null;
  /** The element(s) holding the article body, when found: links in its running text are not related stories. */
  articleRoots: Element[];
}

export function findRelatedStories(_doc: Document, _context: RelatedContext): RelatedStory[] {
  return [];
}
