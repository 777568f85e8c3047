/** Small pure helpers over the article for the reader page. */
import type { ArticleBlock, KeyPoint, OutlineSection } from '../core/types';
import { runsText } from '../core/blocks/inline';
import { collapseWhitespace } from '../core/text';

/** Paragraphs in the order the renderer numbers them (depth first, lists and quotes included). */
function paragraphTexts(blocks: readonly ArticleBlock[], out: string[] = []): string[] {
  for (const block of blocks) {
    if (block.kind === 'paragraph') out.push(collapseWhitespace(runsText(block.runs)));
    else if (block.kind === 'list') for (const item of block.items) paragraphTexts(item.blocks, out);
    else if (block.kind === 'quote') paragraphTexts(block.blocks, out);
  }
  return out;
}

/** Paragraph index → id of the first key point taken from it (its sentence is in that paragraph). */
export function keyPointParagraphs(
  blocks: readonly ArticleBlock[],
  keyPoints: readonly KeyPoint[],
): Map<number, string> {
  const texts = paragraphTexts(blocks);
  const map = new Map<number, string>();
  for (const point of keyPoints) {
    const sentence = collapseWhitespace(point.text);
    const index = texts.findIndex((text) => text.includes(sentence));
    if (index >= 0 && !map.has(index)) map.set(index, point.id);
  }
  return map;
}

/** Which key points have a paragraph to jump to. */
export function reachableKeyPoints(blocks: readonly ArticleBlock[], keyPoints: readonly KeyPoint[]): Set<string> {
  return new Set(keyPointParagraphs(blocks, keyPoints).values());
}

/** An outline as blocks (headings and their bullets): what a saved article without its text can show. */
export function outlineAsBlocks(sections: readonly OutlineSection[]): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const visit = (list: readonly OutlineSection[]) => {
    for (const section of list) {
      if (section.level > 0 && section.text)
        blocks.push({
          kind: 'heading',
          level: Math.max(2, section.level),
          runs: [{ kind: 'text', text: section.text }],
          id: section.id,
        });
      if (section.bullets.length) {
        blocks.push({
          kind: 'list',
          ordered: false,
          items: section.bullets.map((bullet) => ({
            blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: bullet }] }],
          })),
        });
      }
      visit(section.children);
    }
  };
  visit(sections);
  return blocks;
}

/** The outline ids of the headings shown, in order: also those inside a list's item or a quote (a list of sections). */
export function headingIds(blocks: readonly ArticleBlock[]): string[] {
  return blocks.flatMap((block): string[] => {
    if (block.kind === 'heading') return block.id ? [block.id] : [];
    if (block.kind === 'list') return block.items.flatMap((item) => headingIds(item.blocks));
    if (block.kind === 'quote') return headingIds(block.blocks);
    // A table cell that is one of the outline's headings (a list's label, a heading in the table's head).
    return block.kind === 'table' ? block.rows.flatMap((row) => row.flatMap((cell) => (cell.id ? [cell.id] : []))) : [];
  });
}
