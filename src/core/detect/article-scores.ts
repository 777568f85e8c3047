/**
 * The article finder's scores (./article.ts): paragraph scores flow to their ancestors, as in
 * Readability.js's grabArticle, read from the page walk's measures.
 */
import type { Steps } from '../steps';
import type { AttemptFlags } from './article';
import { classWeight } from './boilerplate';
import { parentElement, tagOf } from '../read';
import type { ElementMeasure, PageWalk } from './page-walk';

/** A paragraph shorter than this (characters) is not scored: captions, labels, buttons. */
const MIN_SCORED_PARAGRAPH_CHARS = 25;
/** Each full 100 characters of a paragraph adds a point ... */
const CHARS_PER_POINT = 100;
/** ... up to this many, so one huge block cannot outweigh many real paragraphs. */
const MAX_LENGTH_POINTS = 3;
/** How many ancestors a paragraph's score reaches. */
const SCORED_ANCESTOR_DEPTH = 5;
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

/**
 * Paragraphs scored between two pauses: each reads up to SCORED_ANCESTOR_DEPTH ancestors, a few
 * microseconds in a browser; 20,000 paragraphs (a 100,000-element live blog) took 50–60 ms CPU in one step.
 */
const PARAGRAPHS_PER_PAUSE = 2048;

/** Paragraph scores flow to ancestors; each candidate's total is then discounted by its link text. */
export function* scoreCandidatesSteps(walk: PageWalk, flags: AttemptFlags): Steps<Map<Element, number>> {
  // Ancestors are climbed by their measures and scored in an array by their place in the walk's tree (a Map
  // keyed by elements cost two lookups per ancestor). The walk's root (the page's <body>, or its <html>
  // when it has none: pageBody) is scored when it has a parent, the <html>, which never is.
  const { tree } = walk;
  const scoreAt = new Float64Array(tree.nodes.length);
  const scoredAt = new Uint8Array(tree.nodes.length);
  /** Candidates in the order first scored (ties keep the first, chooseTopCandidate). */
  const order: ElementMeasure[] = [];
  const rootScored = !!parentElement(walk.body);
  let read = 0;
  for (const paragraph of walk.paragraphs) {
    if (++read % PARAGRAPHS_PER_PAUSE === 0) yield;
    if (paragraph.text < MIN_SCORED_PARAGRAPH_CHARS) continue;
    const score =
      1 + (paragraph.commas + 1) + Math.min(Math.floor(paragraph.text / CHARS_PER_POINT), MAX_LENGTH_POINTS);
    let level = 0;
    for (
      let measure: ElementMeasure | null = paragraph.start;
      measure && level < SCORED_ANCESTOR_DEPTH;
      measure = measure.parentMeasure
    ) {
      if (measure.wrapper) continue;
      if (!(measure.parentMeasure || rootScored)) break;
      const index = measure.index;
      if (!scoredAt[index]) {
        scoredAt[index] = 1;
        order.push(measure);
        scoreAt[index] = initialScore(tree.nodes[index] as Element, flags, tree.tags[index]);
      }
      scoreAt[index] = scoreAt[index]! + score / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      level++;
    }
  }
  const scores = new Map<Element, number>();
  for (const candidate of order) {
    const index = candidate.index;
    scores.set(tree.nodes[index] as Element, scoreAt[index]! * (1 - linkDensity(candidate)));
  }
  return scores;
}

export function initialScore(element: Element, flags: AttemptFlags, tag = tagOf(element)): number {
  return (TAG_BASE_SCORE[tag] ?? 0) + weighed(flags, element);
}

/**
 * The element's class weight under the attempt's flags (0 without weightClasses), noting in `flags.weighed` one other
 * than 0: an attempt that noted none chose as one without weightClasses would (./article.ts findArticleSteps).
 */
export function weighed(flags: AttemptFlags, element: Element): number {
  const weight = flags.weightClasses ? classWeight(element) : 0;
  if (weight) flags.weighed = true;
  return weight;
}

export function linkDensity(measure: { text: number; links: number } | undefined): number {
  return measure && measure.text ? measure.links / measure.text : 0;
}
