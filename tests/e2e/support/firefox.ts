/**
 * Firefox for the end-to-end tests (see ../shared/docs/stack-notes.md): Debian firefox-esr driven by
 * puppeteer-core over WebDriver BiDi, with the built extension installed under a fixed internal
 * UUID, so that its pages have known moz-extension:// addresses.
 */
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The gecko id the build's manifest declares (vite.config.ts). */
export const GECKO_ID = 'outline-reader@example.org';

/** Starts headless Firefox with the extension in `dist` installed as `extensionUuid`. */
export async function launchFirefoxWithExtension(dist: string, extensionUuid: string): Promise<Browser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: extensionUuid }) },
  });
  await browser.installExtension(path.resolve(dist));
  return browser;
}

/**
 * In the browser's chrome scope: grant activeTab on the selected tab, as a toolbar click would (a
 * test cannot click the toolbar), and return that tab's extension-API id. Needs
 * --remote-allow-system-access (launchFirefoxWithExtension passes it).
 */
export async function grantActiveTabInFirefox(browser: Browser): Promise<number> {
  // puppeteer-core's BiDi browser exposes its raw connection (not in the public Browser type).
  const connection = (browser as unknown as { connection: { send(method: string, params: unknown): Promise<unknown> } })
    .connection;
  const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    result: { contexts: Array<{ context: string; url: string }> };
  };
  const window = tree.result.contexts.find((context) => context.url === 'chrome://browser/content/browser.xhtml');
  if (!window) throw new Error('no Firefox browser window in chrome scope');
  const reply = (await connection.send('script.evaluate', {
    expression: `(() => {
      const extension = WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension;
      const tab = gBrowser.selectedTab;
      extension.tabManager.addActiveTabPermission(tab);
      return extension.tabManager.getWrapper(tab).id;
    })()`,
    target: { context: window.context },
    awaitPromise: false,
  })) as { result: { type: string; result?: { value: number }; exceptionDetails?: { text: string } } };
  if (reply.result.type !== 'success' || typeof reply.result.result?.value !== 'number') {
    throw new Error(`could not grant activeTab: ${JSON.stringify(reply.result)}`);
  }
  return reply.result.result.value;
}
