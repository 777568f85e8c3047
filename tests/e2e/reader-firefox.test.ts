/**
 * The reader view in Debian firefox-esr (dist-e2e, puppeteer-core over WebDriver BiDi): the
 * toggle-reader command shows the seed article in reader.html in the same tab, with its headline,
 * headings, bullets and no furniture; Esc returns to the unchanged page.
 */
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  corpusExpected,
  corpusPage,
  ensureE2EBuild,
  poll,
  startStaticServer,
  type StaticServer,
} from './support/chromium';
import { grantActiveTabInFirefox, launchFirefoxWithExtension } from './support/firefox';

const EXTENSION_UUID = '6b1e0c52-8a47-4f0e-b2d3-71c9e4a5f028';
const ORIGIN = `moz-extension://${EXTENSION_UUID}`;
const SEED = 'seed/kyrgyzstan-visit';
const seed = corpusExpected<{ title: string; headings: Array<{ text: string }>; bullets: string[] }>(SEED);

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  const dist = ensureE2EBuild();
  server = await startStaticServer({ '/seed.html': corpusPage(SEED) });
  browser = await launchFirefoxWithExtension(dist, EXTENSION_UUID);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** page.goto on a moz-extension:// URL never resolves: start it and poll instead. */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  void page.goto(url).catch(() => undefined);
  await poll(
    () => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', url),
    `${url} to load`,
  );
}

test('Firefox: the reader view shows the seed article in the same tab; Esc returns to the unchanged page', {
  timeout: 90_000,
}, async () => {
  const page = await browser.newPage();
  const pageUrl = server.url('/seed.html');
  await page.goto(pageUrl);
  await page.bringToFront();
  const before = await page.evaluate(() => document.body.outerHTML);
  const tabId = await grantActiveTabInFirefox(browser);

  // The command's handler, reached through the background event page (e2e build only).
  const helper = await browser.newPage();
  await openExtensionPage(helper, `${ORIGIN}/library.html`);
  await helper.evaluate(async (id) => {
    const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window> } } }).browser;
    const background = (await api.runtime.getBackgroundPage()) as unknown as {
      __outlineReaderTest: { runCommand(command: string, tab: { id: number }): Promise<unknown> };
    };
    await background.__outlineReaderTest.runCommand('toggle-reader', { id });
  }, tabId);

  await poll(
    () => page.evaluate(() => location.href.includes('/reader.html') && !!document.querySelector('.rd-content p')),
    'the reader view',
  );
  const shown = await page.evaluate(() => ({
    headline: document.querySelector('.rd-article h1')?.textContent?.trim(),
    headings: [...document.querySelectorAll('.rd-content h2')].map((h) => h.textContent?.trim()),
    bullets: [...document.querySelectorAll('.rd-content li')].map((li) => li.textContent?.trim()),
    text: document.querySelector('.rd-content')?.textContent ?? '',
  }));
  expect(shown.headline).toBe(seed.title);
  expect(shown.headings).toEqual(seed.headings.map((h) => h.text));
  expect(shown.bullets).toEqual(seed.bullets);
  for (const furniture of ['Tags:', 'Share on Facebook', 'Leave a Reply', 'You may also like'])
    expect(shown.text).not.toContain(furniture);
  // Firefox has every language's hyphenation dictionary: a long compound in the headline or a heading breaks at a
  // syllable, in the article's language (the seed's <html lang="en-US">), not anywhere.
  const hyphenation = await page.evaluate(() =>
    ['.rd-article h1', '.rd-content h2'].map((selector) => {
      const element = document.querySelector(selector)!;
      return `${getComputedStyle(element).hyphens} ${element.closest('[lang]')?.getAttribute('lang')}`;
    }),
  );
  expect(hyphenation).toEqual(['auto en-US', 'auto en-US']);
  // The text column is as wide as the setting says (68 characters of 19 px text: 646 px) beside the outline, as in
  // Chromium: a measure in `ch` resolved against the UI font, whose "0" Firefox measures wider (a 724 px column).
  await page.setViewport({ width: 1280, height: 900 });
  const column = await poll(
    () => page.evaluate(() => document.querySelector('.rd-article')!.getBoundingClientRect().width),
    'the text column',
  );
  expect(Math.round(column)).toBe(646);
  // Scrollbars in the page's palette: Firefox's own thin one beside the outline had a white track in dark mode.
  expect(await page.evaluate(() => getComputedStyle(document.querySelector('.rd-sidebar')!).scrollbarColor)).not.toBe(
    'auto',
  );

  // Firefox makes a scroll box a Tab stop even when what it holds are stops of their own: Shift+Tab from the outline's
  // filter stopped on the sidebar itself (a ring around all of it) before the article's last link. Chromium never did.
  await page.evaluate(() => document.querySelector<HTMLInputElement>('.rd-sidebar .or-filter-input')!.focus());
  await page.keyboard.down('Shift');
  await page.keyboard.press('Tab');
  await page.keyboard.up('Shift');
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');

  await page.keyboard.press('Escape');
  await poll(
    () => page.evaluate((wanted) => location.href === wanted && document.readyState === 'complete', pageUrl),
    'back on the page',
  );
  expect(await page.evaluate(() => document.body.outerHTML)).toBe(before);
});
