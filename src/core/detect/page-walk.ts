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
  commasAt,
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
  textLengthAt,
  trimmedLengthBelow,
} from './page-index';
import { addToParent, addToRun, closeRun, finishDiv, type Frame, SKIPPED } from './page-walk-divs';
import { NON_CONTENT_TAGS, SCORED_TAGS } from './page-walk-tags';
import type { WalkTree } from './walk-tree';

export { BLOCK_TAGS, NON_CONTENT_TAGS, PHRASING_TAGS, SCORED_TAGS } from './page-walk-tags';
export { subtreeOf, type WalkTree } from './walk-tree';

/** Structural elements dropped when they hold no text at all. */
const DROPPED_WHEN_EMPTY = new Set(['div', 'section', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** A link to an in-page anchor counts this much as link text (it is navigation, but a mild sign). */
export const HASH_LINK_WEIGHT = 0.3;
/** A byline element is short: longer text is more than a byline. */
const BYLINE_MAX_CHARS = 100;
/** A heading this similar to the title (shared words) repeats the title. */
const TITLE_HEADING_SIMILARITY = 0.75;
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

export { INLINE_DIV, SKIPPED, WRAPPER } from './page-walk-divs';

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
  const walker = new PageWalker(index, body, options);
  while (!walker.read(NODES_PER_PAUSE)) yield;
  return walker.walk;
}

/**
 * The walk between pauses. Its loop is a plain method, not the generator's own: V8 does not
 * optimise a long loop inside a generator while it runs (no on-stack replacement there).
 */
class PageWalker {
  readonly walk: PageWalk;
  private readonly stack: Frame[];
  private lookForTitleHeading: boolean;
  private lookForByline: boolean;

  constructor(
    private readonly index: PageIndex,
    body: Element,
    private readonly options: WalkOptions,
  ) {
    this.walk = {
      body,
      index,
      tree: index,
      measures: new Map(),
      skipped: new Set(),
      wrappers: new Set(),
      inlineDivs: new Set(),
      kinds: new Uint8Array(index.nodes.length),
      runs: new Map(),
      paragraphs: [],
      titleHeading: null,
      bylineElement: null,
      strippedUnlikely: false,
    };
    this.lookForTitleHeading = options.title.length > 0;
    this.lookForByline = options.findByline;
    const bodyAt = positionOf(index, body);
    this.stack = bodyAt >= 0 ? [this.newFrame(bodyAt)] : [];
  }

  /** Reads up to `count` nodes; true once the walk is done. */
  read(count: number): boolean {
    const { index, stack, walk } = this;
    const { nodes, texts, tags, ends } = index;
    let left = count;
    while (stack.length) {
      const frame = stack[stack.length - 1]!;
      const at = frame.cursor;
      if (at >= frame.end) {
        stack.pop();
        this.finish(frame, stack[stack.length - 1]);
        continue;
      }
      if (left-- === 0) return false;
      frame.cursor = ends[at]!;
      if (texts[at] !== null) {
        const length = textLengthAt(index, at);
        const commas = commasAt(index, at);
        frame.measure.text += length;
        frame.measure.commas += commas;
        if (frame.runs) {
          if (length > 0) frame.breakStreak = 0;
          addToRun(frame, nodes[at]!, length > 0, { text: length, links: 0, commas });
        }
      } else if (this.isSkipped(at, tags[at]!)) {
        walk.skipped.add(nodes[at] as Element);
        walk.kinds[at]! |= SKIPPED;
      } else {
        stack.push(this.newFrame(at));
      }
    }
    return true;
  }

  private newFrame(at: number): Frame {
    const tag = this.index.tags[at]!;
    return {
      element: this.index.nodes[at] as Element,
      tag,
      cursor: at + 1,
      end: this.index.ends[at]!,
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
      runs: tag === 'div' ? [] : null,
      openRun: null,
      breakStreak: 0,
    };
  }

  private isSkipped(at: number, tag: string): boolean {
    const { index, options, walk } = this;
    if (NON_CONTENT_TAGS.has(tag)) return true;
    // Most rules read attributes; an element without any can only be the title heading.
    const hasAttributes = hasMark(index, at, HAS_ATTRIBUTES);
    const names = hasAttributes ? namesAt(index, at) : '';
    if (hasAttributes) {
      if (hasMark(index, at, HIDDEN | MODAL_DIALOG)) return true;
      if (this.lookForByline && isBylineElement(index, at, names)) {
        this.lookForByline = false;
        walk.bylineElement = index.nodes[at] as Element;
        return true;
      }
    }
    if (this.lookForTitleHeading && (tag === 'h1' || tag === 'h2')) {
      if (textSimilarity(options.title, subtreeText(index, at)) > TITLE_HEADING_SIMILARITY) {
        this.lookForTitleHeading = false;
        walk.titleHeading = index.nodes[at] as Element;
        return true;
      }
    }
    if (options.stripUnlikely && tag !== 'body' && tag !== 'a') {
      // <nav> is navigation whatever its class says (our addition to Readability's rules).
      if (
        tag === 'nav' ||
        (hasAttributes &&
          ((isUnlikelyName(names) && !hasProtectingAncestor(index, at)) ||
            UNLIKELY_ROLES.has(index.attributes[at]!.role)))
      ) {
        walk.strippedUnlikely = true;
        return true;
      }
    }
    return false;
  }

  /** All children done: measures the element and adds them to its parent's. */
  private finish(frame: Frame, parent: Frame | undefined): void {
    const { walk } = this;
    const { parents } = this.index;
    const { element, tag, measure } = frame;
    if (frame.runs) closeRun(frame);
    if (tag === 'a') {
      const { href } = this.index.attributes[measure.index]!;
      measure.links = measure.text * (href && /^#./.test(href) ? HASH_LINK_WEIGHT : 1);
    }
    if (DROPPED_WHEN_EMPTY.has(tag) && measure.text === 0 && measure.onlyBreaks && parent) {
      walk.skipped.add(element);
      walk.kinds[measure.index]! |= SKIPPED;
      return;
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
    if (parent) addToParent(parent, frame);
  }
}

/** A byline element: marked as the author's (rel, itemprop, class or id), with a short text. */
function isBylineElement(index: PageIndex, at: number, names: string): boolean {
  if (!(hasMark(index, at, AUTHOR_MARKED) || BYLINE_NAME.test(names))) return false;
  const length = trimmedLengthBelow(index, at, BYLINE_MAX_CHARS);
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
