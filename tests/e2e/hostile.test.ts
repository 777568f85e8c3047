/**
 * Hostile pages, in Chromium with the built extension (issue 13): a page that registers custom
 * elements under the names an extension might use and tries to read, click and restyle our panel
 * with everything a page script has; a page with one 5,000-character list item. Each gives a normal
 * outline, the page never sees the panel, and its markup outside our host is unchanged.
 * And a page that freezes its own tab: the popup ends its wait with a clear message.
 * (The DOM-clobbering and invisible-heading pages are in hostile-core.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { poll } from './support/chromium';
import { hostileBrowser, popupSettled } from './support/hostile';
import { hostFacts, markupWithoutHost, panelSnapshot, storedJson, userClickInPanel } from './support/panel';

declare const chrome: WebExtensionApi;

/** What the hostile page records in `window.__hostile` (see the fixture's script). */
interface HostileRecord {
  constructed: string[];
  internals: string[];
  openRoots: boolean[];
  closedRootsSeen: string[];
  texts: string[];
  attachErrors: string[];
  syntheticClicks: number;
  syntheticKeys: number;
  rounds: number;
  captureKeys: Array<{ key: string; target: string; inputInPath: boolean }>;
  bubbleKeys: string[];
}

/** Attack rounds (every 100 ms and on every change of <html>'s children) to wait for after the panel opened. */
const ATTACK_ROUNDS = 5;

const browser = hostileBrowser({
  '/custom-elements.html': 'hostile-custom-elements.html',
  '/long-item.html': 'long-list-item.html',
  '/frozen.html': 'frozen-page.html',
});
const { openPage, popupOutline } = browser;

const hostile = (page: Page) => page.evaluate(() => (window as unknown as { __hostile: HostileRecord }).__hostile);

describe('a page with custom elements under our names, attacking whatever we add', () => {
  test('it can neither upgrade, read, click, restyle nor block the panel; the badge stays clear; its markup is unchanged', async () => {
    const { page, tabId, url } = await openPage('/custom-elements.html');
    const outline = await popupOutline(page);
    expect(outline.state).toBe('ready');
    expect(outline.headline).toBe('Sea wall repairs to start next week');
    expect(outline.headings).toEqual(['The northern breach', 'Funding the work', 'What residents say']);
    const before = await markupWithoutHost(browser.ext, tabId);

    expect(await browser.ext.runCommand('toggle-outline', tabId)).toEqual({ open: true });
    const panel = await poll(() => panelSnapshot(browser.ext, tabId), 'the panel');
    expect(panel.headline).toBe('Sea wall repairs to start next week');
    expect(panel.headings).toEqual(outline.headings);
    // The toolbar button has no "cannot open here" note.
    const note = await browser.ext.serviceWorker.evaluate(
      async (id) => ({
        badge: await chrome.action.getBadgeText({ tabId: id }),
        title: await chrome.action.getTitle({ tabId: id }),
      }),
      tabId,
    );
    expect(note.badge).toBe('');
    expect(note.title).not.toMatch(/cannot/);

    // Let the page attack our host for a while.
    const startRound = (await hostile(page)).rounds;
    await poll(async () => (await hostile(page)).rounds >= startRound + ATTACK_ROUNDS, 'the page’s attack rounds');
    const record = await hostile(page);
    expect(record.constructed).toEqual([]); // no constructor of the page ran on our element
    expect(record.internals).toEqual([]); // attachInternals refused on a built-in element
    expect(record.closedRootsSeen).toEqual([]);
    expect(record.openRoots).toEqual([]);
    expect(record.texts.every((text) => text === '')).toBe(true); // nothing of the panel is text of the page
    expect(record.syntheticClicks).toBeGreaterThan(0);
    expect(record.syntheticKeys).toBeGreaterThan(0);
    // None of those synthetic clicks and keys did anything: no save, no close, no status line.
    const after = (await panelSnapshot(browser.ext, tabId))!;
    expect(after.status).toBe('');
    expect(await storedJson(browser.ext)).not.toContain(url.split('?')[0]);

    // The page's stylesheet (`html > div { display: none !important }`…) does not reach the host.
    const facts = (await hostFacts(browser.ext, tabId))!;
    expect(facts).toEqual({
      localName: 'div',
      attributes: ['style'],
      parentIsHtml: true,
      display: 'block',
      opacity: '1',
      openShadowRoot: false,
    });
    // The panel is on top where it is drawn: the page's hit test there gives our host, nothing inside.
    const seenByPage = await page.evaluate(() => {
      const x = window.innerWidth - 100;
      const hit = document.elementFromPoint(x, 300);
      const html = document.documentElement.outerHTML;
      return {
        hit: hit?.localName,
        hitIsHtmlChild: hit?.parentElement === document.documentElement,
        leaks: /class="or-|data-layer=|Close the outline/.test(html),
      };
    });
    expect(seenByPage).toEqual({ hit: 'div', hitIsHtmlChild: true, leaks: false });

    // Keys typed by the user in the panel's filter: the page's bubbling listeners hear none; its
    // capture-phase listener on window does hear them (DOM dispatch order, see src/content/host.ts),
    // but only as keys aimed at our host: never our input, nor its value.
    await userClickInPanel(browser.ext, page, tabId, 'input');
    await page.keyboard.type('wall');
    await poll(
      async () => (await panelSnapshot(browser.ext, tabId))?.filter === 'wall',
      'the filter to hold what was typed',
    );
    const keys = await hostile(page);
    expect(keys.bubbleKeys).toEqual([]);
    expect(keys.captureKeys).toEqual(['w', 'a', 'l', 'l'].map((key) => ({ key, target: 'div', inputInPath: false })));

    // A script holding our very button (here: run in the extension's own world) still cannot save:
    // its click() is an untrusted event, stopped at the shadow root.
    await browser.ext.evaluateInContentWorld(tabId, () => {
      const root = (
        globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot } }
      ).__outlineReaderContent.shadowRoot();
      const save = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
        (b) => b.textContent?.trim() === 'Save',
      )!;
      save.click();
      save.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await panelSnapshot(browser.ext, tabId))?.status).toBe('');
    expect(await storedJson(browser.ext)).not.toContain(url.split('?')[0]);

    // The user's own click on Save works.
    await userClickInPanel(browser.ext, page, tabId, 'button', 'Save');
    await poll(
      async () => (await panelSnapshot(browser.ext, tabId))?.status === 'Saved to your library.',
      'the save confirmation',
    );
    expect(await storedJson(browser.ext)).toContain('Sea wall repairs to start next week');

    expect(await markupWithoutHost(browser.ext, tabId)).toBe(before);
    expect(await browser.ext.runCommand('toggle-outline', tabId)).toEqual({ open: false });
    expect(await hostFacts(browser.ext, tabId)).toBeNull();
    expect(await markupWithoutHost(browser.ext, tabId)).toBe(before);
    await page.close();
  });

  test('a host the page removes comes back with the next command (the panel is not blocked)', async () => {
    const { page, tabId } = await openPage('/custom-elements.html');
    await (await browser.ext.triggerAction(page)).close(); // grants activeTab
    expect(await browser.ext.runCommand('toggle-outline', tabId)).toEqual({ open: true });
    await poll(() => panelSnapshot(browser.ext, tabId), 'the panel');
    await page.evaluate(() => {
      for (const el of [...document.documentElement.children])
        if (el !== document.head && el !== document.body) el.remove();
    });
    expect(await panelSnapshot(browser.ext, tabId)).toBeNull();
    expect(await browser.ext.runCommand('toggle-outline', tabId)).toEqual({ open: true });
    expect((await poll(() => panelSnapshot(browser.ext, tabId), 'the panel again')).headline).toBe(
      'Sea wall repairs to start next week',
    );
    await page.close();
  });
});

describe('a page with one 5,000-character list item', () => {
  test('gives a normal outline with the item clipped (not refused), saves from the panel, markup unchanged', async () => {
    const { page, tabId, url } = await openPage('/long-item.html');
    const item = await page.evaluate(
      () => [...document.querySelectorAll('li')].map((li) => li.textContent ?? '').find((t) => t.length > 4_000)!,
    );
    expect(item).toHaveLength(5_000);
    const outline = await popupOutline(page);
    expect(outline.state).toBe('ready');
    expect(outline.headings).toEqual(['The clauses that changed', 'When the rules apply', 'Where to get advice']);
    const long = outline.bullets.find((bullet) => bullet.startsWith('Under clause 14'))!;
    expect(long).toBeDefined();
    expect(long.length).toBeLessThanOrEqual(1_000); // the core's bound for a short text (docs/limits.md)
    expect(long.endsWith('…')).toBe(true);
    expect(item.startsWith(long.slice(0, -1))).toBe(true);

    const before = await markupWithoutHost(browser.ext, tabId);
    await browser.ext.runCommand('toggle-outline', tabId);
    await poll(() => panelSnapshot(browser.ext, tabId), 'the panel');
    await userClickInPanel(browser.ext, page, tabId, 'button', 'Save');
    await poll(
      async () => (await panelSnapshot(browser.ext, tabId))?.status === 'Saved to your library.',
      'the save confirmation',
    );
    const stored = await storedJson(browser.ext);
    expect(stored).toContain('What the new tenancy rules mean for you');
    expect(stored).toContain(new URL(url).pathname);
    expect(await markupWithoutHost(browser.ext, tabId)).toBe(before);
    await browser.ext.runCommand('toggle-outline', tabId);
    await page.close();
  });
});

// Last in the file: the frozen renderer may be shared with the other test pages of this server.
describe('a page whose own script freezes the tab', () => {
  /**
   * Longer than the popup's whole wait on a page that does not answer (OUTLINE_TIMEOUT_MS, 10 s, then
   * a 6 s ping asking whether it is still analysing) with room to spare, so that the popup gives up
   * first: at 16 s the test raced the page waking up; 22 s left 4 s to a loaded machine (the test took
   * 17.6–17.8 s here), 30 s leaves 12 s.
   */
  const FREEZE_MS = 30_000;

  test('the popup does not stay on "Reading the page…": after its time limit it says the page did not answer', async () => {
    const page = await browser.ext.context.newPage();
    await page.goto(browser.server.url(`/frozen.html?freezeMs=${FREEZE_MS}`));
    await page.waitForTimeout(500); // the page's own script is now busy
    const started = Date.now();
    const outline = await (async () => {
      const popup = await browser.ext.triggerAction(page);
      try {
        const state = await popupSettled(popup, 'the popup to give up waiting', FREEZE_MS);
        return { state, message: await popup.evaluate(() => document.querySelector('.or-state')?.textContent ?? '') };
      } finally {
        await popup.close();
      }
    })();
    const waited = Date.now() - started;
    expect(outline.state).toBe('error');
    expect(outline.message).toContain('The page did not answer within 10 seconds');
    expect(waited).toBeLessThan(FREEZE_MS); // it gave up before the page woke up
    await page.close({ runBeforeUnload: false });
  }, 60_000);
});
