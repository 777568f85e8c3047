/**
 * The reader view's glue: read the tab's article with its content, keep it for the reader page
 * (storage.session, keyed by tab; memory when that area is missing or full), and show the reader
 * page in the same tab, so that the browser's back button returns to the article's page.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { ReaderArticleReply, ReaderOpenReply } from '../shared/protocol';
import { validateArticleBlocks } from '../shared/article/validate';
import { getOutline } from './outline';

export const READER_PAGE = 'reader.html';
const SESSION_KEY_PREFIX = 'reader/tab/';
/** When storage.session cannot hold the article (Firefox before 115, a full 10 MB area). */
const fallback = new Map<number, ReaderArticleReply>();

export function readerPageUrl(tabId: number): string {
  return browser.runtime.getURL(`${READER_PAGE}?tab=${tabId}`);
}

export function isReaderPage(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL(READER_PAGE));
}

async function remember(tabId: number, entry: ReaderArticleReply): Promise<void> {
  fallback.delete(tabId);
  try {
    await browser.storage.session.set({ [`${SESSION_KEY_PREFIX}${tabId}`]: entry });
  } catch {
    fallback.set(tabId, entry);
  }
}

export async function readerArticle(tabId: number): Promise<ReaderArticleReply> {
  const kept = fallback.get(tabId);
  if (kept) return kept;
  try {
    const key = `${SESSION_KEY_PREFIX}${tabId}`;
    const entry = (await browser.storage.session.get(key))[key] as ReaderArticleReply | undefined;
    if (entry) return entry;
  } catch {
    // No session area: nothing was kept there.
  }
  return {
    ok: false,
    kind: 'error',
    message: 'This reader view is no longer available (the browser was restarted). Go back and open it again.',
  };
}

/**
 * Reads the tab's article and shows it in the reader page. `showFailures`: also go to the reader
 * page when there is no article to show, to say why there (the keyboard command has no popup).
 */
export async function openReader(tabId: number, options: { showFailures?: boolean } = {}): Promise<ReaderOpenReply> {
  let pageUrl: string | null = null;
  try {
    pageUrl = (await browser.tabs.get(tabId)).url ?? null;
  } catch {
    // getOutline says the tab is gone.
  }
  const reply = await getOutline(tabId, { content: validateArticleBlocks });
  if (!reply.ok && !options.showFailures) return reply;
  await remember(tabId, reply.ok ? { ok: true, article: reply.outline, pageUrl } : reply);
  await browser.tabs.update(tabId, { url: readerPageUrl(tabId) });
  return reply.ok ? { ok: true } : reply;
}

/** Whether the tab shows the reader view: from its URL when visible, else the reader page answers for itself. */
async function isShowingReader(tabId: number, knownUrl: string | undefined): Promise<boolean> {
  const url = knownUrl ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  if (url) return isReaderPage(url);
  try {
    const reply = (await browser.runtime.sendMessage({ type: 'reader/ping', payload: { tabId } })) as
      | { showing?: unknown }
      | undefined;
    return reply?.showing === true;
  } catch {
    return false; // no reader page answered
  }
}

/** The `toggle-reader` command: into the reader view, or, from it, back to the page. */
export async function toggleReader(tab: Tabs.Tab | undefined): Promise<ReaderOpenReply | { ok: true; back: true }> {
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return { ok: false, kind: 'error', message: 'There is no active tab.' };
  if (await isShowingReader(tabId, tab?.url)) {
    // The page goes back itself: tabs.goBack would skip a history entry the user never interacted with.
    const reply = await browser.runtime.sendMessage({ type: 'reader/back', payload: { tabId } }).catch(() => undefined);
    if ((reply as { showing?: unknown } | undefined)?.showing !== true) await browser.tabs.goBack(tabId);
    return { ok: true, back: true };
  }
  return openReader(tabId, { showFailures: true });
}
