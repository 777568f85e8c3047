/**
 * Background entry (MV3 service worker in Chromium, event page in Firefox). Thin: it only
 * registers listeners, synchronously at top level, so the browser can wake the worker for them.
 * It keeps no state in memory: everything it needs comes with each message.
 */
import browser from 'webextension-polyfill';
import { runCommand } from './commands';
import { handleMessage } from './handlers';
import { handleLibraryMessage } from './library';

browser.runtime.onMessage.addListener(handleMessage);
// The library page's writes (delete, undo, import, repair): library.ts, the library's single writer.
browser.runtime.onMessage.addListener(handleLibraryMessage);
browser.commands.onCommand.addListener((command, tab) => {
  void runCommand(command, tab);
});

if (__E2E__) {
  // Tests cannot press keyboard shortcuts: the e2e build exposes the command handler instead.
  (globalThis as Record<string, unknown>).__outlineReaderTest = { runCommand };
}
