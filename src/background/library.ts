/**
 * The background's side of the saved-outlines library: it is the library's single writer. Every
 * write (saves from the popup and the in-page panels of any number of tabs, deletes, undo, imports)
 * goes through one LibraryWriter, whose queue applies them one after another.
 *
 * The writer is created lazily and keeps no state that matters beyond its queue: when the service
 * worker is stopped, the next message creates a new one over the same storage.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { parseLibraryExport } from '../shared/formats/json';
import type { LibraryMessageName, LibraryProtocol, LibrarySaveReply, Reply } from '../shared/protocol';
import { LibraryError, createLibraryWriter, type LibraryWriter, type StorageAreaLike } from '../shared/storage';

import { afterDelete, saveArticleAfter, useArticleStorageForTests } from './articles';
import { errorText } from '../shared/error-text';

let writer: LibraryWriter | null = null;

function libraryWriter(): LibraryWriter {
  writer ??= createLibraryWriter(browser.storage.local as StorageAreaLike);
  return writer;
}

/** Tests (and only tests) swap the storage area. */
export function useLibraryStorageForTests(area: StorageAreaLike): void {
  writer = createLibraryWriter(area);
  useArticleStorageForTests(area);
}

function errorMessage(error: unknown): string {
  if (error instanceof LibraryError) return error.message;
  return `The library could not be changed: ${errorText(error)}`;
}

/**
 * Saves an outline into the library. The outline may come from a content script (the in-page
 * panel): the writer validates it and keeps only the known fields.
 */
export async function saveToLibrary(outline: unknown): Promise<LibrarySaveReply> {
  try {
    const { status, entry } = await libraryWriter().save(outline);
    // The article's text (the reader view) is kept beside the entry: articles.ts.
    return await saveArticleAfter({ ok: true, status, id: entry.id }, outline);
  } catch (error) {
    return { ok: false, error: errorMessage(error) };
  }
}

type LibraryHandlers = {
  [K in LibraryMessageName]: (payload: unknown) => Promise<Reply<LibraryProtocol, K>>;
};

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

const handlers: LibraryHandlers = {
  'library/delete': async (payload) => {
    const ids = stringList((payload as { ids?: unknown } | null)?.ids);
    const removed = await libraryWriter().remove(ids);
    await afterDelete(removed.map((entry) => entry.id));
    return { ok: true, removed };
  },
  'library/restore': async (payload) => {
    const entries = (payload as { entries?: unknown } | null)?.entries;
    return { ok: true, ...(await libraryWriter().restore(Array.isArray(entries) ? entries : [])) };
  },
  'library/import': async (payload) => {
    const text = (payload as { text?: unknown } | null)?.text;
    const parsed = parseLibraryExport(typeof text === 'string' ? text : '');
    if (!parsed.ok) return { ok: false, error: parsed.error };
    return { ok: true, report: await libraryWriter().importEntries(parsed.entries) };
  },
  'library/repair': async () => ({ ok: true, report: await libraryWriter().repair() }),
  'library/clearQuarantine': async () => {
    await libraryWriter().clearQuarantine();
    return { ok: true };
  },
};

function isLibraryMessageName(type: unknown): type is LibraryMessageName {
  return typeof type === 'string' && Object.hasOwn(handlers, type);
}

function fromExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

/**
 * The runtime.onMessage listener for the library page's messages (LibraryProtocol): a promise of
 * the reply for those, undefined for any other message, so that the main router answers it.
 * Only extension pages may change the library this way; content scripts are refused.
 */
export function handleLibraryMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  const type = (message as { type?: unknown } | null)?.type;
  if (!isLibraryMessageName(type)) return undefined;
  if (!fromExtensionPage(sender)) {
    return Promise.resolve({ ok: false, error: 'Refused: the library can only be changed from its own page.' });
  }
  const payload = (message as { payload?: unknown }).payload;
  return handlers[type](payload).catch((error: unknown) => ({ ok: false, error: errorMessage(error) }));
}
