/**
 * Reusable end-to-end helpers: the built extension in Debian Chromium, driven by playwright-core.
 *
 * Usage (see tests/e2e/chromium.test.ts for full examples):
 *
 *   import { launchExtension, startStaticServer, corpusPage } from './support/chromium';
 *
 *   const server = await startStaticServer({ '/seed.html': corpusPage('seed/kyrgyzstan-visit') });
 *   const ext = await launchExtension();            // Chromium + dist-e2e, fresh profile
 *   const page = await ext.context.newPage();
 *   await page.goto(server.url('/seed.html'));
 *   const popup = await ext.triggerAction(page);     // the real toolbar click (grants activeTab)
 *   await popup.waitFor(() => document.querySelector('[role=tree]') !== null);
 *   const title = await popup.evaluate(() => document.querySelector('h1')?.textContent);
 *   await popup.close();
 *   const tabId = await ext.tabIdOf(page);            // (brings the tab to the front: call it before
 *                                                     //  triggerAction, or it closes an open popup)
 *   const popupTab = await ext.openPopupAsTab(tabId); // the popup page as a normal Playwright Page
 *   await ext.runCommand('toggle-outline', tabId);    // what the keyboard shortcut does (e2e build only;
 *                                                     //  needs activeTab, granted by triggerAction)
 *   await ext.evaluateInContentWorld(tabId, () => …); // run in the content script's isolated world
 *   await ext.close(); await server.close();
 *
 * - The extension is loaded from an absolute `dist-e2e/` (`vite build --mode e2e`, which keeps
 *   test hooks such as `globalThis.__outlineReaderTest` in the background). `ensureE2EBuild()`
 *   builds it once if it is missing; `npm run test:e2e` builds it before running the tests.
 * - The real popup is not a Playwright Page: `triggerAction` returns a `PopupTarget` that reads it
 *   through CDP (Runtime.evaluate). Functions passed to `evaluate`/`waitFor` are serialised with
 *   `Function.prototype.toString`, so they must not close over test variables; pass `arg` instead.
 * - Test pages are served from 127.0.0.1 by `startStaticServer` (HTML read as UTF-8, served as UTF-8).
 *   Give every test page its own URL (e.g. a ?run=N query): tabs are matched by URL.
 * - E2E_DIST=path runs against another build (e.g. a private one while someone rebuilds dist-e2e).
 * - Real pages come from the compact corpus in the repository (tests/fixtures/corpus, see
 *   tests/support/corpus.ts): `corpusPage('seed/kyrgyzstan-visit')` is a route for the server.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type CDPSession, type Page, type Worker } from 'playwright-core';
import type { Browser as WebExtensionApi } from 'webextension-polyfill';
import { fixtureExpected, fixtureHtml } from '../../support/corpus';

/** The extension API inside `serviceWorker.evaluate` callbacks (Chromium's promise-returning `chrome`). */
declare const chrome: WebExtensionApi;

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
/** The e2e build; E2E_DIST points elsewhere (e.g. a private build while others rebuild dist-e2e). */
export const e2eDist = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.join(repoRoot, 'dist-e2e');

/** The real Chromium binary (/usr/bin/chromium is a wrapper script). Override with CHROMIUM_PATH. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

export const POPUP_PATH = 'src/popup/index.html';

/** How often `waitFor` polls, and how long it waits by default. */
const POLL_INTERVAL_MS = 25;
const DEFAULT_WAIT_MS = 10_000;

/** Builds dist-e2e once (per process) when it is missing. */
export function ensureE2EBuild(): string {
  if (!existsSync(path.join(e2eDist, 'manifest.json'))) {
    execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn', '--outDir', e2eDist], {
      cwd: repoRoot,
      stdio: 'inherit',
    });
  }
  return e2eDist;
}

/** A page of the compact corpus as a server route, e.g. corpusPage('seed/kyrgyzstan-visit'). */
export function corpusPage(slug: string): Route {
  return { html: fixtureHtml(slug) };
}

/** The corpus page's expected.json, parsed. */
export function corpusExpected<T = Record<string, unknown>>(slug: string): T {
  return fixtureExpected<T>(slug);
}

// ---------------------------------------------------------------------------------------------
// Static server

export interface StaticServer {
  origin: string;
  /** Absolute URL of a served path. */
  url(pathname: string): string;
  close(): Promise<void>;
}

/**
 * A route is a file path (served as UTF-8 HTML), `{ html }` inline, or `{ hang: true }`: a request the server
 * never answers (an outside script or image that never arrives; close() drops it).
 */
export type Route = string | { html: string } | { hang: true };

/** Where STILL_LOADING_PAGE's script and image point: a route that never answers. */
const NEVER_ANSWERS = '/never-answers';

/**
 * An article whose HTML is all there while its `async` script and its image never arrive: parsed
 * (readyState "interactive"), never loaded (s33-ffwait). With NEVER_ANSWERS as `{ hang: true }`.
 */
export const STILL_LOADING_PAGE: Record<string, Route> = {
  '/still-loading.html': {
    html:
      `<!doctype html><html lang="en"><head><title>A page that never finishes loading</title>` +
      `<script async src="${NEVER_ANSWERS}.js"></script></head><body><article>` +
      `<h1>A page that never finishes loading</h1><img src="${NEVER_ANSWERS}.png" alt="">` +
      ['Where it began', 'What changed', 'What comes next', 'Who decides']
        .map(
          (heading) => `<h2>${heading}</h2><p>${'A sentence of the article that says something new. '.repeat(8)}</p>`,
        )
        .join('') +
      `</article></body></html>`,
  },
  [`${NEVER_ANSWERS}.js`]: { hang: true },
  [`${NEVER_ANSWERS}.png`]: { hang: true },
};

/**
 * An article whose HTML never finishes parsing: a parser-blocking `<script src>` in its body never arrives (readyState
 * stays "loading", DOMContentLoaded never comes). The popup waits for it, then says the page is still loading.
 */
export const PARSE_BLOCKED_PAGE: Record<string, Route> = {
  '/parse-blocked.html': {
    html:
      `<!doctype html><html lang="en"><head><title>A page whose parse never ends</title></head><body><article>` +
      `<h1>A page whose parse never ends</h1><p>${'A sentence of the article that says something new. '.repeat(8)}</p>` +
      `<script src="${NEVER_ANSWERS}-blocking.js"></script><p>The rest of the article.</p></article></body></html>`,
  },
  [`${NEVER_ANSWERS}-blocking.js`]: { hang: true },
};
/**
 * How long a test waits for the popup on PARSE_BLOCKED_PAGE: the popup's whole wait (60 s), its last question to the
 * page (up to 6 s) and room for a loaded machine.
 */
export const PARSE_BLOCKED_SETTLE_MS = 75_000;

/** Serves the given routes on 127.0.0.1 (random free port); anything else is a 404. */
export async function startStaticServer(routes: Record<string, Route>): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const route = routes[pathname];
    if (route === undefined) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    if (typeof route === 'object' && 'hang' in route) return;
    // Corpus pages declare various charsets (one gb2312) but are stored as UTF-8: say so.
    const html = typeof route === 'string' ? readFileSync(route, 'utf8').replace(/^\uFEFF/, '') : route.html;
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    // Every connection goes too: a socket the browser opened ahead of a request (a preconnect) counts as busy until
    // the server's 60 s header timeout, and a plain close() waited for it (a test that stops its server mid-way, as
    // the offline reader test does, timed out twice in one loaded run).
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Polling

/** Polls `check` until it returns a truthy value (returned) or the time runs out (throws). */
export async function poll<T>(
  check: () => Promise<T> | T,
  what: string,
  timeoutMs = DEFAULT_WAIT_MS,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value as NonNullable<T>;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_INTERVAL_MS));
  }
}

// ---------------------------------------------------------------------------------------------
// The real popup, read through CDP

/** A page target (the real toolbar popup) read with Runtime.evaluate over the browser CDP session. */
export class PopupTarget {
  private nextId = 0;
  private readonly pending = new Map<number, (message: { result?: unknown; error?: { message: string } }) => void>();

  /** Epoch ms just before the toolbar click was sent (set by `triggerAction`), for timing. */
  clickedAt = 0;

  private constructor(
    private readonly cdp: CDPSession,
    readonly targetId: string,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
      if (message.id === undefined) return;
      this.pending.get(message.id)?.(message);
      this.pending.delete(message.id);
    });
  }

  static async attach(cdp: CDPSession, targetId: string): Promise<PopupTarget> {
    // Non-flattened session: Playwright's CDPSession cannot address flattened child sessions.
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    return new PopupTarget(cdp, targetId, sessionId);
  }

  /** Sends a raw CDP command to the popup target. */
  send<R = unknown>(method: string, params: Record<string, unknown> = {}): Promise<R> {
    const id = ++this.nextId;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, (message) =>
        message.error ? reject(new Error(message.error.message)) : resolve(message.result as R),
      );
      this.cdp
        .send('Target.sendMessageToTarget', {
          sessionId: this.sessionId,
          message: JSON.stringify({ id, method, params }),
        })
        .catch(reject);
    });
  }

  /** Runs `fn(arg)` in the popup (it may return a promise) and returns its JSON-serialisable result. */
  async evaluate<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    const expression = `(${fn.toString()})(${JSON.stringify(arg ?? null)})`;
    const reply = await this.send<{
      result: { value?: R };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (reply.exceptionDetails) {
      throw new Error(`popup: ${reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text}`);
    }
    return reply.result.value as R;
  }

  /** Polls `fn(arg)` in the popup until it returns a truthy value. */
  waitFor<R, A = undefined>(
    fn: (arg: A) => R,
    arg?: A,
    what = fn.toString(),
    timeoutMs = DEFAULT_WAIT_MS,
  ): Promise<NonNullable<R>> {
    return poll(() => this.evaluate(fn, arg), `popup: ${what}`, timeoutMs);
  }

  /** Takes a PNG screenshot of the popup. */
  async screenshot(): Promise<Buffer> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    return Buffer.from(data, 'base64');
  }

  async close(): Promise<void> {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => undefined);
  }
}

// ---------------------------------------------------------------------------------------------
// The browser with the extension

export interface LaunchOptions {
  /** Absolute path of the unpacked extension (default: dist-e2e, built if missing). */
  dist?: string;
  /** Emulated colour scheme for all pages (e.g. screenshots in dark mode). */
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
}

export interface ExtensionHarness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** Browser-level CDP session (Target.*, Extensions.*). */
  cdp: CDPSession;
  /** chrome-extension://ID/ + path */
  extensionUrl(pathname: string): string;
  /** The browser's tab id (chrome.tabs) of a Playwright page. */
  tabIdOf(page: Page): Promise<number>;
  /** The real toolbar click on the page's tab (grants activeTab); resolves with the opened popup (`clickedAt`: when). */
  triggerAction(page: Page): Promise<PopupTarget>;
  /** Opens the popup page as a normal tab for the given tab id (…/src/popup/index.html?tabId=N). */
  openPopupAsTab(tabId: number): Promise<Page>;
  /** Runs a keyboard command's handler in the background (e2e build only), e.g. 'toggle-outline'. */
  runCommand(command: string, tabId?: number): Promise<unknown>;
  /**
   * Runs `fn(arg)` in the page's isolated world of the extension (where the content script lives). `immediately`: at
   * once, not when the page is idle (a page whose HTML never finishes arriving never is).
   */
  evaluateInContentWorld<R, A = null>(
    tabId: number,
    fn: (arg: A) => R | Promise<R>,
    arg?: A,
    immediately?: boolean,
  ): Promise<R>;
  close(): Promise<void>;
}

/**
 * Chromium flags for a headless run with the extension in `dist` loaded (see stack-notes): the new
 * headless mode (extensions need it), no sandbox as root, and no background networking, which this
 * machine's closed network refuses. Playwright adds --disable-extensions itself, hence -except.
 */
export function chromiumArgs(dist: string): string[] {
  return [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
  ];
}

export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionHarness> {
  const dist = options.dist ?? ensureE2EBuild();
  const profile = mkdtempSync(path.join(tmpdir(), 'outline-reader-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: false, // the real headless mode comes from --headless=new below (extensions need it)
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 800 },
    args: chromiumArgs(dist),
  });
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  const browser = context.browser();
  if (!browser) throw new Error('launchPersistentContext returned no browser');
  const cdp = await browser.newBrowserCDPSession();

  async function tabTargetIdOf(page: Page): Promise<string> {
    const url = page.url();
    const { targetInfos } = (await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] })) as {
      targetInfos: Array<{ targetId: string; url: string }>;
    };
    const matches = targetInfos.filter((target) => target.url === url);
    if (matches.length !== 1)
      throw new Error(`expected one tab with URL ${url}, found ${matches.length}: give test pages unique URLs`);
    return matches[0]!.targetId;
  }

  async function popupTargetIds(): Promise<Set<string>> {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ targetId: string; type: string; url: string }>;
    };
    const prefix = `chrome-extension://${extensionId}/${POPUP_PATH}`;
    return new Set(targetInfos.filter((t) => t.type === 'page' && t.url.startsWith(prefix)).map((t) => t.targetId));
  }

  const harness: ExtensionHarness = {
    context,
    extensionId,
    serviceWorker,
    cdp,
    extensionUrl: (pathname) => `chrome-extension://${extensionId}/${pathname.replace(/^\//, '')}`,
    async tabIdOf(page) {
      // Without the "tabs" permission the extension cannot see tab URLs; find the tab as the
      // active one of the page's window instead (CDP window ids are the extension API's window ids).
      await page.bringToFront();
      const session = await context.newCDPSession(page);
      const { targetInfo } = (await session.send('Target.getTargetInfo')) as { targetInfo: { targetId: string } };
      await session.detach();
      const { windowId } = (await cdp.send('Browser.getWindowForTarget', { targetId: targetInfo.targetId })) as {
        windowId: number;
      };
      const ids = await serviceWorker.evaluate(
        async (id) => (await chrome.tabs.query({ active: true, windowId: id })).map((tab) => tab.id),
        windowId,
      );
      if (ids.length !== 1 || typeof ids[0] !== 'number')
        throw new Error(`no active tab in window ${windowId} for ${page.url()}`);
      return ids[0];
    },
    async triggerAction(page) {
      await page.bringToFront();
      const before = await popupTargetIds();
      const tabTargetId = await tabTargetIdOf(page);
      const clickedAt = Date.now();
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tabTargetId });
      const targetId = await poll(
        async () => [...(await popupTargetIds())].find((id) => !before.has(id)),
        'the popup target',
      );
      const popup = await PopupTarget.attach(cdp, targetId);
      popup.clickedAt = clickedAt;
      return popup;
    },
    async openPopupAsTab(tabId) {
      const popup = await context.newPage();
      await popup.goto(harness.extensionUrl(`${POPUP_PATH}?tabId=${tabId}`));
      return popup;
    },
    runCommand(command, tabId) {
      return serviceWorker.evaluate(
        async ([name, id]) => {
          const hook = (
            globalThis as unknown as {
              __outlineReaderTest?: { runCommand(c: string, t?: { id: number }): Promise<unknown> };
            }
          ).__outlineReaderTest;
          if (!hook) throw new Error('no __outlineReaderTest hook: is this the e2e build (vite build --mode e2e)?');
          return hook.runCommand(name, id === null ? undefined : { id });
        },
        [command, tabId ?? null] as const,
      );
    },
    evaluateInContentWorld(tabId, fn, arg, immediately = false) {
      // Built as source text: chrome.scripting serialises `func` itself, and the isolated world's
      // CSP forbids eval, so the test's function must be a literal inside the worker's code.
      const call = `(async () => {
        const [injection] = await chrome.scripting.executeScript({
          target: { tabId: ${JSON.stringify(tabId)}, frameIds: [0] },
          func: ${fn.toString()},
          args: [${JSON.stringify(arg ?? null)}],
          injectImmediately: ${immediately},
        });
        return injection && injection.result;
      })()`;
      return serviceWorker.evaluate(call) as Promise<never>;
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
  return harness;
}
