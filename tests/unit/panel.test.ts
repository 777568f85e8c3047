// @vitest-environment happy-dom
/**
 * The in-page panel's controller: it adds exactly one host element (outside <body>, with a closed
 * shadow root), renders the outline there, and closing removes the host and everything it
 * started (listeners, timers, observers), so the page is left as it was.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { analyzeDocument } from '../../src/core';
import * as host from '../../src/content/host';
import { currentHost, currentShadowRoot, inTrustedUserEvent } from '../../src/content/host';
import { PanelController, userOnly } from '../../src/content/panel/controller';
import { jumpToSection } from '../../src/content/scroll';
import { BUSY_OUTLINE_TIMEOUT_MS } from '../../src/ui/status';
import { asTrusted, userClick, userKeyDown } from './trusted-events';

const sent: unknown[] = [];
/** Errors the next sends fail with, in order (e.g. a service worker stopped mid-message). */
const failures: Error[] = [];
/** What the content script hands every panel: its host and its channel to the background (here: a recorder). */
const services = {
  host,
  headerHeight: () => 0, // happy-dom lays nothing out: no site header
  sendMessage: async (message: unknown) => {
    sent.push(message);
    const failure = failures.shift();
    if (failure) throw failure;
    return { ok: true, status: 'added', id: 'x' };
  },
};

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

const ARTICLE_TITLE = 'Harbour reopens after the storm';
let controller: PanelController;

beforeEach(() => {
  document.body.innerHTML = ARTICLE; // the test's own page fixture, not page text from the extension
  controller = new PanelController({
    ...services,
    jump: jumpToSection,
    analyze: () => analyzeDocument(document, { url: 'https://example.org/harbour' }),
  });
});
afterEach(() => {
  controller.close();
  sent.length = 0;
  failures.length = 0;
  vi.useRealTimers();
});

const root = () => currentShadowRoot();
/** What the page finds added to <html> besides its head and body (our host has no name of its own). */
const added = () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body);
const saveButton = () => [...root()!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Save')!;

describe('PanelController', () => {
  test('open adds one host after <body>, with the outline in a closed shadow root', () => {
    const body = document.body.outerHTML;
    controller.open();
    const hosts = added();
    expect(hosts).toEqual([currentHost()]);
    // A built-in element (a page cannot upgrade it), no attribute but its style: nothing to select it by.
    expect(hosts[0]!.localName).toBe('div');
    expect(hosts[0]!.getAttributeNames()).toEqual(['style']);
    expect((hosts[0] as HTMLElement).shadowRoot).toBeNull(); // closed: the page cannot reach in
    expect(document.body.outerHTML).toBe(body);
    expect(root()?.querySelector('.or-headline')?.textContent).toBe('Harbour reopens after the storm');
    const headings = [...root()!.querySelectorAll('[role=treeitem].or-heading > .or-row .or-label')].map(
      (el) => el.textContent,
    );
    expect(headings).toEqual(['Damage to the sea wall', 'What happens next']);
    expect(
      [...root()!.querySelectorAll('button')].map((b) => b.textContent?.trim() || b.getAttribute('aria-label')),
    ).toContain('Save');
  });

  test('toggle opens, then closes; closing removes the host and leaves the page as it was', () => {
    const html = document.documentElement.outerHTML;
    expect(controller.toggle()).toBe(true);
    expect(controller.toggle()).toBe(false);
    expect(added()).toEqual([]);
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

  test('closing while an analysis is still pending stops its "loading" timers too (they would fire late)', () => {
    vi.useFakeTimers();
    const before = vi.getTimerCount();
    const panel = new PanelController({
      ...services,
      analyze: () => new Promise(() => undefined),
      jump: jumpToSection,
    });
    panel.open();
    panel.refresh(); // a newer analysis (a single-page site's new article) ends the older one's timers
    const open = vi.getTimerCount();
    panel.refresh();
    expect(vi.getTimerCount()).toBe(open);
    panel.close();
    expect(vi.getTimerCount()).toBe(before);
  });

  test('after closing, page events reach nothing of ours (listeners were removed with the AbortController)', () => {
    const analyze = vi.fn(() => analyzeDocument(document, { url: 'https://example.org/harbour' }));
    const panel = new PanelController({ ...services, analyze, jump: jumpToSection });
    panel.open();
    expect(analyze).toHaveBeenCalledTimes(1);
    panel.close();
    window.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    window.dispatchEvent(new Event('scroll'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(added()).toEqual([]);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  test('an analysis in slices (a promise): "Reading" while it lasts, then the outline; a late one after close shows nothing', async () => {
    let finish: () => void = () => undefined;
    const later = () =>
      new Promise<ReturnType<typeof analyzeDocument>>((resolve) => {
        finish = () => resolve(analyzeDocument(document, { url: 'https://example.org/harbour' }));
      });
    const panel = new PanelController({ ...services, analyze: later, jump: jumpToSection });
    panel.open();
    expect(root()?.querySelector('.or-headline')).toBeNull();
    await vi.waitFor(() => expect(root()?.textContent).toMatch(/Reading/)); // after LOADING_NOTICE_MS
    finish();
    await vi.waitFor(() => expect(root()?.querySelector('.or-headline')?.textContent).toBe(ARTICLE_TITLE));
    panel.close();
    panel.open();
    panel.close(); // closed before its analysis ended
    finish();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(added()).toEqual([]);
  });

  test("a page whose HTML never finishes arriving: after the popup's wait it says so as the popup does, and shows the outline once read", async () => {
    vi.useFakeTimers();
    let finish: () => void = () => undefined;
    const never = () =>
      new Promise<ReturnType<typeof analyzeDocument>>((resolve) => {
        finish = () => resolve(analyzeDocument(document, { url: 'https://example.org/harbour' }));
      });
    const loading = vi.spyOn(document, 'readyState', 'get').mockReturnValue('loading');
    const panel = new PanelController({ ...services, analyze: never, jump: jumpToSection });
    panel.open();
    await vi.advanceTimersByTimeAsync(BUSY_OUTLINE_TIMEOUT_MS - 1);
    expect(root()?.textContent).toMatch(/Reading the page/);
    await vi.advanceTimersByTimeAsync(1);
    const title = root()?.querySelector('.or-panel-message-title')?.textContent;
    expect(title).toBe('The page is still loading');
    expect(root()?.textContent).toContain('After 60 seconds its text has not all arrived');
    expect(root()?.textContent).not.toMatch(/could not be made|Reading the page/);
    loading.mockReturnValue('interactive');
    finish();
    await vi.advanceTimersByTimeAsync(0);
    expect(root()?.querySelector('.or-headline')?.textContent).toBe(ARTICLE_TITLE);
    panel.close();
    loading.mockRestore();
  });

  test('a page parsed but slow to read (a huge one) keeps "Reading the page…" past that wait', async () => {
    vi.useFakeTimers();
    const panel = new PanelController({
      ...services,
      analyze: () => new Promise(() => undefined),
      jump: jumpToSection,
    });
    panel.open();
    await vi.advanceTimersByTimeAsync(BUSY_OUTLINE_TIMEOUT_MS + 1_000);
    expect(root()?.textContent).toMatch(/Reading the page/);
    panel.close();
  });

  test('Esc closes it when the page itself has no focus', () => {
    controller.open();
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' })); // a page's synthetic key: ignored
    expect(controller.isOpen).toBe(true);
    window.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key: 'Escape' })));
    expect(controller.isOpen).toBe(false);
    expect(added()).toEqual([]);
  });

  test('Save sends the shown outline to the background as panel/save', async () => {
    controller.open();
    userClick(saveButton());
    await vi.waitFor(() =>
      expect(root()?.querySelector('.or-panel-status')?.textContent).toBe('Saved to your library.'),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'panel/save',
      payload: { outline: { title: 'Harbour reopens after the storm' } },
    });
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
      ...services,
      jump: jumpToSection,
      analyze: () => analyzeDocument(document, { url: 'https://example.org/harbour' }),
      prefs: { read: async () => stored, write: async (prefs) => void written.push(prefs) },
    });
    return { panel, written };
  }
  const button = (label: string) =>
    [...root()!.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === label)!;
  const aside = () => root()!.querySelector<HTMLElement>('.or-panel')!;

  test('collapses to a strip and back, moves to the other side, and stores each choice', async () => {
    const { panel, written } = withPrefs({ side: 'auto', collapsed: false });
    panel.open();
    await vi.waitFor(() => expect(aside().dataset.side).toBe('right'));
    userClick(button('Move to the left side'));
    await vi.waitFor(() => expect(aside().dataset.side).toBe('left'));
    userClick(button('Collapse to a strip'));
    await vi.waitFor(() => expect(aside().classList.contains('or-panel-collapsed')).toBe(true));
    expect(root()!.querySelector('[role=tree]')).toBeNull();
    userClick(button('Expand the outline'));
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
      ...services,
      jump: jumpToSection,
      analyze: () => analyzeDocument(document, { url: 'https://example.org/harbour' }),
      prefs: { read: () => Promise.reject(new Error('no storage')), write: () => Promise.reject(new Error('quota')) },
    });
    panel.open();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(aside().dataset.side).toBe('right');
    userClick(button('Collapse to a strip'));
    await vi.waitFor(() => expect(aside().classList.contains('or-panel-collapsed')).toBe(true));
    panel.close();
  });
});

describe('keys typed in the panel', () => {
  test('do not reach the page’s own (bubbling) key handlers', () => {
    const pageHeard: string[] = [];
    document.addEventListener('keydown', (event) => pageHeard.push(event.key));
    window.addEventListener('keydown', (event) => pageHeard.push(event.key));
    controller.open();
    const filter = root()!.querySelector('input')!;
    userKeyDown(filter, '/');
    userKeyDown(filter, 'j');
    expect(pageHeard).toEqual([]);
    expect(controller.isOpen).toBe(true);
  });
});

describe('the page cannot use the panel', () => {
  const status = () => root()?.querySelector('.or-panel-status')?.textContent ?? '';

  test('a page’s custom element named like our old host, or a customized <div>, never runs on our host', () => {
    const constructed: Element[] = [];
    class Grabber extends HTMLElement {
      constructor() {
        super();
        constructed.push(this);
      }
    }
    customElements.define('outline-reader-host', Grabber);
    customElements.define('outline-reader-div', class extends HTMLDivElement {}, { extends: 'div' });
    controller.open();
    expect(constructed).toEqual([]);
    expect(currentHost()!.constructor).toBe(HTMLDivElement);
    expect(root()?.querySelector('.or-headline')?.textContent).toBe('Harbour reopens after the storm');
  });

  test('synthetic events (a script’s click(), dispatchEvent) trigger nothing: no save, no jump, no close, no navigation', () => {
    controller.open();
    const scrolled = vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    const opened = vi.spyOn(window, 'open').mockImplementation(() => null);
    saveButton().click();
    saveButton().dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    const row = root()!.querySelector<HTMLElement>('[role=treeitem].or-heading > .or-row')!;
    row.click();
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    const panel = root()!.querySelector('.or-panel')!;
    const escapeKey = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true, composed: true });
    panel.dispatchEvent(escapeKey);
    const close = root()!.querySelector<HTMLElement>('button[aria-label^="Close"]')!;
    close.click();
    expect(sent).toEqual([]);
    expect(scrolled).not.toHaveBeenCalled();
    expect(opened).not.toHaveBeenCalled();
    expect(controller.isOpen).toBe(true);
    // Stopped before our handlers, default action prevented.
    expect(escapeKey.defaultPrevented).toBe(true);
    // The same by a user does work.
    userClick(close);
    expect(controller.isOpen).toBe(false);
  });

  test('inTrustedUserEvent: only while a trusted event that reached our shadow root is being dispatched', () => {
    controller.open();
    const seen: boolean[] = [];
    const button = saveButton();
    button.addEventListener('pointerdown', () => seen.push(inTrustedUserEvent()));
    button.dispatchEvent(asTrusted(new PointerEvent('pointerdown', { bubbles: true, composed: true })));
    expect(seen).toEqual([true]);
    expect(inTrustedUserEvent()).toBe(false); // that event is over
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(seen).toEqual([true]); // the untrusted one never reached the listener
  });

  test('the actions’ own check: outside a trusted event that passed the gate, an action answers its refusal', () => {
    const save = vi.fn(() => 'saved');
    const guarded = userOnly(inTrustedUserEvent, save, () => 'refused');
    expect(guarded()).toBe('refused'); // called from no event at all (e.g. a script holding the callback)
    controller.open();
    const results: string[] = [];
    const button = saveButton();
    const listener = () => results.push(guarded());
    button.addEventListener('mouseup', listener);
    button.dispatchEvent(asTrusted(new MouseEvent('mouseup', { bubbles: true, composed: true })));
    // A trusted event the gate never saw (dispatched on the page, outside our root) does not count either.
    document.body.addEventListener('mouseup', listener);
    document.body.dispatchEvent(asTrusted(new MouseEvent('mouseup', { bubbles: true })));
    document.body.removeEventListener('mouseup', listener);
    expect(results).toEqual(['saved', 'refused']);
    expect(save).toHaveBeenCalledTimes(1);
  });

  test('a host the page removed, moved or made inert is replaced when the panel is next toggled', () => {
    controller.open();
    const first = currentHost()!;
    first.remove(); // the page took it away: the next command shows the panel again (not "close")
    expect(controller.toggle()).toBe(true);
    const second = currentHost()!;
    expect(second).not.toBe(first);
    expect(root()?.querySelector('.or-headline')).not.toBeNull();
    second.setAttribute('inert', ''); // a page's attempt to block it
    expect(controller.toggle()).toBe(true);
    expect(currentHost()).not.toBe(second);
    expect(currentHost()!.getAttributeNames()).toEqual(['style']);
    expect(added()).toEqual([currentHost()]);
    expect(controller.toggle()).toBe(false);
    expect(added()).toEqual([]);
  });

  test('a service worker stopped during the save: one more try, then a sentence (not the browser’s wording)', async () => {
    controller.open();
    failures.push(new Error('The message port closed before a response was received.'));
    userClick(saveButton());
    await vi.waitFor(() => expect(status()).toBe('Saved to your library.'));
    expect(sent).toHaveLength(2);

    failures.push(new Error('The message port closed before a response was received.'));
    failures.push(
      new Error(
        'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received',
      ),
    );
    userClick(saveButton());
    await vi.waitFor(() => expect(status()).toMatch(/^Not saved: Outline Reader was restarted by the browser/));
    expect(status()).not.toMatch(/channel|port/);
    expect(sent).toHaveLength(4);
  });
});
