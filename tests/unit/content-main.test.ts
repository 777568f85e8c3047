// @vitest-environment happy-dom
/** The content script's entry state: installed once per page, answers only our background's messages. */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const runtime = vi.hoisted(() => ({
  id: 'our-extension' as string | undefined,
  listeners: [] as unknown[],
}));
vi.mock('../../src/content/ext-api', () => ({
  extensionApi: {
    runtimeId: () => runtime.id,
    onMessage: (listener: unknown) => runtime.listeners.push(listener),
    sendMessage: async () => ({ ok: true, status: 'added', id: 'x' }),
    storageLocal: () => ({ get: async () => ({}), set: async () => undefined }),
  },
}));

import { HIGHLIGHT_MS } from '../../src/content/highlight';
import { currentHost } from '../../src/content/host';
import { documentParsed, installContentScript, PANEL_REUSE_MS, type ContentState } from '../../src/content/main';
import { PANEL_FACTORY_KEY } from '../../src/content/panel-slot';
// The panel's own script (injected by the background before it asks for the panel): leaves its factory.
import '../../src/content/panel-script';

const STATE_KEY = '__outlineReaderContent';
/** What the page finds added to <html> besides its head and body (our host has no name of its own). */
const added = () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
const ours = { id: 'our-extension' };
const paragraph =
  'The museum opened a new wing for modern art on Saturday, with works lent by collectors from across the region. ';

beforeEach(() => {
  // The test's own fixture page.
  document.body.innerHTML = `<main><article><h1>Museum opens a new wing</h1><p>${paragraph.repeat(5)}</p>
    <h2>The collection</h2><p>${paragraph.repeat(5)}</p><ul><li>Forty paintings</li><li>Six sculptures</li></ul>
    <h2>Opening hours</h2><p>${paragraph.repeat(5)}</p></article></main>`;
});
afterEach(() => {
  vi.useRealTimers();
  (globalThis as unknown as Record<string, ContentState | undefined>)[STATE_KEY]?.closePanel();
  delete (globalThis as Record<string, unknown>)[STATE_KEY];
  runtime.listeners.length = 0;
  runtime.id = 'our-extension';
});

describe('installContentScript', () => {
  test('a second injection reuses the first one’s state and listener', () => {
    const first = installContentScript();
    const second = installContentScript();
    expect(second).toBe(first);
    expect(runtime.listeners).toHaveLength(1);
  });

  test('a state left by a reloaded extension is replaced', () => {
    const first = installContentScript();
    first.panel.open();
    runtime.id = undefined; // the old extension context is gone
    expect(first.isAlive()).toBe(false);
    runtime.id = 'our-extension';
    const stale = { ...first, isAlive: () => false };
    (globalThis as Record<string, unknown>)[STATE_KEY] = stale;
    const second = installContentScript();
    expect(second).not.toBe(stale);
    expect(first.panel.isOpen).toBe(false);
    expect(added()).toEqual([]);
  });
});

describe('messages', () => {
  test('content/analyze returns the outline; the id → element map is kept for jumps', async () => {
    const state = installContentScript();
    const reply = (await state.handleMessage({ type: 'content/analyze', payload: {} }, ours)) as {
      ok: boolean;
      outline: { title: string; outline: Array<{ id: string; text: string; bullets: string[] }> };
    };
    expect(reply.ok).toBe(true);
    expect(reply.outline.title).toBe('Museum opens a new wing');
    const headings = reply.outline.outline.filter((s) => s.text);
    expect(headings.map((s) => s.text)).toEqual(['The collection', 'Opening hours']);
    expect(state.analysis?.elementsById.get(headings[0]!.id)?.textContent).toBe('The collection');
  });

  test('the body text goes only with the article content (reader view, save), never to the popup', async () => {
    const state = installContentScript();
    type AnalyzeReply = { ok: boolean; outline: { body: string; content?: unknown[] } };
    const outlineOnly = (await state.handleMessage({ type: 'content/analyze', payload: {} }, ours)) as AnalyzeReply;
    expect(outlineOnly.ok).toBe(true);
    expect(outlineOnly.outline.body).toBe('');
    expect(outlineOnly.outline.content).toBeUndefined();
    const withText = (await state.handleMessage(
      { type: 'content/analyze', payload: { content: true } },
      ours,
    )) as AnalyzeReply;
    expect(withText.outline.body).toContain('The museum opened a new wing');
    expect(withText.outline.content?.length).toBeGreaterThan(0);
  });

  test('content/scrollTo scrolls to a known heading, refuses an unknown id', async () => {
    const state = installContentScript();
    const reply = (await state.handleMessage({ type: 'content/analyze', payload: {} }, ours)) as {
      outline: { outline: Array<{ id: string; text: string }> };
    };
    const id = reply.outline.outline.find((s) => s.text === 'Opening hours')!.id;
    const heading = state.analysis!.elementsById.get(id)!;
    // happy-dom has no layout: no fixed header covers the top of the window.
    document.elementsFromPoint = () => [];
    const scrolled = vi.spyOn(window, 'scrollTo');
    const body = document.body.outerHTML;
    vi.useFakeTimers();
    expect(await state.handleMessage({ type: 'content/scrollTo', payload: { id } }, ours)).toEqual({ ok: true });
    expect(scrolled).toHaveBeenCalled();
    // The highlight is drawn in our host (the heading is not touched) and goes away with it.
    expect(added()).toEqual([currentHost()]);
    expect(document.body.outerHTML).toBe(body);
    vi.advanceTimersByTime(HIGHLIGHT_MS);
    expect(added()).toEqual([]);
    expect(heading.isConnected).toBe(true);
    expect(await state.handleMessage({ type: 'content/scrollTo', payload: { id: 'nope' } }, ours)).toEqual({
      ok: false,
    });
  });

  test('content/togglePanel opens, then closes the panel', async () => {
    const state = installContentScript();
    expect(await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours)).toEqual({ open: true });
    expect(added()).toEqual([currentHost()]);
    expect(await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours)).toEqual({ open: false });
    expect(added()).toEqual([]);
  });

  test('content/togglePanel with show (the popup’s “Show beside article”): opens a closed panel, leaves an open one open', async () => {
    const state = installContentScript();
    const show = { type: 'content/togglePanel', payload: { show: true } };
    expect(await state.handleMessage(show, ours)).toEqual({ open: true });
    expect(await state.handleMessage(show, ours)).toEqual({ open: true });
    expect(added()).toEqual([currentHost()]);
    expect(await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours)).toEqual({ open: false });
    expect(added()).toEqual([]);
  });

  test('without the panel’s script, content/togglePanel fails with a sentence and adds nothing', async () => {
    const scope = globalThis as Record<string, unknown>;
    const factory = scope[PANEL_FACTORY_KEY];
    delete scope[PANEL_FACTORY_KEY];
    try {
      const state = installContentScript();
      await expect(state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours)).rejects.toThrow(
        'The outline panel’s script is not loaded.',
      );
      expect(added()).toEqual([]);
      // A toolbar click's analysis does without it.
      expect(await state.handleMessage({ type: 'content/analyze', payload: {} }, ours)).toMatchObject({ ok: true });
    } finally {
      scope[PANEL_FACTORY_KEY] = factory;
    }
  });

  test('the panel opened after an analysis shows it while the page is unchanged; a changed page is read again', async () => {
    vi.useFakeTimers({ toFake: ['performance'] });
    const state = installContentScript();
    await state.handleMessage({ type: 'content/analyze', payload: {} }, ours);
    const first = state.analysis;
    await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours);
    expect(state.analysis).toBe(first); // reused: the page was not read twice
    await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours);
    vi.advanceTimersByTime(PANEL_REUSE_MS + 1);
    await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours);
    expect(state.analysis).toBe(first); // later, but the page did not change (our panel coming and going is not a change)
    await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours);
    document.querySelector('h2')!.textContent = 'The paintings';
    await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours);
    await vi.waitFor(() => expect(state.analysis).not.toBe(first)); // read again (in slices: it ends a little later)
    await state.handleMessage({ type: 'content/togglePanel', payload: {} }, ours);
  });

  test('a repeat content/analyze is answered from the last analysis until the page changes', async () => {
    type AnalyzeReply = { ok: boolean; outline: { outline: Array<{ text: string }>; body: string; content?: unknown } };
    const state = installContentScript();
    const analyze = async (content = false) =>
      (await state.handleMessage(
        { type: 'content/analyze', payload: content ? { content } : {} },
        ours,
      )) as AnalyzeReply;
    const first = await analyze();
    const analysis = state.analysis;
    expect((await analyze()).outline).toEqual(first.outline);
    expect(state.analysis).toBe(analysis); // not read again
    document.querySelector('h2')!.textContent = 'The paintings';
    const changed = await analyze();
    expect(state.analysis).not.toBe(analysis);
    expect(changed.outline.outline.map((s) => s.text)).toContain('The paintings');
    // An analysis made with the article's content answers a plain request without it.
    const withText = await analyze(true);
    expect(withText.outline.body).not.toBe('');
    const plain = await analyze();
    expect(plain.outline.body).toBe('');
    expect(plain.outline.content).toBeUndefined();
    expect(plain.outline).toEqual(changed.outline);
  });

  test('prepare() starts the analysis at injection; the request that follows joins it', async () => {
    const state = installContentScript();
    state.prepare();
    expect(state.analysis).toBeNull(); // in a task of its own: the injection returns first
    await vi.waitFor(() => expect(state.analysis).not.toBeNull());
    const prepared = state.analysis;
    const reply = (await state.handleMessage({ type: 'content/analyze', payload: {} }, ours)) as { ok: boolean };
    expect(reply.ok).toBe(true);
    expect(state.analysis).toBe(prepared); // the page was not read a second time
    state.prepare(); // a second injection into an unchanged page reads nothing either
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await state.handleMessage({ type: 'content/ping', payload: {} }, ours)).toEqual({
      analyzing: false,
      loading: false,
    });
    expect(state.analysis).toBe(prepared);
  });

  test('answerInjection (public/content-reply.js) gives what a plain content/analyze gives', async () => {
    const state = installContentScript();
    const answer = (await state.answerInjection()) as { ok: boolean; outline: unknown };
    const reply = (await state.handleMessage({ type: 'content/analyze', payload: {} }, ours)) as typeof answer;
    expect(answer.ok).toBe(true);
    expect(answer.outline).toEqual(reply.outline);
  });

  test('ignores other senders, unknown types and junk', () => {
    const state = installContentScript();
    expect(
      state.handleMessage({ type: 'content/togglePanel', payload: {} }, { id: 'another-extension' }),
    ).toBeUndefined();
    expect(state.handleMessage({ type: 'library/save', payload: {} }, ours)).toBeUndefined();
    expect(state.handleMessage({ type: 'toString', payload: {} }, ours)).toBeUndefined();
    expect(state.handleMessage(null, ours)).toBeUndefined();
    expect(state.handleMessage('content/analyze', ours)).toBeUndefined();
    expect(added()).toEqual([]);
  });
});

describe('a page whose HTML is still being parsed', () => {
  test('the ping says the analysis waits for it; the outline comes once it is parsed', async () => {
    const state = installContentScript();
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    try {
      const reply = state.handleMessage({ type: 'content/analyze', payload: {} }, ours) as Promise<{ ok: boolean }>;
      const ping = () => state.handleMessage({ type: 'content/ping', payload: {} }, ours);
      expect(await ping()).toEqual({ analyzing: true, loading: true });
      expect(state.analysis).toBeNull();
      delete (document as unknown as Record<string, unknown>).readyState; // parsed: the prototype's "complete" again
      document.dispatchEvent(new Event('DOMContentLoaded'));
      expect((await reply).ok).toBe(true);
      expect(await ping()).toEqual({ analyzing: false, loading: false });
    } finally {
      delete (document as unknown as Record<string, unknown>).readyState;
    }
  });
});

describe('documentParsed (the script is injected at once, also into a page still loading)', () => {
  test('a parsed page: at once; a page still loading: at DOMContentLoaded', async () => {
    await documentParsed(document); // happy-dom's test page is parsed
    const listeners: Array<() => void> = [];
    const loading = {
      readyState: 'loading',
      addEventListener: (type: string, listener: () => void) => type === 'DOMContentLoaded' && listeners.push(listener),
    } as unknown as Document;
    let done = false;
    void documentParsed(loading).then(() => {
      done = true;
    });
    await Promise.resolve();
    expect(done).toBe(false);
    listeners.forEach((listener) => listener());
    await vi.waitFor(() => expect(done).toBe(true));
  });
});
