/**
 * The content script's own thin extension API (instead of webextension-polyfill): Chromium's
 * `chrome` gets answers through sendResponse, with a rejected handler sent back in the polyfill's
 * error shape; Firefox's native `browser` gets the handler's promise itself.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { extensionApi, type MessageHandler } from '../../src/content/ext-api';

type Listener = (message: unknown, sender: { id?: string }, sendResponse: (reply: unknown) => void) => unknown;

function fakeApi() {
  const listeners: Listener[] = [];
  return {
    listeners,
    runtime: {
      id: 'ours',
      sendMessage: async (m: unknown) => ({ echoed: m }),
      onMessage: { addListener: (l: Listener) => listeners.push(l) },
    },
    storage: { local: { get: async () => ({}), set: async () => undefined } },
  };
}

const scope = globalThis as Record<string, unknown>;
afterEach(() => {
  delete scope.chrome;
  delete scope.browser;
});

describe('extensionApi', () => {
  test('Chromium: a reply goes through sendResponse (the listener returns true), a failure in the polyfill shape', async () => {
    const chrome = fakeApi();
    scope.chrome = chrome;
    const handler: MessageHandler = (message) =>
      message === 'fail'
        ? Promise.reject(new Error('broken page'))
        : message === 'ignore'
          ? undefined
          : Promise.resolve({ ok: true });
    extensionApi.onMessage(handler);
    const listener = chrome.listeners[0]!;
    const replies: unknown[] = [];
    expect(listener('ask', { id: 'ours' }, (r) => replies.push(r))).toBe(true);
    expect(listener('fail', { id: 'ours' }, (r) => replies.push(r))).toBe(true);
    expect(listener('ignore', { id: 'ours' }, (r) => replies.push(r))).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(replies).toEqual([{ ok: true }, { __mozWebExtensionPolyfillReject__: true, message: 'broken page' }]);
    expect(extensionApi.runtimeId()).toBe('ours');
    expect(await extensionApi.sendMessage('hi')).toEqual({ echoed: 'hi' });
  });

  test('Firefox: the native browser object gets the handler’s promise as the answer', async () => {
    const browser = fakeApi();
    scope.browser = browser;
    scope.chrome = fakeApi();
    extensionApi.onMessage(() => Promise.resolve('answer'));
    const result = browser.listeners[0]!('ask', { id: 'ours' }, () => undefined);
    expect(await result).toBe('answer');
    expect(extensionApi.storageLocal()).toBe(browser.storage.local);
  });
});
