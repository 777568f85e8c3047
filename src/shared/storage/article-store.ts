/**
 * The saved text of library entries (the reader view's blocks), one key per entry beside it:
 * `library/article/<id>` (articleKey, reserved by the library for this). The entry itself, its index
 * and the library page's list stay small; only the reader, search and exports read the text.
 *
 * Stored shape, schema v1: `{ version: 1, id, savedAt, content: ArticleBlock[] }`.
 * Entries saved before text was kept (library schema v1–v4, or a save whose text could not be
 * stored) have no article key: they keep working, and the reader says their text was not kept.
 *
 * Deleting an entry leaves its text in place until the next save or delete, so that the library
 * page's Undo brings the entry back with its text; the ids are remembered under
 * ARTICLE_CLEANUP_KEY and their texts removed then, when their entries are really gone.
 */
import type { ArticleBlock } from '../../core/types';
import { blocksToText } from '../../core/blocks/plain-text';
import { BlockValidationError, validateArticleBlocks } from '../article/validate';
import { ARTICLE_KEY_PREFIX, articleKey, entryKey, type StorageAreaLike } from './types';

export const ARTICLE_SCHEMA_VERSION = 1;
/** Ids of deleted entries whose text is still stored (see above); outside `library/`, owned by the library's sweeps. */
export const ARTICLE_CLEANUP_KEY = 'reader/articleCleanup';

export interface SavedArticle {
  version: typeof ARTICLE_SCHEMA_VERSION;
  id: string;
  savedAt: string;
  content: ArticleBlock[];
}

/** What the reader can show of an entry: its text, no text (saved before text was kept), or damaged text. */
export type ArticleStatus =
  | { kind: 'kept'; content: ArticleBlock[] }
  | { kind: 'not-kept' }
  | { kind: 'damaged'; reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a stored article value (of any version this code knows). Never throws. */
export function readStoredArticle(raw: unknown, id: string): ArticleStatus {
  if (raw === undefined || raw === null) return { kind: 'not-kept' };
  if (!isRecord(raw)) return { kind: 'damaged', reason: 'the saved text is not in a known format' };
  if (raw.version !== ARTICLE_SCHEMA_VERSION) {
    return {
      kind: 'damaged',
      reason: `the saved text has version ${String(raw.version)}, which this version of the extension cannot read`,
    };
  }
  if (raw.id !== id) return { kind: 'damaged', reason: 'the saved text belongs to another entry' };
  try {
    return { kind: 'kept', content: validateArticleBlocks(raw.content) };
  } catch (error) {
    return {
      kind: 'damaged',
      reason: error instanceof BlockValidationError ? `the saved text is damaged (${error.message})` : String(error),
    };
  }
}

export async function loadArticle(area: StorageAreaLike, id: string): Promise<ArticleStatus> {
  const key = articleKey(id);
  return readStoredArticle((await area.get(key))[key], id);
}

/** Stores an entry's text (validated: it may come from a web page); replaces an older one. */
export async function saveArticle(
  area: StorageAreaLike,
  id: string,
  content: unknown,
  now = new Date().toISOString(),
): Promise<void> {
  const record: SavedArticle = {
    version: ARTICLE_SCHEMA_VERSION,
    id,
    savedAt: now,
    content: validateArticleBlocks(content),
  };
  await area.set({ [articleKey(id)]: record });
}

/** Remembers deleted entries' ids, to remove their texts at the next cleanup (after Undo had its chance). */
export async function scheduleArticleCleanup(area: StorageAreaLike, ids: readonly string[]): Promise<void> {
  if (!ids.length) return;
  const pending = await pendingCleanup(area);
  await area.set({ [ARTICLE_CLEANUP_KEY]: [...new Set([...pending, ...ids])] });
}

async function pendingCleanup(area: StorageAreaLike): Promise<string[]> {
  const raw = (await area.get(ARTICLE_CLEANUP_KEY))[ARTICLE_CLEANUP_KEY];
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
}

/** Removes the texts of scheduled ids whose entries are gone (an entry put back by Undo keeps its text). */
export async function cleanUpArticles(area: StorageAreaLike): Promise<string[]> {
  const pending = await pendingCleanup(area);
  if (!pending.length) return [];
  const entries = await area.get(pending.map(entryKey));
  const gone = pending.filter((id) => entries[entryKey(id)] === undefined);
  if (gone.length) await area.remove(gone.map(articleKey));
  await area.remove(ARTICLE_CLEANUP_KEY);
  return gone;
}

/** The plain text of every stored article, by entry id (for search). Damaged ones are left out. */
export function articleTextsFrom(all: Record<string, unknown>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [key, raw] of Object.entries(all)) {
    if (!key.startsWith(ARTICLE_KEY_PREFIX)) continue;
    const id = key.slice(ARTICLE_KEY_PREFIX.length);
    const status = readStoredArticle(raw, id);
    if (status.kind === 'kept') texts.set(id, blocksToText(status.content, { captions: true }));
  }
  return texts;
}
