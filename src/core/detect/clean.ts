/**
 * Decides which blocks inside the chosen article are junk after all (Readability's prepArticle): share bars, asides,
 * footers, form controls, headings named like furniture, and — judged by their content — tables, lists and blocks
 * that are mostly links, images or inputs. Nothing is removed from the document; the verdicts are returned as a set.
 */
import { hasNearAncestorTag, isElement } from '../dom';
import {
  boundedTextContent,
  firstElementChild,
  isText,
  isTextLongerThan,
  nextElementSibling,
  nodeValue,
  parentElement,
  querySelectorAll,
} from '../read/dom';
import { WALK_NODES_PER_PAUSE, runToEnd, type Steps } from '../steps';
import { collapsedLength, collapseWhitespace } from '../text';
import { AD_WORDS, LOADING_WORDS, isPictureBox, SHARE_NAME } from './boilerplate';
import { weighed } from './article-scores';
import type { AttemptFlags } from './article';
import { appendNoticeText, MAX_NOTICE_CHARS } from './clean-notice';
import { addOwnCounts, type Counts, countPlainCommas, mergeCounts } from './clean-counts';
import { isDataTable, isTableOfData } from './data-table';
import { HELD_BACK_BOX_MAX_CHARS, isHeldBackCopy, isVideoEmbed } from './embeds';
import { linkWeightOf } from './link-weight';
import { isLinkedSentence } from './linked-sentence';
import { hrefOf, type PageWalk, subtreeOf, walkParentOf, type WalkTree } from './page-walk';

/** Always dropped from the article: page furniture and form controls. */
const ALWAYS_DROPPED = new Set(['footer', 'link', 'aside', 'input', 'textarea', 'select', 'button']);
/**
 * An <aside> holding more than this share of its part's text is the story's own wrapper (a page that
 * puts its article in one), not a sidebar: dropped like any <aside>, it left such a page with no text.
 * Sidebars inside a part hold far less (at most a third on the page this was found on).
 */
const ARTICLE_ASIDE_MIN_SHARE = 0.5;
/** A block named like furniture ("media") holding more than this share of its part's text, in prose, is the story's. */
const NAMED_STORY_MIN_SHARE = 0.5;
/** Judged by their content (Readability's cleanConditionally targets). */
const JUDGED_EARLY = new Set(['form', 'fieldset']);
const JUDGED = new Set(['table', 'ul', 'div']);
/** Top-level article parts of other kinds are read as <div>s (and judged like them). */
const KEPT_PART_TAGS = new Set(['div', 'article', 'section', 'p', 'ol', 'ul']);
/** A share bar at least this long (characters) is more than a share bar: kept. */
const SHARE_BAR_MAX_CHARS = 500;
/** With this many commas or more a block is prose: never judged further. */
const PROSE_COMMAS = 10;
/** A block whose text is this much list text is a list. */
const LIST_TEXT_SHARE = 0.9;
/** Fewer paragraphs than this share of images: an image gallery or ad grid. */
const MIN_PARAGRAPHS_PER_IMAGE = 0.5;
/** ... unless each item of a list without links says this much (characters): steps with photos, no ad grid. */
const ILLUSTRATED_STEP_MIN_CHARS = 15;
/** Lists may exceed paragraphs by this many items before a non-list block looks like a menu. */
const LIST_ITEM_ALLOWANCE = 100;
/** More than one input per this many paragraphs: a form. */
const PARAGRAPHS_PER_INPUT = 3;
/** A block around a form left out (counted in `forms`) with less text than this is the form's box ("Sent", "Error"). */
const FORM_BOX_MAX_CHARS = 80;
/** Shorter than this (characters), with links and not mostly a heading: a link stub. */
const SHORT_BLOCK_CHARS = 25;
/** A block that is this much heading text is a heading block, not a stub. */
const HEADING_BLOCK_SHARE = 0.9;
/** Link density above which a plain block is navigation ... */
const PLAIN_BLOCK_MAX_LINK_DENSITY = 0.2;
/** ... and above which even a block named like content is. */
const CONTENT_BLOCK_MAX_LINK_DENSITY = 0.5;
/** A single embed with less text than this around it is a widget. */
const SINGLE_EMBED_MIN_CHARS = 75;
/** How far up Readability looks for a protecting <code> ancestor. */
const CODE_ANCESTOR_DEPTH = 3;

export interface CleanResult {
  /** Elements inside the article judged to be junk (their subtrees are left out). */
  removed: Set<Element>;
  /** Article text length once those are left out. */
  textLength: number;
  /** Of which inside links. */
  linkLength: number;
}

/** An open element of the walk, with the counts of what was read below it so far. */
interface Frame extends Counts {
  element: Element;
  tag: string;
  /** Its class + " " + id as the tree holds them, null when it has no attributes. */
  names: string | null;
  /** Its index in the walk's tree, the next child's, and the index after the element's subtree. */
  index: number;
  cursor: number;
  end: number;
  isPart: boolean;
  insideDataTable: boolean;
  /** A <figure> is among the element's ancestors. */
  figureAbove: boolean;
  /** Judged by its content (isJunkBlock) unless a rule before removes it: conditional cleaning is on, and isJudged. */
  judged: boolean;
  /**
   * The element's whole text (as textContent, whitespace runs made one space) while it is short
   * enough to be an ad or loading notice; null once longer. Gathered bottom-up, so that no block
   * reads its subtree again (nested blocks would make that quadratic). Null from the start when
   * nothing reads it (see openFrame).
   */
  noticeText: string | null;
  /** Its class weight, once asked. */
  weight: number | undefined;
}

export function cleanArticle(walk: PageWalk, parts: Node[], flags: AttemptFlags, partsAreBlocks: boolean): CleanResult {
  return runToEnd(cleanArticleSteps(walk, parts, flags, partsAreBlocks));
}

/** cleanArticle in steps (../steps.ts). */
export function* cleanArticleSteps(
  walk: PageWalk,
  parts: Node[],
  flags: AttemptFlags,
  partsAreBlocks: boolean,
): Steps<CleanResult> {
  let untilPause = WALK_NODES_PER_PAUSE;
  const removed = new Set<Element>();
  const dataTables = new Map<Element, boolean>();
  let textLength = 0;
  let linkLength = 0;
  let lastPartParent: Element | null | undefined;
  let lastFigureAbove = false;
  // The frames, one per depth, used again by the next element at that depth (an object or two per element was
  // most of the cleaning's garbage): frames[depth - 1] is the innermost open one.
  const frames: Frame[] = [];
  let depth = 0;
  // The article's text read before the block now closed (its open ancestors' so far): asked only of few blocks.
  const textBefore = (): number => frames.slice(0, depth).reduce((sum, open) => sum + open.text, textLength);
  // Parents as the walk recorded them (it came through them): a judged block's ancestors are asked with no DOM read.
  const parentOf = (element: Element): Element | null => walkParentOf(walk, element);
  const cleaning: Cleaning = { walk, flags, dataTables, textBefore, parentOf };

  for (const part of parts) {
    if (isText(part)) {
      textLength += collapsedLength(nodeValue(part));
      continue;
    }
    if (!isElement(part)) continue;
    // An inline node of a paragraph run, or a whole element block: read from the walk's record of it.
    const measured = walk.measures.get(part);
    const tree = measured ? walk.tree : subtreeOf(part, walk.skipped);
    const start = measured ? measured.index : 0;
    const { nodes, texts, lengths, tags, ends } = tree;
    // Merged parts are siblings: their parent's answer is asked once.
    const partParent = parentElement(part);
    if (partParent !== lastPartParent) {
      lastPartParent = partParent;
      lastFigureAbove = hasNearAncestorTag(part, FIGURE_TAG, Number.POSITIVE_INFINITY);
    }
    const figureAbove = lastFigureAbove;
    openFrame(frames, 0, tree, start, partsAreBlocks, false, figureAbove, walk, flags, false);
    depth = 1;
    while (depth) {
      const frame = frames[depth - 1]!;
      const index = frame.cursor;
      if (index < frame.end) {
        if (--untilPause === 0) {
          untilPause = WALK_NODES_PER_PAUSE;
          yield;
        }
        frame.cursor = ends[index]!;
        const data = texts[index];
        if (data !== null && data !== undefined) {
          if (frame.noticeText !== null) frame.noticeText = appendNoticeText(frame.noticeText, data);
          const length = lengths[index]!; // collapsedLength(data), as the walk measured it
          frame.text += length;
          if (length) frame.commas += countPlainCommas(data);
          continue;
        }
        const node = nodes[index] as Element;
        const tag = tags[index]!;
        if (walk.skipped.has(node)) {
          // Read only while the block's text can still be a notice (null stays null).
          if (frame.noticeText !== null)
            frame.noticeText = appendNoticeText(frame.noticeText, boundedTextContent(node, MAX_NOTICE_CHARS));
          if (tag === 'iframe' || tag === 'embed' || tag === 'object') {
            if (isVideoEmbed(node)) frame.videoEmbed = true;
            else frame.embeds++;
          } else if (tag === 'textarea' && isHeldBackCopy(node)) frame.heldBack = true;
          continue;
        }
        const insideDataTable =
          frame.insideDataTable || (frame.tag === 'table' && isDataTable(frame.element, dataTables));
        const figure = frame.figureAbove || frame.tag === 'figure';
        openFrame(frames, depth++, tree, index, false, insideDataTable, figure, walk, flags, frame.noticeText !== null);
        continue;
      }
      depth--;
      const { element, tag } = frame;
      // The walk's weight of a link it measured, else (a part it did not measure) read now.
      if (tag === 'a')
        frame.links = frame.text * (tree.linkWeights[frame.index] || linkWeightOf(hrefOf(walk, element), element));
      addOwnCounts(walk, element, frame);
      if (tag === 'table' && isDataTable(element, dataTables)) frame.hasDataTable = true;
      const parent = depth ? frames[depth - 1] : undefined;
      // A removed child's text is still part of its parent's textContent.
      if (parent) parent.noticeText = appendNoticeText(parent.noticeText, frame.noticeText);
      if (shouldRemove(cleaning, frame, measured?.text ?? 0)) {
        if (parent) parent.forms += frame.forms + (tag === 'form' ? 1 : 0);
        removed.add(element);
        continue;
      }
      if (parent) mergeCounts(parent, frame, tag);
      else {
        // The part itself, closed last.
        textLength += frame.text;
        linkLength += frame.links;
      }
    }
  }
  return { removed, textLength, linkLength };
}

/**
 * Opens the frame of the element at `index` in the tree at `depth` (the frame closed there before is
 * done with). Its notice text is gathered only when something can read it: the block itself, when it
 * may be judged by its content, or its parent, while the parent's is gathered still (once null, a
 * notice stays null, whatever is appended). Other blocks (paragraphs, links, the words of a line)
 * start at null: the notice text of every one of them was the largest cost of cleaning a long page.
 */
function openFrame(
  frames: Frame[],
  depth: number,
  tree: WalkTree,
  index: number,
  isPart: boolean,
  insideDataTable: boolean,
  figureAbove: boolean,
  walk: PageWalk,
  flags: AttemptFlags,
  parentGathers: boolean,
): void {
  frames[depth] ??= {} as Frame;
  const frame = frames[depth]!;
  frame.element = tree.nodes[index] as Element;
  frame.tag = tree.tags[index]!;
  frame.names = tree.names[index] ?? null;
  frame.index = index;
  frame.cursor = index + 1;
  frame.end = tree.ends[index]!;
  frame.text = frame.links = frame.commas = frame.paragraphs = frame.images = frame.listItems = 0;
  frame.inputs = frame.forms = frame.embeds = frame.headingText = frame.listText = 0;
  frame.videoEmbed = frame.hasTextish = frame.hasDataTable = frame.heldBack = false;
  frame.isPart = isPart;
  frame.insideDataTable = insideDataTable;
  frame.figureAbove = figureAbove;
  frame.judged = flags.cleanConditionally && isJudged(walk, frame.element, frame.tag, isPart);
  frame.noticeText = parentGathers || frame.judged ? '' : null;
  frame.weight = undefined;
}

/** What the judging of blocks reads besides the block: the same for a whole cleaning. */
interface Cleaning {
  walk: PageWalk;
  flags: AttemptFlags;
  dataTables: Map<Element, boolean>;
  /** The article's text read before the block now closed. */
  textBefore: () => number;
  /** An element's parent, from the walk's record when it measured the element (walkParentOf). */
  parentOf: (element: Element) => Element | null;
}

function shouldRemove(
  cleaning: Cleaning,
  frame: Frame,
  /** The part's text as the walk measured it (0 when not measured). */
  partText: number,
): boolean {
  const { tag, isPart, names } = frame;
  const { flags } = cleaning;
  if (ALWAYS_DROPPED.has(tag))
    return !(tag === 'aside' && partText > 0 && frame.text > ARTICLE_ASIDE_MIN_SHARE * partText);
  if (!isPart && frame.text < SHARE_BAR_MAX_CHARS && names && SHARE_NAME.test(names)) return true;
  if ((tag === 'h1' || tag === 'h2') && weightOf(frame, flags) < 0) return true;
  // The innermost box with text around a held-back copy: the placeholder.
  if (frame.heldBack && !isPart && frame.text > 0 && frame.text <= HELD_BACK_BOX_MAX_CHARS) return true;
  return frame.judged && isJunkBlock(cleaning, frame, partText);
}

/** Whether a block is judged by its content (isJunkBlock) when conditional cleaning is on. */
function isJudged(walk: PageWalk, element: Element, tag: string, isPart: boolean): boolean {
  const readAsDiv = tag === 'div' || (isPart && !KEPT_PART_TAGS.has(tag));
  if (!(JUDGED_EARLY.has(tag) || JUDGED.has(tag) || readAsDiv)) return false;
  // <div>s that read as paragraphs are paragraphs, not blocks to judge.
  return !(tag === 'div' && (walk.inlineDivs.has(element) || walk.wrappers.has(element)));
}

function isJunkBlock(cleaning: Cleaning, frame: Frame, partText: number): boolean {
  const { element, tag, insideDataTable } = frame;
  const { walk, flags, dataTables, textBefore } = cleaning;
  const isList = tag === 'ul' || tag === 'ol' || (frame.text > 0 && frame.listText / frame.text > LIST_TEXT_SHARE);
  if (tag === 'table' && isDataTable(element, dataTables)) return false;
  if (insideDataTable) return false;
  if (hasNearAncestorTag(element, CODE_TAG, CODE_ANCESTOR_DEPTH, cleaning.parentOf)) return false;
  if (frame.hasDataTable) return false;
  const weight = weightOf(frame, flags);
  const prose = frame.commas >= PROSE_COMMAS;
  // A box named "media" and nothing else negative around one picture and no text is the story's picture's.
  if (weight < 0 && frame.images === 1 && !frame.text) return !isPictureBox(element, frame.names!);
  if (weight < 0) return !(prose && partText > 0 && frame.text > NAMED_STORY_MIN_SHARE * partText);
  if (prose) return false;
  if (frame.videoEmbed) return false;

  const paragraphs = frame.paragraphs;
  const images = frame.images;
  const listItems = frame.listItems - LIST_ITEM_ALLOWANCE;
  // Inputs are dropped before lists and blocks are judged; only forms still have theirs.
  const inputs = JUDGED_EARLY.has(tag) ? frame.inputs : 0;
  // Likewise embeds other than videos (videos keep the block, above).
  const embeds = JUDGED_EARLY.has(tag) ? frame.embeds : 0;
  const contentLength = frame.text;
  if (contentLength < 20 && frame.noticeText !== null) {
    const text = collapseWhitespace(frame.noticeText);
    if (AD_WORDS.test(text) || LOADING_WORDS.test(text)) return true;
  }
  const density = contentLength ? frame.links / contentLength : 0;
  const headingDensity = contentLength ? frame.headingText / contentLength : 0;
  const insideFigure = frame.figureAbove && tag !== 'figure';

  const gallery = !insideFigure && images > 1 && paragraphs / images < MIN_PARAGRAPHS_PER_IMAGE;
  // A link stub or a block of links, unless a line of the story that links (./linked-sentence.ts) or a small table
  // of data whose links are data (an ingredient linked to its product, ./data-table.ts isTableOfData).
  const linked =
    (!isList &&
      !insideFigure &&
      headingDensity < HEADING_BLOCK_SHARE &&
      contentLength < SHORT_BLOCK_CHARS &&
      (images === 0 || images > 2) &&
      density > 0) ||
    (!isList && weight < 25 && density > PLAIN_BLOCK_MAX_LINK_DENSITY) ||
    (weight >= 25 && density > CONTENT_BLOCK_MAX_LINK_DENSITY);
  let remove =
    (gallery && !(isList && density === 0 && isIllustratedSteps(element))) ||
    (!isList && listItems > paragraphs) ||
    inputs > Math.floor(paragraphs / PARAGRAPHS_PER_INPUT) ||
    (frame.forms > 0 && contentLength < FORM_BOX_MAX_CHARS) ||
    (embeds === 1 && contentLength < SINGLE_EMBED_MIN_CHARS) ||
    embeds > 1 ||
    (images === 0 && !frame.hasTextish) ||
    (linked && !isLinkedSentence(walk, element, frame, textBefore) && !(tag === 'table' && isTableOfData(element)));

  // Simple lists of images stay.
  if (isList && remove) {
    let everyItemSimple = true;
    for (let child = firstElementChild(element); child; child = nextElementSibling(child)) {
      const grandchild = firstElementChild(child);
      if (grandchild && nextElementSibling(grandchild)) everyItemSimple = false;
    }
    if (everyItemSimple && images === querySelectorAll(element, 'li').length) remove = false;
  }
  return remove;
}

/** A recipe's or how-to's steps, each with its photo ("Stir fry to mix well."): every item says enough. */
const isIllustratedSteps = (element: Element): boolean =>
  querySelectorAll(element, 'li').every((item) => isTextLongerThan(item, ILLUSTRATED_STEP_MIN_CHARS - 1));

/** The class weight under the flags (weighed), once; not read without attributes (no class, no id: 0). */
const weightOf = (frame: Frame, flags: AttemptFlags): number =>
  (frame.weight ??= frame.names !== null ? weighed(flags, frame.element) : 0);

const CODE_TAG = new Set(['code']);
const FIGURE_TAG = new Set(['figure']);
