/** A saved article for the reader page, read from the library in storage (works offline). */
import type { ReaderArticleReply } from '../shared/protocol';
import type { StorageAreaLike } from '../shared/storage';

export async function loadSavedArticle(_area: StorageAreaLike, _id: string): Promise<ReaderArticleReply & { textKept?: boolean }> {
  return { ok: false, kind: 'error', message: 'Saved articles cannot be opened yet.' };
}
