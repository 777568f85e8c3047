/**
 * Screenshots for the docs, from a real run: the toolbar popup and the in-page panel on the seed
 * page and on a news story without subheadings (tests/e2e/fixtures/news-no-headings.html), in
 * light and dark. Runs only with SCREENSHOTS=1 (see scripts/screenshots.mjs), and writes
 * docs/screenshots/{popup,panel,news-popup,news-panel}{,-dark}.png.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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
/** A laptop-sized window: the article and the panel side by side. */
const VIEWPORT = { width: 1280, height: 800 };

describe('screenshots (SCREENSHOTS=1)', () => {
  let ext: ExtensionHarness;
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(OUT_DIR, { recursive: true });
    server = await startStaticServer({
      '/seed.html': corpusPage('seed/kyrgyzstan-visit'),
      '/news.html': path.join(repoRoot, 'tests/e2e/fixtures/news-no-headings.html'),
    });
    ext = await launchExtension({ viewport: VIEWPORT });
  });
  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const pages = [
    { name: 'seed page', path: '/seed.html', prefix: '' },
    { name: 'news page without subheadings', path: '/news.html', prefix: 'news-' },
  ];
  for (const scheme of ['light', 'dark'] as const)
    for (const target of pages) {
      const suffix = scheme === 'dark' ? '-dark' : '';

      test(`popup on the ${target.name} (${scheme})`, async () => {
        const page = await ext.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.url(target.path)}?popup=${scheme}`);
        const popup = await ext.triggerAction(page);
        await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        await popup.waitFor(() => document.documentElement.dataset.state === 'ready');
        // Wait for fonts and two frames, so the capture shows the settled layout.
        await popup.evaluate(() =>
          document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))),
        );
        const png = await popup.screenshot();
        expect(png.length).toBeGreaterThan(1_000);
        writeFileSync(path.join(OUT_DIR, `${target.prefix}popup${suffix}.png`), png);
        await popup.close();
        await page.close();
      });

      test(`in-page panel on the ${target.name} (${scheme})`, async () => {
        const page = await ext.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(`${server.url(target.path)}?panel=${scheme}`);
        const tabId = await ext.tabIdOf(page);
        await (await ext.triggerAction(page)).close();
        await ext.runCommand('toggle-outline', tabId);
        // Read a little way into the article, so the panel marks the section being read (if it has sections).
        const hasSections = await page.evaluate(() => {
          const heading = document.querySelectorAll('article h2, main h2, h2')[2];
          if (heading)
            window.scrollTo({ top: heading.getBoundingClientRect().top + window.scrollY - 24, behavior: 'instant' });
          return Boolean(heading);
        });
        await poll(
          () =>
            ext.evaluateInContentWorld(
              tabId,
              (sections) => {
                const root = (
                  globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot | null } }
                ).__outlineReaderContent.shadowRoot();
                return sections
                  ? !!root?.querySelector('.or-active')
                  : !!root?.querySelector('.or-panel-body .or-headline');
              },
              hasSections,
            ),
          'the panel, with an active section if the article has sections',
        );
        // Let the panel's slide-in animation finish before the capture.
        await poll(
          () =>
            ext.evaluateInContentWorld(tabId, () => {
              const root = (
                globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot | null } }
              ).__outlineReaderContent.shadowRoot();
              return !!root && root.getAnimations().every((animation) => animation.playState === 'finished');
            }),
          'the panel animation to finish',
        );
        const png = await page.screenshot();
        writeFileSync(path.join(OUT_DIR, `${target.prefix}panel${suffix}.png`), png);
        await ext.runCommand('toggle-outline', tabId);
        await page.close();
      });
    }
});
