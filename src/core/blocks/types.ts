/**
 * The article's content as plain typed data: what the reader page renders. No HTML strings:
 * every text is a text, every link and image source an absolute http(s) URL checked by the core.
 * Returned only when asked for (`AnalyzeOptions.content`); not part of the CLI's JSON contract.
 */

export type InlineRun =
  | { kind: 'text'; text: string }
  | { kind: 'link'; href: string; children: InlineRun[] }
  | { kind: 'em'; children: InlineRun[] }
  | { kind: 'strong'; children: InlineRun[] }
  | { kind: 'code'; text: string }
  /** A line break inside a paragraph (<br>). */
  | { kind: 'break' }
  /** A formula (a page's <math>), shown as MathML. */
  | { kind: 'math'; math: MathNode }
  /** A picture in a table's cell (a tick, a flag): one of the table's values, shown in its cell. */
  | { kind: 'image'; image: ArticleImage };

/**
 * A MathML element as plain data: a tag and attributes of the fixed vocabulary (blocks/mathml.json), its children
 * (elements and the text of token elements). The root is a <math>.
 */
export interface MathNode {
  tag: string;
  attrs?: Record<string, string>;
  children: (MathNode | string)[];
}

export interface ArticleImage {
  /** Absolute http(s) URL. */
  src: string;
  /** Only http(s) candidates, in srcset syntax ("url 2x, url 640w"); omitted when none. */
  srcset?: string;
  alt: string;
  width?: number;
  height?: number;
}

export interface TableCell {
  header: boolean;
  runs: InlineRun[];
  colspan?: number;
  rowspan?: number;
  /**
   * The outline section's id when the cell is one of the outline's headings or holds one (a list's label in a
   * cell, a heading in a table's head row), so that the outline beside the text can follow it.
   */
  id?: string;
}

export interface ListItem {
  blocks: ArticleBlock[];
}

export type ArticleBlock =
  /** `standfirst`: the article's summary under the headline, from the headline's box (blocks/standfirst.ts). */
  | { kind: 'paragraph'; runs: InlineRun[]; standfirst?: true }
  /**
   * level 2..6 (the title is level 1). `id` is the outline section's id ("h3") when the heading is
   * in the outline, so that the outline beside the text can follow it.
   */
  | { kind: 'heading'; level: number; runs: InlineRun[]; id?: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] }
  | { kind: 'quote'; blocks: ArticleBlock[] }
  | { kind: 'figure'; images: ArticleImage[]; caption: InlineRun[] }
  | { kind: 'table'; caption: InlineRun[]; rows: TableCell[][] }
  | { kind: 'code'; text: string; language?: string }
  /** An embedded post (a tweet): its text, and a link to it when it has one. */
  | { kind: 'embed'; runs: InlineRun[]; url: string | null }
  /** An embedded video player (a video host's <iframe>, a <video> with controls): where to watch it, its title. */
  | { kind: 'video'; url: string; title: string };

export type ArticleBlockKind = ArticleBlock['kind'];

export type VideoBlock = Extract<ArticleBlock, { kind: 'video' }>;
