/**
 * The popup's wait for a page's outline (src/popup/browser-client.ts): a page that does not answer
 * within 10 s gets the "did not answer" message, unless it says it is still analysing (its analysis
 * runs in slices, so a huge page answers while it works) or still loading (its HTML not all parsed): then the
 * popup waits on, up to 60 s, and then says which of the two the page is still at.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  outline: null as null | ((reply: unknown) => void),
  ping: (): Promise<unknown> => Promise.reject(new Error('Could not establish connection.')),
}));
vi.mock('webextension-polyfill', () => ({
  default: { tabs: { sendMessage: () => fake.ping() }, runtime: { sendMessage: async () => undefined } },
}));
vi.mock('../../src/background/outline', () => ({
  getOutline: () =>
    new Promise((resolve) => {
      fake.outline = resolve;
    }),
}));

import {
  BUSY_OUTLINE_TIMEOUT_MS,
  createBrowserClient,
  OUTLINE_TIMEOUT_MESSAGE,
  OUTLINE_TIMEOUT_MS,
  STILL_LOADING_MESSAGE,
  STILL_LOADING_TITLE,
  STILL_READING_MESSAGE,
  STILL_READING_TITLE,
} from '../../src/popup/browser-client';
import { sampleOutline } from '../../src/popup/mock-client';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

const ready = { ok: true, outline: sampleOutline(), tookMs: 12_000 };

describe('waiting for the outline of a slow page', () => {
  test('a page that answers nothing: the "did not answer" message after 10 s', async () => {
    fake.ping = () => new Promise(() => undefined); // frozen: not even the ping is answered
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    await vi.advanceTimersByTimeAsync(OUTLINE_TIMEOUT_MS - 1);
    let settled = false;
    void reply.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(7_000);
    expect(await reply).toEqual({ ok: false, kind: 'error', message: OUTLINE_TIMEOUT_MESSAGE });
    expect(OUTLINE_TIMEOUT_MESSAGE).toMatch(/did not answer within 10 seconds/);
  });

  test('a page still analysing: the popup waits on and shows its outline', async () => {
    fake.ping = async () => ({ analyzing: true, loading: false });
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    let settled = false;
    void reply.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(OUTLINE_TIMEOUT_MS + 5_000);
    expect(settled).toBe(false);
    fake.outline!(ready);
    expect(await reply).toBe(ready);
  });

  test('...but not for ever: after 60 s it says the page is still being read', async () => {
    fake.ping = async () => ({ analyzing: true, loading: false });
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    await vi.advanceTimersByTimeAsync(BUSY_OUTLINE_TIMEOUT_MS + 1_000);
    expect(await reply).toEqual({
      ok: false,
      kind: 'error',
      message: STILL_READING_MESSAGE,
      title: STILL_READING_TITLE,
    });
    expect(`${STILL_READING_TITLE}. ${STILL_READING_MESSAGE}`).toMatch(/still being read\. After 60 seconds/);
  });

  test('a page whose HTML is still arriving: waited for up to 60 s, then said to be still loading', async () => {
    fake.ping = async () => ({ analyzing: true, loading: true });
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    let settled = false;
    void reply.then(() => {
      settled = true;
    });
    await vi.advanceTimersByTimeAsync(BUSY_OUTLINE_TIMEOUT_MS - 1);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await reply).toEqual({
      ok: false,
      kind: 'error',
      message: STILL_LOADING_MESSAGE,
      title: STILL_LOADING_TITLE,
    });
    expect(`${STILL_LOADING_TITLE}. ${STILL_LOADING_MESSAGE}`).toMatch(/still loading\. After 60 seconds/);
  });

  test('a page still loading at 10 s and read by 60 s: said to be still read, as it is then', async () => {
    let loading = true;
    fake.ping = async () => ({ analyzing: true, loading });
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    await vi.advanceTimersByTimeAsync(OUTLINE_TIMEOUT_MS + 1_000);
    loading = false;
    await vi.advanceTimersByTimeAsync(BUSY_OUTLINE_TIMEOUT_MS);
    expect(await reply).toMatchObject({ message: STILL_READING_MESSAGE });
  });

  test('a page that has loaded meanwhile shows its outline', async () => {
    fake.ping = async () => ({ analyzing: true, loading: true });
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    await vi.advanceTimersByTimeAsync(OUTLINE_TIMEOUT_MS + 20_000);
    fake.outline!(ready);
    expect(await reply).toBe(ready);
  });

  test('an answer that is not ours is no reason to wait', async () => {
    fake.ping = async () => ({ analyzing: 'yes', loading: true });
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    await vi.advanceTimersByTimeAsync(OUTLINE_TIMEOUT_MS + 1_000);
    expect(await reply).toMatchObject({ message: OUTLINE_TIMEOUT_MESSAGE });
  });

  test('a page that answers in time needs no question', async () => {
    let pinged = false;
    fake.ping = async () => {
      pinged = true;
      return { analyzing: false, loading: false };
    };
    const reply = createBrowserClient('?tabId=3').getOutline(3);
    fake.outline!(ready);
    expect(await reply).toBe(ready);
    expect(pinged).toBe(false);
  });
});
