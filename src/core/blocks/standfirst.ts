/**
 * The article's standfirst (its dek: the summary the page prints under the headline) where it stands in the
 * headline's box, outside the text the body reads (theguardian's `<div class="content__standfirst">`, an `<h2>`
 * under the `<h1>`): the reader shows it first, styled as a standfirst. Told by the page's declared summary (its
 * meta or JSON-LD description) printed again, whole, in an element shortly after the headline. Reader-only: the
 * body leaves it out, as zyte's and Readability's bodies do (24 zyte pages and 8 of 9 readability pages whose
 * summary stands on the page leave it out of their truth).
 */
import type { ArticleBlock } from './types';
import { runsText } from './inline';
import { tagOf } from '../dom';
import { boundedTextContent, nextElementAfter, nextElementWithin } from '../read/dom';
import { isHiddenElement } from '../read/visibility';
import { collapseWhitespace, countWords } from '../text';

/** The elements read after the headline: a header's few boxes (a label, the byline, share buttons) and the dek. */
const STANDFIRST_MAX_ELEMENTS = 60;
/** A summary of fewer words is a kicker or a label, no standfirst. */
const STANDFIRST_MIN_WORDS = 5;
/** Elements whose text no reader sees. */
const NO_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select']);

/** The page's h1s asked for a standfirst under them: the headline is among the first (a logo's h1 may come before). */
const HEADLINES_ASKED = 3;

export interface StandfirstOptions {
  /** The page's declared summary (meta or JSON-LD description). */
  excerpt?: string | null;
  /** The page's h1s and h2s: the headline among its first h1s. */
  pageHeadings?: readonly Element[];
  bodyParagraphs: readonly string[];
}

/** The reader's blocks with the standfirst first, when the page prints one under its headline that they lack. */
export function withStandfirst(blocks: ArticleBlock[], options: StandfirstOptions): ArticleBlock[] {
  const { excerpt, pageHeadings, bodyParagraphs } = options;
  if (!excerpt || !pageHeadings) return blocks;
  const lead = standfirstBlock(excerpt, pageHeadings, (text) => shownText(text, bodyParagraphs, blocks));
  return lead ? [lead, ...blocks] : blocks;
}

/**
 * The standfirst as a paragraph for the reader's first block, or null. `excerpt`: the page's declared summary;
 * `shown`: whether the body or the reader's first blocks show a text already.
 */
function standfirstBlock(
  excerpt: string | null,
  pageHeadings: readonly Element[],
  shown: (text: string) => boolean,
): ArticleBlock | null {
  const summary = collapseWhitespace(excerpt);
  if (countWords(summary) < STANDFIRST_MIN_WORDS) return null;
  const h1s = pageHeadings.filter((heading) => tagOf(heading) === 'h1').slice(0, HEADLINES_ASKED);
  for (const h1 of h1s) {
    const text = summaryAfter(h1, summary);
    // The body's text is read only for a summary the page prints under its headline.
    if (text) return shown(text) ? null : { kind: 'paragraph', runs: [{ kind: 'text', text }], standfirst: true };
  }
  return null;
}

/** The summary's text where an element shortly after the headline prints it whole, or null. */
function summaryAfter(headline: Element, summary: string): string | null {
  let element = nextElementAfter(headline, null);
  for (let read = 0; element && read < STANDFIRST_MAX_ELEMENTS; read++) {
    if (NO_TEXT.has(tagOf(element)) || isHiddenElement(element)) {
      element = nextElementAfter(element, null);
      continue;
    }
    // A longer text is no summary: its children are read one by one.
    const text = collapseWhitespace(
      boundedTextContent(element, summary.length + 1, (inner) => NO_TEXT.has(tagOf(inner))),
    );
    if (text === summary) return text;
    element = nextElementWithin(element, null);
  }
  return null;
}

/** The reader's first blocks looked at for the summary (the outline's standfirst section, a lead picture). */
const FIRST_BLOCKS = 3;

/** Whether the body's paragraphs or the reader's first blocks hold a text already. */
function shownText(text: string, paragraphs: readonly string[], blocks: readonly ArticleBlock[]): boolean {
  const head = blocks.slice(0, FIRST_BLOCKS).map((block) => ('runs' in block ? runsText(block.runs) : ''));
  return (
    collapseWhitespace(head.join(' ')).includes(text) ||
    paragraphs.some((paragraph) => collapseWhitespace(paragraph).includes(text))
  );
}
