/**
 * The library page in Firefox (Debian firefox-esr through puppeteer-core over WebDriver BiDi):
 * the same built extension reads the library from storage.local and writes through the
 * background event page. Import a JSON export through the page's file input, find an outline by
 * a bullet word, delete it and undo.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { libraryToJson } from '../../src/shared/formats/json';
import { validateOutlineForSave, type SavedOutline } from '../../src/shared/storage';
import { corpusExpected, ensureE2EBuild, poll } from './support/chromium';
import { launchFirefoxWithExtension } from './support/firefox';

/** Fixed, so that the test knows the moz-extension:// origin before the extension is installed. */
const EXTENSION_UUID = '6f1d3c1e-6a43-4b8f-9a57-1b0c2e8d4f10';
const LIBRARY_URL = `moz-extension://${EXTENSION_UUID}/library.html`;
/** Firefox start-up and extension install take a few seconds; a busy machine more. */
const FIREFOX_TEST_TIMEOUT_MS = 90_000;

let browser: Browser;
const scratch = mkdtempSync(path.join(tmpdir(), 'outline-reader-firefox-'));

beforeAll(async () => {
  const dist = ensureE2EBuild();
  browser = await launchFirefoxWithExtension(dist, EXTENSION_UUID);
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

/** page.goto on a moz-extension:// URL never resolves: start it and poll instead. */
async function openLibrary(page: Page): Promise<void> {
  // Mark the current document, so that polling cannot mistake it for the newly loaded one.
  await page.evaluate(() => document.documentElement.setAttribute('data-stale', ''));
  void page.goto(LIBRARY_URL).catch(() => undefined);
  await poll(
    () =>
      page.evaluate(
        () =>
          location.href.endsWith('library.html') &&
          document.readyState === 'complete' &&
          !document.documentElement.hasAttribute('data-stale') &&
          !!document.querySelector('.status'),
      ),
    'the library page in Firefox',
  );
}

function seedEntry(): SavedOutline {
  const expected = corpusExpected<{
    url: string;
    title: string;
    byline: string;
    siteName: string;
    publishedTime: string;
    headings: { level: number; text: string }[];
    bullets: string[];
  }>('seed/kyrgyzstan-visit');
  const fields = validateOutlineForSave({
    url: expected.url,
    title: expected.title,
    byline: expected.byline,
    siteName: expected.siteName,
    publishedTime: expected.publishedTime,
    outline: [{ level: 2, text: expected.headings[0]!.text, bullets: expected.bullets, children: [] }],
    related: [],
  });
  if (!fields.ok) throw new Error(fields.reason);
  return { id: 'seed', ...fields.value, savedAt: '2026-11-27T20:00:00.000Z', updatedAt: '2026-11-27T20:00:00.000Z' };
}

test('Firefox: import, search by a bullet word, delete and undo', { timeout: FIREFOX_TEST_TIMEOUT_MS }, async () => {
  const file = path.join(scratch, 'library.json');
  writeFileSync(file, libraryToJson([seedEntry()]));
  const page = await browser.newPage();
  await openLibrary(page);
  expect(await page.evaluate(() => document.body.innerText)).toContain('Your library is empty.');

  const input = await page.$('input[type="file"]');
  await input!.uploadFile(file);
  await poll(() => page.evaluate(() => document.querySelector('.notice')?.textContent ?? ''), 'the import report');
  expect(await page.evaluate(() => document.querySelector('.notice')!.textContent)).toContain(
    '1 added, 0 updated, 0 unchanged, 0 rejected.',
  );
  await poll(() => page.evaluate(() => document.querySelectorAll('.entry').length === 1), 'the imported row');

  await page.type('input[type="search"]', 'deportation');
  await poll(
    () => page.evaluate(() => document.querySelector('.entry-snippet mark')?.textContent === 'deportation'),
    'the highlighted bullet',
  );

  await page.evaluate(() => document.querySelector<HTMLButtonElement>('.entry-delete')!.click());
  await poll(
    () => page.evaluate(() => document.querySelectorAll('.entry').length === 0 && !!document.querySelector('.toast')),
    'the delete',
  );
  await page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('.toast button')]
      .find((button) => button.textContent === 'Undo')!
      .click(),
  );
  await poll(() => page.evaluate(() => document.querySelectorAll('.entry').length === 1), 'the undo');

  // Reload: it was stored, not only shown.
  await openLibrary(page);
  await poll(() => page.evaluate(() => document.querySelectorAll('.entry').length === 1), 'the entry after a reload');
});

test('Firefox: a right-to-left headline in the list starts at the right edge, as in Chromium', {
  timeout: FIREFOX_TEST_TIMEOUT_MS,
}, async () => {
  const fields = validateOutlineForSave({
    url: 'https://example.org/ar/library',
    title: 'افتتاح مكتبة عامة جديدة في وسط المدينة',
    lang: 'ar',
    dir: 'rtl',
    outline: [{ level: 2, text: 'مبنى قديم بحياة جديدة', bullets: [], children: [] }],
    related: [],
  });
  if (!fields.ok) throw new Error(fields.reason);
  const file = path.join(scratch, 'rtl.json');
  const at = '2026-12-06T21:00:00.000Z';
  writeFileSync(file, libraryToJson([{ id: 'rtl', ...fields.value, savedAt: at, updatedAt: at }]));
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await openLibrary(page);
  await (await page.$('input[type="file"]'))!.uploadFile(file);
  await poll(() => page.evaluate(() => !!document.querySelector('.entry[data-id="rtl"] .entry-title a')), 'the row');
  // Firefox's list items align their text to the list's side (`text-align: match-parent`): a short Arabic headline
  // sat at the left edge of its row, its line ending in the middle of the page.
  const gap = await page.evaluate(() => {
    const title = document.querySelector('.entry[data-id="rtl"] .entry-title')!;
    const line = title.querySelector('a')!.getClientRects()[0]!;
    return Math.round(title.getBoundingClientRect().right - line.right);
  });
  expect(gap).toBe(0);
});

test('Firefox: a search that shortens the list below one screen leaves the page where it was (no sideways jump)', {
  timeout: FIREFOX_TEST_TIMEOUT_MS,
}, async () => {
  const subjects = ['harbour', 'orchard', 'glacier', 'meadow', 'lantern', 'quarry', 'citadel', 'estuary', 'bazaar'];
  const at = '2026-12-07T09:00:00.000Z';
  const entries = subjects.flatMap((subject, index) =>
    [1, 2, 3].map((part) => {
      const fields = validateOutlineForSave({
        url: `https://example.org/${subject}/${part}`,
        title: `A walk through the old ${subject}, part ${part}`,
        outline: [{ level: 2, text: `What the ${subject} was like`, bullets: [], children: [] }],
        related: [],
      });
      if (!fields.ok) throw new Error(fields.reason);
      return { id: `${subject}-${part}`, ...fields.value, savedAt: at, updatedAt: at, index };
    }),
  );
  const file = path.join(scratch, 'many.json');
  writeFileSync(file, libraryToJson(entries.map(({ index: _, ...entry }) => entry)));
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  await openLibrary(page);
  await (await page.$('input[type="file"]'))!.uploadFile(file);
  await poll(() => page.evaluate(() => document.querySelectorAll('.entry').length >= 27), 'the imported rows');
  const column = () =>
    page.evaluate(() => ({
      left: document.querySelector('.page')!.getBoundingClientRect().left,
      scrolls: document.documentElement.scrollHeight > innerHeight,
    }));
  const long = await column();
  expect(long.scrolls).toBe(true);
  await page.type('input[type="search"]', 'glacier');
  await poll(() => page.evaluate(() => document.querySelectorAll('.entry').length === 3), 'the matches');
  const short = await column();
  expect(short.scrolls).toBe(false);
  // The scrollbar's room is kept: the column stays put as the scrollbar comes and goes.
  expect(short.left).toBe(long.left);
});
