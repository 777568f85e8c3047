/**
 * Reaching a tab's content script (src/background/inject.ts, src/background/outline.ts): the
 * outline's request goes out beside the question for the tab's address; the content script is
 * injected only when that request found none, and never on a restricted page.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  tabUrl: 'https://news.example.org/story/',
  injected: false,
  log: [] as string[],
  reply: { ok: false, kind: 'no-article', reason: 'No article here.' } as unknown,
  /** How the browser treats the answer file injected after the content script. */
  answerFile: 'answers' as 'answers' | 'no-value' | 'fails' | 'page-gone',
}));
vi.mock('webextension-polyfill', () => ({
  default: {
    tabs: {
      get: async () => {
        fake.log.push('tabs.get');
        return { id: 4, url: fake.tabUrl };
      },
      sendMessage: async (_tabId: number, message: { type: string }) => {
        fake.log.push(`send ${message.type}`);
        if (!fake.injected) throw new Error('Could not establish connection. Receiving end does not exist.');
        return fake.reply;
      },
    },
    scripting: {
      executeScript: async ({ files }: { files: string[] }) => {
        fake.log.push(`inject ${files.join()}`);
        const withAnswer = files.includes('/content-reply.js');
        if (withAnswer && fake.answerFile === 'fails') throw new Error('Could not clone the result.');
        // The page went to another address while the script was being injected (Chromium's words).
        if (fake.answerFile === 'page-gone') throw new Error('Frame with ID 0 was removed.');
        fake.injected = true;
        return [{ result: withAnswer && fake.answerFile === 'answers' ? fake.reply : undefined }];
      },
    },
    action: { setBadgeText: async () => undefined, setTitle: async () => undefined },
    runtime: {
      getManifest: () => ({ action: { default_title: 'Outline Reader' } }),
      getURL: (path: string) => `chrome-extension://ours/${path}`,
    },
  },
}));

import { PAGE_GONE_MESSAGE, getOutline } from '../../src/background/outline';

beforeEach(() => {
  fake.tabUrl = 'https://news.example.org/story/';
  fake.injected = false;
  fake.log.length = 0;
  fake.answerFile = 'answers';
});

describe('getOutline', () => {
  test('first use in a page: the request goes out with the tab question, fails, the script is injected and answers with the injection', async () => {
    expect(await getOutline(4)).toEqual(fake.reply);
    expect(fake.log).toEqual([
      'send content/analyze', // at once, before the tab's address is known
      'tabs.get',
      'inject /src/content/content-script.js,/content-reply.js', // the answer is the injection's result
    ]);
  });

  test.each([
    ['a browser that hands back no answer with the injection', 'no-value'],
    ['the injection with the answer fails', 'fails'],
  ] as const)('first use, %s: the script is injected alone, then asked', async (_case, answerFile) => {
    fake.answerFile = answerFile;
    expect(await getOutline(4)).toEqual(fake.reply);
    expect(fake.log).toEqual([
      'send content/analyze',
      'tabs.get',
      'inject /src/content/content-script.js,/content-reply.js',
      'inject /src/content/content-script.js',
      'send content/analyze',
    ]);
  });

  test('the page went to another address while it was read: the user is told so, not "Frame with ID 0 was removed"', async () => {
    fake.answerFile = 'page-gone';
    const reply = await getOutline(4);
    expect(reply).toEqual({ ok: false, kind: 'error', message: PAGE_GONE_MESSAGE });
    expect(PAGE_GONE_MESSAGE).not.toMatch(/frame/i);
  });

  test('a repeat use: one request, no injection', async () => {
    fake.injected = true;
    expect(await getOutline(4)).toEqual(fake.reply);
    expect(fake.log).toEqual(['send content/analyze', 'tabs.get']);
  });

  test("the tab's address given by the caller (the popup read it with the tab): no tab question", async () => {
    expect(await getOutline(4, { url: fake.tabUrl })).toEqual(fake.reply);
    expect(fake.log).toEqual(['send content/analyze', 'inject /src/content/content-script.js,/content-reply.js']);
  });

  test('a restricted address given by the caller: no injection, the reason given', async () => {
    expect(await getOutline(4, { url: 'chrome://settings/' })).toMatchObject({ ok: false, kind: 'restricted' });
    expect(fake.log.some((entry) => entry.startsWith('inject') || entry === 'tabs.get')).toBe(false);
  });

  test('a restricted page: no injection, the reason given', async () => {
    fake.tabUrl = 'chrome://settings/';
    expect(await getOutline(4)).toMatchObject({ ok: false, kind: 'restricted' });
    expect(fake.log.some((entry) => entry.startsWith('inject'))).toBe(false);
  });
});
