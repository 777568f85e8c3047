/**
 * The background's message routing: who may send what. Extension pages (popup, library) use the
 * typed protocol; content scripts may send only 'panel/save', validated first. Restricted pages
 * are recognised before any injection; injection refusals become a "restricted" reply.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  tabUrl: 'https://news.example.org/story/' as string | undefined,
  created: [] as string[],
  contentReply: undefined as unknown,
  contentError: null as Error | null,
  sentToContent: [] as Array<{ tabId: number; type: string }>,
  payloads: [] as unknown[],
  blocksInjected: [] as number[],
  panelInjected: [] as number[],
  saved: [] as unknown[],
  badges: [] as unknown[],
}));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      id: 'ext-id',
      getURL: (path: string) => `chrome-extension://ext-id/${path}`,
      getManifest: () => ({ action: { default_title: 'Outline this page' } }),
    },
    tabs: {
      get: async (id: number) => ({ id, url: fake.tabUrl }),
      query: async () => [{ id: 9 }],
      create: async ({ url }: { url: string }) => fake.created.push(url),
    },
    extension: { isAllowedFileSchemeAccess: async () => false },
    action: {
      setBadgeText: async (details: unknown) => fake.badges.push(details),
      setTitle: async (details: unknown) => fake.badges.push(details),
    },
  },
}));
vi.mock('../../src/background/inject', () => ({
  injectArticleBlocks: async (tabId: number) => fake.blocksInjected.push(tabId),
  injectPanelScript: async (tabId: number) => fake.panelInjected.push(tabId),
  // getOutline sends its first try at once (sendContentMessage), then hands it to sendToContent,
  // which injects the content script when that try found none: here one call does for both.
  sendContentMessage: async () => undefined,
  sendToContent: async (tabId: number, type: string, payload: unknown) => {
    fake.sentToContent.push({ tabId, type });
    fake.payloads.push(payload);
    if (fake.contentError) throw fake.contentError;
    return fake.contentReply;
  },
}));
vi.mock('../../src/background/library', () => ({
  saveToLibrary: async (outline: unknown) => {
    fake.saved.push(outline);
    return { ok: true, status: 'added', id: 'saved-1' };
  },
}));

import { runCommand } from '../../src/background/commands';
import {
  handleMessage,
  resetPanelSaveLimitForTests,
  SAVE_OTHER_PAGE_ERROR,
  SAVE_RATE_ERROR,
} from '../../src/background/handlers';
import { RateLimiter } from '../../src/background/rate-limit';
import { sampleOutline } from '../../src/popup/mock-client';

const popup = { id: 'ext-id', url: 'chrome-extension://ext-id/src/popup/index.html' };
/** The outline's page (sampleOutline's URL), as the content script of tab 5 sends from it. */
const STORY_URL = 'https://news.example.org/world/story/';
const contentScript = { id: 'ext-id', url: STORY_URL, frameId: 0, tab: { id: 5, url: STORY_URL } as never };
const otherExtension = { id: 'someone-else', url: 'chrome-extension://someone-else/page.html' };
const goodOutline = () => sampleOutline({ related: [{ title: 'Another', url: 'https://news.example.org/another/' }] });

beforeEach(() => {
  fake.tabUrl = 'https://news.example.org/story/';
  fake.created.length = 0;
  fake.contentReply = { ok: true, outline: goodOutline(), tookMs: 2 };
  fake.contentError = null;
  fake.sentToContent.length = 0;
  fake.payloads.length = 0;
  fake.blocksInjected.length = 0;
  fake.panelInjected.length = 0;
  fake.saved.length = 0;
  fake.badges.length = 0;
  resetPanelSaveLimitForTests();
});

describe('messages from extension pages', () => {
  test('outline/get asks the content script and passes a valid reply through', async () => {
    const reply = (await handleMessage({ type: 'outline/get', payload: { tabId: 5 } }, popup)) as { ok: boolean };
    expect(reply.ok).toBe(true);
    expect(fake.sentToContent).toEqual([{ tabId: 5, type: 'content/analyze' }]);
    // The outline only: no block reader injected, no article text asked for.
    expect(fake.payloads).toEqual([{}]);
    expect(fake.blocksInjected).toEqual([]);
  });

  test('outline/get on a restricted page answers without injecting anything', async () => {
    fake.tabUrl = 'chrome://settings/';
    expect(await handleMessage({ type: 'outline/get', payload: { tabId: 5 } }, popup)).toMatchObject({
      ok: false,
      kind: 'restricted',
    });
    fake.tabUrl = 'https://chromewebstore.google.com/detail/x';
    expect(await handleMessage({ type: 'outline/get', payload: { tabId: 5 } }, popup)).toMatchObject({
      ok: false,
      kind: 'restricted',
    });
    expect(fake.sentToContent).toEqual([]);
  });

  test('outline/get: a refused injection on a page whose URL is hidden becomes "restricted"; other failures "error"', async () => {
    fake.tabUrl = undefined;
    fake.contentError = new Error(
      'Cannot access contents of the page. Extension manifest must request permission to access the respective host.',
    );
    expect(await handleMessage({ type: 'outline/get', payload: { tabId: 5 } }, popup)).toEqual({
      ok: false,
      kind: 'restricted',
      reason: 'The browser does not let extensions read this page.',
    });
    fake.contentError = new Error('Frame with ID 0 was removed.');
    expect(await handleMessage({ type: 'outline/get', payload: { tabId: 5 } }, popup)).toMatchObject({
      ok: false,
      kind: 'error',
    });
  });

  test('outline/get: a malformed reply from the page is an error, not passed on', async () => {
    fake.contentReply = {
      ok: true,
      outline: { ...goodOutline(), related: [{ title: 'x', url: 'javascript:alert(1)' }] },
      tookMs: 1,
    };
    expect(await handleMessage({ type: 'outline/get', payload: { tabId: 5 } }, popup)).toMatchObject({
      ok: false,
      kind: 'error',
    });
  });

  test('tabs/open opens http(s) links only', async () => {
    expect(await handleMessage({ type: 'tabs/open', payload: { url: 'https://news.example.org/a/' } }, popup)).toEqual({
      ok: true,
    });
    for (const url of ['javascript:alert(1)', 'chrome://settings', 'file:///etc/passwd', 'data:text/html,x']) {
      expect(await handleMessage({ type: 'tabs/open', payload: { url } }, popup)).toEqual({ ok: false });
    }
    expect(fake.created).toEqual(['https://news.example.org/a/']);
  });

  test('library/save goes to the library; unknown types are left to other listeners', async () => {
    expect(await handleMessage({ type: 'library/save', payload: { outline: goodOutline() } }, popup)).toMatchObject({
      ok: true,
    });
    expect(fake.saved).toHaveLength(1);
    expect(handleMessage({ type: 'library/delete', payload: { ids: [] } }, popup)).toBeUndefined();
  });
});

describe('messages from content scripts (untrusted)', () => {
  test('panel/save is validated, then saved (a clean copy)', async () => {
    const outline = { ...goodOutline(), extra: 'dropped' };
    expect(await handleMessage({ type: 'panel/save', payload: { outline } }, contentScript)).toMatchObject({
      ok: true,
    });
    expect(fake.saved[0]).not.toHaveProperty('extra');
  });

  test('panel/save of an outline without its text: the background reads blocks and body from the sending tab', async () => {
    const content = [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'The article itself.' }] }];
    fake.tabUrl = STORY_URL;
    fake.contentReply = { ok: true, outline: { ...goodOutline(), body: 'The article itself.', content }, tookMs: 2 };
    const outline = { ...goodOutline(), body: '' };
    expect(await handleMessage({ type: 'panel/save', payload: { outline } }, contentScript)).toMatchObject({
      ok: true,
    });
    expect(fake.blocksInjected).toEqual([5]);
    expect(fake.payloads).toEqual([{ content: true }]);
    expect(fake.saved[0]).toMatchObject({ body: 'The article itself.', content });
  });

  test('library/save from the popup (no body, no blocks) keeps the article text read from its tab', async () => {
    const content = [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Text.' }] }];
    fake.tabUrl = STORY_URL;
    fake.contentReply = { ok: true, outline: { ...goodOutline(), body: 'Text.', content }, tookMs: 2 };
    const outline = { ...goodOutline(), body: '' };
    const reply = await handleMessage({ type: 'library/save', payload: { outline, tabId: 5 } }, popup);
    expect(reply).toMatchObject({ ok: true });
    expect(fake.saved[0]).toMatchObject({ body: 'Text.', content });
  });

  test('an invalid panel/save is refused and nothing is saved', async () => {
    const outline = { ...goodOutline(), title: { toString: 'x' } };
    expect(await handleMessage({ type: 'panel/save', payload: { outline } }, contentScript)).toEqual({
      ok: false,
      error: 'Refused: not a valid message.',
    });
    expect(fake.saved).toEqual([]);
  });

  test('a content script cannot use the extension pages’ messages', async () => {
    for (const message of [
      { type: 'library/save', payload: { outline: goodOutline() } },
      { type: 'tabs/open', payload: { url: 'https://evil.example/' } },
      { type: 'outline/get', payload: { tabId: 1 } },
      { type: 'panel/toggle', payload: { tabId: 1 } },
    ]) {
      expect(await handleMessage(message, contentScript)).toEqual({
        ok: false,
        error: 'Refused: not a valid message.',
      });
    }
    expect(fake.saved).toEqual([]);
    expect(fake.created).toEqual([]);
    expect(fake.sentToContent).toEqual([]);
  });

  test('panel/save only for the page that sent it (fragment aside), with a clear reason otherwise', async () => {
    const save = (outline: object, sender: object) =>
      handleMessage({ type: 'panel/save', payload: { outline } }, sender as never);
    // The same document: its #fragment does not matter, on either side.
    expect(await save({ ...goodOutline(), url: `${STORY_URL}#comments` }, contentScript)).toMatchObject({ ok: true });
    expect(await save(goodOutline(), { ...contentScript, url: `${STORY_URL}#top` })).toMatchObject({ ok: true });
    // After history.pushState the tab's URL is the new one even where the frame's URL lags behind.
    const moved = 'https://news.example.org/world/next-story/';
    expect(
      await save({ ...goodOutline(), url: moved }, { ...contentScript, tab: { id: 5, url: moved } }),
    ).toMatchObject({ ok: true });
    expect(fake.saved).toHaveLength(3);

    // Another site, another page of the same site, another query, no URL: refused, nothing saved.
    for (const url of [
      'https://bank.example/account',
      'https://news.example.org/world/other/',
      `${STORY_URL}?page=2`,
      null,
    ]) {
      expect(await save({ ...goodOutline(), url }, contentScript)).toEqual({ ok: false, error: SAVE_OTHER_PAGE_ERROR });
    }
    // A sender without a page address cannot save anything.
    expect(await save(goodOutline(), { id: 'ext-id', tab: { id: 5 } })).toEqual({
      ok: false,
      error: SAVE_OTHER_PAGE_ERROR,
    });
    expect(fake.saved).toHaveLength(3);
    expect(SAVE_OTHER_PAGE_ERROR).toMatch(/address/);
  });

  test('panel/save is rate-limited per tab: 10 a minute, then a clear refusal; other tabs are not affected', async () => {
    const save = (tabId: number) =>
      handleMessage({ type: 'panel/save', payload: { outline: goodOutline() } }, {
        ...contentScript,
        tab: { id: tabId, url: STORY_URL },
      } as never);
    const replies = [];
    for (let i = 0; i < 12; i++) replies.push(await save(5));
    expect(replies.slice(0, 10).every((reply) => (reply as { ok: boolean }).ok)).toBe(true);
    expect(replies.slice(10)).toEqual([
      { ok: false, error: SAVE_RATE_ERROR },
      { ok: false, error: SAVE_RATE_ERROR },
    ]);
    expect(await save(6)).toMatchObject({ ok: true });
    expect(fake.saved).toHaveLength(11);
  });

  test('the rate limiter: a sliding window per key, refused attempts do not count, idle keys are forgotten', () => {
    let now = 0;
    const limiter = new RateLimiter<number>(2, 1_000, () => now);
    expect([limiter.allow(1), limiter.allow(1), limiter.allow(1)]).toEqual([true, true, false]);
    expect(limiter.allow(2)).toBe(true);
    now = 999;
    expect(limiter.allow(1)).toBe(false);
    now = 1_001; // the first two left the window
    expect([limiter.allow(1), limiter.allow(1), limiter.allow(1)]).toEqual([true, true, false]);
    now = 5_000;
    expect(limiter.allow(1)).toBe(true);
    expect((limiter as unknown as { times: Map<number, number[]> }).times.size).toBe(1); // key 2 is gone
  });

  test('messages from another extension are ignored', () => {
    expect(handleMessage({ type: 'tabs/open', payload: { url: 'https://a.org/' } }, otherExtension)).toBeUndefined();
    expect(
      handleMessage(
        { type: 'panel/save', payload: { outline: goodOutline() } },
        { ...otherExtension, tab: { id: 1 } as never },
      ),
    ).toBeUndefined();
  });
});

describe('keyboard commands', () => {
  test('toggle-outline toggles the panel in the command’s tab, else the active tab', async () => {
    fake.contentReply = { open: true };
    expect(await runCommand('toggle-outline', { id: 5 } as never)).toEqual({ open: true });
    expect(await runCommand('toggle-outline')).toEqual({ open: true });
    expect(fake.sentToContent).toEqual([
      { tabId: 5, type: 'content/togglePanel' },
      { tabId: 9, type: 'content/togglePanel' },
    ]);
    // The panel's own script goes in first (a toolbar click for the popup injects the content script only).
    expect(fake.panelInjected).toEqual([5, 9]);
    // Success clears any earlier "cannot open here" note on that tab's button.
    expect(fake.badges).toContainEqual({ tabId: 5, text: '' });
    expect(fake.badges).toContainEqual({ tabId: 5, title: 'Outline this page' });
  });

  test('other commands do nothing; a page that refuses the script is not an error', async () => {
    expect(await runCommand('_execute_action', { id: 5 } as never)).toBeUndefined();
    fake.contentError = new Error('Cannot access a chrome:// URL');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.tabUrl = 'chrome://settings/';
    expect(await runCommand('toggle-outline', { id: 5 } as never)).toBeUndefined();
    expect(warn).toHaveBeenCalled();
    // The toolbar button of that tab says why.
    expect(fake.badges.slice(-2)).toEqual([
      { tabId: 5, text: '!' },
      { tabId: 5, title: expect.stringMatching(/^Outline Reader cannot show an outline here\. .*browser’s own pages/) },
    ]);
    warn.mockRestore();
  });

  test('a panel that fails on a readable page: the button gives that failure, not "extensions cannot read this page"', async () => {
    fake.contentError = new Error('The outline panel could not be drawn');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await runCommand('toggle-outline', { id: 5, url: 'https://news.example.org/story/' } as never),
    ).toBeUndefined();
    warn.mockRestore();
    expect(fake.badges.slice(-2)).toEqual([
      { tabId: 5, text: '!' },
      {
        tabId: 5,
        title:
          'Outline Reader cannot show an outline here. The outline panel could not be opened (The outline panel could not be drawn).',
      },
    ]);
  });
});
