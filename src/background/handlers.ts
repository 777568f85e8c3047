/**
 * The background's message handlers: one per message of the protocol, typed from it, so a
 * message without a handler or a reply of the wrong shape fails type-checking.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import type { OutlineResult } from '../core/types';
import type { BackgroundMessage, BackgroundProtocol, FromContentProtocol, OutlineReply, Reply } from '../shared/protocol';
import { isHttpUrl } from '../shared/formats/markdown';
import { validateArticleBlocks } from '../shared/article/validate';
import { saveToLibrary } from './library';
import { openReader, readerArticle } from './reader';
import { sendToContent } from './inject';
import { classifyRestrictedUrl, restrictionFromInjectionError } from './restricted';
import { clearNote } from './toolbar';
import { ValidationError, validateContentMessage, validateOutlineReply } from './validate';

type Handlers<P> = { [K in keyof P]: P[K] extends { payload: infer A; reply: infer R } ? (payload: A) => Promise<R> : never };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/** `content`: also the article's blocks (for the reader view), validated like the rest. */
export async function getOutline(tabId: number, options: { content?: boolean } = {}): Promise<OutlineReply> {
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, kind: 'error', message: `The tab could not be found (${errorText(error)}).` };
  }
  const fileAccess = url?.startsWith('file:') ? await fileAccessAllowed() : false;
  const restricted = classifyRestrictedUrl(url, { fileAccessAllowed: fileAccess });
  if (restricted) return { ok: false, kind: 'restricted', reason: restricted.reason };
  let raw: unknown;
  try {
    raw = await sendToContent(tabId, 'content/analyze', options.content ? { content: true } : {});
  } catch (error) {
    const message = errorText(error);
    const denied = restrictionFromInjectionError(message);
    if (denied) return { ok: false, kind: 'restricted', reason: denied.reason };
    return { ok: false, kind: 'error', message: `The page could not be read: ${message}` };
  }
  try {
    const reply = validateOutlineReply(raw);
    if (reply.ok && options.content) reply.outline.content = validateArticleBlocks((raw as { outline?: { content?: unknown } }).outline?.content);
    if (reply.ok) void clearNote(tabId); // an earlier "cannot open here" on this tab's button is stale now
    return reply;
  } catch (error) {
    return { ok: false, kind: 'error', message: `The page sent an outline that is not valid (${errorText(error)}).` };
  }
}

function expectBoolean(raw: unknown, key: 'ok' | 'open'): boolean {
  const value = (raw as Record<string, unknown> | null | undefined)?.[key];
  if (typeof value !== 'boolean') throw new ValidationError(`reply.${key}: expected a boolean`);
  return value;
}

export async function togglePanel(tabId: number): Promise<{ open: boolean }> {
  return { open: expectBoolean(await sendToContent(tabId, 'content/togglePanel', {}), 'open') };
}

/**
 * The outline with its article's text, read again from the tab when it came without (the popup's
 * outline has none, to stay fast). Only when the tab still shows the same article.
 */
async function withArticleText(outline: OutlineResult, tabId: number | undefined): Promise<OutlineResult> {
  if (outline.content || tabId === undefined) return outline;
  const reply = await getOutline(tabId, { content: true }).catch(() => null);
  if (!reply?.ok || reply.outline.url !== outline.url || !reply.outline.content) return outline;
  return { ...outline, content: reply.outline.content };
}

/** Messages from extension pages (popup, library page): trusted, typed. */
const pageHandlers: Handlers<BackgroundProtocol> = {
  'outline/get': ({ tabId }) => getOutline(tabId),
  'outline/scrollTo': async ({ tabId, id }) => ({
    ok: expectBoolean(await sendToContent(tabId, 'content/scrollTo', { id }), 'ok'),
  }),
  'panel/toggle': ({ tabId }) => togglePanel(tabId),
  'tabs/open': async ({ url }) => {
    if (!isHttpUrl(url)) return { ok: false };
    await browser.tabs.create({ url });
    return { ok: true };
  },
  'library/save': async ({ outline, tabId }) => saveToLibrary(await withArticleText(outline, tabId)),
  'reader/open': ({ tabId }) => openReader(tabId),
  'reader/get': ({ tabId }) => readerArticle(tabId),
};

/** Messages from content scripts: untrusted, validated by `validateContentMessage` first. */
type SenderHandlers<P> = {
  [K in keyof P]: P[K] extends { payload: infer A; reply: infer R } ? (payload: A, sender: Runtime.MessageSender) => Promise<R> : never;
};
const contentHandlers: SenderHandlers<FromContentProtocol> = {
  'panel/save': ({ outline }) => saveToLibrary(outline),
  // Only ever the sender's own tab.
  'panel/reader': (_payload, sender) =>
    sender.tab?.id === undefined ? Promise.resolve({ ok: false, kind: 'error', message: 'No tab.' }) : openReader(sender.tab.id),
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
  let checked;
  try {
    checked = validateContentMessage(message);
  } catch (error) {
    console.warn('Outline Reader: refused a message from a content script:', errorText(error));
    return Promise.resolve({ ok: false, error: 'Refused: not a valid message.' });
  }
  const handler = contentHandlers[checked.type] as (payload: unknown, sender: Runtime.MessageSender) => Promise<unknown>;
  return handler(checked.payload, sender);
}
