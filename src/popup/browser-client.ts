/** The real PopupClient: typed messages to the background, and the few browser APIs the popup uses itself. */
import browser from 'webextension-polyfill';
import { type ContentProgress, contentProgress } from '../background/inject';
import { getOutline } from '../background/outline';
import { sendWithRetry, withTimeout } from '../shared/messaging';
import type { BackgroundMessageName, BackgroundProtocol, OutlineReply, Reply } from '../shared/protocol';
import type { PopupClient, ShortcutInfo } from './client';
import { BUSY_OUTLINE_TIMEOUT_MS, STILL_LOADING_TITLE, STILL_LOADING_WHY } from '../ui/status';

/** The path of the saved-outlines page at the extension's root (built by the library issue). */
const LIBRARY_PAGE = 'library.html';
const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

/**
 * How long the popup waits for the page's outline. The analysis takes milliseconds (p95 under
 * 20 ms over the corpus in Node, docs/quality.md); a page that has not answered after this long is frozen by
 * its own scripts (they share the thread with ours), and the popup must not say "Reading the page…"
 * for ever.
 */
export const OUTLINE_TIMEOUT_MS = 10_000;
export const OUTLINE_TIMEOUT_MESSAGE = `The page did not answer within ${OUTLINE_TIMEOUT_MS / 1_000} seconds: it may be busy or frozen. Wait until it responds again, then try again.`;

/** How long a page that answers "still analysing" may take in all (ui/status.ts, shared with the panel). */
export { BUSY_OUTLINE_TIMEOUT_MS, STILL_LOADING_TITLE };
const BUSY_SECONDS = BUSY_OUTLINE_TIMEOUT_MS / 1_000;
/**
 * The page's HTML had not all arrived when the popup gave up: said as such, with the time waited, under its own title
 * (nothing went wrong: the page is not there yet).
 */
export const STILL_LOADING_MESSAGE = `${STILL_LOADING_WHY} It is read once it has loaded: try again then.`;
/** The page was still being analysed when the popup gave up. */
export const STILL_READING_TITLE = 'The page is still being read';
export const STILL_READING_MESSAGE =
  `After ${BUSY_SECONDS} seconds it is not read yet: it is very large, or the computer is busy. ` +
  'Try again in a moment.';
/**
 * How long the page has to answer that question: between two slices of its analysis; a step of
 * the core that cannot be cut took up to 4.5 s on the loaded 2-core test machine.
 */
const PING_TIMEOUT_MS = 6_000;

const failed = (message: string, title?: string): OutlineReply => ({
  ok: false,
  kind: 'error',
  message,
  ...(title ? { title } : {}),
});
const FAILURE_OF: Record<ContentProgress, OutlineReply> = {
  loading: failed(STILL_LOADING_MESSAGE, STILL_LOADING_TITLE),
  analyzing: failed(STILL_READING_MESSAGE, STILL_READING_TITLE),
};

/**
 * The outline, or the "did not answer" message after OUTLINE_TIMEOUT_MS: unless the page says it
 * is still analysing (the analysis runs in slices, so a huge page answers while it works) or still
 * loading, then the popup waits on, up to BUSY_OUTLINE_TIMEOUT_MS in all, and then says which of them
 * the page is still at (asked again: a page still loading at 10 s may be analysing at 60 s).
 */
async function outlineUnlessFrozen(pending: Promise<OutlineReply>, tabId: number): Promise<OutlineReply> {
  const waiting = Symbol('waiting');
  const first = await withTimeout<OutlineReply | typeof waiting>(pending, OUTLINE_TIMEOUT_MS, () => waiting);
  if (first !== waiting) return first;
  if (!(await contentProgress(tabId, PING_TIMEOUT_MS))) return failed(OUTLINE_TIMEOUT_MESSAGE);
  const last = await withTimeout<OutlineReply | typeof waiting>(
    pending,
    BUSY_OUTLINE_TIMEOUT_MS - OUTLINE_TIMEOUT_MS,
    () => waiting,
  );
  if (last !== waiting) return last;
  const progress = contentProgress(tabId, PING_TIMEOUT_MS);
  return Promise.race([pending, progress.then((now) => (now ? FAILURE_OF[now] : failed(OUTLINE_TIMEOUT_MESSAGE)))]);
}

/** A typed message to the background; a worker stopped meanwhile gets one more try, then a sentence. */
function send<K extends BackgroundMessageName>(
  type: K,
  payload: BackgroundProtocol[K]['payload'],
): Promise<Reply<BackgroundProtocol, K>> {
  return sendWithRetry(() => browser.runtime.sendMessage({ type, payload }) as Promise<Reply<BackgroundProtocol, K>>);
}

function isFirefox(): boolean {
  return location.protocol === 'moz-extension:';
}

/** Firefox 137+ can open its shortcut settings itself. */
interface CommandsWithSettings {
  openShortcutSettings?: () => Promise<void>;
}

export function createBrowserClient(search: string = location.search): PopupClient {
  /**
   * The active tab as `tabs.query` gave it: its address (visible with the `activeTab` grant of the
   * click that opened the popup) saves the tab question getOutline would ask next, a round trip
   * through the browser on the first click's way to the page.
   */
  let queried: { id: number; url: string } | undefined;
  return {
    async getTargetTabId() {
      const fromQuery = Number(new URLSearchParams(search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('There is no active tab to outline.');
      queried = tab.url === undefined ? undefined : { id: tab.id, url: tab.url };
      return tab.id;
    },
    // Read by the popup itself (the background's reading code, src/background/outline.ts): one
    // hop fewer than asking the background, whose service worker may first have to start.
    getOutline: (tabId) =>
      outlineUnlessFrozen(getOutline(tabId, queried?.id === tabId ? { url: queried.url } : {}), tabId),
    scrollTo: async (tabId, id) => (await send('outline/scrollTo', { tabId, id })).ok,
    showPanel: async (tabId) => (await send('panel/toggle', { tabId, show: true })).open,
    openReader: (tabId) => send('reader/open', { tabId }),
    save: (outline, tabId) => send('library/save', tabId === undefined ? { outline } : { outline, tabId }),
    openUrl: async (url) => (await send('tabs/open', { url })).ok,
    async openLibrary() {
      const url = browser.runtime.getURL(LIBRARY_PAGE);
      // A library already open in a tab is brought forward: a click per article made one tab each.
      // (Our own pages' addresses are visible without the "tabs" permission; if not, a new tab.)
      const [open] = await browser.tabs.query({ url: `${url}*` }).catch(() => []);
      if (open?.id === undefined) {
        await browser.tabs.create({ url });
        return;
      }
      await browser.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await browser.windows.update(open.windowId, { focused: true });
    },
    async getShortcuts(): Promise<ShortcutInfo[]> {
      const commands = await browser.commands.getAll();
      return commands.map((command) => ({
        name: command.name ?? '',
        description: command.description ?? '',
        shortcut: command.shortcut ?? '',
      }));
    },
    shortcutSettingsHint: () => (isFirefox() ? 'about:addons → ⚙ → Manage Extension Shortcuts' : CHROME_SHORTCUTS_PAGE),
    async openShortcutSettings() {
      const commands = browser.commands as unknown as CommandsWithSettings;
      if (isFirefox()) {
        if (!commands.openShortcutSettings) return false;
        await commands.openShortcutSettings();
        return true;
      }
      await browser.tabs.create({ url: CHROME_SHORTCUTS_PAGE });
      return true;
    },
    copyText: (text) => navigator.clipboard.writeText(text),
    closePopup: () => window.close(),
  };
}
