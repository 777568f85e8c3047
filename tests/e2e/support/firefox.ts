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
