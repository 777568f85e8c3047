/** What the page walk (./page-walk.ts) measures of each element it keeps, and the paragraphs it finds. */

export interface Measure {
  /** Visible text length, whitespace collapsed. */
  text: number;
  /** Text length inside links (in-page anchors weighted down). */
  links: number;
  commas: number;
}

export interface ElementMeasure extends Measure {
  /** The element's place in the walk's tree (PageWalk.tree). */
  index: number;
  /** The element the walk came to it from: its parent (null for the walk's root). */
  parent: Element | null;
  /** The parent's measure (null for the walk's root), for climbing ancestors without a lookup. */
  parentMeasure: ElementMeasure | null;
  /** A <div> that stands for its single paragraph (in PageWalk.wrappers). */
  wrapper: boolean;
  /** Has a block-level descendant (see page-walk-tags.ts BLOCK). */
  hasBlockDescendant: boolean;
  /** Every child is inline content (for <a>/<del>/<ins>, which are inline only then). */
  onlyInlineChildren: boolean;
  /** Children after inline runs are counted as paragraphs (for "only child" checks). */
  childCount: number;
  /** No element children other than <br>/<hr>. */
  onlyBreaks: boolean;
  /** A link's href as read here (null: it has none), for the passes after this one (hrefOf). */
  href?: string | null;
}

/** A run of inline nodes directly inside a <div>: Readability wraps it into a paragraph. */
export interface InlineRun extends Measure {
  owner: Element;
  nodes: Node[];
}

/** Something scored as a paragraph: its score goes to the ancestors from `start` (its measure) upwards. */
export interface ParagraphLike extends Measure {
  start: ElementMeasure;
}
