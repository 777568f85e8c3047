/**
 * Stands in for the core's `readArticleBlocks` (src/core/blocks/read-blocks.ts) in the injected
 * content script (scripts/vite/injected-scripts.ts resolves the core's import to this file there).
 * The article's blocks are the reader view's model, asked for (`content: true`) only by the reader
 * view and by a save: their code is a second file (article-blocks.ts) that the background injects
 * just before such a request, which keeps the script every toolbar click injects smaller.
 */
import type { readArticleBlocks as ReadArticleBlocks } from '../core/blocks/read-blocks';

/** Where article-blocks.ts leaves the reader: the extension's isolated world, which pages cannot reach. */
export const ARTICLE_BLOCKS_KEY = '__outlineReaderArticleBlocks';

/** Whether the block reader is there: the background injects it just before it asks for the article's blocks. */
export const articleBlocksLoaded = (): boolean =>
  typeof (globalThis as Record<string, unknown>)[ARTICLE_BLOCKS_KEY] === 'function';

export const readArticleBlocks: typeof ReadArticleBlocks = (parts, options) => {
  const reader = (globalThis as Record<string, unknown>)[ARTICLE_BLOCKS_KEY];
  if (typeof reader !== 'function') throw new Error('The article’s text could not be read (its reader is not loaded).');
  return (reader as typeof ReadArticleBlocks)(parts, options);
};
