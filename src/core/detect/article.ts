/**
 * Finds the element(s) holding the article body: paragraphs are scored by length and commas,
 * their scores flow to their ancestors, the best-scoring ancestor (less its link text) wins, and
 * its siblings that look like more of the same article join it. This follows Readability.js's
 * grabArticle closely (its output is our baseline), without changing the document.
 */
import { isElement } from '../dom';
import { textContent } from '../read/dom';
import { nameWeight } from './boilerplate';
import { runToEnd, type Steps } from '../steps';
import { cleanArticleSteps, type CleanResult } from './clean';
import { type PageIndex, positionOf, subtreeText } from './page-index';
import {
  type ElementMeasure,
  INLINE_DIV,
  indexFor,
  type InlineRun,
  type PageWalk,
  SKIPPED,
  WRAPPER,
  walkPageSteps,
} from './page-walk';

/** A paragraph shorter than this (characters) is not scored: captions, labels, buttons. */
const MIN_SCORED_PARAGRAPH_CHARS = 25;
/** Each full 100 characters of a paragraph adds a point ... */
const CHARS_PER_POINT = 100;
/** ... up to this many, so one huge block cannot outweigh many real paragraphs. */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors a paragraph's score reaches. */
const SCORED_ANCESTOR_DEPTH = 5;
/** Candidates kept for the "several close runners-up share an ancestor" check. */
const TOP_CANDIDATE_COUNT = 5;
/** A runner-up this close to the best candidate (score ratio) counts as the same article. */
const RUNNER_UP_RATIO = 0.75;
/** That many close runners-up under one ancestor make the ancestor the article. */
const MIN_RUNNERS_UP = 3;
/** Climbing from the best candidate stops where the parent scores less than this share of it. */
const PARENT_SCORE_FLOOR_RATIO = 1 / 3;
/** A sibling joins the article when it scores this share of the best candidate ... */
const SIBLING_SCORE_RATIO = 0.2;
/** ... and at least this many points. */
const MIN_SIBLING_SCORE = 10;
/** A sibling paragraph longer than this (characters) joins when it is not linky ... */
const LONG_SIBLING_PARAGRAPH_CHARS = 80;
/** ... that is, when less than this share of its text is links. */
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** An article shorter than this (characters) makes the next, less strict attempt run. */
export const MIN_ARTICLE_CHARS = 500;

/** Starting scores by element kind: containers of prose up, lists and headings down. */
const TAG_BASE_SCORE: Record<string, number> = {
  div: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  address: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  form: -3,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
  th: -5,
};

/** Each attempt relaxes one rule when the stricter one left too little text. */
const ATTEMPTS: ReadonlyArray<AttemptFlags> = [
  { stripUnlikely: true, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: true, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: true },
  { stripUnlikely: false, weightClasses: false, cleanConditionally: false },
];

export interface AttemptFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
}

export interface ArticleSelection {
  /** Top-level nodes of the article in document order (elements, or inline nodes of a paragraph run). */
  parts: Node[];
  /** The element parts. */
  roots: Element[];
  walk: PageWalk;
  clean: CleanResult;
  /** Article text length after cleaning. */
  textLength: number;
  /** True when no block stood out and the whole page body was taken. */
  wholeBody: boolean;
}

export interface FindArticleOptions {
  title: string;
  findByline: boolean;
  /** The page index of the body's document (made now when not given). */
  index?: PageIndex;
}

export function findArticle(body: Element, options: FindArticleOptions): ArticleSelection | null {
  return runToEnd(findArticleSteps(body, options));
}

/** findArticle in steps (../steps.ts). */
export function* findArticleSteps(body: Element, options: FindArticleOptions): Steps<ArticleSelection | null> {
  const index = options.index ?? indexFor(body);
  const walkOptions = { title: options.title, findByline: options.findByline };
  let best: ArticleSelection | null = null;
  // Of the attempt flags, the page walk depends only on stripUnlikely, and nothing changes a walk once
  // made: the attempts without that rule share one walk, the first one itself when the rule left
  // nothing out.
  let walkWithoutUnlikelyRule: PageWalk | null = null;
  for (const flags of ATTEMPTS) {
    let walk: PageWalk;
    if (flags.stripUnlikely) {
      walk = yield* walkPageSteps(index, body, { stripUnlikely: true, ...walkOptions });
      if (!walk.strippedUnlikely) walkWithoutUnlikelyRule = walk;
    } else {
      walkWithoutUnlikelyRule ??= yield* walkPageSteps(index, body, { stripUnlikely: false, ...walkOptions });
      walk = walkWithoutUnlikelyRule;
    }
    const selection = yield* attempt(body, walk, flags);
    if (selection.textLength >= MIN_ARTICLE_CHARS) return selection;
    if (!best || selection.textLength > best.textLength) best = selection;
  }
  return best && best.textLength > 0 ? best : null;
}

function* attempt(body: Element, walk: PageWalk, flags: AttemptFlags): Steps<ArticleSelection> {
  const scores = scoreCandidates(walk, flags);
  const top = chooseTopCandidate(walk, scores, flags);
  yield;
  let parts: Node[];
  let wholeBody = false;
  if (top < 0) {
    wholeBody = true;
    parts = keptChildNodes(walk, positionOf(walk.index, body));
  } else {
    parts = mergeSiblings(walk, scores, top);
  }
  const roots = parts.filter(isElement);
  // A whole body is one block to clean (Readability wraps it in one <div>), not many parts.
  const clean = yield* cleanArticleSteps(walk, parts, flags, !wholeBody);
  return { parts, roots, walk, clean, textLength: clean.textLength, wholeBody };
}

/**
 * Paragraph scores flow to ancestors; each candidate's total is then discounted by its link text.
 * Candidates are page-index positions, in the order they were first scored.
 */
function scoreCandidates(walk: PageWalk, flags: AttemptFlags): Map<number, number> {
  const { parents } = walk.index;
  const scores = new Map<number, number>();
  for (const paragraph of walk.paragraphs) {
    if (paragraph.text < MIN_SCORED_PARAGRAPH_CHARS) continue;
    const score =
      1 + (paragraph.commas + 1) + Math.min(Math.floor(paragraph.text / CHARS_PER_POINT), MAX_LENGTH_POINTS);
    let level = 0;
    for (
      let ancestor = paragraph.start;
      ancestor >= 0 && level < SCORED_ANCESTOR_DEPTH;
      ancestor = parents[ancestor]!
    ) {
      if (walk.kinds[ancestor]! & WRAPPER) continue;
      if (parents[ancestor]! < 0) break; // the <html> element is never the article
      let current = scores.get(ancestor);
      if (current === undefined) current = initialScore(walk, ancestor, flags);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(ancestor, current + score / divider);
      level++;
    }
  }
  for (const [candidate, score] of scores) scores.set(candidate, score * (1 - linkDensity(measureAt(walk, candidate))));
  return scores;
}

function initialScore(walk: PageWalk, at: number, flags: AttemptFlags): number {
  const { tags, attributes } = walk.index;
  const { className, id } = attributes[at]!;
  return (TAG_BASE_SCORE[tags[at]!] ?? 0) + (flags.weightClasses ? nameWeight(className, id) : 0);
}

function measureAt(walk: PageWalk, at: number): ElementMeasure | undefined {
  return walk.measures.get(walk.index.nodes[at] as Element);
}

export function linkDensity(measure: { text: number; links: number } | undefined): number {
  return measure && measure.text ? measure.links / measure.text : 0;
}

/** The parent as Readability would see it: wrapper <div>s are replaced by their paragraph. */
function keptParent(walk: PageWalk, at: number): number {
  const { parents } = walk.index;
  let parent = parents[at]!;
  while (parent >= 0 && walk.kinds[parent]! & WRAPPER) parent = parents[parent]!;
  return parent;
}

/** The top candidate's index, or -1 when none stands out (or the body itself scored best). */
function chooseTopCandidate(walk: PageWalk, scores: Map<number, number>, flags: AttemptFlags): number {
  const { tags } = walk.index;
  const ranked: number[] = [];
  for (const [candidate, score] of scores) {
    // Keep the first of equal scores, as an insertion into a sorted list would.
    let index = ranked.findIndex((other) => score > scores.get(other)!);
    if (index === -1) index = ranked.length;
    if (index < TOP_CANDIDATE_COUNT) {
      ranked.splice(index, 0, candidate);
      if (ranked.length > TOP_CANDIDATE_COUNT) ranked.pop();
    }
  }
  let top = ranked[0];
  if (top === undefined || tags[top] === 'body') return -1;
  const topScore = scores.get(top)!;

  // Several close runners-up inside one ancestor: the article is that ancestor.
  const runnerUpAncestors: Set<number>[] = [];
  for (const other of ranked.slice(1)) {
    if (scores.get(other)! / topScore >= RUNNER_UP_RATIO) runnerUpAncestors.push(ancestorSet(walk, other));
  }
  const belowBody = (at: number): boolean => at >= 0 && tags[at] !== 'body';
  if (runnerUpAncestors.length >= MIN_RUNNERS_UP) {
    for (let parent = keptParent(walk, top); belowBody(parent); parent = keptParent(walk, parent)) {
      const sharing = runnerUpAncestors.filter((ancestors) => ancestors.has(parent)).length;
      if (sharing >= MIN_RUNNERS_UP) {
        top = parent;
        break;
      }
    }
  }
  if (!scores.has(top)) scores.set(top, initialScore(walk, top, flags));

  // Climb while the parent scores higher: the article is split over several children.
  let lastScore = scores.get(top)!;
  const floor = lastScore * PARENT_SCORE_FLOOR_RATIO;
  for (let parent = keptParent(walk, top); belowBody(parent); parent = keptParent(walk, parent)) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < floor) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }

  // An only child stands for its parent.
  for (
    let parent = keptParent(walk, top);
    belowBody(parent) && measureAt(walk, parent)?.childCount === 1;
    parent = keptParent(walk, parent)
  ) {
    top = parent;
  }
  if (!scores.has(top)) scores.set(top, initialScore(walk, top, flags));
  return top;
}

function ancestorSet(walk: PageWalk, at: number): Set<number> {
  const set = new Set<number>();
  for (let parent = keptParent(walk, at); parent >= 0; parent = keptParent(walk, parent)) set.add(parent);
  return set;
}

/** A sibling as Readability sees it: an element (by index), or a run of inline nodes read as a paragraph. */
type Sibling = { kind: 'element'; at: number } | { kind: 'run'; run: InlineRun };

function keptSiblings(walk: PageWalk, parent: number): Sibling[] {
  const { nodes, tags, ends } = walk.index;
  const siblings: Sibling[] = [];
  const runs = walk.runs.get(nodes[parent] as Element) ?? [];
  // Nodes inside runs, asked once per child (a loop over every run for every child was quadratic).
  const inRun = runs.length ? new Set(runs.flatMap((run) => run.nodes)) : null;
  let runIndex = 0;
  for (let child = parent + 1; child < ends[parent]!; child = ends[child]!) {
    const node = nodes[child]!;
    const run = runs[runIndex];
    if (run && run.nodes[0] === node) {
      siblings.push({ kind: 'run', run });
      runIndex++;
      continue;
    }
    if (tags[child] && !(walk.kinds[child]! & SKIPPED) && walk.measures.has(node as Element)) {
      if (inRun?.has(node)) continue;
      siblings.push({ kind: 'element', at: child });
    }
  }
  return siblings;
}

function keptChildNodes(walk: PageWalk, parent: number): Node[] {
  const { nodes, ends } = walk.index;
  const { kinds } = walk;
  const kept: Node[] = [];
  for (let child = parent + 1; child < ends[parent]!; child = ends[child]!) {
    if (!(kinds[child]! & SKIPPED)) kept.push(nodes[child]!);
  }
  return kept;
}

function isParagraphElement(walk: PageWalk, at: number): boolean {
  return walk.index.tags[at] === 'p' || (walk.kinds[at]! & (INLINE_DIV | WRAPPER)) !== 0;
}

function mergeSiblings(walk: PageWalk, scores: Map<number, number>, top: number): Node[] {
  const { nodes, attributes } = walk.index;
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_RATIO);
  const parent = keptParent(walk, top);
  if (parent < 0) return [nodes[top]!];
  const topClass = attributes[top]!.className;
  const parts: Node[] = [];
  for (const sibling of keptSiblings(walk, parent)) {
    if (sibling.kind === 'run') {
      if (isProseParagraph(sibling.run.text, linkDensity(sibling.run), () => runText(sibling.run)))
        parts.push(...sibling.run.nodes);
      continue;
    }
    const at = sibling.at;
    if (at === top) {
      parts.push(nodes[at]!);
      continue;
    }
    const bonus = topClass !== '' && attributes[at]!.className === topClass ? topScore * SIBLING_SCORE_RATIO : 0;
    const score = scores.get(at);
    if (score !== undefined && score + bonus >= threshold) {
      parts.push(nodes[at]!);
    } else if (isParagraphElement(walk, at)) {
      const measure = measureAt(walk, at)!;
      if (isProseParagraph(measure.text, linkDensity(measure), () => subtreeText(walk.index, at)))
        parts.push(nodes[at]!);
    }
  }
  return parts;
}

/** A long paragraph with few links, or a short linkless one that reads as a sentence. */
function isProseParagraph(length: number, density: number, text: () => string): boolean {
  if (length > LONG_SIBLING_PARAGRAPH_CHARS) return density < SIBLING_MAX_LINK_DENSITY;
  return length > 0 && density === 0 && /\.( |$)/.test(text().replace(/\s+/g, ' ').trim());
}

/** The text of a run's nodes (read from the DOM: runs are few, and an index lookup would need the node map). */
function runText(run: InlineRun): string {
  return run.nodes.map((node) => textContent(node)).join('');
}
