/**
 * Finds the element(s) holding the article body: paragraphs are scored by length and commas,
 * their scores flow to their ancestors, the best-scoring ancestor (less its link text) wins, and
 * its siblings that look like more of the same article join it. This follows Readability.js's
 * grabArticle closely (its output is our baseline), without changing the document.
 */
import { attr, isElement, tagOf } from '../dom';
import {
  contains,
  firstChild,
  firstElementChild,
  isText,
  nextSibling,
  previousElementSibling,
  querySelectorAll,
  textContent,
} from '../read/dom';
import { initialScore, linkDensity, scoreCandidatesSteps } from './article-scores';
import backMatter from './vocabulary/back-matter.json';
import { alternation } from './vocabulary/patterns';
import { runToEnd, type Steps } from '../steps';
import { collapseWhitespace } from '../text';
import { isHeadingTag } from '../read/tags';
import { cleanArticleSteps, type CleanResult } from './clean';
import { firstTitleHeading, storyUnderTitle, type TitleHeading } from './stacked-articles';
import { isBetterShortAttempt } from './short-attempts';
import { walkPageSteps, walkParentOf, type InlineRun, type PageWalk, type WalkTree } from './page-walk';

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
/** A sibling section shorter than this (characters) is a label or a button, not a part of the text. */
const MIN_SECTION_CHARS = 25;
/**
 * A heading that names a text's back matter, its list of works cited (vocabulary/back-matter.json): a reference list
 * long enough (comma-rich citations) can outscore the short text it closes (an abstract).
 */
const BACK_MATTER_HEADING = new RegExp(`^(?:${alternation(backMatter.headings)})$`, 'i');
/** Paragraph text (characters) outside the back matter that makes an ancestor hold the text it closes. */
const MIN_TEXT_BEFORE_BACK_MATTER = 250;
/** An article shorter than this (characters) makes the next, less strict attempt run. */
export const MIN_ARTICLE_CHARS = 500;

/**
 * Each attempt relaxes one more rule when the stricter one left too little text: all three rules,
 * then without stripUnlikely, then without weightClasses too, then none (`strictness`: rules kept).
 */
const ATTEMPTS: ReadonlyArray<AttemptFlags> = [3, 2, 1, 0].map((strictness) => ({
  stripUnlikely: strictness > 2,
  weightClasses: strictness > 1,
  cleanConditionally: strictness > 0,
}));

export interface AttemptFlags {
  stripUnlikely: boolean;
  weightClasses: boolean;
  cleanConditionally: boolean;
  /** Set by an attempt that read a class weight other than 0 (./article-scores.ts weighed). */
  weighed?: boolean;
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
  /** The page's h1s and h2s, to tell the heading that repeats the title (./title-heading.ts). */
  pageHeadings?: readonly Element[];
}

export function findArticle(body: Element, options: FindArticleOptions): ArticleSelection | null {
  return runToEnd(findArticleSteps(body, options));
}

/** findArticle in steps (../steps.ts). */
export function* findArticleSteps(body: Element, options: FindArticleOptions): Steps<ArticleSelection | null> {
  let best: ArticleSelection | null = null;
  // Of the attempt flags, the page walk depends only on stripUnlikely, and nothing changes a walk once
  // made: the attempts without that rule share one walk, the first one itself when the rule left
  // nothing out.
  let walkWithoutUnlikelyRule: PageWalk | null = null;
  let picked: PickedParts | null = null;
  let previous: { walk: PageWalk; flags: AttemptFlags } | undefined;
  // The h1 / h2 stating the title where the walk did not meet it (it left its box out): looked for once, when asked.
  let titleHeading: Element | null | undefined;
  const pageTitleHeading = (): Element | null =>
    (titleHeading ??= firstTitleHeading(options.title, options.pageHeadings ?? []));
  for (const flags of ATTEMPTS.map((attempt): AttemptFlags => ({ ...attempt }))) {
    let walk: PageWalk;
    if (flags.stripUnlikely) {
      walk = yield* walkPageSteps(body, { ...options, stripUnlikely: true });
      if (!walk.strippedUnlikely) walkWithoutUnlikelyRule = walk;
    } else {
      walkWithoutUnlikelyRule ??= yield* walkPageSteps(body, { ...options, stripUnlikely: false });
      walk = walkWithoutUnlikelyRule;
    }
    // Scoring and the choice of parts read only the walk and the class weights (an attempt that read none but 0 chose
    // as one without weightClasses); cleaning adds cleanConditionally. Same inputs, same answer: attempt 4 reuses
    // attempt 3's parts, and attempt 2 is attempt 1 over again when their walk is one (already judged, so skipped), as
    // attempt 3 is when the one before read no class weight but 0 (the live blog: its whole page cleaned once less).
    const weightsDiffer =
      previous?.flags.weightClasses !== flags.weightClasses && (previous?.flags.weighed || flags.weightClasses);
    if (!picked || previous?.walk !== walk || weightsDiffer) {
      picked = yield* pickParts(body, walk, flags, () => walk.titleHeading ?? pageTitleHeading());
    } else if (previous.flags.cleanConditionally === flags.cleanConditionally) {
      continue;
    }
    previous = { walk, flags };
    const { parts, roots, wholeBody } = picked;
    // A whole body is one block to clean (Readability wraps it in one <div>), not many parts.
    const clean = yield* cleanArticleSteps(walk, parts, flags, !wholeBody);
    const selection: ArticleSelection = { parts, roots, walk, clean, textLength: clean.textLength, wholeBody };
    if (selection.textLength >= MIN_ARTICLE_CHARS) return selection;
    if (isBetterShortAttempt(selection, best)) best = selection;
  }
  return best && best.textLength > 0 ? best : null;
}

/** The article's parts as one attempt picks them, before cleaning. */
interface PickedParts {
  parts: Node[];
  roots: Element[];
  wholeBody: boolean;
}

function* pickParts(body: Element, walk: PageWalk, flags: AttemptFlags, title: TitleHeading): Steps<PickedParts> {
  const scores = yield* scoreCandidatesSteps(walk, flags);
  const top = chooseTopCandidate(walk, scores, flags, title);
  yield;
  let parts: Node[];
  let wholeBody = false;
  if (!top) {
    wholeBody = true;
    parts = keptChildNodes(walk, body);
  } else {
    parts = mergeSiblings(walk, scores, top);
  }
  return { parts, roots: parts.filter(isElement), wholeBody };
}

/** The parent as Readability would see it: wrapper <div>s are replaced by their paragraph. */
function keptParent(walk: PageWalk, element: Element): Element | null {
  let parent = walkParentOf(walk, element);
  while (parent && walk.wrappers.has(parent)) parent = walkParentOf(walk, parent);
  return parent;
}

function chooseTopCandidate(walk: PageWalk, scores: Map<Element, number>, flags: AttemptFlags, title: TitleHeading) {
  const ranked: Element[] = [];
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
  if (!top || tagOf(top) === 'body') return null;
  const topScore = scores.get(top)!;
  // The page's own story in a stack of stories (./stacked-articles.ts): its text, not the longest.
  const story = storyUnderTitle(top, scores, title);
  if (story) top = story;

  // Several close runners-up inside one ancestor: the article is that ancestor.
  const runnerUpAncestors: Set<Element>[] = [];
  for (const other of story ? [] : ranked.slice(1)) {
    if (scores.get(other)! / topScore >= RUNNER_UP_RATIO) runnerUpAncestors.push(ancestorSet(walk, other));
  }
  if (runnerUpAncestors.length >= MIN_RUNNERS_UP) {
    for (let parent = keptParent(walk, top); parent && tagOf(parent) !== 'body'; parent = keptParent(walk, parent)) {
      const sharing = runnerUpAncestors.filter((ancestors) => ancestors.has(parent!)).length;
      if (sharing >= MIN_RUNNERS_UP) {
        top = parent;
        break;
      }
    }
  }
  // Climb while the parent scores higher: the article is split over several children.
  let lastScore = scores.get(top) ?? initialScore(top, flags);
  const floor = lastScore * PARENT_SCORE_FLOOR_RATIO;
  for (let parent = keptParent(walk, top); parent && tagOf(parent) !== 'body'; parent = keptParent(walk, parent)) {
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
    parent && tagOf(parent) !== 'body' && walk.measures.get(parent)?.childCount === 1;
    parent = keptParent(walk, parent)
  ) {
    top = parent;
  }
  // Back matter (a reference list) or a table of data (names, addresses) that outscores the text it closes or goes
  // with: the article is the ancestor holding that text.
  if (isBackMatter(top) || isTableOfData(walk, top)) {
    for (let parent = keptParent(walk, top); parent && tagOf(parent) !== 'body'; parent = keptParent(walk, parent)) {
      if (paragraphTextOutside(parent, top) >= MIN_TEXT_BEFORE_BACK_MATTER) {
        top = parent;
        break;
      }
    }
  }
  if (!scores.has(top)) scores.set(top, initialScore(top, flags));
  return top;
}

/** The element is, or comes right under, a heading that names back matter ("References"). */
function isBackMatter(element: Element): boolean {
  return [previousElementSibling(element), firstElementChild(element)].some(
    (heading) =>
      !!heading && isHeadingTag(tagOf(heading)) && BACK_MATTER_HEADING.test(collapseWhitespace(textContent(heading))),
  );
}

/**
 * Share of a candidate's text in table cells from which it is a table of data, not prose: a table's many short cells
 * ("Aberconwy", "Robin Millar", "robin.millar.mp@parliament.uk") score as paragraphs.
 */
const TABLE_OF_DATA_TEXT_SHARE = 0.8;

/** The candidate is a table of data: its text is in table cells, not in paragraphs (a layout table holds <p>s). */
function isTableOfData(walk: PageWalk, element: Element): boolean {
  const measure = walk.measures.get(element);
  // The walk's record says whether it holds a cell at all (most candidates hold none): no DOM read then.
  if (!measure?.text || !holdsTableCell(walk.tree, measure.index)) return false;
  if (paragraphTextOutside(element, null) >= MIN_TEXT_BEFORE_BACK_MATTER) return false;
  const cells = querySelectorAll(element, 'td,th');
  let inCells = 0;
  for (const cell of cells) inCells += collapseWhitespace(textContent(cell)).length;
  return inCells >= measure.text * TABLE_OF_DATA_TEXT_SHARE;
}

/** Whether the walk's record of an element (at `index`) holds a table cell. */
function holdsTableCell({ tags, ends }: WalkTree, index: number): boolean {
  for (let at = index + 1; at < ends[index]!; at++) if (tags[at] === 'td' || tags[at] === 'th') return true;
  return false;
}

/** Characters of the paragraphs of `ancestor` that are not inside `part` (all of them when `part` is null). */
function paragraphTextOutside(ancestor: Element, part: Element | null): number {
  let chars = 0;
  for (const paragraph of querySelectorAll(ancestor, 'p'))
    if (!part || !contains(part, paragraph)) chars += collapseWhitespace(textContent(paragraph)).length;
  return chars;
}

function ancestorSet(walk: PageWalk, element: Element): Set<Element> {
  const set = new Set<Element>();
  for (let parent = keptParent(walk, element); parent; parent = keptParent(walk, parent)) set.add(parent);
  return set;
}

/** A sibling as Readability sees it: an element, or a run of inline nodes read as a paragraph. */
type Sibling = Element | InlineRun;

function keptSiblings(walk: PageWalk, parent: Element): Sibling[] {
  const siblings: Sibling[] = [];
  const runs = walk.runs.get(parent) ?? [];
  // Nodes inside runs, asked once per child (a loop over every run for every child was quadratic).
  const inRun = runs.length ? new Set(runs.flatMap((run) => run.nodes)) : null;
  let runIndex = 0;
  for (let node = firstChild(parent); node; node = nextSibling(node)) {
    const run = runs[runIndex];
    if (run && run.nodes[0] === node) {
      siblings.push(run);
      runIndex++;
      continue;
    }
    // Only elements the walk measured (none it left out) are in its measures.
    if (walk.measures.has(node as Element) && !inRun?.has(node)) siblings.push(node as Element);
  }
  return siblings;
}

function keptChildNodes(walk: PageWalk, parent: Element): Node[] {
  const nodes: Node[] = [];
  for (let node = firstChild(parent); node; node = nextSibling(node)) {
    if (isText(node)) nodes.push(node);
    else if (isElement(node) && !walk.skipped.has(node)) nodes.push(node);
  }
  return nodes;
}

function isParagraphElement(walk: PageWalk, element: Element): boolean {
  return tagOf(element) === 'p' || walk.inlineDivs.has(element) || walk.wrappers.has(element);
}

/**
 * The best candidate and its siblings that look like more of the article. The siblings are those of
 * its section: the highest ancestor that holds no text besides it. An article split over sibling
 * sections of one kind (a page builder's rows, a CMS's paragraph items, each wrapping its text
 * several levels deep) has the candidate in one of them, and its paragraphs' scores do not reach
 * the others (SCORED_ANCESTOR_DEPTH): a sibling section of the same class that reads as prose joins.
 */
function mergeSiblings(walk: PageWalk, scores: Map<Element, number>, top: Element): Node[] {
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_RATIO);
  const text = walk.measures.get(top)?.text;
  let section = top;
  let parent = keptParent(walk, top);
  while (parent && walk.measures.get(parent)?.text === text) {
    section = parent;
    parent = keptParent(walk, parent);
  }
  // A page that names a form's control "parentNode" hides the form's parent.
  if (!parent) return [top];
  const topClass = attr(top, 'class');
  const sectionClass = attr(section, 'class');
  const parts: Node[] = [];
  for (const sibling of keptSiblings(walk, parent)) {
    // Only elements are in the walk's measures (keptSiblings), not a run of inline nodes.
    const measure = walk.measures.get(sibling as Element);
    if (!measure) {
      const run = sibling as InlineRun;
      if (isProseParagraph(run.text, linkDensity(run), () => runText(run))) parts.push(...run.nodes);
      continue;
    }
    const element = sibling as Element;
    if (element === section) {
      parts.push(top);
      continue;
    }
    const className = attr(element, 'class');
    const bonus = className === topClass && topClass ? topScore * SIBLING_SCORE_RATIO : 0;
    const score = scores.get(element);
    if (
      // Scores are the candidate's own siblings' measure; beside a section, other blocks carry scores too.
      (section === top &&
        score !== undefined &&
        score + bonus >= threshold &&
        !isGluedText(collapseWhitespace(textContent(element)))) ||
      (sectionClass &&
        className === sectionClass &&
        measure.text >= MIN_SECTION_CHARS &&
        linkDensity(measure) < SIBLING_MAX_LINK_DENSITY)
    ) {
      parts.push(element);
    } else if (isParagraphElement(walk, element)) {
      if (isProseParagraph(measure.text, linkDensity(measure), () => textContent(element))) parts.push(element);
    }
  }
  return parts;
}

/** Latin text with fewer spaces than one in this many characters is no prose: words are about six letters long. */
const GLUED_CHARS_PER_SPACE = 20;
/** A letter of another script than Latin: Chinese, Japanese, Thai and others write no spaces between words. */
const NON_LATIN_LETTER = /[^\P{L}\p{sc=Latin}]/u;

/** Labels and figures glued together with no space between (a stock ticker's "ATX3078.02-0.24%ANDRITZ43.14…"). */
function isGluedText(text: string): boolean {
  return text.split(' ').length * GLUED_CHARS_PER_SPACE < text.length && !NON_LATIN_LETTER.test(text);
}

/** A long paragraph with few links, or a short linkless one that reads as a sentence. */
function isProseParagraph(length: number, density: number, text: () => string): boolean {
  if (length > LONG_SIBLING_PARAGRAPH_CHARS) return density < SIBLING_MAX_LINK_DENSITY;
  return length > 0 && density === 0 && /\.( |$)/.test(collapseWhitespace(text()));
}

function runText(run: InlineRun): string {
  return run.nodes.map((node) => textContent(node)).join('');
}
