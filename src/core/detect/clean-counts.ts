/** What the cleaning (./clean.ts) counts of each block, gathered from its children up. */
import { HEADING_TAGS } from '../read/tags';
import type { PageWalk } from './page-walk';

/** Elements that carry text of their own in the "is there any text at all" check. */
const TEXTISH_TAGS = new Set(['span', 'li', 'td', 'blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);

export interface Counts {
  text: number;
  links: number;
  commas: number;
  paragraphs: number;
  images: number;
  listItems: number;
  inputs: number;
  forms: number;
  embeds: number;
  videoEmbed: boolean;
  /** A copy of held-back content is below it (./embeds.ts). */
  heldBack: boolean;
  headingText: number;
  listText: number;
  hasTextish: boolean;
  hasDataTable: boolean;
}

export function countPlainCommas(text: string): number {
  let count = 0;
  for (let i = text.indexOf(','); i !== -1; i = text.indexOf(',', i + 1)) count++;
  return count;
}

/** Counts an element contributes about itself (as Readability's rewritten page would show it). */
export function addOwnCounts(walk: PageWalk, element: Element, counts: Counts): void {
  const runs = walk.runs.get(element);
  if (runs) {
    counts.paragraphs += runs.length;
    if (runs.some((run) => run.text > 0)) counts.hasTextish = true;
  }
}

export function mergeCounts(parent: Counts, child: Counts, tag: string): void {
  parent.text += child.text;
  parent.links += child.links;
  parent.commas += child.commas;
  parent.paragraphs += child.paragraphs + (tag === 'p' ? 1 : 0);
  parent.images += child.images + (tag === 'img' ? 1 : 0);
  parent.listItems += child.listItems + (tag === 'li' ? 1 : 0);
  parent.inputs += child.inputs + (tag === 'input' ? 1 : 0);
  parent.forms += child.forms;
  parent.embeds += child.embeds;
  parent.videoEmbed ||= child.videoEmbed;
  parent.heldBack ||= child.heldBack;
  parent.headingText += child.headingText + (HEADING_TAGS.has(tag) ? child.text : 0);
  parent.listText += child.listText + (tag === 'ul' || tag === 'ol' ? child.text : 0);
  parent.hasTextish ||= child.hasTextish || (TEXTISH_TAGS.has(tag) && child.text > 0);
  parent.hasDataTable ||= child.hasDataTable;
}
