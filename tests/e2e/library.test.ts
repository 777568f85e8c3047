/**
 * The saved-outlines library in Chromium, end to end, through the real UI: save the seed page from
 * the toolbar popup, open the library from the popup, find the outline by a word of one of its
 * bullets, export JSON, delete, import the file, and find it back; restart the browser on the same
 * profile and it is still there. How fast the page opens and searches with 1,000 outlines is
 * measured by `npm run bench:library-search` (bench/library-search.browser.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseLibraryExport } from '../../src/shared/formats/json';
import type { SavedOutline } from '../../src/shared/storage';
import {
  POPUP_PATH,
  PopupTarget,
  chromiumArgs,
  chromiumPath,
  corpusExpected,
  corpusPage,
  ensureE2EBuild,
  poll,
  startStaticServer,
  type StaticServer,
} from './support/chromium';

interface Browser {
  context: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  libraryUrl: string;
}

/** Chromium with the built extension on a given profile (kept on close, so that a restart can reuse it). */
async function launch(profile: string): Promise<Browser> {
  const dist = ensureE2EBuild();
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: false, // --headless=new below: extensions need the new headless mode
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
    args: chromiumArgs(dist),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser()!.newBrowserCDPSession();
  return { context, extensionId, cdp, libraryUrl: `chrome-extension://${extensionId}/library.html` };
}

/** The real toolbar click (CDP Extensions.triggerAction on the page's tab); returns the opened popup. */
async function openToolbarPopup(browser: Browser, page: Page): Promise<PopupTarget> {
  await page.bringToFront();
  type Targets = { targetInfos: Array<{ targetId: string; type: string; url: string }> };
  const popupIds = async () =>
    new Set(
      ((await browser.cdp.send('Target.getTargets')) as Targets).targetInfos
        .filter(
          (target) =>
            target.type === 'page' && target.url.startsWith(`chrome-extension://${browser.extensionId}/${POPUP_PATH}`),
        )
        .map((target) => target.targetId),
    );
  const before = await popupIds();
  const tabs = (
    (await browser.cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as Targets
  ).targetInfos.filter((target) => target.url === page.url());
  await browser.cdp.send('Extensions.triggerAction', { id: browser.extensionId, targetId: tabs[0]!.targetId });
  const popupId = await poll(async () => [...(await popupIds())].find((id) => !before.has(id)), 'the popup');
  return PopupTarget.attach(browser.cdp, popupId);
}

async function clickPopupButton(popup: PopupTarget, label: string): Promise<void> {
  await popup.waitFor(
    (text) =>
      [...document.querySelectorAll('button')].some(
        (button) => button.textContent?.trim() === text && !button.disabled,
      ),
    label,
    `the popup's ${label} button`,
  );
  await popup.evaluate((text) => {
    [...document.querySelectorAll('button')].find((button) => button.textContent?.trim() === text)!.click();
  }, label);
}

function rowTitles(page: Page): Promise<string[]> {
  return page.locator('.entry-title').allInnerTexts();
}

async function readStoredEntries(page: Page): Promise<SavedOutline[]> {
  return page.evaluate(async () => {
    const all = await (
      globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('library/entry/'))
      .map(([, value]) => value as SavedOutline);
  });
}

let server: StaticServer;
const seedExpected = corpusExpected<{ title: string; bullets: string[]; headings: { text: string }[] }>(
  'seed/kyrgyzstan-visit',
);
/** A word that occurs in one of the seed page's bullets and in none of its headline or headings. */
const BULLET_WORD = 'deportation';

beforeAll(async () => {
  server = await startStaticServer({ '/world/putin-in-kyrgystan.html': corpusPage('seed/kyrgyzstan-visit') });
});
afterAll(async () => {
  await server?.close();
});

describe('the library, end to end', () => {
  const profile = mkdtempSync(path.join(tmpdir(), 'outline-reader-library-e2e-'));
  const downloads = mkdtempSync(path.join(tmpdir(), 'outline-reader-downloads-'));
  let browser: Browser | undefined;
  afterAll(async () => {
    await browser?.context.close().catch(() => undefined);
    rmSync(profile, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  test('save from the popup, search a bullet word, export, delete, import, and survive a restart', async () => {
    expect(seedExpected.bullets.some((bullet) => bullet.includes(BULLET_WORD))).toBe(true);
    expect(
      [seedExpected.title, ...seedExpected.headings.map((heading) => heading.text)].join(' ').toLowerCase(),
    ).not.toContain(BULLET_WORD);

    browser = await launch(profile);
    const article = await browser.context.newPage();
    await article.goto(server.url('/world/putin-in-kyrgystan.html'));

    // Save from the real toolbar popup.
    const popup = await openToolbarPopup(browser, article);
    await clickPopupButton(popup, 'Save');
    const savedStatus = await popup.waitFor(
      () => /Saved to your library|Updated in your library|Not saved/.exec(document.body.innerText)?.[0],
      undefined,
      'the save status',
    );
    expect(savedStatus).toBe('Saved to your library');
    // Saving the same page again updates its entry, and says so.
    await clickPopupButton(popup, 'Save');
    await popup.waitFor(
      () => document.body.innerText.includes('Updated in your library'),
      undefined,
      'the update status',
    );

    // Open the library from the popup.
    const opened = browser.context.waitForEvent('page');
    await clickPopupButton(popup, 'Library');
    const library = await opened;
    await library.waitForURL(browser.libraryUrl);
    await library.locator('.entry').first().waitFor();
    expect(await rowTitles(library)).toEqual([expect.stringContaining('Kyrgystan')]);

    // Find it by a word that only its bullets contain.
    const search = library.locator('input[type="search"]');
    await search.fill('no-such-word-anywhere');
    await library.getByText('Nothing matches').waitFor();
    await search.fill(BULLET_WORD);
    await expect.poll(() => rowTitles(library)).toEqual([expect.stringContaining('Kyrgystan')]);
    expect(await library.locator('.entry-snippet mark').first().innerText()).toBe(BULLET_WORD);
    await search.fill('');

    // Read it: the outline with its bullets, and a link back to the article.
    await library.locator('.entry-title a').first().click();
    await library.locator('.reader h1').waitFor();
    expect(await library.locator('.reader li').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining(BULLET_WORD)]),
    );
    expect(await library.locator('a.article-link').getAttribute('href')).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/world\/putin-in-kyrgystan\.html$/,
    );
    await library.keyboard.press('Escape');
    await library.locator('.entry').first().waitFor();

    // Export JSON through the page's button (a real download).
    const stored = await readStoredEntries(library);
    expect(stored).toHaveLength(1);
    const downloadEvent = library.waitForEvent('download');
    await library.locator('button[data-format="json"]').click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toMatch(/^outline-reader-library-\d{4}-\d{2}-\d{2}\.json$/);
    const exportPath = path.join(downloads, download.suggestedFilename());
    await download.saveAs(exportPath);
    const exported = parseLibraryExport(readFileSync(exportPath, 'utf8'));
    expect(exported.ok && exported.entries).toEqual(stored);

    // Delete it (Undo is offered), then import the file: it is back, identical.
    await library.getByRole('button', { name: /^Delete “/ }).click();
    await library.locator('.toast').getByRole('button', { name: 'Undo' }).waitFor();
    await library.getByText('Your library is empty.').waitFor();
    expect(await readStoredEntries(library)).toEqual([]);

    // A file that is not ours is refused and changes nothing.
    const foreign = path.join(downloads, 'bookmarks.json');
    writeFileSync(foreign, JSON.stringify({ bookmarks: [{ url: 'https://example.org/' }] }));
    await library.locator('input[type="file"]').setInputFiles(foreign);
    await library.getByText('This is not an Outline Reader library export').waitFor();
    expect(await readStoredEntries(library)).toEqual([]);

    await library.locator('input[type="file"]').setInputFiles(exportPath);
    await library
      .getByText(/Imported “outline-reader-library-[\d-]+\.json”: 1 added, 0 updated, 0 unchanged, 0 rejected\./)
      .waitFor();
    await library.locator('.entry').first().waitFor();
    expect(await readStoredEntries(library)).toEqual(stored);

    // Restart the browser on the same profile: the entry is still there.
    await browser.context.close();
    browser = await launch(profile);
    const reopened = await browser.context.newPage();
    await reopened.goto(browser.libraryUrl);
    await reopened.locator('.entry').first().waitFor();
    expect(await rowTitles(reopened)).toEqual([expect.stringContaining('Kyrgystan')]);
    expect(await readStoredEntries(reopened)).toEqual(stored);

    // A save from elsewhere while the page is open: its row appears on top from the storage change alone.
    const sent = {
      ...stored[0]!,
      url: 'https://elsewhere.example/saved-while-open',
      title: 'Saved while the library was open',
    };
    const reply = await reopened.evaluate(async (outline) => {
      type Runtime = { sendMessage(message: unknown): Promise<{ ok: boolean }> };
      const runtime = (globalThis as unknown as { chrome: { runtime: Runtime } }).chrome.runtime;
      return runtime.sendMessage({ type: 'library/save', payload: { outline } });
    }, sent);
    expect(reply.ok).toBe(true);
    await expect.poll(() => rowTitles(reopened)).toEqual([sent.title, expect.stringContaining('Kyrgystan')]);

    // A cut link to an outline: a clear message, not a blank page.
    await reopened.goto(`${browser.libraryUrl}#/entry/%E0%A4%A`);
    await reopened.getByText('This link to a saved outline is damaged').waitFor();
  });
});
