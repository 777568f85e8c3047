/** What the block reader (read-blocks.ts) is told about the page: the article's parts as the core judged them. */
import type { StandfirstOptions } from './standfirst';
import type { UnitOptions } from './units';

export interface ReadBlocksOptions extends UnitOptions, StandfirstOptions {
  /** For relative links and image sources (null: only absolute ones are kept). */
  baseUrl: string | null;
  isLeftOut(element: Element): boolean;
  /** The article's body text, paragraph by paragraph (see body-filter.ts). */
  bodyParagraphs: readonly string[];
  /** The outline's headings: their id and outline level. */
  headings: ReadonlyMap<Element, { id: string; level: number }>;
  /** A heading the outline takes for no section's (a credit, a caption): a line of text (heading-block.ts). */
  isFurnitureHeading?: (heading: Element) => boolean;
  /** The related stories' URLs: a picture inside a link to one is that story's teaser, not the article's. */
  relatedUrls?: ReadonlySet<string>;
}
