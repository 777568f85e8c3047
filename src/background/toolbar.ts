/**
 * A note on the toolbar button of one tab, when the outline cannot be shown there after a keyboard
 * command: the page itself cannot be touched, so the button says it (a badge, and the reason in
 * its tooltip). Cleared as soon as an outline works in that tab again.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import { classifyRestrictedUrl, restrictionFromInjectionError } from './restricted';

const CANNOT_OPEN_BADGE = '!';
const GENERIC_REASON = 'The browser does not let extensions read this page.';

/**
 * `failure` is the error that stopped the panel. The reason shown is the page's kind when the
 * browser keeps extensions out of it, else what actually failed: a readable page where something
 * went wrong must not be told that extensions cannot read it.
 */
export async function noteCannotOpen(tab: Tabs.Tab | undefined, tabId: number, failure?: string): Promise<void> {
  const url = tab?.url ?? (await browser.tabs.get(tabId).catch(() => undefined))?.url;
  const reason =
    classifyRestrictedUrl(url, { fileAccessAllowed: false, ownOrigin: browser.runtime.getURL('') })?.reason ??
    (failure === undefined
      ? GENERIC_REASON
      : (restrictionFromInjectionError(failure)?.reason ?? `The outline panel could not be opened (${failure}).`));
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: CANNOT_OPEN_BADGE }),
    browser.action.setTitle({ tabId, title: `Outline Reader cannot show an outline here. ${reason}` }),
  ]).catch(() => undefined);
}

/** Back to the manifest's title and no badge (Chromium keeps tab-specific values until the tab closes). */
export async function clearNote(tabId: number): Promise<void> {
  const title = browser.runtime.getManifest().action?.default_title ?? 'Outline Reader';
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: '' }),
    browser.action.setTitle({ tabId, title }),
  ]).catch(() => undefined);
}
