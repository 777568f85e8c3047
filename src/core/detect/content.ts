/**
 * Reads the chosen article once, in document order, and returns what the outline is made of:
 * headings, list items and the plain text of the body. Elements left out by the page walk
 * (hidden, furniture) or by cleaning are skipped with their subtrees.
 */
import { attr, isElement, tagOf } from '../dom';
import { firstChild, hasAttr, isText, nextSibling, nodeValue, ownerDocument, textContent } from '../read/dom';
import { collapseWhitespace } from '../text';
import { isExternalHref, isLinkListLabel, isPromoLinkParagraph, siteHostOf } from './body-links';
import { isBoilerplateLine } from './body-lines';
import { isBodyNoiseCandidate, NOISE_MAX_CHARS } from './body-noise';

const HEADING_LEVEL: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };
/** Elements that end a paragraph of the body text. */
export const BLOCK_BOUNDARY: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'li',
  'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);
/** Article parts of these kinds hold the article itself: never left out as furniture by name. */
export const PART_CONTAINER_TAGS: ReadonlySet<string> = new Set(['div', 'article', 'section', 'main', 'body', 'td', 'ul', 'ol', 'table', 'blockquote']);
/** A bold-only paragraph longer than this (characters) is emphasis, not a heading. */
const PSEUDO_HEADING_MAX_CHARS = 100;
/** ... and one shorter than this is a label ("Note", "1."). */
const PSEUDO_HEADING_MIN_CHARS = 4;
/** A colon or bar inside marks a "Label: value" line (credits, GPS, dates), not a heading. */
const LABEL_SEPARATOR = /[:：︱|｜]/;
/** Sentence punctuation at the end marks a bold sentence rather than a heading. */
const SENTENCE_END = /[.,;!?…:]["'”’)]*$/;

export type ContentItem =
  | { kind: 'heading'; element: Element; level: number; text: string; pseudo: boolean }
  | { kind: 'bullet'; element: Element; text: string };

export interface ArticleContent {
  items: ContentItem[];
  /** Paragraphs of body text, whitespace collapsed. */
  paragraphs: string[];
}

interface OpenCapture {
  element: Element;
  pieces: string[];
  /** Index of the reserved item, so nested items keep document order. */
  itemIndex: number;
  /** Open list depth when the item began: text of deeper lists is not its own. */
  listDepth: number;
}

/** An open caption/byline/date block whose text may be left out of the body (see body-noise.ts). */
interface NoiseCapture {
  element: Element;
  /** Body paragraphs before it began: those after it are its own. */
  paragraphCount: number;
  /** The unfinished paragraph's text before it began, and its character counts. */
  prefix: string[];
  prefixChars: number;
  prefixLinkChars: number;
  prefixExternal: boolean;
  /** Characters of text inside it so far. */
  chars: number;
}

interface ParagraphCapture {
  element: Element;
  total: number;
  bold: number;
  itemIndex: number;
}

/**
 * `siteHost`: the page's own host (without www.), for telling the site's own promotion links from
 * links to other sites; when not given it is read from the document's canonical / og:url.
 */
export function readArticleContent(parts: Node[], isLeftOut: (element: Element) => boolean, siteHostGiven?: string | null): ArticleContent {
  const items: (ContentItem | null)[] = [];
  const paragraphs: string[] = [];
  let pieces: string[] = [];
  const headings: OpenCapture[] = [];
  const listItems: OpenCapture[] = [];
  const paragraphCaptures: ParagraphCapture[] = [];
  let listDepth = 0;
  let boldDepth = 0;
  let noise = null as NoiseCapture | null;
  const partSet = new Set(parts);
  /** Characters of the unfinished paragraph, and of those inside links (see body-links.ts). */
  let pieceChars = 0;
  let pieceLinkChars = 0;
  let pieceExternal = false;
  let linkDepth = 0;
  let linkExternal = false;
  let siteHost: string | null | undefined = siteHostGiven;
  /** Index of the last paragraph when it may label a list of links that follows, else -1. */
  let labelIndex = -1;
  /** Every paragraph read, furniture included: the body when the furniture rules leave nothing. */
  const unfiltered: string[] = [];

  const flush = (): void => {
    if (!pieces.length) return;
    const text = collapseWhitespace(pieces.join(''));
    if (text) {
      unfiltered.push(text);
      if (isBoilerplateLine(text)) {
        labelIndex = -1;
      } else if (isPromoLinkParagraph({ chars: pieceChars, linkChars: pieceLinkChars, external: pieceExternal })) {
        if (labelIndex >= 0 && labelIndex === paragraphs.length - 1) paragraphs.pop();
        labelIndex = -1;
      } else {
        labelIndex = isLinkListLabel(text) ? paragraphs.length : -1;
        paragraphs.push(text);
      }
    }
    pieces = [];
    pieceChars = 0;
    pieceLinkChars = 0;
    pieceExternal = false;
  };
  const addText = (text: string): void => {
    pieces.push(text);
    const chars = text.trim().length;
    pieceChars += chars;
    if (linkDepth > 0 && chars > 0) {
      pieceLinkChars += chars;
      if (linkExternal) pieceExternal = true;
    }
    if (noise) noise.chars += chars;
    const heading = headings[headings.length - 1];
    if (heading) heading.pieces.push(text);
    const item = listItems[listItems.length - 1];
    if (item && item.listDepth === listDepth) item.pieces.push(text);
    const paragraph = paragraphCaptures[paragraphCaptures.length - 1];
    if (paragraph) {
      const length = text.trim().length;
      paragraph.total += length;
      if (boldDepth > 0) paragraph.bold += length;
    }
  };

  /** A block boundary or <br> inside a heading or list item still separates words there. */
  const separateCapturedWords = (): void => {
    headings[headings.length - 1]?.pieces.push(' ');
    const item = listItems[listItems.length - 1];
    if (item && item.listDepth === listDepth) item.pieces.push(' ');
  };

  const enter = (element: Element, tag: string): void => {
    if (BLOCK_BOUNDARY.has(tag)) {
      flush();
      separateCapturedWords();
    }
    // A container that is a part of the article (the chosen block, a merged sibling block) is never
    // furniture as a whole: its text may be all there is. A merged paragraph can be (a byline).
    if (!noise && isBodyNoiseCandidate(element, tag) && !(partSet.has(element) && PART_CONTAINER_TAGS.has(tag))) {
      labelIndex = -1; // what came before is not the label of what is inside
      noise = { element, paragraphCount: paragraphs.length, prefix: pieces.slice(), prefixChars: pieceChars, prefixLinkChars: pieceLinkChars, prefixExternal: pieceExternal, chars: 0 };
    }
    if (tag === 'a' && hasAttr(element, 'href')) {
      if (linkDepth++ === 0) {
        if (siteHost === undefined) siteHost = siteHostOf(ownerDocument(element));
        linkExternal = isExternalHref(attr(element, 'href') ?? '', siteHost);
      }
    }
    if (tag in HEADING_LEVEL) {
      headings.push({ element, pieces: [], itemIndex: items.length, listDepth });
      items.push(null);
    } else if (tag === 'li') {
      listItems.push({ element, pieces: [], itemIndex: items.length, listDepth });
      items.push(null);
    } else if (tag === 'ul' || tag === 'ol') {
      listDepth++;
    } else if (tag === 'b' || tag === 'strong') {
      boldDepth++;
    } else if (tag === 'p' && !headings.length && !listItems.length) {
      paragraphCaptures.push({ element, total: 0, bold: 0, itemIndex: items.length });
      items.push(null);
    }
  };

  const leave = (element: Element, tag: string): void => {
    if (BLOCK_BOUNDARY.has(tag)) {
      flush();
      separateCapturedWords();
    }
    if (noise?.element === element) {
      if (noise.chars <= NOISE_MAX_CHARS) {
        paragraphs.length = noise.paragraphCount;
        pieces = noise.prefix;
        pieceChars = noise.prefixChars;
        pieceLinkChars = noise.prefixLinkChars;
        pieceExternal = noise.prefixExternal;
        labelIndex = -1;
      }
      noise = null;
    }
    if (tag === 'a' && hasAttr(element, 'href')) linkDepth--;
    if (tag in HEADING_LEVEL) {
      const heading = headings.pop()!;
      const text = collapseWhitespace(heading.pieces.join(''));
      if (text) items[heading.itemIndex] = { kind: 'heading', element, level: HEADING_LEVEL[tag]!, text, pseudo: false };
    } else if (tag === 'li') {
      const item = listItems.pop()!;
      const text = collapseWhitespace(item.pieces.join(''));
      if (text) items[item.itemIndex] = { kind: 'bullet', element, text };
    } else if (tag === 'ul' || tag === 'ol') {
      listDepth--;
    } else if (tag === 'b' || tag === 'strong') {
      boldDepth--;
    } else if (tag === 'p' && paragraphCaptures[paragraphCaptures.length - 1]?.element === element) {
      const capture = paragraphCaptures.pop()!;
      if (capture.total > 0 && capture.bold === capture.total) {
        const text = collapseWhitespace(textContent(element));
        if (text.length >= PSEUDO_HEADING_MIN_CHARS && text.length <= PSEUDO_HEADING_MAX_CHARS && !SENTENCE_END.test(text) && !LABEL_SEPARATOR.test(text)) {
          items[capture.itemIndex] = { kind: 'heading', element, level: 0, text, pseudo: true };
        }
      }
    }
  };

  for (const part of parts) {
    if (isText(part)) {
      addText(nodeValue(part));
      continue;
    }
    if (!isElement(part) || isLeftOut(part)) continue;
    // Iterative walk: deep nesting must not overflow the stack.
    const stack: { element: Element; tag: string; cursor: Node | null }[] = [];
    const open = (element: Element): void => {
      const tag = tagOf(element);
      enter(element, tag);
      stack.push({ element, tag, cursor: firstChild(element) });
    };
    open(part);
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const node = frame.cursor;
      if (!node) {
        stack.pop();
        leave(frame.element, frame.tag);
        continue;
      }
      frame.cursor = nextSibling(node);
      if (isText(node)) addText(nodeValue(node));
      else if (isElement(node) && !isLeftOut(node)) open(node);
    }
  }
  flush();
  return { items: items.filter((item): item is ContentItem => item !== null), paragraphs: paragraphs.length ? paragraphs : unfiltered };
}
