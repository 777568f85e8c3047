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
import { attr, ELEMENT_NODE, hasNearAncestorTag, tagOf } from '../dom';
import {
  firstChildOf,
  firstElementChild,
  nextElementSibling,
  nextSiblingOf,
  nodeType,
  nodeValue,
  parentElement,
  TEXT_NODE,
  textContent,
} from '../read/dom';
import { WALK_NODES_PER_PAUSE, runToEnd, type Steps } from '../steps';
import { collapsedLength, countCommas } from '../text';
import { BYLINE_NAME, isConsentNotice, isFormOverlay, isUnlikelyName, UNLIKELY_ROLES } from './boilerplate';
import { BLOCK, DROPPED_WHEN_EMPTY, NON_CONTENT, PHRASING, SCORED, TAG_KINDS } from './page-walk-tags';
import type { ElementMeasure, InlineRun, Measure, ParagraphLike } from './page-walk-measures';
import { attributesAt, emptyTree, leafTextAt, readLeafText, readNames, recordNode, type WalkTree } from './walk-tree';
import { CLASS, HIDING, HREF, ITEMPROP, REL, ROLE } from '../read/attribute-bits';
import { isHiddenByAttributes, isModalDialog } from '../read/visibility';
import { isSectionHeaderBox } from './heading-wrapper';
import { titleHeadingTest } from './title-heading';
import { isVideoPlayer } from './embeds';
import { linkWeightOf } from './link-weight';
import { isScreenReaderText } from './screen-reader';

export { attributesAt, secondChildTag, subtreeOf, type WalkTree } from './walk-tree';
export type { ElementMeasure, InlineRun, Measure, ParagraphLike } from './page-walk-measures';

/** A <div> wrapping a single paragraph stands for that paragraph unless it is this linky or more. */
const WRAPPER_MAX_LINK_DENSITY = 0.25;
/** A byline element is short: longer text is more than a byline. */
const BYLINE_MAX_CHARS = 100;
/** This many <br>s in a row separate paragraphs. */
const PARAGRAPH_BREAK_BRS = 2;
/** How far up an unlikely-named element looks for a table/code ancestor that protects it. */
const PROTECTING_ANCESTOR_DEPTH = 3;

export interface WalkOptions {
  stripUnlikely: boolean;
  /** The article title, to drop the first heading that repeats it. */
  title: string;
  /** The page's h1s and h2s (the page scan's): a heading stating the title less closely than one of them is none. */
  pageHeadings?: readonly Element[];
  /** Look for a byline element (and drop it) when the page's metadata gave none. */
  findByline: boolean;
}

export interface PageWalk {
  body: Element;
  tree: WalkTree;
  measures: Map<Element, ElementMeasure>;
  /** Roots of subtrees left out (hidden, unlikely, empty, the title heading, the byline). */
  skipped: Set<Element>;
  /** <div>s that stand for their single paragraph (transparent when climbing ancestors). */
  wrappers: Set<Element>;
  /** <div>s with no block content, read as paragraphs. */
  inlineDivs: Set<Element>;
  runs: Map<Element, InlineRun[]>;
  paragraphs: ParagraphLike[];
  titleHeading: Element | null;
  /** The headline the walk looked for (the page's title): a kicker heading before the title heading may open it. */
  title: string;
  bylineElement: Element | null;
  /** Whether the unlikely-name rule (stripUnlikely) left anything out: if not, the walk is the same without it. */
  strippedUnlikely: boolean;
}

/** An element the walk is inside of. */
interface Frame {
  element: Element;
  tag: string;
  /** The tag's kinds (TAG_KINDS). */
  kinds: number;
  cursor: Node | null;
  measure: ElementMeasure;
  /** A <div>'s closed runs of inline content (they read as paragraphs); null for other elements. */
  runs: InlineRun[] | null;
  openRun: InlineRun | null;
  /** <br>s in a row (whitespace between them) since the last content: two or more end a paragraph. */
  breakStreak: number;
}

export function walkPage(body: Element, options: WalkOptions): PageWalk {
  return runToEnd(walkPageSteps(body, options));
}

/** walkPage in steps (../steps.ts). */
export function* walkPageSteps(body: Element, options: WalkOptions): Steps<PageWalk> {
  const tree = emptyTree();
  const walk: PageWalk = {
    body,
    tree,
    measures: new Map(),
    skipped: new Set(),
    wrappers: new Set(),
    inlineDivs: new Set(),
    runs: new Map(),
    paragraphs: [],
    titleHeading: null,
    title: options.title,
    bylineElement: null,
    strippedUnlikely: false,
  };
  let lookForTitleHeading = options.title.length > 0;
  const repeatsTitle = titleHeadingTest(options.title, options.pageHeadings ?? []);
  let lookForByline = options.findByline;
  // Each measured link's index in the tree and its weight, in pairs (for tree.linkWeights).
  const links: number[] = [];

  const isSkipped = (element: Element, tag: string, kinds: number, index: number): boolean => {
    if (kinds & NON_CONTENT) return true;
    // Most rules read attributes; one without any (cheap to tell) can only be the title heading. Names: kept in tree.
    // Of the elements inside the body, only a <form> can be clobbered (isPlain): known from the tag.
    const plain = tag !== 'form';
    const read = readNames(tree, element, index, plain);
    const hasAttributes = read !== null;
    const names = read ?? '';
    // The role is read once, for the dialog rule and the unlikely rule both. Only attributes it has are read (bits).
    let role: string | null = null;
    if (hasAttributes) {
      const bits = attributesAt(tree, index);
      if (bits & HIDING && isHiddenByAttributes(element, plain)) return true;
      // Text for screen readers alone (./screen-reader.ts): no section, no word a reader sees.
      if (isScreenReaderText(element, tag, (bits & CLASS) !== 0)) return true;
      role = bits & ROLE ? attr(element, 'role', plain) : null;
      if (isModalDialog(element, role) || isConsentNotice(element, names) || isFormOverlay(element, names)) return true;
      // A byline: its names tell, or its attributes when they do not; short text.
      if (
        lookForByline &&
        (BYLINE_NAME.test(names) ||
          (bits & REL && attr(element, 'rel') === 'author') ||
          (bits & ITEMPROP && (attr(element, 'itemprop') ?? '').includes('author')))
      ) {
        const length = textContent(element).trim().length;
        if (length > 0 && length < BYLINE_MAX_CHARS) {
          lookForByline = false;
          walk.bylineElement = element;
          return true;
        }
      }
    }
    const repeat =
      lookForTitleHeading && (tag === 'h1' || tag === 'h2') && repeatsTitle(textContent(element), tag === 'h1');
    if (repeat) {
      lookForTitleHeading = repeat === 'part';
      walk.titleHeading ??= element;
      return true;
    }
    // <nav> is navigation whatever its class says, in every pass (our addition to Readability's rules).
    if (tag === 'nav') return true;
    if (options.stripUnlikely && tag !== 'body' && tag !== 'a') {
      if (
        hasAttributes &&
        ((isUnlikelyName(names) &&
          !hasNearAncestorTag(element, PROTECTING_TAGS, PROTECTING_ANCESTOR_DEPTH) &&
          !isSectionHeaderBox(element, names)) ||
          UNLIKELY_ROLES.has(role ?? ''))
      ) {
        walk.strippedUnlikely = true;
        return true;
      }
    }
    return false;
  };

  // The elements the walk is inside of, by depth.
  const frames: Frame[] = [];
  let depth = 0;
  const enter = (element: Element, tag: string, kinds: number, index: number): void => {
    const up = frames[depth - 1];
    // Frames are reused: a frame per element was garbage for each element the walk enters.
    let frame = frames[depth++];
    if (!frame) {
      frame = {} as Frame;
      frames.push(frame);
    }
    frame.element = element;
    frame.tag = tag;
    frame.kinds = kinds;
    frame.measure = {
      index,
      parent: up?.element ?? null,
      parentMeasure: up?.measure ?? null,
      wrapper: false,
      text: 0,
      links: 0,
      commas: 0,
      hasBlockDescendant: false,
      onlyInlineChildren: true,
      childCount: 0,
      onlyBreaks: true,
    };
    frame.runs = tag === 'div' ? [] : null;
    frame.openRun = null;
    frame.breakStreak = 0;
    // Its text read whole when it has no element children, else its child nodes one by one.
    const text = readLeafText(tree, element, tag);
    frame.cursor = text === null ? firstChildOf(element, tag !== 'form') : null;
    if (text) {
      frame.measure.text = tree.lengths[tree.lengths.length - 1]!; // the leaf's entry, measured as recorded
      frame.measure.commas = countCommas(text);
    }
  };

  const bodyIndex = recordNode(tree, body, null, 'body');
  readNames(tree, body, bodyIndex);
  enter(body, 'body', 0, bodyIndex);
  let untilPause = WALK_NODES_PER_PAUSE;
  while (depth) {
    const frame = frames[depth - 1]!;
    const node = frame.cursor;
    if (node) {
      if (--untilPause === 0) {
        untilPause = WALK_NODES_PER_PAUSE;
        yield;
      }
      // The tag first: an element is told by it in one read, other nodes by their type.
      const tag = tagOf(node);
      const type = tag ? ELEMENT_NODE : nodeType(node);
      // isPlain without asking again: of the nodes inside an element, only a <form> can be clobbered.
      frame.cursor = nextSiblingOf(node, tag !== 'form');
      if (type === TEXT_NODE) {
        const data = nodeValue(node);
        const length = collapsedLength(data);
        recordNode(tree, node, data, '', length);
        const commas = length ? countCommas(data) : 0;
        frame.measure.text += length;
        frame.measure.commas += commas;
        if (frame.runs) {
          if (length > 0) frame.breakStreak = 0;
          addToRun(frame, node, length > 0, length, 0, commas);
        }
      } else if (tag) {
        const element = node as Element;
        const index = recordNode(tree, element, null, tag);
        const kinds = TAG_KINDS.get(tag) ?? 0;
        if (!isSkipped(element, tag, kinds, index)) enter(element, tag, kinds, index);
        else {
          walk.skipped.add(element);
          // A video player (a host's <iframe>, a <video>) is content: the box around it is no empty box.
          if ((tag === 'iframe' || tag === 'video') && isVideoPlayer(element, tag)) frame.measure.onlyBreaks = false;
        }
      }
      continue;
    }
    // All children done: finish this element.
    depth--;
    const { element, tag, kinds, measure } = frame;
    tree.ends[measure.index] = tree.nodes.length;
    if (frame.runs) closeRun(frame);
    if (tag === 'a') {
      measure.href = attributesAt(tree, measure.index) & HREF ? attr(element, 'href') : null;
      const weight = linkWeightOf(measure.href, element);
      links.push(measure.index, weight);
      measure.links = measure.text * weight;
    }
    const parent = depth ? frames[depth - 1] : undefined;
    if (kinds & DROPPED_WHEN_EMPTY && measure.text === 0 && measure.onlyBreaks && parent) {
      walk.skipped.add(element);
      continue;
    }
    if (frame.runs) finishDiv(walk, frame);
    walk.measures.set(element, measure);
    // Parents as the walk came (no DOM read); one right inside the root has no list container below <html> (unscored).
    const start =
      kinds & SCORED
        ? measure.parentMeasure
        : tag === 'li' && isProseListItem(measure)
          ? parent?.measure.parentMeasure // articles written as bullet points: a paragraph of the list's container
          : null;
    if (start) walk.paragraphs.push(paragraphOf(start, measure));
    if (!parent) continue;
    const parentMeasure = parent.measure;
    parentMeasure.text += measure.text;
    parentMeasure.links += measure.links;
    parentMeasure.commas += measure.commas;
    parentMeasure.hasBlockDescendant ||= measure.hasBlockDescendant || (kinds & BLOCK) !== 0;
    if (tag !== 'br' && tag !== 'hr') parentMeasure.onlyBreaks = false;
    const inline =
      (kinds & PHRASING) !== 0 || ((tag === 'a' || tag === 'del' || tag === 'ins') && measure.onlyInlineChildren);
    if (!inline) parentMeasure.onlyInlineChildren = false;
    if (parent.runs) {
      if (tag === 'br') {
        // Readability turns a chain of <br>s into a paragraph break.
        if (++parent.breakStreak >= PARAGRAPH_BREAK_BRS) closeRun(parent);
        else addToRun(parent, element, false, measure.text, measure.links, measure.commas);
      } else if (inline) {
        parent.breakStreak = 0;
        addToRun(parent, element, true, measure.text, measure.links, measure.commas);
      } else {
        closeRun(parent);
        parentMeasure.childCount++;
      }
    } else {
      parentMeasure.childCount++;
    }
  }
  tree.linkWeights = new Float64Array(tree.nodes.length);
  for (let i = 0; i < links.length; i += 2) tree.linkWeights[links[i]!] = links[i + 1]!;
  return walk;
}

/** The parent the walk came from when it measured the element (no DOM read), else read now. */
export function walkParentOf(walk: Pick<PageWalk, 'measures'> | undefined, element: Element): Element | null {
  return walk?.measures.get(element)?.parent ?? parentElement(element);
}

/** A link's text (textContent): as the walk read it when it read the link whole (most links), else read now. */
export function linkText(walk: Pick<PageWalk, 'measures' | 'tree'> | undefined, link: Element): string {
  const measured = walk?.measures.get(link);
  return (measured && leafTextAt(walk!.tree, measured.index)) ?? textContent(link);
}

/** A link's href: as the walk read it when it measured the link, else read now. */
export function hrefOf(walk: Pick<PageWalk, 'measures'> | undefined, link: Element): string | null {
  const href = walk?.measures.get(link)?.href;
  return href === undefined ? attr(link, 'href') : href;
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

/** Adds a node and its counts (numbers, not a measure: no object per text node) to the <div>'s open run. */
function addToRun(frame: Frame, node: Node, substantial: boolean, text: number, links: number, commas: number): void {
  if (!frame.openRun) {
    if (!substantial) return; // whitespace and <br> never start a paragraph
    frame.openRun = { owner: frame.element, nodes: [], text: 0, links: 0, commas: 0 };
  }
  const run = frame.openRun;
  run.nodes.push(node);
  run.text += text;
  run.links += links;
  run.commas += commas;
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
  const onlyChildIsParagraph = measure.childCount === 1 && (runs.length === 1 || singleParagraphChild(element, walk));
  if (onlyChildIsParagraph && linkDensity < WRAPPER_MAX_LINK_DENSITY) {
    walk.wrappers.add(element);
    measure.wrapper = true;
    if (runs.length === 1) walk.paragraphs.push(paragraphOf(measure, runs[0]!));
    return;
  }
  for (const run of runs) walk.paragraphs.push(paragraphOf(measure, run));
  if (!measure.hasBlockDescendant) {
    walk.inlineDivs.add(element);
    if (measure.parentMeasure) walk.paragraphs.push(paragraphOf(measure.parentMeasure, measure));
  }
}

function singleParagraphChild(element: Element, walk: PageWalk): boolean {
  for (let child = firstElementChild(element); child; child = nextElementSibling(child)) {
    if (walk.skipped.has(child)) continue;
    return tagOf(child) === 'p';
  }
  return false;
}

/** A paragraph of `measure`'s counts, scored from `start` upwards. */
function paragraphOf(start: ElementMeasure, measure: Measure): ParagraphLike {
  return { start, text: measure.text, links: measure.links, commas: measure.commas };
}
