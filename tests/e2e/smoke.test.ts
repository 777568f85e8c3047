import { afterAll, beforeAll, expect, test } from 'vitest';
import { corpusPage, launchExtension, startStaticServer, type ExtensionHarness, type StaticServer } from './support/chromium';

let ext: ExtensionHarness;
let server: StaticServer;

beforeAll(async () => {
  server = await startStaticServer({ '/seed.html': corpusPage('seed/kyrgyzstan-visit') });
  ext = await launchExtension();
});
afterAll(async () => {
  await ext?.close();
  await server?.close();
});

test('helper: the toolbar action opens the popup, popup as tab, content world', async () => {
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed.html'));
  const popup = await ext.triggerAction(page);
  const text = await popup.waitFor(() => document.body.innerText);
  expect(text).toContain('Outline');
  const tabId = await ext.tabIdOf(page);
  const tab = await ext.openPopupAsTab(tabId);
  expect(tab.url()).toContain('tabId=');
  const title = await ext.evaluateInContentWorld(tabId, () => document.title);
  expect(title).toContain('Putin');
});
