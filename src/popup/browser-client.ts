/** The real PopupClient: typed messages to the background, and the few browser APIs the popup uses itself. */
import browser from 'webextension-polyfill';
import type { BackgroundMessageName, BackgroundProtocol, Reply } from '../shared/protocol';
import type { PopupClient, ShortcutInfo } from './client';

/** The path of the saved-outlines page at the extension's root (built by the library issue). */
const LIBRARY_PAGE = 'library.html';
const CHROME_SHORTCUTS_PAGE = 'chrome://extensions/shortcuts';

function send<K extends BackgroundMessageName>(type: K, payload: BackgroundProtocol[K]['payload']): Promise<Reply<BackgroundProtocol, K>> {
  return browser.runtime.sendMessage({ type, payload }) as Promise<Reply<BackgroundProtocol, K>>;
}

function isFirefox(): boolean {
  return location.protocol === 'moz-extension:';
}

/** Firefox 137+ can open its shortcut settings itself. */
interface CommandsWithSettings {
  openShortcutSettings?: () => Promise<void>;
}

export function createBrowserClient(search: string = location.search): PopupClient {
  return {
    async getTargetTabId() {
      const fromQuery = Number(new URLSearchParams(search).get('tabId'));
      if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) throw new Error('There is no active tab to outline.');
      return tab.id;
    },
    getOutline: (tabId) => send('outline/get', { tabId }),
    scrollTo: async (tabId, id) => (await send('outline/scrollTo', { tabId, id })).ok,
    togglePanel: async (tabId) => (await send('panel/toggle', { tabId })).open,
    openReader: (tabId) => send('reader/open', { tabId }),
    save: (outline, tabId) => send('library/save', tabId === undefined ? { outline } : { outline, tabId }),
    openUrl: async (url) => (await send('tabs/open', { url })).ok,
    async openLibrary() {
      await browser.tabs.create({ url: browser.runtime.getURL(LIBRARY_PAGE) });
    },
    async getShortcuts(): Promise<ShortcutInfo[]> {
      const commands = await browser.commands.getAll();
      return commands.map((command) => ({
        name: command.name ?? '',
        description: command.description ?? '',
        shortcut: command.shortcut ?? '',
      }));
    },
    shortcutSettingsHint: () =>
      isFirefox()
        ? 'about:addons → ⚙ → Manage Extension Shortcuts'
        : CHROME_SHORTCUTS_PAGE,
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
