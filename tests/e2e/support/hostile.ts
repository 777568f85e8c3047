/**
 * The set-up the hostile-page files share (hostile.test.ts, hostile-core.test.ts): a static server
 * for their fixture pages, one Chromium with the built extension per file, a fresh tab per page
 * (a query string keeps each load apart), and the popup's outline of a page as a user sees it.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import {
  type ExtensionHarness,
  launchExtension,
  type PopupTarget,
  repoRoot,
  type StaticServer,
  startStaticServer,
} from './chromium';

/** The popup's `data-state` once it has left "loading" ("ready", "empty", "error"…), waiting up to `timeoutMs`. */
export function popupSettled(popup: PopupTarget, what: string, timeoutMs?: number): Promise<string> {
  return popup.waitFor(
    () => {
      const s = document.documentElement.dataset.state;
      return s && s !== 'loading' ? s : null;
    },
    undefined,
    what,
    timeoutMs,
  );
}

export interface PopupOutline {
  /** The popup's `data-state` once it left "loading" ("ready", "empty", "error"…). */
  state: string;
  headline: string | null;
  headings: string[];
  bullets: string[];
  message: string | null;
}

export interface HostileBrowser {
  readonly ext: ExtensionHarness;
  readonly server: StaticServer;
  /** Opens the fixture at `pathname` in a new tab. */
  openPage(pathname: string): Promise<{ page: Page; tabId: number; url: string }>;
  /**
   * The popup's outline of the page (the real toolbar click, which also grants activeTab), once it
   * has settled; `settleMs` bounds the wait (the harness's default when omitted).
   */
  popupOutline(page: Page, settleMs?: number): Promise<PopupOutline>;
}

/** Registers the file's beforeAll / afterAll: `routes` maps a server path to a file in tests/e2e/fixtures. */
export function hostileBrowser(routes: Record<string, string>): HostileBrowser {
  let ext: ExtensionHarness | undefined;
  let server: StaticServer | undefined;
  let pageCounter = 0;

  beforeAll(async () => {
    const files = Object.entries(routes).map(([route, name]) => [
      route,
      path.join(repoRoot, 'tests/e2e/fixtures', name),
    ]);
    server = await startStaticServer(Object.fromEntries(files));
    ext = await launchExtension();
  });

  afterAll(async () => {
    await ext?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the hostile-page browser is not started (used outside a test?)');
    return value;
  };

  return {
    get ext() {
      return started(ext);
    },
    get server() {
      return started(server);
    },
    async openPage(pathname) {
      const page = await started(ext).context.newPage();
      const url = new URL(started(server).url(pathname));
      url.searchParams.set('run', String(++pageCounter));
      await page.goto(url.href);
      return { page, tabId: await started(ext).tabIdOf(page), url: url.href };
    },
    async popupOutline(page, settleMs) {
      const popup = await started(ext).triggerAction(page);
      try {
        const state = await popupSettled(popup, 'the popup to finish loading', settleMs);
        const rows = await popup.evaluate(() => ({
          headline: document.querySelector('h1')?.textContent ?? null,
          headings: [...document.querySelectorAll('[role=treeitem].or-heading > .or-row .or-label')].map(
            (el) => el.textContent ?? '',
          ),
          bullets: [...document.querySelectorAll('[role=treeitem].or-bullet > .or-row .or-label')].map(
            (el) => el.textContent ?? '',
          ),
          message: document.querySelector('.or-state')?.textContent ?? null,
        }));
        return { state, ...rows };
      } finally {
        await popup.close();
      }
    },
  };
}
