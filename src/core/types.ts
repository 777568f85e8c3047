/**
 * Plain-data shapes returned by the analysis core. They are the contract of
 * ../shared/docs/outline-format.md: fields may be added, never renamed or dropped.
 */
import type { ArticleBlock } from './blocks/types';

export type * from './blocks/types';

export interface OutlineSection {
  /** 1..6 for a heading; 0 for untitled content before the first heading. */
  level: number;
  /** Heading text ("" where level is 0). */
  text: string;
  /** List items of the section (ul/ol li, plain text), before the next heading. */
  bullets: string[];
  /** Deeper headings, same shape. */
  children: OutlineSection[];
  /**
   * Stable id of the heading inside this analysis ("h0", "h1", ...), used by the
   * browser glue to map an outline item back to its live element. Not part of the contract.
   */
  id: string;
}

export interface RelatedStory {
  title: string;
  /** Absolute http(s) URL without #fragment. */
  url: string;
  /** Why it was listed (only with the `explain` option): a debug field, not part of the contract. */
  why?: string;
}

/** One of the article's key sentences (see keyPoints in docs/outline-format.md). */
export interface KeyPoint {
  /** The sentence, verbatim from the article (whitespace collapsed). */
  text: string;
  /**
   * Stable id of the sentence's paragraph inside this analysis ("k0", "k1", ...), mapped by the
   * browser glue to the live element so that a click can scroll there. Not part of the contract.
   */
  id: string;
}

export interface ArticleMetadata {
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedTime: string | null;
  /**
   * The date of the article's last change (ISO 8601, as publishedTime), when the page gives one later than its
   * publication date; absent otherwise. Added to the contract's fields.
   */
  modifiedTime?: string;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
}

export interface OutlineResult extends ArticleMetadata {
  /** The URL that relative links were resolved against (null when none is known). */
  url: string | null;
  /** false: no article detected on the page; `reason` then says why. */
  found: boolean;
  reason?: string;
  /**
   * The language the article's text is written in, told from its function words, when the page declares none
   * (`lang` null) and they tell one ("en"); absent otherwise. For the UI's `lang` attributes: screen readers'
   * voices, hyphenation. Added to the contract's fields; `lang` stays the page's own declaration.
   */
  textLang?: string;
  wordCount: number;
  readingMinutes: number;
  outline: OutlineSection[];
  /** The article's key sentences, in article order. */
  keyPoints: KeyPoint[];
  related: RelatedStory[];
  /** Plain text of the article body, paragraphs joined by blank lines. */
  body: string;
  /**
   * The article itself as typed blocks, for the reader view; only when asked for
   * (`AnalyzeOptions.content`). Not part of the outline contract.
   */
  content?: ArticleBlock[];
}

export interface AnalyzeOptions {
  /** The page URL; relative links resolve against it (and against a <base href>). */
  url?: string | null;
  /** Explain the related stories: each carries a short `why` (debugging; not part of the contract). */
  explain?: boolean;
  /** Called for every article link the related-stories rule considered (evaluation scripts). */
  relatedTrace?: (entry: { url: string; title: string; score: number; listed: boolean; why: string }) => void;
  /** Also return the article's content as blocks (`OutlineResult.content`), for the reader view. */
  content?: boolean;
  /**
   * Stop after about this many milliseconds with found:false and a reason (for the CLI's --batch,
   * a limit per page). Unlimited when not given; the step budget applies either way.
   */
  timeLimitMs?: number;
}

/**
 * What the browser glue needs beside the plain result: the live elements behind the
 * outline ids, so that a click can scroll to a heading. Never serialised.
 */
export interface AnalysisWithElements {
  result: OutlineResult;
  elementsById: Map<string, Element>;
}
