// @vitest-environment happy-dom
/**
 * The in-page panel's controller: it adds exactly one host element (outside <body>, with a closed
 * shadow root), renders the outline there, and closing removes the host and everything it
 * started (listeners, timers, observers), so the page is left as it was.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

const sent = vi.hoisted(() => [] as unknown[]);
vi.mock('../../src/content/ext-api', () => ({
  extensionApi: {
    runtimeId: () => 'test-extension',
    sendMessage: async (message: unknown) => {
      sent.push(message);
      return { ok: true, status: 'added', id: 'x' };
    },
  },
}));

import { analyzeDocument } from '../../src/core';
import { currentShadowRoot, HOST_TAG } from '../../src/content/host';
import { PanelController } from '../../src/content/panel/controller';

const ARTICLE = `
  <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
  <main><article>
    <h1>Harbour reopens after the storm</h1>
    <p>${'The harbour reopened on Monday after a week of repairs to the sea wall and the ferry terminal. '.repeat(6)}</p>
    <h2>Damage to the sea wall</h2>
    <p>${'Engineers found three breaches in the old stone wall, which took most of the week to close. '.repeat(6)}</p>
    <ul><li>Three breaches were repaired</li><li>The ferry terminal roof was replaced</li></ul>
    <h2>What happens next</h2>
    <p>${'The council will decide next month whether to raise the wall by half a metre before winter. '.repeat(6)}</p>
  </article></main>`;

let controller: PanelController;

beforeEach(() => {
  document.body.innerHTML = ARTICLE; // the test's own page fixture, not page text from the extension
  controller = new PanelController({ analyze: () => analyzeDocument(document, { url: 'https://example.org/harbour' }) });
});
afterEach(() => {
  controller.close();
  vi.useRealTimers();
});

const root = () => currentShadowRoot();

describe('PanelController', () => {
  test('open adds one host after <body>, with the outline in a closed shadow root', () => {
    const body = document.body.outerHTML;
    controller.open();
    const hosts = document.querySelectorAll(HOST_TAG);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(document.body.outerHTML).toBe(body);
    expect(root()?.querySelector('.or-headline')?.textContent).toBe('Harbour reopens after the storm');
    const headings = [...root()!.querySelectorAll('[role=treeitem].or-heading > .or-row .or-label')].map((el) => el.textContent);
    expect(headings).toEqual(['Damage to the sea wall', 'What happens next']);
    expect([...root()!.querySelectorAll('button')].map((b) => b.textContent?.trim() || b.getAttribute('aria-label'))).toContain('Save');
  });

  test('toggle opens, then closes; closing removes the host and leaves the page as it was', () => {
    const html = document.documentElement.outerHTML;
    expect(controller.toggle()).toBe(true);
    expect(controller.toggle()).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(root()).toBeNull();
    expect(document.documentElement.outerHTML).toBe(html);
  });

  test('closing stops every timer it started (the URL watch)', () => {
    vi.useFakeTimers();
    const before = vi.getTimerCount();
    controller.open();
    expect(vi.getTimerCount()).toBeGreaterThan(before);
    controller.close();
    expect(vi.getTimerCount()).toBe(before);
  });

  test('after closing, page events reach nothing of ours (listeners were removed with the AbortController)', () => {
    const analyze = vi.fn(() => analyzeDocument(document, { url: 'https://example.org/harbour' }));
    const panel = new PanelController({ analyze });
    panel.open();
    expect(analyze).toHaveBeenCalledTimes(1);
    panel.close();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test('Esc closes it when the page itself has no focus', () => {
    controller.open();
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(controller.isOpen).toBe(false);
    expect(document.querySelector(HOST_TAG)).toBeNull();
  });

  test('Save sends the shown outline to the background as panel/save', async () => {
    controller.open();
    const save = [...root()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!;
    save.click();
    await vi.waitFor(() => expect(root()?.querySelector('.or-panel-status')?.textContent).toBe('Saved to your library.'));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ type: 'panel/save', payload: { outline: { title: 'Harbour reopens after the storm' } } });
  });

  test('a page without an article shows the reason in the panel', () => {
    document.body.innerHTML = '<nav><a href="/a">A</a> <a href="/b">B</a> <a href="/c">C</a></nav>';
    controller.open();
    expect(root()?.textContent).toContain('No article found on this page');
  });
});

describe('collapse and move', () => {
  function withPrefs(stored: { side: 'auto' | 'left' | 'right'; collapsed: boolean }) {
    const written: unknown[] = [];
    const panel = new PanelController({
      analyze: () => analyzeDocument(document, { url: 'https://example.org/harbour' }),
      prefs: { read: async () => stored, write: async (prefs) => void written.push(prefs) },
    });
    return { panel, written };
  }
  const button = (label: string) => [...root()!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label)!;
  const aside = () => root()!.querySelector<HTMLElement>('.or-panel')!;

  test('collapses to a strip and back, moves to the other side, and stores each choice', async () => {
    const { panel, written } = withPrefs({ side: 'auto', collapsed: false });
    panel.open();
    await vi.waitFor(() => expect(aside().dataset.side).toBe('right'));
    button('Move to the left side').click();
    await vi.waitFor(() => expect(aside().dataset.side).toBe('left'));
    button('Collapse to a strip').click();
    await vi.waitFor(() => expect(aside().classList.contains('or-panel-collapsed')).toBe(true));
    expect(root()!.querySelector('[role=tree]')).toBeNull();
    button('Expand the outline').click();
    await vi.waitFor(() => expect(root()!.querySelector('[role=tree]')).not.toBeNull());
    expect(written).toEqual([
      { side: 'left', collapsed: false },
      { side: 'left', collapsed: true },
      { side: 'left', collapsed: false },
    ]);
    panel.close();
  });

  test('opens the way it was left (stored side and strip)', async () => {
    const { panel } = withPrefs({ side: 'left', collapsed: true });
    panel.open();
    await vi.waitFor(() => expect(aside().classList.contains('or-panel-collapsed')).toBe(true));
    expect(aside().dataset.side).toBe('left');
    panel.close();
  });

  test('a storage that fails leaves the defaults and the panel works', async () => {
    const panel = new PanelController({
      analyze: () => analyzeDocument(document, { url: 'https://example.org/harbour' }),
      prefs: { read: () => Promise.reject(new Error('no storage')), write: () => Promise.reject(new Error('quota')) },
    });
    panel.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(aside().dataset.side).toBe('right');
    button('Collapse to a strip').click();
    await vi.waitFor(() => expect(aside().classList.contains('or-panel-collapsed')).toBe(true));
    panel.close();
  });
});

describe('keys typed in the panel', () => {
  test('do not reach the page’s own key handlers', () => {
    const pageHeard: string[] = [];
    document.addEventListener('keydown', (event) => pageHeard.push(event.key));
    controller.open();
    const filter = root()!.querySelector('input')!;
    filter.dispatchEvent(new KeyboardEvent('keydown', { key: '/', bubbles: true, composed: true }));
    filter.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', bubbles: true, composed: true }));
    expect(pageHeard).toEqual([]);
    expect(controller.isOpen).toBe(true);
  });
});
