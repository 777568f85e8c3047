/**
 * The browser benches' pages: a local server of HTML documents without their scripts, and a
 * Chromium page that loads only those documents (requests to other origins and every subresource
 * are aborted, so a corpus page's scripts, styles and images never load or vary).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Serves HTML documents by path, with page scripts forbidden; everything else is a 404. */
export async function serveScriptlessPages(
  pages: ReadonlyMap<string, () => string>,
): Promise<{ origin: string; close(): Promise<void> }> {
  const server = createServer((request, response) => {
    const page = pages.get(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    if (!page) return void response.writeHead(404).end();
    // The page's own scripts do not run (they could rewrite the page, or navigate away); ours run
    // through the DevTools protocol, which the policy does not restrict.
    const headers = {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      'content-security-policy': "script-src 'none'",
    };
    response.writeHead(200, headers).end(page());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { origin, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export async function localOnlyPage(
  browser: Browser,
  origin: string,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().resourceType() === 'document' && route.request().url().startsWith(origin)
      ? route.continue()
      : route.abort(),
  );
  return { context, page: await context.newPage() };
}

/** The real Chromium binary (/usr/bin/chromium is a wrapper script). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/**
 * Headless Chromium as the benches run it: no GPU, no background requests; `exposeGc` gives pages
 * `gc()`, for a minor collection before each timed run.
 */
export function launchBenchBrowser({ exposeGc = false } = {}): Promise<Browser> {
  const args = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];
  if (exposeGc) args.push('--js-flags=--expose-gc');
  return chromium.launch({ executablePath: CHROMIUM, args });
}

/** An evaluator in a new isolated world of the page's main frame, as a content script's, and its release. */
export interface IsolatedWorld {
  evaluate<T>(expression: string): Promise<T>;
  detach(): Promise<void>;
}

/**
 * A new isolated world of the page's main frame (CDP `Page.createIsolatedWorld`): every node code there
 * touches gets a wrapper of that world, held apart from the page's own (in the main world the wrapper
 * lives in the node), as for the extension's content script.
 */
export async function isolatedWorld(page: Page, worldName: string): Promise<IsolatedWorld> {
  const cdp = await page.context().newCDPSession(page);
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName,
  })) as { executionContextId: number };
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const reply = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
        awaitPromise: true,
      })) as { result: { value: T }; exceptionDetails?: { text: string } };
      if (reply.exceptionDetails) throw new Error(`isolated world: ${reply.exceptionDetails.text}`);
      return reply.result.value;
    },
    detach: () => cdp.detach(),
  };
}
