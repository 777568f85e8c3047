/**
 * Injected by the background before it asks the content script for the article's blocks (reader
 * view, save): fills the slot of article-blocks-slot.ts with the core's block reader.
 */
import { readArticleBlocks } from '../core/blocks/read-blocks';
import { ARTICLE_BLOCKS_KEY } from './article-blocks-slot';

(globalThis as Record<string, unknown>)[ARTICLE_BLOCKS_KEY] = readArticleBlocks;
