/** Keyboard commands declared in manifest.json (`_execute_action` is handled by the browser itself). */
import { errorText } from '../shared/error-text';
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
    // A page the browser keeps extensions out of (nowhere to show the panel), or a failure: the button says which.
    const message = errorText(error);
    console.warn('Outline Reader: could not toggle the outline panel:', message);
    await noteCannotOpen(tab, tabId, message);
    return undefined;
  }
}
