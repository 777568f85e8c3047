/**
 * The analysis core alone in real Chromium: src/core built as one IIFE (Vite, library mode), run
 * in an isolated world of a page (as the content script runs), on HTML given with `setContent`.
 * Page JavaScript is disabled, so generated documents cannot run scripts of their own.
 *
 *   const core = await launchCoreInChromium();
 *   const result = await core.outline('<html>…</html>', 'https://example.com/a');
 *   await core.close();
 */
import path from 'node:path';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { build, type Rollup } from 'vite';
import type { OutlineResult } from '../../../src/core/types';
import { chromiumPath, repoRoot } from './chromium';

/** The global name of the built core inside the isolated world. */
const GLOBAL_NAME = 'OutlineCoreUnderTest';

/** Builds `entry` (default: src/core/index.ts) as one IIFE script and returns its code. */
export async function buildCoreScript(entry = path.join(repoRoot, 'src/core/index.ts')): Promise<string> {
  const output = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: false,
      lib: { entry, formats: ['iife'], name: GLOBAL_NAME, fileName: () => 'core.js' },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[];
  const outputs = Array.isArray(output) ? output : [output];
  const chunk = outputs.flatMap((out) => out.output).find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error('the core build produced no script');
  return chunk.code;
}

export interface CoreInChromium {
  /** The core's result for the HTML, analysed under `url`, or the error it threw. */
  outline(html: string, url: string | null): Promise<OutlineResult | { error: string }>;
  /** The page's DOM as Chromium parsed the last HTML (its outer HTML, doctype included). */
  serializedDom(): Promise<string>;
  close(): Promise<void>;
}

export async function launchCoreInChromium(options: { script?: string } = {}): Promise<CoreInChromium> {
  const script = options.script ?? (await buildCoreScript());
  const browser: Browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ javaScriptEnabled: false });
  // No network: a generated page's images, styles and frames are never fetched.
  await context.route('**/*', (route) => route.abort());
  const page: Page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);

  async function isolatedWorld(): Promise<number> {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'outline-core-test',
      grantUniveralAccess: false,
    })) as { executionContextId: number };
    return executionContextId;
  }

  async function evaluate<T>(contextId: number, expression: string): Promise<T> {
    const response = (await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true })) as {
      result: { value?: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    };
    if (response.exceptionDetails)
      throw new Error(response.exceptionDetails.exception?.description ?? response.exceptionDetails.text);
    return response.result.value as T;
  }

  return {
    async outline(html, url) {
      await page.setContent(html, { waitUntil: 'domcontentloaded' });
      const contextId = await isolatedWorld();
      await evaluate(contextId, `${script};void 0`);
      const call = `(() => { try { return JSON.stringify(${GLOBAL_NAME}.outlineDocument(document, { url: ${JSON.stringify(url)} })); }
        catch (error) { return JSON.stringify({ error: String(error && error.stack || error) }); } })()`;
      return JSON.parse(await evaluate<string>(contextId, call)) as OutlineResult | { error: string };
    },
    async serializedDom() {
      const contextId = await isolatedWorld();
      return evaluate<string>(contextId, `'<!doctype html>' + document.documentElement.outerHTML`);
    },
    async close() {
      await browser.close();
    },
  };
}
