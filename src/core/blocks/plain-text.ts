/**
 * The article's blocks as plain text, blocks apart by blank lines: its running text, for search and
 * scoring. Captions belong to their pictures and are left out unless asked for (`captions`), as
 * the body text leaves them out.
 */
import { collapseWhitespace } from '../text';
import { runsText } from './inline';
import type { ArticleBlock } from './types';

export function blocksToText(blocks: readonly ArticleBlock[], options: { captions?: boolean } = {}): string {
  const out: string[] = [];
  // Whitespace collapsed and invisible characters (soft hyphens, zero-width spaces) dropped,
  // line by line, as in the body text.
  const add = (text: string) => {
    const lines = text.split('\n').map(collapseWhitespace).filter(Boolean);
    if (lines.length) out.push(lines.join('\n'));
  };
  const visit = (list: readonly ArticleBlock[]): void => {
    for (const block of list) {
      switch (block.kind) {
        case 'paragraph':
        case 'heading':
        case 'embed':
          add(runsText(block.runs));
          break;
        case 'list':
          for (const item of block.items) visit(item.blocks);
          break;
        case 'quote':
          visit(block.blocks);
          break;
        case 'figure':
          if (options.captions) add(runsText(block.caption));
          break;
        case 'table':
          add(runsText(block.caption));
          for (const row of block.rows) for (const cell of row) add(runsText(cell.runs));
          break;
        case 'code':
          if (block.text.trim()) out.push(block.text);
          break;
      }
    }
  };
  visit(blocks);
  return out.join('\n\n');
}
