/** The real ReaderClient: the background for the tab's article, storage for settings and saved articles. */
import browser, { type Runtime } from 'webextension-polyfill';
import type { OutlineResult } from '../core/types';
import type {
  BackgroundMessageName,
  BackgroundProtocol,
  Message,
  ReaderArticleReply,
  ReaderPageProtocol,
  Reply,
} from '../shared/protocol';
import { loadReaderSettings, saveReaderSettings } from '../shared/storage/reader-settings';
import type { StorageAreaLike } from '../shared/storage';
import { loadSavedArticle } from './saved';
import { sourceFromQuery, type ReaderClient, type ReaderSource } from './client';
import { languageIfSure } from './text-language';

const LIBRARY_PAGE = 'library.html';

function send<K extends BackgroundMessageName>(
  type: K,
  payload: BackgroundProtocol[K]['payload'],
): Promise<Reply<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<BackgroundProtocol, K>>;
}

export function createBrowserClient(search: string = location.search): ReaderClient {
  const source = sourceFromQuery(search);
  const local = browser.storage.local as StorageAreaLike;
  return {
    source,
    async getArticle(): Promise<ReaderArticleReply & { textKept?: boolean }> {
      if (!source)
        return {
          ok: false,
          kind: 'error',
          message: 'No article was named: open the reader view from a page or from the library.',
        };
      if (source.kind === 'saved') return loadSavedArticle(local, source.id);
      const reply = await send('reader/get', { tabId: source.tabId });
      return reply ?? { ok: false, kind: 'error', message: 'The extension did not answer. Go back and try again.' };
    },
    loadSettings: () => loadReaderSettings(local),
    saveSettings: (settings) => saveReaderSettings(local, settings),
    detectLanguage: async (text) => languageIfSure(await browser.i18n.detectLanguage(text)),
    save: (article: OutlineResult) => send('library/save', { outline: article }),
    openUrl(url) {
      void send('tabs/open', { url });
    },
    back() {
      // Opened in the page's own tab (or from the library in this tab): the browser's history goes back there.
      if (history.length > 1) history.back();
      else location.assign(browser.runtime.getURL(LIBRARY_PAGE));
    },
  };
}

/**
 * Answers the background about this tab (see ReaderPageProtocol): "is it showing the reader view?"
 * and "go back to the page" (the toggle-reader command).
 */
export function listenToBackground(source: ReaderSource | null, back: () => void): void {
  if (source?.kind !== 'tab') return;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    const { type, payload } = (message ?? {}) as Message<ReaderPageProtocol, keyof ReaderPageProtocol>;
    if ((type !== 'reader/ping' && type !== 'reader/back') || payload?.tabId !== source.tabId) return undefined;
    if (type === 'reader/back') setTimeout(back, 0); // after the reply has left
    return Promise.resolve({ showing: true });
  });
}
