/**
 * The popup's "Library" button (src/popup/browser-client.ts): a library already open in a tab is
 * brought forward, not opened a second time; with none open, a new tab.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const LIBRARY = 'chrome-extension://ours/library.html';
const fake = vi.hoisted(() => ({
  tabs: [] as { id?: number; windowId?: number; url?: string }[],
  calls: [] as unknown[][],
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getURL: (path: string) => `chrome-extension://ours/${path}`, sendMessage: async () => undefined },
    tabs: {
      async query({ url }: { url: string }) {
        fake.calls.push(['query', url]);
        const prefix = url.replace(/\*$/, '');
        return fake.tabs.filter((tab) => tab.url?.startsWith(prefix));
      },
      async create(options: unknown) {
        fake.calls.push(['create', options]);
      },
      async update(id: number, options: unknown) {
        fake.calls.push(['update', id, options]);
      },
    },
    windows: {
      async update(id: number, options: unknown) {
        fake.calls.push(['window', id, options]);
      },
    },
  },
}));

import { createBrowserClient } from '../../src/popup/browser-client';

beforeEach(() => {
  fake.tabs = [];
  fake.calls.length = 0;
});

describe('the popup opens the library', () => {
  test('none open: a new tab', async () => {
    fake.tabs = [{ id: 1, windowId: 1, url: 'https://news.example.org/story/' }];
    await createBrowserClient('').openLibrary();
    expect(fake.calls.filter(([kind]) => kind !== 'query')).toEqual([['create', { url: LIBRARY }]]);
  });

  test('one open (showing a saved outline): that tab and its window come forward, no second tab', async () => {
    fake.tabs = [{ id: 4, windowId: 2, url: `${LIBRARY}#/entry/abc` }];
    await createBrowserClient('').openLibrary();
    expect(fake.calls.filter(([kind]) => kind !== 'query')).toEqual([
      ['update', 4, { active: true }],
      ['window', 2, { focused: true }],
    ]);
  });
});
