/**
 * How the library page talks to the extension: it reads the library directly from storage (reads
 * need no writer) and asks the background, the single writer, for every change. Components get a
 * LibraryClient, so unit tests render them over an in-memory twin.
 */
import browser from 'webextension-polyfill';
import { articleTextsFrom } from '../shared/storage/article-store';
import { exportSavedArticle, type ArticleExportFormat } from './article-export';
import { downloadFile } from './export';
import type { LibraryMessageName, LibraryProtocol, Reply } from '../shared/protocol';
import {
  isLibraryKey,
  loadLibrary,
  type LoadedLibrary,
  type SavedOutline,
  type StorageAreaLike,
  type StorageChanges,
} from '../shared/storage';
import { errorText } from '../shared/error-text';

type Payload<K extends LibraryMessageName> = LibraryProtocol[K]['payload'];

export interface LibraryClient {
  load(): Promise<LoadedLibrary>;
  remove(ids: string[]): Promise<Reply<LibraryProtocol, 'library/delete'>>;
  restore(entries: SavedOutline[]): Promise<Reply<LibraryProtocol, 'library/restore'>>;
  importText(text: string): Promise<Reply<LibraryProtocol, 'library/import'>>;
  repair(): Promise<Reply<LibraryProtocol, 'library/repair'>>;
  clearQuarantine(): Promise<Reply<LibraryProtocol, 'library/clearQuarantine'>>;
  /**
   * Calls `listener` with the library's changed keys and their new values when the stored library
   * changes (a save from another tab, a delete…), as `storage.onChanged` reports them.
   */
  onChange(listener: (changes: StorageChanges) => void): () => void;
  /** The saved text of every entry that has one, by id, plain (for search); read when first needed. */
  loadArticleTexts?(): Promise<Map<string, string>>;
  /** Downloads one saved article: Markdown of the whole article, or a self-contained HTML file. */
  exportArticle?(entry: SavedOutline, format: ArticleExportFormat): Promise<void>;
}

/** Chrome refuses a runtime message over 64 MiB with "Message length exceeded maximum allowed length". */
const MESSAGE_TOO_LONG = /message length exceeded/i;

async function send<K extends LibraryMessageName>(type: K, payload: Payload<K>): Promise<Reply<LibraryProtocol, K>> {
  type Answer = Reply<LibraryProtocol, K>;
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Answer | undefined;
    return reply ?? ({ ok: false, error: 'The extension did not answer. Reload the page and try again.' } as Answer);
  } catch (error) {
    const detail = errorText(error);
    if (MESSAGE_TOO_LONG.test(detail)) {
      const error = 'This is too large for the browser to pass on in one piece. Nothing was changed.';
      return { ok: false, error } as Answer;
    }
    return { ok: false, error: `The extension could not be reached: ${detail}` } as Answer;
  }
}

export function createBrowserClient(): LibraryClient {
  return {
    load: () => loadLibrary(browser.storage.local as StorageAreaLike),
    loadArticleTexts: async () => articleTextsFrom(await browser.storage.local.get(null)),
    exportArticle: async (entry, format) =>
      downloadFile(await exportSavedArticle(browser.storage.local as StorageAreaLike, entry, format)),
    remove: (ids) => send('library/delete', { ids }),
    restore: (entries) => send('library/restore', { entries }),
    importText: (text) => send('library/import', { text }),
    repair: () => send('library/repair', {}),
    clearQuarantine: () => send('library/clearQuarantine', {}),
    onChange(listener) {
      const onChanged = (changes: StorageChanges, areaName: string) => {
        if (areaName !== 'local') return;
        const ours = Object.entries(changes).filter(([key]) => isLibraryKey(key));
        if (ours.length) listener(Object.fromEntries(ours));
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
