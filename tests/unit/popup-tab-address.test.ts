/**
 * The popup's request for the active tab's outline (src/popup/browser-client.ts): the address that
 * `tabs.query` gave with the tab goes to getOutline, which then asks no second question for it.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  tab: { id: 7, url: 'https://news.example.org/story/' } as { id?: number; url?: string },
  calls: [] as [number, unknown][],
}));
vi.mock('webextension-polyfill', () => ({
  default: { tabs: { query: async () => [fake.tab] }, runtime: { sendMessage: async () => undefined } },
}));
vi.mock('../../src/background/outline', () => ({
  getOutline: async (tabId: number, options: unknown) => {
    fake.calls.push([tabId, options]);
    return { ok: false, kind: 'no-article', reason: 'No article here.' };
  },
}));

import { createBrowserClient } from '../../src/popup/browser-client';

beforeEach(() => {
  fake.tab = { id: 7, url: 'https://news.example.org/story/' };
  fake.calls.length = 0;
});

describe('the popup asks for the active tab', () => {
  test('the address from the tab query goes with the request', async () => {
    const client = createBrowserClient('');
    const tabId = await client.getTargetTabId();
    await client.getOutline(tabId);
    expect(fake.calls).toEqual([[7, { url: 'https://news.example.org/story/' }]]);
  });

  test('a tab without a visible address: getOutline reads it itself', async () => {
    fake.tab = { id: 7 };
    const client = createBrowserClient('');
    await client.getOutline(await client.getTargetTabId());
    expect(fake.calls).toEqual([[7, {}]]);
  });

  test('a tab given in the popup address (?tabId=N): no address is assumed', async () => {
    const client = createBrowserClient('?tabId=3');
    await client.getOutline(await client.getTargetTabId());
    expect(fake.calls).toEqual([[3, {}]]);
  });

  test('another tab than the queried one: no address is assumed', async () => {
    const client = createBrowserClient('');
    await client.getTargetTabId();
    await client.getOutline(9);
    expect(fake.calls).toEqual([[9, {}]]);
  });
});
