/**
 * The same build (dist-e2e) in Debian firefox-esr, through puppeteer-core over WebDriver BiDi:
 * the popup page shows the seed page's outline, and the toggle-outline command adds and removes
 * the in-page panel.
 *
 * Firefox grants `activeTab` on a toolbar click, which a test cannot make. With
 * --remote-allow-system-access the test runs one line in the browser's own (chrome) scope that
 * does what the click does: `extension.tabManager.addActiveTabPermission(tab)`. The extension
 * itself still has no host permission.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  corpusExpected,
  corpusPage,
  ensureE2EBuild,
  PARSE_BLOCKED_PAGE,
  PARSE_BLOCKED_SETTLE_MS,
  poll,
  startStaticServer,
  STILL_LOADING_PAGE,
  type StaticServer,
} from './support/chromium';
import { expectStillLoading, popupStateTexts } from './support/still-loading';
import { grantActiveTabInFirefox, launchFirefoxWithExtension } from './support/firefox';

/** Fixed, so that the test knows the moz-extension:// origin before the extension is installed. */
const EXTENSION_UUID = '3c9a4f61-0d2b-4e7a-9c55-8f1e2a6b7d40';
const POPUP_URL = `moz-extension://${EXTENSION_UUID}/src/popup/index.html`;
const SEED = 'seed/kyrgyzstan-visit';

/**
 * An article whose last two sections are short: at the page's bottom their headings are still low in the window, below
 * the panel's reading line, which they can never reach.
 */
const LONG_FIRST_SECTION = [
  'The city council voted on Tuesday to reopen the old railway station as a public library, ending a debate that has run for more than ten years.',
  'The building, closed since the last trains left in 2009, will keep its hall, its clock and the iron roof over the former platforms.',
  'Architects plan reading rooms in the old waiting halls and a children’s library where the ticket office stood, with the platforms as a covered garden.',
  'Work is to start next spring and last about two years; the council expects the first rooms to open to readers in the autumn of the following year.',
  'The cost, shared between the city and the region, is put at forty million euros, a quarter of it for the roof, which leaks in several places.',
  'Residents had asked for years that the station not be sold to a developer; more than six thousand of them signed a petition last winter.',
  'The current library, in a rented office block on the edge of town, will close once the new one opens, and its staff will move with the books.',
];
const SHORT_END_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Old station to become the city library</title></head>
<body><main><article><h1>Old station to become the city library</h1>
<h2>A decision ten years in the making</h2>${LONG_FIRST_SECTION.map((text) => `<p>${text}</p>`).join('')}
<h2>What readers will find</h2><p>The collection will grow from 120,000 to 200,000 books, with a hall for exhibitions and talks.</p>
<h2>What happens next</h2><p>A public meeting on the plans is to be held at the town hall next month.</p>
</article></main></body></html>`;

const seed = corpusExpected<{
  title: string;
  headings: Array<{ text: string }>;
  bullets: string[];
  related: { expected: Array<{ title: string }> };
}>(SEED);

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const dist = ensureE2EBuild();
  server = await startStaticServer({
    '/seed.html': corpusPage(SEED),
    '/short-end.html': { html: SHORT_END_PAGE },
    ...STILL_LOADING_PAGE,
    ...PARSE_BLOCKED_PAGE,
  });
  browser = await launchFirefoxWithExtension(dist, EXTENSION_UUID);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** activeTab on the selected tab, as a toolbar click would grant it (the shared Firefox helper). */
const grantActiveTab = (): Promise<number> => grantActiveTabInFirefox(browser);

/** page.goto on a moz-extension:// URL never resolves: start it and poll instead. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(
    () => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url),
    `${url} to load`,
  );
}

test('Firefox: the popup page shows the seed outline; toggle-outline adds and removes the panel', {
  timeout: 90_000,
}, async () => {
  const page = await browser.newPage();
  await page.goto(server.url('/seed.html'));
  await page.bringToFront();
  const tabId = await grantActiveTab();
  const before = await page.evaluate(() => document.body.outerHTML);

  const popup = await browser.newPage();
  await openExtensionPage(popup, `${POPUP_URL}?tabId=${tabId}`);
  await poll(
    () => popup.evaluate(() => document.documentElement.dataset.state === 'ready'),
    'the outline in the popup page',
  ).catch(async (error: Error) => {
    throw new Error(
      `${error.message}; the popup page shows: ${await popup.evaluate(() => document.body.innerText.replace(/\s+/g, ' '))}`,
    );
  });
  const shown = await popup.evaluate(() => ({
    title: document.querySelector('h1')?.textContent,
    headings: [...document.querySelectorAll('[role=treeitem].or-heading > .or-row .or-label')].map(
      (el) => el.textContent,
    ),
    bullets: [...document.querySelectorAll('[role=treeitem].or-bullet > .or-row .or-label')].map(
      (el) => el.textContent,
    ),
    related: [...document.querySelectorAll('.or-related-title')].map((el) => el.textContent),
  }));
  expect(shown.title).toBe(seed.title);
  expect(shown.headings).toEqual(seed.headings.map((h) => h.text));
  expect(shown.bullets).toEqual(seed.bullets);
  expect(shown.related).toEqual(seed.related.expected.map((r) => r.title));
  // The popup's thin scrollbar in its palette (Firefox drew a white track beside the dark popup).
  expect(await popup.evaluate(() => getComputedStyle(document.documentElement).scrollbarColor)).not.toBe('auto');
  // The shortcuts' "change them" link names Firefox's longer path, over two lines: each starts at the panel's edge, as
  // text does (a button centred them, the last line floating in the middle).
  await popup.evaluate(() => document.querySelector<HTMLElement>('.or-help-button')!.click());
  const lineStarts = await popup.evaluate(() => {
    const button = document.querySelector('.or-shortcuts-hint .or-link-button')!;
    const range = document.createRange();
    range.selectNodeContents(button);
    const left = button.getBoundingClientRect().left;
    return [...range.getClientRects()].map((line) => Math.round(line.left - left));
  });
  expect(lineStarts.length).toBeGreaterThan(1);
  expect(new Set(lineStarts)).toEqual(new Set([0]));
  await popup.evaluate(() => document.querySelector<HTMLElement>('.or-help-button')!.click());

  // The keyboard command's handler, reached through the background event page (e2e build only).
  const runCommand = () =>
    popup.evaluate(async (id) => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
      const background = (await api.runtime.getBackgroundPage()) as unknown as {
        __outlineReaderTest: { runCommand(command: string, tab: { id: number }): Promise<unknown> };
      };
      return JSON.stringify(await background.__outlineReaderTest.runCommand('toggle-outline', { id }));
    }, tabId);
  const panelHeadings = () =>
    popup.evaluate(async (id) => {
      const api = (
        globalThis as unknown as {
          browser: { scripting: { executeScript(options: unknown): Promise<Array<{ result: unknown }>> } };
        }
      ).browser;
      const [injection] = await api.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const state = (globalThis as unknown as { __outlineReaderContent?: { shadowRoot(): ShadowRoot | null } })
            .__outlineReaderContent;
          const root = state?.shadowRoot();
          return root ? [...root.querySelectorAll('[role=treeitem].or-heading')].length : null;
        },
      });
      return injection?.result as number | null;
    }, tabId);

  expect(await runCommand()).toBe(JSON.stringify({ open: true }));
  expect(
    await page.evaluate(
      () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length,
    ),
  ).toBe(1);
  expect(await poll(() => panelHeadings(), 'the panel’s outline')).toBe(seed.headings.length);
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);

  // Save: a script's click on our button does nothing (untrusted); the user's real click saves.
  const inPanel = (action: 'status' | 'scriptClick' | 'savePoint' | 'focusFilter' | 'focused') =>
    popup.evaluate(
      async ([id, what]) => {
        const api = (
          globalThis as unknown as {
            browser: { scripting: { executeScript(options: unknown): Promise<Array<{ result: unknown }>> } };
          }
        ).browser;
        const [injection] = await api.scripting.executeScript({
          target: { tabId: id },
          args: [what],
          func: (todo: string) => {
            const root = (
              globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot } }
            ).__outlineReaderContent.shadowRoot();
            if (todo === 'focusFilter') root.querySelector<HTMLInputElement>('.or-filter-input')!.focus();
            if (todo === 'focusFilter' || todo === 'focused') {
              const active = root.activeElement;
              return active ? `${active.tagName} ${active.className}` : null;
            }
            const save = [...root.querySelectorAll<HTMLButtonElement>('button')].find(
              (b) => b.textContent?.trim() === 'Save',
            )!;
            if (todo === 'scriptClick') save.click();
            if (todo === 'savePoint') {
              const rect = save.getBoundingClientRect();
              return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
            }
            return root.querySelector('.or-panel-status')?.textContent ?? '';
          },
        });
        return injection?.result as unknown;
      },
      [tabId, action] as const,
    );
  await inPanel('scriptClick');
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(await inPanel('status')).toBe('');
  const point = (await inPanel('savePoint')) as { x: number; y: number };
  await page.bringToFront();
  await page.mouse.click(point.x, point.y);
  expect(
    await poll(
      async () => /^(Saved to|Updated in) your library\.$/.test(String(await inPanel('status'))),
      'the save confirmation',
    ),
  ).toBe(true);
  // Firefox makes a scroll box a Tab stop even when its rows are stops of their own: Shift+Tab from the filter
  // stopped on the panel's body (a ring around all of it) before reaching the bar's buttons. Chromium never did.
  expect(await inPanel('focusFilter')).toMatch(/^INPUT or-filter-input/);
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  expect(await inPanel('focused')).toMatch(/^BUTTON /);

  expect(await runCommand()).toBe(JSON.stringify({ open: false }));
  expect(
    await page.evaluate(
      () => [...document.documentElement.children].filter((el) => el !== document.head && el !== document.body).length,
    ),
  ).toBe(0);
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
});

test('Firefox: the panel on a page scrolled to its bottom marks the last section, whose heading never reaches the line', {
  timeout: 90_000,
}, async () => {
  const page = await browser.newPage();
  // A narrow window: the long first section runs over more than a window's height.
  await page.setViewport({ width: 700, height: 600 });
  await page.goto(server.url('/short-end.html'));
  await page.bringToFront();
  const tabId = await grantActiveTab();
  const helper = await browser.newPage();
  await openExtensionPage(helper, `${POPUP_URL}?tabId=${tabId}`);
  await page.bringToFront();
  await helper.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as {
      __outlineReaderTest: { runCommand(command: string, tab: { id: number }): Promise<unknown> };
    };
    await background.__outlineReaderTest.runCommand('toggle-outline', { id });
  }, tabId);
  // The panel's section being read (aria-current on its row), once it shows the outline.
  const reading = () =>
    helper.evaluate(async (id) => {
      const api = (
        globalThis as unknown as {
          browser: { scripting: { executeScript(options: unknown): Promise<Array<{ result: unknown }>> } };
        }
      ).browser;
      const [injection] = await api.scripting.executeScript({
        target: { tabId: id },
        func: () => {
          const state = (globalThis as unknown as { __outlineReaderContent?: { shadowRoot(): ShadowRoot | null } })
            .__outlineReaderContent;
          const root = state?.shadowRoot();
          if (!root?.querySelector('[role=tree]')) return null;
          const row = root.querySelector('[role=treeitem][aria-current="location"] > .or-row .or-label');
          return row?.textContent ?? '';
        },
      });
      return injection?.result as string | null;
    }, tabId);
  await poll(async () => (await reading()) !== null, 'the panel’s outline');
  expect(await reading()).not.toBe('What happens next');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const bottom = await page.evaluate(() => ({
    scrolled: window.scrollY,
    lastHeadingTop: [...document.querySelectorAll('h2')].at(-1)!.getBoundingClientRect().top / window.innerHeight,
  }));
  expect(bottom.scrolled).toBeGreaterThan(0);
  // The last heading is well below the reading line (15% down the window): by that line alone, the first section.
  expect(bottom.lastHeadingTop).toBeGreaterThan(0.3);
  expect(await poll(async () => (await reading()) === 'What happens next', 'the last section')).toBe(true);
  // Scrolled up again: the section whose heading passed the line.
  await page.evaluate(() =>
    window.scrollTo(0, document.querySelector('h2')!.getBoundingClientRect().top + window.scrollY - 20),
  );
  expect(
    await poll(async () => (await reading()) === 'A decision ten years in the making', 'the first section again'),
  ).toBe(true);
  await helper.close();
  await page.close();
});

test('Firefox: a page whose script and image never arrive is outlined once its HTML is parsed, while it still loads', {
  timeout: 60_000,
}, async () => {
  const page = await browser.newPage();
  // Its load event never comes: page.goto waits for the HTML only.
  await page.goto(server.url('/still-loading.html'), { waitUntil: 'domcontentloaded' });
  await page.bringToFront();
  const tabId = await grantActiveTab();
  const popup = await browser.newPage();
  await openExtensionPage(popup, `${POPUP_URL}?tabId=${tabId}`);
  await poll(() => popup.evaluate(() => document.documentElement.dataset.state === 'ready'), 'the outline').catch(
    async (error: Error) => {
      throw new Error(`${error.message}; the popup page shows: ${await popup.evaluate(() => document.body.innerText)}`);
    },
  );
  expect(await popup.evaluate(() => document.querySelector('h1')?.textContent)).toBe(
    'A page that never finishes loading',
  );
  expect(await page.evaluate(() => document.readyState)).toBe('interactive');
  await popup.close();
  await page.close();
});

test("Firefox: a page whose HTML never finishes arriving: after the popup's 60 s it says the page is still loading", {
  timeout: 2 * PARSE_BLOCKED_SETTLE_MS,
}, async () => {
  const page = await browser.newPage();
  // A blocking script that never arrives: the page is never parsed, so goto never resolves.
  void page.goto(server.url('/parse-blocked.html')).catch(() => undefined);
  await poll(() => page.evaluate(() => !!document.querySelector('h1') && document.readyState === 'loading'), 'h1');
  await page.bringToFront();
  const tabId = await grantActiveTab();
  const popup = await browser.newPage();
  await openExtensionPage(popup, `${POPUP_URL}?tabId=${tabId}`);
  const opened = Date.now();
  const state = await poll(
    () =>
      popup.evaluate(
        () => document.documentElement.dataset.state !== 'loading' && document.documentElement.dataset.state,
      ),
    'the popup to give up waiting',
    PARSE_BLOCKED_SETTLE_MS,
  );
  const waited = Date.now() - opened;
  const texts = await popup.evaluate(popupStateTexts);
  // It waited as long as it says (the popup began to wait while it loaded, just before `opened`).
  expectStillLoading(state, texts, waited, 55_000);
  expect(await page.evaluate(() => document.readyState)).toBe('loading');
  await popup.close();
  await page.close();
});
