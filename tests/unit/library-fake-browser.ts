/**
 * A stand-in for `webextension-polyfill` in library tests: storage.local is an in-memory area that
 * reports changes like `storage.onChanged`, and runtime.sendMessage goes straight to the
 * background's real library listener, with an extension-page sender (or a content-script sender
 * when a test asks for one). Tests install it with:
 *
 *   const fake = vi.hoisted(() => ({ browser: {} as Record<string, unknown> }));
 *   vi.mock('webextension-polyfill', () => ({ default: fake.browser }));
 *   beforeEach(() => installFakeBrowser(fake.browser));
 */
import type { Runtime } from 'webextension-polyfill';
import { handleLibraryMessage, useLibraryStorageForTests } from '../../src/background/library';
import { MemoryStorageArea } from './storage-memory-area';

export const EXTENSION_ID = 'test-extension';
export const EXTENSION_ORIGIN = `chrome-extension://${EXTENSION_ID}/`;
export const LIBRARY_PAGE_SENDER: Runtime.MessageSender = { id: EXTENSION_ID, url: `${EXTENSION_ORIGIN}library.html` };
export const CONTENT_SCRIPT_SENDER: Runtime.MessageSender = {
  id: EXTENSION_ID,
  url: 'https://news.example.org/a',
  tab: { id: 7 } as Runtime.MessageSender['tab'],
};

type ChangeListener = (changes: Record<string, unknown>, areaName: string) => void;

export interface FakeBrowserHandle {
  area: MemoryStorageArea;
  /** Messages the page sent, in order. */
  sent: unknown[];
}

/** Storage calls wait 0..2 event-loop turns, so that concurrent messages interleave as in a browser. */
const MAX_DELAY_TURNS = 2;

export function installFakeBrowser(
  target: Record<string, unknown>,
  area = new MemoryStorageArea({ maxDelayTurns: MAX_DELAY_TURNS }),
): FakeBrowserHandle {
  const listeners = new Set<ChangeListener>();
  // As storage.onChanged: each changed key with its new value (copied, as the browser serialises it); none when removed.
  const notify = (changes: Record<string, { newValue?: unknown }>) => {
    for (const listener of listeners) listener(JSON.parse(JSON.stringify(changes)) as typeof changes, 'local');
  };
  const local = {
    get: (keys?: null | string | string[]) => area.get(keys),
    async set(items: Record<string, unknown>) {
      await area.set(items);
      notify(Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }])));
    },
    async remove(keys: string | string[]) {
      const removed = (typeof keys === 'string' ? [keys] : keys).filter((key) => area.data.has(key));
      await area.remove(keys);
      if (removed.length) notify(Object.fromEntries(removed.map((key) => [key, {}])));
    },
  };
  const sent: unknown[] = [];
  Object.assign(target, {
    runtime: {
      id: EXTENSION_ID,
      getURL: (path = '') => EXTENSION_ORIGIN + path.replace(/^\//, ''),
      async sendMessage(message: unknown) {
        sent.push(message);
        return handleLibraryMessage(JSON.parse(JSON.stringify(message)), LIBRARY_PAGE_SENDER);
      },
    },
    storage: {
      local,
      onChanged: {
        addListener: (listener: ChangeListener) => listeners.add(listener),
        removeListener: (listener: ChangeListener) => listeners.delete(listener),
      },
    },
  });
  useLibraryStorageForTests(local);
  return { area, sent };
}
