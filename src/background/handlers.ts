/**
 * The background's message handlers: one per message of the protocol, typed from it, so a
 * message without a handler or a reply of the wrong shape fails type-checking.
 */
import { errorText } from '../shared/error-text';
import browser, { type Runtime } from 'webextension-polyfill';
import type { OutlineResult } from '../core/types';
import type {
  BackgroundMessage,
  BackgroundProtocol,
  FromContentProtocol,
  LibrarySaveReply,
  Reply,
} from '../shared/protocol';
import { isHttpUrl } from '../shared/formats/markdown';
import { saveToLibrary } from './library';
import { RateLimiter } from './rate-limit';
import { openReader, readerArticle } from './reader';
import { injectPanelScript, sendToContent } from './inject';
import { validateArticleBlocks } from '../shared/article/validate';
import { getOutline } from './outline';
import { ValidationError, validateContentMessage } from './validate';

type Handlers<P> = {
  [K in keyof P]: P[K] extends { payload: infer A; reply: infer R } ? (payload: A) => Promise<R> : never;
};

function expectBoolean(raw: unknown, key: 'ok' | 'open'): boolean {
  const value = (raw as Record<string, unknown> | null | undefined)?.[key];
  if (typeof value !== 'boolean') throw new ValidationError(`reply.${key}: expected a boolean`);
  return value;
}

export async function togglePanel(tabId: number, show = false): Promise<{ open: boolean }> {
  await injectPanelScript(tabId);
  return { open: expectBoolean(await sendToContent(tabId, 'content/togglePanel', show ? { show } : {}), 'open') };
}

/**
 * The outline with its article's text (blocks for the reader view, and the body text), read again
 * from the tab when it came without: the popup's and the panel's outlines have no blocks, and the
 * popup's no body, to stay fast. Only when the tab still shows the same article.
 */
async function withArticleText(outline: OutlineResult, tabId: number | undefined): Promise<OutlineResult> {
  if (outline.content || tabId === undefined) return outline;
  const reply = await getOutline(tabId, { content: validateArticleBlocks }).catch(() => null);
  if (!reply?.ok || reply.outline.url !== outline.url || !reply.outline.content) return outline;
  return { ...outline, body: outline.body || reply.outline.body, content: reply.outline.content };
}

export { getOutline } from './outline';

/** Messages from extension pages (popup, library page): trusted, typed. */
const pageHandlers: Handlers<BackgroundProtocol> = {
  'outline/get': ({ tabId }) => getOutline(tabId),
  'outline/scrollTo': async ({ tabId, id }) => ({
    ok: expectBoolean(await sendToContent(tabId, 'content/scrollTo', { id }), 'ok'),
  }),
  'panel/toggle': ({ tabId, show }) => togglePanel(tabId, show === true),
  'tabs/open': async ({ url }) => {
    if (!isHttpUrl(url)) return { ok: false };
    await browser.tabs.create({ url });
    return { ok: true };
  },
  'library/save': async ({ outline, tabId }) => saveToLibrary(await withArticleText(outline, tabId)),
  'reader/open': ({ tabId }) => openReader(tabId),
  'reader/get': ({ tabId }) => readerArticle(tabId),
};

/**
 * Saves from the in-page panel, per tab: a person saves a page once, perhaps again after a
 * single-page site moved to the next article; 10 in a minute is more than any hand clicks, and
 * turns what a compromised page could push into the library (the probe of issue 13 sent 500 saves
 * in 4 s) into a trickle.
 */
const PANEL_SAVES_PER_WINDOW = 10;
const PANEL_SAVE_WINDOW_MS = 60_000;
const panelSaves = new RateLimiter<number>(PANEL_SAVES_PER_WINDOW, PANEL_SAVE_WINDOW_MS);

/** Tests start each case with a fresh limit. */
export function resetPanelSaveLimitForTests(): void {
  panelSaves.clear();
}

export const SAVE_OTHER_PAGE_ERROR =
  'the page’s address is not the one this outline was made for. Reopen the outline and save again.';
export const SAVE_RATE_ERROR = 'too many saves from this tab in the last minute. Wait a moment and try again.';

/** A document's address without its #fragment (null when it is not a URL). */
function documentKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return null;
  }
}

/**
 * The panel saves the page it is shown on, and nothing else: the outline's URL must be the
 * sending document's (the frame's URL, or the tab's, which follows a single-page site's
 * history.pushState in every browser), fragment aside. Then the per-tab rate limit.
 */
function savePanelOutline(
  outline: FromContentProtocol['panel/save']['payload']['outline'],
  sender: Runtime.MessageSender,
) {
  const wanted = documentKey(outline.url);
  const senderPages = [sender.url, sender.tab?.url].map(documentKey);
  if (wanted === null || !senderPages.includes(wanted)) {
    console.warn('Outline Reader: refused a panel save for another address than the sending page’s.');
    return Promise.resolve<LibrarySaveReply>({ ok: false, error: SAVE_OTHER_PAGE_ERROR });
  }
  // handleMessage takes content messages from tab senders only; a tab without an id shares one budget.
  if (!panelSaves.allow(sender.tab?.id ?? -1))
    return Promise.resolve<LibrarySaveReply>({ ok: false, error: SAVE_RATE_ERROR });
  return withArticleText(outline, sender.tab?.id).then(saveToLibrary);
}

type ContentHandlers = {
  [K in keyof FromContentProtocol]: (
    payload: FromContentProtocol[K]['payload'],
    sender: Runtime.MessageSender,
  ) => Promise<FromContentProtocol[K]['reply']>;
};

/** Messages from content scripts: untrusted, validated by `validateContentMessage` first. */
const contentHandlers: ContentHandlers = {
  'panel/save': ({ outline }, sender) => savePanelOutline(outline, sender),
  // Only ever the sender's own tab.
  'panel/reader': (_payload, sender) =>
    sender.tab?.id === undefined
      ? Promise.resolve({ ok: false, kind: 'error', message: 'No tab.' })
      : openReader(sender.tab.id),
};

function isExtensionPage(sender: Runtime.MessageSender): boolean {
  return sender.id === browser.runtime.id && !!sender.url?.startsWith(browser.runtime.getURL(''));
}

/**
 * The runtime.onMessage listener for the outline messages. Returns a promise for messages it
 * handles and undefined for others (so the library's listener can answer the library page's).
 */
export function handleMessage(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isExtensionPage(sender)) {
    const { type, payload } = (message ?? {}) as BackgroundMessage;
    if (!Object.hasOwn(pageHandlers, type)) return undefined;
    const handler = pageHandlers[type] as (payload: unknown) => Promise<Reply<BackgroundProtocol, typeof type>>;
    return handler(payload);
  }
  if (!sender.tab) return undefined;
  let checked: ReturnType<typeof validateContentMessage>;
  try {
    checked = validateContentMessage(message);
  } catch (error) {
    console.warn('Outline Reader: refused a message from a content script:', errorText(error));
    return Promise.resolve({ ok: false, error: 'Refused: not a valid message.' });
  }
  const handler = contentHandlers[checked.type] as (
    payload: unknown,
    sender: Runtime.MessageSender,
  ) => Promise<unknown>;
  return handler(checked.payload, sender);
}
