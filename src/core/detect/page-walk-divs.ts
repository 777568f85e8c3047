/**
 * How the page walk (./page-walk.ts) reads <div>s as Readability.js does: a run of inline content
 * inside a <div> is a paragraph of its own (two <br>s in a row end it), and a <div> that only
 * wraps one paragraph stands for that paragraph.
 */
import type { ElementMeasure, InlineRun, Measure, PageWalk } from './page-walk';
import { BLOCK_TAGS, PHRASING_TAGS } from './page-walk-tags';

/** Bits of `PageWalk.kinds`, by index: left out, a wrapper <div>, a <div> read as a paragraph. */
export const SKIPPED = 1;
export const WRAPPER = 2;
export const INLINE_DIV = 4;

/** A <div> wrapping a single paragraph stands for that paragraph unless it is this linky or more. */
const WRAPPER_MAX_LINK_DENSITY = 0.25;
/** This many <br>s in a row separate paragraphs. */
const PARAGRAPH_BREAK_BRS = 2;

/** An element the walk is inside of. */
export interface Frame {
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

/** A finished element's measure added to its parent's (and to the parent's inline run, in a <div>). */
export function addToParent(parent: Frame, frame: Frame): void {
  const { element, tag, measure } = frame;
  const parentMeasure = parent.measure;
  parentMeasure.text += measure.text;
  parentMeasure.links += measure.links;
  parentMeasure.commas += measure.commas;
  parentMeasure.hasBlockDescendant ||= measure.hasBlockDescendant || BLOCK_TAGS.has(tag);
  if (tag !== 'br' && tag !== 'hr') parentMeasure.onlyBreaks = false;
  const inline =
    PHRASING_TAGS.has(tag) || ((tag === 'a' || tag === 'del' || tag === 'ins') && measure.onlyInlineChildren);
  if (!inline) parentMeasure.onlyInlineChildren = false;
  if (!parent.runs) {
    parentMeasure.childCount++;
  } else if (tag === 'br') {
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
}

export function addToRun(frame: Frame, node: Node, substantial: boolean, measure: Measure): void {
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

export function closeRun(frame: Frame): void {
  if (frame.openRun) {
    frame.runs!.push(frame.openRun);
    frame.measure.childCount++;
    frame.openRun = null;
  }
}

/** Decides how Readability would read a finished <div>: wrapper, inline paragraph or container. */
export function finishDiv(walk: PageWalk, frame: Frame): void {
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
