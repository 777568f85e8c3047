/**
 * How the library page talks to the extension: it reads the library directly from storage (reads
 * need no writer) and asks the background, the single writer, for every change. Components get a
 * LibraryClient, so unit tests render them over an in-memory twin.
 */
import browser from 'webextension-polyfill';
import type { LibraryMessageName, LibraryProtocol, Reply } from '../shared/protocol';
import { isLibraryKey, loadLibrary, type LoadedLibrary, type SavedOutline, type StorageAreaLike } from '../shared/storage';

type Payload<K extends LibraryMessageName> = LibraryProtocol[K]['payload'];

export interface LibraryClient {
  load(): Promise<LoadedLibrary>;
  remove(ids: string[]): Promise<Reply<LibraryProtocol, 'library/delete'>>;
  restore(entries: SavedOutline[]): Promise<Reply<LibraryProtocol, 'library/restore'>>;
  importText(text: string): Promise<Reply<LibraryProtocol, 'library/import'>>;
  repair(): Promise<Reply<LibraryProtocol, 'library/repair'>>;
  clearQuarantine(): Promise<Reply<LibraryProtocol, 'library/clearQuarantine'>>;
  /** Calls `listener` when the stored library changes (a save from another tab, a delete…). */
  onChange(listener: () => void): () => void;
}

async function send<K extends LibraryMessageName>(type: K, payload: Payload<K>): Promise<Reply<LibraryProtocol, K>> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, payload })) as Reply<LibraryProtocol, K> | undefined;
    return reply ?? ({ ok: false, error: 'The extension did not answer. Reload the page and try again.' } as Reply<LibraryProtocol, K>);
  } catch (error) {
    return { ok: false, error: `The extension could not be reached: ${error instanceof Error ? error.message : String(error)}` } as Reply<LibraryProtocol, K>;
  }
}

export function createBrowserClient(): LibraryClient {
  return {
    load: () => loadLibrary(browser.storage.local as StorageAreaLike),
    remove: (ids) => send('library/delete', { ids }),
    restore: (entries) => send('library/restore', { entries }),
    importText: (text) => send('library/import', { text }),
    repair: () => send('library/repair', {}),
    clearQuarantine: () => send('library/clearQuarantine', {}),
    onChange(listener) {
      const onChanged = (changes: Record<string, unknown>, areaName: string) => {
        if (areaName === 'local' && Object.keys(changes).some(isLibraryKey)) listener();
      };
      browser.storage.onChanged.addListener(onChanged);
      return () => browser.storage.onChanged.removeListener(onChanged);
    },
  };
}
