/**
 * Talking to a tab's content script, which is injected on demand: the extension asks for no
 * site access at install time, and `activeTab` (granted by the toolbar click or the keyboard
 * command) lets it inject into the current tab only.
 */
import { errorText } from '../shared/error-text';
import browser from 'webextension-polyfill';
import articleBlocksFile from '../content/article-blocks.ts?injected';
import contentScriptFile from '../content/content-script.ts?injected';
import panelScriptFile from '../content/panel-script.ts?injected';
import type { ContentMessage, ContentMessageName, ContentProtocol } from '../shared/protocol';

/** The top frame only: the article is the page itself, not an ad or embed inside it. */
const TOP_FRAME = 0;

/**
 * Injects the content script into the tab's top frame. Safe to repeat: the script keeps its
 * state on the isolated world's global and a second run reuses it.
 *
 * `injectImmediately`: without it the browser queues the injection for the page's idle time,
 * which cost the first click on the seed page about 50–100 ms on the loaded test machine
 * (docs/browser-speed.md, first click). A page still loading is waited for by the content script
 * itself before it reads the page (src/content/main.ts).
 */
export async function injectContentScript(tabId: number): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [TOP_FRAME] },
    files: [contentScriptFile],
    injectImmediately: true,
  });
}

/**
 * Injects the reader of the article's blocks (the reader view's model) beside the content script:
 * needed before a 'content/analyze' with `content: true`; the toolbar click does without it.
 */
export async function injectArticleBlocks(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [TOP_FRAME] }, files: [articleBlocksFile] });
}

/**
 * Injects the in-page panel's script (its UI, Preact, its stylesheet) beside the content script:
 * needed before a 'content/togglePanel'; a toolbar click for the popup does without it. Repeating
 * it only sets the same factory again (src/content/panel-script.ts).
 */
export async function injectPanelScript(tabId: number): Promise<void> {
  // At once, like the content script: it only leaves the panel's factory.
  await browser.scripting.executeScript({
    target: { tabId, frameIds: [TOP_FRAME] },
    files: [panelScriptFile],
    injectImmediately: true,
  });
}

/**
 * Injected after the content script by `injectAndAnalyze`: its value is the content script's answer
 * to a plain 'content/analyze' (a plain file of public/, at the extension's root).
 */
const CONTENT_REPLY_FILE = '/content-reply.js';

/**
 * Injects the content script and has it answer a plain 'content/analyze' in the same call: the
 * injection's result is the answer (public/content-reply.js), one round trip fewer than injecting,
 * then asking. Undefined when no answer came that way (the caller then asks with a message).
 */
export async function injectAndAnalyze(tabId: number): Promise<unknown> {
  const [injection] = await browser.scripting.executeScript({
    target: { tabId, frameIds: [TOP_FRAME] },
    files: [contentScriptFile, CONTENT_REPLY_FILE],
    injectImmediately: true,
  });
  return injection?.result ?? undefined; // never null: the content script's answers are objects
}

/** The browser's error when no content script listens in the tab yet (Chromium / Firefox wording). */
const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

/** Sends a message to the tab's content script as it is (rejects when none listens there yet). */
export function sendContentMessage<K extends ContentMessageName>(
  tabId: number,
  type: K,
  payload: ContentProtocol[K]['payload'],
): Promise<unknown> {
  const message = { type, payload } as ContentMessage;
  return browser.tabs.sendMessage(tabId, message, { frameId: TOP_FRAME });
}

/**
 * Sends a message to the tab's content script and returns its raw reply. The script is injected
 * only when it is not there yet (the first use in a page), which keeps repeat clicks fast.
 * `firstTry`: the same message already sent (sendContentMessage), e.g. while the caller checked
 * the tab; its failure for want of a content script leads to the injection as well.
 */
export async function sendToContent<K extends ContentMessageName>(
  tabId: number,
  type: K,
  payload: ContentProtocol[K]['payload'],
  firstTry: Promise<unknown> = sendContentMessage(tabId, type, payload),
): Promise<unknown> {
  try {
    return await firstTry;
  } catch (error) {
    if (!NO_RECEIVER.test(errorText(error))) throw error;
  }
  // The first-click bench's split of the popup's wait (bench/browser/first-click.ts).
  if (__E2E__) performance.mark('content-absent');
  const plainAnalysis =
    type === 'content/analyze' && !(payload as ContentProtocol['content/analyze']['payload'])?.content;
  // Without an answer from that injection (it failed, or the browser did not hand the value back), the
  // script is injected the plain way (safe to repeat; it says why the page cannot be read, if it fails too).
  const answer = plainAnalysis ? await injectAndAnalyze(tabId).catch(() => undefined) : undefined;
  if (answer === undefined) await injectContentScript(tabId);
  if (__E2E__) performance.mark('content-injected');
  return answer ?? sendContentMessage(tabId, type, payload);
}

/** What the tab's content script is at: reading the page, or waiting for its HTML to be parsed first. */
export type ContentProgress = 'analyzing' | 'loading';

/**
 * What the tab's content script is still at (null when it is not there, is done, or does not answer within `ms`:
 * a page frozen by its own scripts cannot answer). Its answer comes from inside a web page: only these two words.
 */
export async function contentProgress(tabId: number, ms: number): Promise<ContentProgress | null> {
  const message: ContentMessage = { type: 'content/ping', payload: {} };
  const reply = browser.tabs.sendMessage(tabId, message, { frameId: TOP_FRAME }).catch(() => null);
  const answer = (await Promise.race([reply, new Promise((resolve) => setTimeout(() => resolve(null), ms))])) as {
    analyzing?: unknown;
    loading?: unknown;
  } | null;
  if (answer?.analyzing !== true) return null;
  return answer.loading === true ? 'loading' : 'analyzing';
}
