/**
 * One pass over the page that decides which elements can hold article content at all, and
 * measures every element that can (text length, link text, commas) bottom-up, so that scoring
 * and cleaning never re-read a subtree's text. Nothing is changed in the document: elements
 * that Readability-style extraction would remove are recorded in `skipped` instead.
 *
 * The model mirrors how Readability.js rewrites a page before scoring it, because its output is
 * the baseline we are measured against: a <div> that holds only inline content reads as a
 * paragraph, a run of inline content inside a <div> reads as a paragraph of its own, and a
 * <div> that only wraps one paragraph reads as that paragraph.
 */
import { ownerDocument } from '../read/dom';
import { NODES_PER_PAUSE, runToEnd, type Steps } from '../steps';
import { textSimilarity } from '../text';
import { BYLINE_NAME, isUnlikelyName, UNLIKELY_ROLES } from './boilerplate';
import {
  AUTHOR_MARKED,
  HAS_ATTRIBUTES,
  HIDDEN,
  hasMark,
  indexPage,
  indexSubtree,
  MODAL_DIALOG,
  namesAt,
  type PageIndex,
  positionOf,
  subtreeText,
} from './page-index';
import { BLOCK_TAGS, NON_CONTENT_TAGS, PHRASING_TAGS, SCORED_TAGS } from './page-walk-tags';
import type { WalkTree } from './walk-tree';

export { BLOCK_TAGS, NON_CONTENT_TAGS, PHRASING_TAGS, SCORED_TAGS } from './page-walk-tags';
export { subtreeOf, type WalkTree } from './walk-tree';

/** Structural elements dropped when they hold no text at all. */
const DROPPED_WHEN_EMPTY = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A link to an in-page anchor counts this much as link text (it is navigation, but a mild sign). */
export const HASH_LINK_WEIGHT = 0.3;
/** A <div> wrapping a single paragraph stands for that paragraph unless it is this linky or more. */
const WRAPPER_MAX_LINK_DENSITY = 0.25;
/** A byline element is short: longer text is more than a byline. */
const BYLINE_MAX_CHARS = 100;
/** A heading this similar to the title (shared words) repeats the title. */
const TITLE_HEADING_SIMILARITY = 0.75;
/** This many <br>s in a row separate paragraphs. */
const PARAGRAPH_BREAK_BRS = 2;
/** How far up an unlikely-named element looks for a table/code ancestor that protects it. */
const PROTECTING_ANCESTOR_DEPTH = 3;

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
  /** Has a block-level descendant (see BLOCK_TAGS). */
  hasBlockDescendant: boolean;
  /** Every child is inline content (for <a>/<del>/<ins>, which are inline only then). */
  onlyInlineChildren: boolean;
  /** Children after inline runs are counted as paragraphs (for "only child" checks). */
  childCount: number;
  /** No element children other than <br>/<hr>. */
  onlyBreaks: boolean;
}

/** A run of inline nodes directly inside a <div>: Readability wraps it into a paragraph. */
export interface InlineRun extends Measure {
  owner: Element;
  nodes: Node[];
}

/** Something scored as a paragraph: its score goes to the ancestors from `start` (an index) upwards. */
export interface ParagraphLike extends Measure {
  start: number;
}

export interface WalkOptions {
  stripUnlikely: boolean;
  /** The article title, to drop the first heading that repeats it. */
  title: string;
  /** Look for a byline element (and drop it) when the page's metadata gave none. */
  findByline: boolean;
}

/** Bits of `PageWalk.kinds`, by index. */
export const SKIPPED = 1;
export const WRAPPER = 2;
export const INLINE_DIV = 4;

export interface PageWalk {
  body: Element;
  /** The page index the walk read (../page-index.ts); also the walk's tree (every node, left-out subtrees too). */
  index: PageIndex;
  tree: WalkTree;
  measures: Map<Element, ElementMeasure>;
  /** Roots of subtrees left out (hidden, unlikely, empty, the title heading, the byline). */
  skipped: Set<Element>;
  /** <div>s that stand for their single paragraph (transparent when climbing ancestors). */
  wrappers: Set<Element>;
  /** <div>s with no block content, read as paragraphs. */
  inlineDivs: Set<Element>;
  /** The three sets above by index: SKIPPED, WRAPPER, INLINE_DIV bits. */
  kinds: Uint8Array;
  runs: Map<Element, InlineRun[]>;
  paragraphs: ParagraphLike[];
  titleHeading: Element | null;
  bylineElement: Element | null;
  /** Whether the unlikely-name rule (stripUnlikely) left anything out: if not, the walk is the same without it. */
  strippedUnlikely: boolean;
}

interface Frame {
  element: Element;
  tag: string;
  /** The next child's index, and the index after the element's subtree. */
  cursor: number;
  end: number;
  measure: ElementMeasure;
  runs: InlineRun[] | null;
  openRun: InlineRun | null;
  /** <br>s in a row (whitespace between them) since the last content: two or more end a paragraph. */
  breakStreak: number;
}

/** The walk of `body` over an index of its document (made now when not given). */
export function walkPage(body: Element, options: WalkOptions, index?: PageIndex): PageWalk {
  return runToEnd(walkPageSteps(index ?? indexFor(body), body, options));
}

/** An index of the element's whole document (of the element alone when it is in none). */
export function indexFor(element: Element): PageIndex {
  const doc = ownerDocument(element);
  const index = doc ? indexPage(doc) : null;
  return index && positionOf(index, element) >= 0 ? index : indexSubtree(element);
}

/** walkPage in steps (../steps.ts). */
export function* walkPageSteps(index: PageIndex, body: Element, options: WalkOptions): Steps<PageWalk> {
  const { nodes, texts, tags, ends, parents, textLengths, commas } = index;
  const walk: PageWalk = {
    body,
    index,
    tree: index,
    measures: new Map(),
    skipped: new Set(),
    wrappers: new Set(),
    inlineDivs: new Set(),
    kinds: new Uint8Array(nodes.length),
    runs: new Map(),
    paragraphs: [],
    titleHeading: null,
    bylineElement: null,
    strippedUnlikely: false,
  };
  let lookForTitleHeading = options.title.length > 0;
  let lookForByline = options.findByline;

  const isSkipped = (at: number, tag: string): boolean => {
    if (NON_CONTENT_TAGS.has(tag)) return true;
    // Most rules read attributes; an element without any can only be the title heading.
    const hasAttributes = hasMark(index, at, HAS_ATTRIBUTES);
    const names = hasAttributes ? namesAt(index, at) : '';
    if (hasAttributes) {
      if (hasMark(index, at, HIDDEN | MODAL_DIALOG)) return true;
      if (lookForByline && isBylineElement(index, at, names)) {
        lookForByline = false;
        walk.bylineElement = nodes[at] as Element;
        return true;
      }
    }
    if (lookForTitleHeading && (tag === 'h1' || tag === 'h2')) {
      if (textSimilarity(options.title, subtreeText(index, at)) > TITLE_HEADING_SIMILARITY) {
        lookForTitleHeading = false;
        walk.titleHeading = nodes[at] as Element;
        return true;
      }
    }
    if (options.stripUnlikely && tag !== 'body' && tag !== 'a') {
      // <nav> is navigation whatever its class says (our addition to Readability's rules).
      if (
        tag === 'nav' ||
        (hasAttributes &&
          ((isUnlikelyName(names) && !hasProtectingAncestor(index, at)) || UNLIKELY_ROLES.has(index.roles[at]!)))
      ) {
        walk.strippedUnlikely = true;
        return true;
      }
    }
    return false;
  };

  const newFrame = (at: number): Frame => ({
    element: nodes[at] as Element,
    tag: tags[at]!,
    cursor: at + 1,
    end: ends[at]!,
    measure: {
      index: at,
      text: 0,
      links: 0,
      commas: 0,
      hasBlockDescendant: false,
      onlyInlineChildren: true,
      childCount: 0,
      onlyBreaks: true,
    },
    runs: tags[at] === 'div' ? [] : null,
    openRun: null,
    breakStreak: 0,
  });

  const bodyAt = positionOf(index, body);
  const stack: Frame[] = bodyAt >= 0 ? [newFrame(bodyAt)] : [];
  let untilPause = NODES_PER_PAUSE;
  while (stack.length) {
    const frame = stack[stack.length - 1]!;
    const at = frame.cursor;
    if (at < frame.end) {
      if (--untilPause === 0) {
        untilPause = NODES_PER_PAUSE;
        yield;
      }
      frame.cursor = ends[at]!;
      if (texts[at] !== null) {
        const length = textLengths[at]!;
        const textCommas = commas[at]!;
        frame.measure.text += length;
        frame.measure.commas += textCommas;
        if (frame.runs) {
          if (length > 0) frame.breakStreak = 0;
          addToRun(frame, nodes[at]!, length > 0, { text: length, links: 0, commas: textCommas });
        }
        continue;
      }
      const tag = tags[at]!;
      if (isSkipped(at, tag)) {
        walk.skipped.add(nodes[at] as Element);
        walk.kinds[at]! |= SKIPPED;
        continue;
      }
      stack.push(newFrame(at));
      continue;
    }
    // All children done: finish this element.
    stack.pop();
    const { element, tag, measure } = frame;
    if (frame.runs) closeRun(frame);
    if (tag === 'a') {
      const href = index.hrefs[measure.index];
      measure.links = measure.text * (href && /^#./.test(href) ? HASH_LINK_WEIGHT : 1);
    }
    const parent = stack[stack.length - 1];
    if (DROPPED_WHEN_EMPTY.has(tag) && measure.text === 0 && measure.onlyBreaks && parent) {
      walk.skipped.add(element);
      walk.kinds[measure.index]! |= SKIPPED;
      continue;
    }
    if (frame.runs) finishDiv(walk, frame);
    walk.measures.set(element, measure);
    if (SCORED_TAGS.has(tag)) {
      const start = parents[measure.index]!;
      if (start >= 0) walk.paragraphs.push({ start, text: measure.text, links: measure.links, commas: measure.commas });
    } else if (tag === 'li' && isProseListItem(measure)) {
      // Articles written as bullet points: a list item of prose is a paragraph of the list's container.
      const listAt = parents[measure.index]!;
      const start = listAt >= 0 ? parents[listAt]! : -1;
      if (start >= 0) walk.paragraphs.push({ start, text: measure.text, links: measure.links, commas: measure.commas });
    }
    if (!parent) continue;
    const parentMeasure = parent.measure;
    parentMeasure.text += measure.text;
    parentMeasure.links += measure.links;
    parentMeasure.commas += measure.commas;
    parentMeasure.hasBlockDescendant ||= measure.hasBlockDescendant || BLOCK_TAGS.has(tag);
    if (tag !== 'br' && tag !== 'hr') parentMeasure.onlyBreaks = false;
    const inline =
      PHRASING_TAGS.has(tag) || ((tag === 'a' || tag === 'del' || tag === 'ins') && measure.onlyInlineChildren);
    if (!inline) parentMeasure.onlyInlineChildren = false;
    if (parent.runs) {
      if (tag === 'br') {
        // Readability turns a chain of <br>s into a paragraph break.
        if (++parent.breakStreak >= PARAGRAPH_BREAK_BRS) closeRun(parent);
        else addToRun(parent, element, false, measure);
      } else if (inline) {
        parent.breakStreak = 0;
        addToRun(parent, element, true, measure);
      } else {
        closeRun(parent);
        parentMeasure.childCount++;
      }
    } else {
      parentMeasure.childCount++;
    }
  }
  return walk;
}

/** A byline element: marked as the author's (rel, itemprop, class or id), with a short text. */
function isBylineElement(index: PageIndex, at: number, names: string): boolean {
  if (!(hasMark(index, at, AUTHOR_MARKED) || BYLINE_NAME.test(names))) return false;
  const length = subtreeText(index, at).trim().length;
  return length > 0 && length < BYLINE_MAX_CHARS;
}

/** A list item of at least this many characters can be a sentence of the article ... */
const PROSE_LIST_ITEM_MIN_CHARS = 80;
/** ... unless this share of it or more is link text (a menu or a list of headlines). */
const PROSE_LIST_ITEM_MAX_LINK_DENSITY = 0.25;

function isProseListItem(measure: Measure): boolean {
  return measure.text >= PROSE_LIST_ITEM_MIN_CHARS && measure.links < measure.text * PROSE_LIST_ITEM_MAX_LINK_DENSITY;
}

/** Tables and code keep their unlikely-named parts (a "comment" class in a code sample, say). */
const PROTECTING_TAGS = new Set(['table', 'code']);

function hasProtectingAncestor(index: PageIndex, at: number): boolean {
  let parent = index.parents[at]!;
  for (let depth = 0; parent >= 0 && depth < PROTECTING_ANCESTOR_DEPTH; depth++, parent = index.parents[parent]!) {
    if (PROTECTING_TAGS.has(index.tags[parent]!)) return true;
  }
  return false;
}

function addToRun(frame: Frame, node: Node, substantial: boolean, measure: Measure): void {
  if (!frame.openRun) {
    if (!substantial) return; // whitespace and <br> never start a paragraph
    frame.openRun = { owner: frame.element, nodes: [], text: 0, links: 0, commas: 0 };
  }
  const run = frame.openRun;
  run.nodes.push(node);
  run.text += measure.text;
  run.links += measure.links;
  run.commas += measure.commas;
}

function closeRun(frame: Frame): void {
  if (frame.openRun) {
    frame.runs!.push(frame.openRun);
    frame.measure.childCount++;
    frame.openRun = null;
  }
}

/** Decides how Readability would read a finished <div>: wrapper, inline paragraph or container. */
function finishDiv(walk: PageWalk, frame: Frame): void {
  const { element, measure } = frame;
  const runs = frame.runs!;
  const linkDensity = measure.text ? measure.links / measure.text : 0;
  if (runs.length) {
    walk.runs.set(element, runs);
    measure.hasBlockDescendant = true; // the runs became paragraphs
  }
  const at = measure.index;
  const onlyChildIsParagraph = measure.childCount === 1 && (runs.length === 1 || singleParagraphChild(walk, at));
  if (onlyChildIsParagraph && linkDensity < WRAPPER_MAX_LINK_DENSITY) {
    walk.wrappers.add(element);
    walk.kinds[at]! |= WRAPPER;
    if (runs.length === 1) walk.paragraphs.push({ start: at, ...pick(runs[0]!) });
    return;
  }
  for (const run of runs) walk.paragraphs.push({ start: at, ...pick(run) });
  if (!measure.hasBlockDescendant) {
    walk.inlineDivs.add(element);
    walk.kinds[at]! |= INLINE_DIV;
    const start = walk.index.parents[at]!;
    if (start >= 0) walk.paragraphs.push({ start, text: measure.text, links: measure.links, commas: measure.commas });
  }
}

function singleParagraphChild(walk: PageWalk, at: number): boolean {
  const { tags, ends } = walk.index;
  for (let child = at + 1; child < ends[at]!; child = ends[child]!) {
    if (!tags[child] || walk.kinds[child]! & SKIPPED) continue;
    return tags[child] === 'p';
  }
  return false;
}

function pick(measure: Measure): Measure {
  return { text: measure.text, links: measure.links, commas: measure.commas };
}
