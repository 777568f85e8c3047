/**
 * The saved text of library entries (src/shared/storage/article-store.ts), written beside the
 * library writer's entries: after a save (the text of the article, when the outline carries it) and
 * after a delete (the texts of deleted entries are removed at the next save or delete, after Undo).
 */
import browser from 'webextension-polyfill';
import type { LibrarySaveReply } from '../shared/protocol';
import { cleanUpArticles, saveArticle, scheduleArticleCleanup } from '../shared/storage/article-store';
import type { StorageAreaLike } from '../shared/storage';

let area: StorageAreaLike | null = null;
const storage = (): StorageAreaLike => (area ??= browser.storage.local as StorageAreaLike);

/** Tests swap the storage area (with the library writer's, see library.ts). */
export function useArticleStorageForTests(testArea: StorageAreaLike): void {
  area = testArea;
}

/** After the writer saved an entry: store its text when the outline has one. The entry stays saved either way. */
export async function saveArticleAfter(reply: LibrarySaveReply, outline: unknown): Promise<LibrarySaveReply> {
  if (!reply.ok) return reply;
  const content = (outline as { content?: unknown } | null)?.content;
  try {
    if (content !== undefined) await saveArticle(storage(), reply.id, content);
    await cleanUpArticles(storage());
  } catch (error) {
    // A full quota or text that does not validate: the outline is saved, its text is not (the reader says so).
    console.warn('Outline Reader: the article text was not kept:', error instanceof Error ? error.message : error);
  }
  return reply;
}

/** After a delete: the texts go at the next save or delete, when their entries are still gone. */
export async function afterDelete(ids: readonly string[]): Promise<void> {
  try {
    await cleanUpArticles(storage());
    await scheduleArticleCleanup(storage(), ids);
  } catch (error) {
    console.warn('Outline Reader: saved texts could not be tidied:', error instanceof Error ? error.message : error);
  }
}
