/**
 * Sends to the background from the popup and the panel: a service worker stopped mid-message gets
 * one more try and then a sentence; an orphaned content script is told to reload the page (a page
 * that never answers: popup-busy-page.test.ts).
 */
import { afterEach, describe, expect, test, vi } from 'vitest';

const runtime = vi.hoisted(() => ({ replies: [] as Array<() => Promise<unknown>>, sent: [] as unknown[] }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (message: unknown) => {
        runtime.sent.push(message);
        const next = runtime.replies.shift();
        return next ? next() : Promise.resolve({ ok: true, status: 'added', id: 'x' });
      },
    },
  },
}));

import {
  EXTENSION_RELOADED_MESSAGE,
  WORKER_RESTARTED_MESSAGE,
  humaneSendError,
  sendWithRetry,
  withTimeout,
} from '../../src/shared/messaging';
import { createBrowserClient } from '../../src/popup/browser-client';
import { sampleOutline } from '../../src/popup/mock-client';

const PORT_CLOSED = 'The message port closed before a response was received.';
const CHANNEL_CLOSED =
  'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received';

afterEach(() => {
  vi.useRealTimers();
  runtime.replies.length = 0;
  runtime.sent.length = 0;
});

describe('sendWithRetry', () => {
  test('a channel closed once: the second try answers', async () => {
    const send = vi.fn().mockRejectedValueOnce(new Error(CHANNEL_CLOSED)).mockResolvedValueOnce('answer');
    await expect(sendWithRetry(send)).resolves.toBe('answer');
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('closed twice: one retry only, then a sentence instead of the browser’s wording', async () => {
    const send = vi.fn().mockRejectedValue(new Error(PORT_CLOSED));
    await expect(sendWithRetry(send)).rejects.toThrow(WORKER_RESTARTED_MESSAGE);
    expect(send).toHaveBeenCalledTimes(2);
  });

  test('other failures are not retried; an orphaned content script is told to reload the page', async () => {
    const other = vi.fn().mockRejectedValue(new Error('Something else'));
    await expect(sendWithRetry(other)).rejects.toThrow('Something else');
    expect(other).toHaveBeenCalledTimes(1);
    const orphan = vi.fn().mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(sendWithRetry(orphan)).rejects.toThrow(EXTENSION_RELOADED_MESSAGE);
    expect(orphan).toHaveBeenCalledTimes(1);
  });

  test('humaneSendError knows Firefox’s wordings too', () => {
    expect(humaneSendError(new Error('Message manager disconnected')).message).toBe(WORKER_RESTARTED_MESSAGE);
    expect(humaneSendError(new Error('Promised response from onMessage listener went out of scope')).message).toBe(
      WORKER_RESTARTED_MESSAGE,
    );
    expect(humaneSendError('plain').message).toBe('plain');
  });
});

describe('withTimeout', () => {
  test('the answer when it comes in time, the fallback when not; no timer is left behind', async () => {
    vi.useFakeTimers();
    await expect(withTimeout(Promise.resolve(1), 100, () => 2)).resolves.toBe(1);
    expect(vi.getTimerCount()).toBe(0);
    const late = withTimeout(new Promise<number>(() => undefined), 100, () => 2);
    await vi.advanceTimersByTimeAsync(100);
    await expect(late).resolves.toBe(2);
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('the popup’s browser client', () => {
  test('a save during a service-worker restart is sent again once', async () => {
    runtime.replies.push(() => Promise.reject(new Error(PORT_CLOSED)));
    expect(await createBrowserClient('?tabId=4').save(sampleOutline())).toEqual({ ok: true, status: 'added', id: 'x' });
    expect(runtime.sent).toHaveLength(2);
  });
});
