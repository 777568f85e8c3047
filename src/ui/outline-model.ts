/**
 * The outline tree's view model, shared by the popup and the in-page panel. Pure functions:
 * filtering, the visible tree (expanded / collapsed state, long bullet lists), the flat list of
 * visible rows and the keyboard moves over it (the WAI-ARIA tree pattern). No DOM, no Preact.
 */
import type { OutlineSection } from '../core/types';

/**
 * Text longer than this is clamped to three lines with a "more" button (about three lines of the
 * panel's 40-odd characters a line; a character guess, so that no layout has to be measured).
 */
export const CLAMP_CHARS = 140;
/**
 * How much of a bullet list shows before "Show N more": about this many characters of bullets, so
 * that two long bullets take the room of six short ones (about six lines of the popup's 40-odd
 * characters a line).
 */
export const BULLET_CHAR_BUDGET = 240;
/** A bullet counts as at least one line (a two-word item still takes a row) ... */
export const BULLET_MIN_CHARS = 40;
/** ... and at most its clamped height (long bullets show three lines until "more" is pressed). */
export const BULLET_MAX_CHARS = CLAMP_CHARS;
/** Always at least this many bullets, however long. */
export const MIN_BULLETS_SHOWN = 2;
/** Never a "Show 1 more": a list with fewer hidden than this shows in full. */
export const MIN_BULLETS_HIDDEN = 2;

/** Whether a bullet or key point is long enough to be clamped (and to get a "more" button). */
export function isLongText(text: string): boolean {
  return text.length > CLAMP_CHARS;
}

/** How many of a list's bullets to show before "Show N more" (all of them when they fit). */
export function bulletsShown(texts: readonly string[]): number {
  let used = 0;
  let shown = 0;
  for (const text of texts) {
    const weight = Math.min(Math.max(text.length, BULLET_MIN_CHARS), BULLET_MAX_CHARS);
    if (shown >= MIN_BULLETS_SHOWN && used + weight > BULLET_CHAR_BUDGET) break;
    used += weight;
    shown++;
  }
  return texts.length - shown < MIN_BULLETS_HIDDEN ? texts.length : shown;
}

/** The key points that match the filter (all of them without one), with their position. */
export function visibleKeyPoints<T extends { text: string }>(keyPoints: readonly T[], query: string): T[] {
  const terms = queryTerms(query);
  return keyPoints.filter((point) => matchesTerms(point.text, terms));
}

// ---------------------------------------------------------------------------------------------
// Matching

/**
 * A typographic quote's plain twin: U+2018–U+201B (‘ ’ ‚ ‛) as ', U+201C–U+201F (“ ” „ ‟) as ", so
 * that a keyboard's "Here's" finds the article's "Here’s" (the library's search folds them too).
 */
export function plainQuote(char: string): string | undefined {
  // Blocks of four code points: 0x806 (U+2018–U+201B) and 0x807; any other index reads undefined.
  return ["'", '"'][(char.charCodeAt(0) >> 2) - 0x806];
}

/** Lower-cases and strips accents, keeping a map from each normalised character to its source index. */
function normalizeWithMap(text: string): { normalized: string; sourceIndex: number[] } {
  let normalized = '';
  const sourceIndex: number[] = [];
  let index = 0;
  for (const char of text) {
    const folded = plainQuote(char) ?? char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 0; i < folded.length; i++) sourceIndex.push(index);
    normalized += folded;
    index += char.length;
  }
  sourceIndex.push(index);
  return { normalized, sourceIndex };
}

export function normalizeText(text: string): string {
  return normalizeWithMap(text).normalized;
}

/** The words of a filter query, normalised; empty when there is nothing to filter by. */
export function queryTerms(query: string): string[] {
  return normalizeText(query).split(/\s+/u).filter(Boolean);
}

/** True when every term occurs in the text (case- and accent-insensitive). */
export function matchesTerms(text: string, terms: readonly string[]): boolean {
  if (!terms.length) return true;
  const normalized = normalizeText(text);
  return terms.every((term) => normalized.includes(term));
}

export interface TextSegment {
  text: string;
  match: boolean;
}

/** Splits text into plain and matching segments, for highlighting matches without HTML. */
export function highlightSegments(text: string, terms: readonly string[]): TextSegment[] {
  if (!terms.length || !text) return [{ text, match: false }];
  const { normalized, sourceIndex } = normalizeWithMap(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = normalized.indexOf(term); at !== -1; at = normalized.indexOf(term, at + 1)) {
      const start = sourceIndex[at]!;
      const end = sourceIndex[at + term.length]!;
      for (let i = start; i < end; i++) marked[i] = true;
    }
  }
  const segments: TextSegment[] = [];
  for (let i = 0; i < text.length; i++) {
    const last = segments[segments.length - 1];
    if (last && last.match === marked[i]) last.text += text[i];
    else segments.push({ text: text[i]!, match: marked[i]! });
  }
  return segments;
}

// ---------------------------------------------------------------------------------------------
// The visible tree

export type TreeNode = HeadingNode | BulletNode | MoreNode;

interface NodeBase {
  /** Unique within the tree; also the DOM row's data-key. */
  key: string;
  /** The outline id of the section this row belongs to. */
  sectionId: string;
  /** Where Enter / click jumps: the section's heading; null for content before the first heading. */
  jumpTo: string | null;
  /** 1-based depth in the tree (aria-level). */
  depth: number;
}

export interface HeadingNode extends NodeBase {
  kind: 'heading';
  text: string;
  /** Heading level in the article (1..6). */
  headingLevel: number;
  expandable: boolean;
  expanded: boolean;
  children: TreeNode[];
}

export interface BulletNode extends NodeBase {
  kind: 'bullet';
  text: string;
}

/** "Show N more": the rest of a long bullet list. */
export interface MoreNode extends NodeBase {
  kind: 'more';
  hiddenCount: number;
  /** The index of the first hidden bullet (focus moves there when the rest is shown). */
  firstHidden: number;
}

export interface TreeState {
  /** Keys of headings the user collapsed. */
  collapsed: ReadonlySet<string>;
  /** Keys of sections whose long bullet list the user expanded in full. */
  showAllBullets: ReadonlySet<string>;
  /** The filter box's text. */
  query: string;
}

export const EMPTY_TREE_STATE: TreeState = { collapsed: new Set(), showAllBullets: new Set(), query: '' };

export const bulletKey = (sectionId: string, index: number): string => `${sectionId}/b${index}`;
export const moreKey = (sectionId: string): string => `${sectionId}/more`;

interface IndexedBullet {
  text: string;
  /** Position in the section's full bullet list (stable key while filtering). */
  index: number;
}

function bulletNodes(
  section: OutlineSection,
  indexed: IndexedBullet[],
  depth: number,
  state: TreeState,
  filtering: boolean,
): TreeNode[] {
  const count =
    filtering || state.showAllBullets.has(section.id) ? indexed.length : bulletsShown(indexed.map((b) => b.text));
  const shorten = count < indexed.length;
  const shown = indexed.slice(0, count);
  const jumpTo = section.level > 0 && section.text ? section.id : null;
  const nodes: TreeNode[] = shown.map(({ text, index }) => ({
    kind: 'bullet',
    key: bulletKey(section.id, index),
    sectionId: section.id,
    jumpTo,
    depth,
    text,
  }));
  if (shorten) {
    nodes.push({
      kind: 'more',
      key: moreKey(section.id),
      sectionId: section.id,
      jumpTo,
      depth,
      hiddenCount: indexed.length - shown.length,
      firstHidden: indexed[shown.length]!.index,
    });
  }
  return nodes;
}

function sectionNodes(section: OutlineSection, depth: number, state: TreeState, terms: string[]): TreeNode[] {
  const filtering = terms.length > 0;
  const headingMatches = section.level > 0 && matchesTerms(section.text, terms);
  const bullets = section.bullets
    .map((text, index) => ({ text, index }))
    .filter((bullet) => headingMatches || matchesTerms(bullet.text, terms));
  if (section.level === 0 || !section.text) {
    // Untitled content before the first heading: its bullets and sub-headings sit at this depth.
    return [
      ...bulletNodes(section, bullets, depth, state, filtering),
      ...section.children.flatMap((child) => sectionNodes(child, depth, state, terms)),
    ];
  }
  const childNodes = [
    ...bulletNodes(section, bullets, depth + 1, state, filtering),
    ...section.children.flatMap((child) => sectionNodes(child, depth + 1, state, terms)),
  ];
  if (filtering && !headingMatches && childNodes.length === 0) return [];
  const expandable = childNodes.length > 0;
  return [
    {
      kind: 'heading',
      key: section.id,
      sectionId: section.id,
      jumpTo: section.id,
      depth,
      text: section.text,
      headingLevel: section.level,
      expandable,
      expanded: expandable && !state.collapsed.has(section.id),
      children: childNodes,
    },
  ];
}

/** The tree as shown: filtered by the query, with collapsed headings and shortened lists. */
export function buildVisibleTree(outline: readonly OutlineSection[], state: TreeState): TreeNode[] {
  const terms = queryTerms(state.query);
  return outline.flatMap((section) => sectionNodes(section, 1, state, terms));
}

/** Whether an outline has anything to show beyond the title (a heading or a bullet). */
export function hasOutlineContent(outline: readonly OutlineSection[]): boolean {
  return outline.some((section) =>
    Boolean(section.text || section.bullets.length || hasOutlineContent(section.children)),
  );
}

/** Counts headings and bullets in a visible tree (for "3 of 19 items" style messages). */
export function countNodes(nodes: readonly TreeNode[]): { headings: number; bullets: number } {
  let headings = 0;
  let bullets = 0;
  const walk = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.kind === 'heading') {
        headings++;
        walk(node.children);
      } else if (node.kind === 'bullet') bullets++;
    }
  };
  walk(nodes);
  return { headings, bullets };
}

// ---------------------------------------------------------------------------------------------
// Rows and keyboard moves

export interface FlatRow {
  key: string;
  kind: TreeNode['kind'];
  sectionId: string;
  jumpTo: string | null;
  parentKey: string | null;
  expandable: boolean;
  expanded: boolean;
  /** A bullet long enough to be clamped (→ / ← show and clamp its whole text). */
  longText: boolean;
}

/** The rows a user can move through, in display order (children of collapsed headings left out). */
export function flattenVisible(
  nodes: readonly TreeNode[],
  parentKey: string | null = null,
  rows: FlatRow[] = [],
): FlatRow[] {
  for (const node of nodes) {
    const heading = node.kind === 'heading' ? node : null;
    rows.push({
      key: node.key,
      kind: node.kind,
      sectionId: node.sectionId,
      jumpTo: node.jumpTo,
      parentKey,
      expandable: heading?.expandable ?? false,
      expanded: heading?.expanded ?? false,
      longText: node.kind === 'bullet' && isLongText(node.text),
    });
    if (heading?.expanded) flattenVisible(heading.children, heading.key, rows);
  }
  return rows;
}

export type TreeAction =
  | { type: 'focus'; key: string }
  | { type: 'expand'; key: string }
  | { type: 'collapse'; key: string }
  | { type: 'activate'; key: string }
  | { type: 'none' };

const NONE: TreeAction = { type: 'none' };

/**
 * What a key press on the focused row does (WAI-ARIA tree view pattern): ↓/↑ next/previous row,
 * → expand or go to the first child, ← collapse or go to the parent, Home/End first/last row,
 * Enter/Space activate (jump to the heading, or show the rest of a list).
 */
export function treeKeyAction(rows: readonly FlatRow[], currentKey: string | null, key: string): TreeAction {
  if (!rows.length) return NONE;
  const index = rows.findIndex((row) => row.key === currentKey);
  const current = rows[index];
  const focus = (row: FlatRow | undefined): TreeAction => (row ? { type: 'focus', key: row.key } : NONE);
  if (!current) return key === 'ArrowUp' || key === 'End' ? focus(rows[rows.length - 1]) : focus(rows[0]);
  switch (key) {
    case 'ArrowDown':
      return focus(rows[index + 1]);
    case 'ArrowUp':
      return focus(rows[index - 1]);
    case 'Home':
      return focus(rows[0]);
    case 'End':
      return focus(rows[rows.length - 1]);
    case 'ArrowRight':
      if (current.expandable && !current.expanded) return { type: 'expand', key: current.key };
      if (current.expanded) return focus(rows[index + 1]);
      return NONE;
    case 'ArrowLeft':
      if (current.expanded) return { type: 'collapse', key: current.key };
      return focus(rows.find((row) => row.key === current.parentKey));
    case 'Enter':
    case ' ':
      return { type: 'activate', key: current.key };
    default:
      return NONE;
  }
}

/** Right-to-left trees swap the meaning of ← and →. */
export function logicalArrowKey(key: string, direction: 'ltr' | 'rtl'): string {
  if (direction !== 'rtl') return key;
  if (key === 'ArrowLeft') return 'ArrowRight';
  if (key === 'ArrowRight') return 'ArrowLeft';
  return key;
}

/** The first heading row of the visible tree (Enter in the filter box jumps there). */
export function firstHeading(nodes: readonly TreeNode[]): HeadingNode | null {
  for (const node of nodes) if (node.kind === 'heading') return node;
  return null;
}
