/**
 * Screenshots of the reader view for the docs, from a real run: the seed page in the light, sepia
 * and dark themes, and a right-to-left article (an Arabic news story written for the docs,
 * tests/fixtures/pages/rtl-article.html). Runs only with SCREENSHOTS=1 (see scripts/screenshots.mjs);
 * writes docs/screenshots/reader-{light,sepia,dark,rtl}.png.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import {
  corpusPage,
  launchExtension,
  poll,
  repoRoot,
  startStaticServer,
  type ExtensionHarness,
  type StaticServer,
} from './support/chromium';

const OUT_DIR = path.join(repoRoot, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 860 };

describe('reader screenshots (SCREENSHOTS=1)', () => {
  let ext: ExtensionHarness;
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    server = await startStaticServer({
      '/seed.html': corpusPage('seed/kyrgyzstan-visit'),
      '/rtl.html': { html: readFileSync(path.join(repoRoot, 'tests/fixtures/pages/rtl-article.html'), 'utf8') },
    });
    ext = await launchExtension({ viewport: VIEWPORT });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  async function reader(pathname: string, query: string): Promise<Page> {
    const page = await ext.context.newPage();
    await page.goto(`${server.url(pathname)}?${query}`);
    const tabId = await ext.tabIdOf(page);
    await (await ext.triggerAction(page)).close();
    await ext.runCommand('toggle-reader', tabId);
    await poll(() => page.url().includes('/reader.html'), 'the reader page');
    await page.waitForSelector('.rd-content p');
    return page;
  }

  async function capture(page: Page, name: string): Promise<void> {
    await page.evaluate(() =>
      document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
    );
    const png = await page.screenshot();
    expect(png.length).toBeGreaterThan(1_000);
    writeFileSync(path.join(OUT_DIR, `reader-${name}.png`), png);
  }

  test('seed page in the light, sepia and dark themes', async () => {
    const page = await reader('/seed.html', 'shot=themes');
    // Read a little way in: the outline marks the section being read, the progress bar moves.
    await page.evaluate(() => {
      const heading = document.querySelectorAll('.rd-content h2')[1];
      if (heading)
        window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 80, behavior: 'instant' });
    });
    for (const theme of ['Light', 'Sepia', 'Dark']) {
      await page.selectOption('#rd-theme', { label: theme });
      await page.mouse.click(3, 500); // the select's focus ring out of the picture (no scrolling)
      await capture(page, theme.toLowerCase());
    }
    await page.selectOption('#rd-theme', { label: 'System' });
    await page.close();
  });

  test('a right-to-left article', async () => {
    const page = await reader('/rtl.html', 'shot=rtl');
    await capture(page, 'rtl');
    await page.close();
  });
});
