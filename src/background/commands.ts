/** Keyboard commands declared in manifest.json (`_execute_action` is handled by the browser itself). */
import browser, { type Tabs } from 'webextension-polyfill';
import { togglePanel } from './handlers';
import { toggleReader } from './reader';
import { clearNote, noteCannotOpen } from './toolbar';

export const TOGGLE_OUTLINE_COMMAND = 'toggle-outline';
export const TOGGLE_READER_COMMAND = 'toggle-reader';

export async function runCommand(command: string, tab?: Tabs.Tab): Promise<unknown> {
  if (command === TOGGLE_READER_COMMAND) return toggleReader(tab);
  if (command !== TOGGLE_OUTLINE_COMMAND) return undefined;
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId === undefined) return undefined;
  try {
    const result = await togglePanel(tabId);
    await clearNote(tabId);
    return result;
  } catch (error) {
    // A page the browser keeps extensions out of: there is nowhere to show the panel.
    console.warn('Outline Reader: could not toggle the outline panel:', error instanceof Error ? error.message : error);
    await noteCannotOpen(tab, tabId);
    return undefined;
  }
}
