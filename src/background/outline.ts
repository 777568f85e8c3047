/**
 * Reading a tab's outline: the restricted-page check, the content script injected on demand, its
 * reply validated (it comes from inside a web page). Shared by the background (reader view, saves,
 * the 'outline/get' message) and the popup, which calls it itself: one hop fewer on every toolbar
 * click (popup → content script, not popup → background → content script), and no wait for a
 * stopped service worker to start.
 */
import { errorText } from '../shared/error-text';
import browser from 'webextension-polyfill';
import type { ArticleBlock } from '../core/types';
import type { OutlineReply } from '../shared/protocol';
import { injectArticleBlocks, sendContentMessage, sendToContent } from './inject';
import { classifyRestrictedUrl, restrictionFromInjectionError } from './restricted';
import { clearNote } from './toolbar';
import { validateOutlineReply } from './validate';

async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return false;
  }
}

/**
 * The browser's errors when the page went away under the request (it went to another address,
 * reloaded or closed): said as such, not in the browser's words ("Frame with ID 0 was removed").
 */
const PAGE_GONE = /frame with id \d+ was removed|frame was removed|no tab with id|back\/forward cache/i;
export const PAGE_GONE_MESSAGE =
  'The page changed while it was being read (it went to another address or reloaded). Try again once it has loaded.';

/**
 * `content`: also the article's blocks (reader view, saves), checked by the validator given
 * (validateArticleBlocks: passed in by the background, so that the popup, which never asks for
 * them, loads no block validator).
 * `url`: the tab's address when the caller has just read it (the popup, from `tabs.query`): no
 * second question for it.
 */
export async function getOutline(
  tabId: number,
  options: { content?: (raw: unknown) => ArticleBlock[]; url?: string } = {},
): Promise<OutlineReply> {
  // The outline's request goes at once, beside the question for the tab's address: a content
  // script already in the page (a repeat click) starts one round trip sooner. Its answer is used
  // only once the page is known not to be restricted (where no content script can be anyway); a
  // failure is handled by sendToContent below, or dropped with the restricted page.
  const firstTry = options.content ? undefined : sendContentMessage(tabId, 'content/analyze', {});
  firstTry?.catch(() => undefined);
  let url = options.url;
  try {
    url ??= (await browser.tabs.get(tabId)).url;
  } catch (error) {
    return { ok: false, kind: 'error', message: `The tab could not be found (${errorText(error)}).` };
  }
  const fileAccess = url?.startsWith('file:') ? await fileAccessAllowed() : false;
  if (__E2E__) performance.mark('tab-read');
  const restricted = classifyRestrictedUrl(url, {
    fileAccessAllowed: fileAccess,
    ownOrigin: browser.runtime.getURL(''),
  });
  if (restricted) return { ok: false, kind: 'restricted', reason: restricted.reason };
  let raw: unknown;
  try {
    if (options.content) await injectArticleBlocks(tabId);
    raw = await sendToContent(tabId, 'content/analyze', options.content ? { content: true } : {}, firstTry);
  } catch (error) {
    const message = errorText(error);
    const denied = restrictionFromInjectionError(message);
    if (denied) return { ok: false, kind: 'restricted', reason: denied.reason };
    if (PAGE_GONE.test(message)) return { ok: false, kind: 'error', message: PAGE_GONE_MESSAGE };
    return { ok: false, kind: 'error', message: `The page could not be read: ${message}` };
  }
  if (__E2E__) performance.mark('content-replied');
  try {
    const reply = validateOutlineReply(raw);
    if (reply.ok && options.content)
      reply.outline.content = options.content((raw as { outline?: { content?: unknown } }).outline?.content);
    if (reply.ok) void clearNote(tabId); // an earlier "cannot open here" on this tab's button is stale now
    return reply;
  } catch (error) {
    return { ok: false, kind: 'error', message: `The page sent an outline that is not valid (${errorText(error)}).` };
  }
}
