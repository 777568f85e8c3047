/**
 * Everything the popup needs from the browser, behind one small interface: the real client
 * talks to the background (typed protocol) and the browser APIs; `createMockClient`
 * (mock-client.ts) is its twin for unit tests and a plain dev page.
 */
import type { OutlineResult } from '../core/types';
import type { LibrarySaveReply, OutlineReply, ReaderOpenReply } from '../shared/protocol';

export interface ShortcutInfo {
  /** The command's name in manifest.json ('_execute_action', 'toggle-outline'). */
  name: string;
  description: string;
  /** The key the user set (or the suggested one); "" when none is assigned. */
  shortcut: string;
}

export interface PopupClient {
  /** The tab the popup is about (from ?tabId=N, else the active tab of the current window). */
  getTargetTabId(): Promise<number>;
  getOutline(tabId: number): Promise<OutlineReply>;
  scrollTo(tabId: number, sectionId: string): Promise<boolean>;
  /** Shows the outline panel in the tab (one already open stays); whether it is open now. */
  showPanel(tabId: number): Promise<boolean>;
  /** Shows the tab's article in the reader view, in that tab. */
  openReader(tabId: number): Promise<ReaderOpenReply>;
  /** `tabId`: the tab it comes from, whose article text is then kept too. */
  save(outline: OutlineResult, tabId?: number): Promise<LibrarySaveReply>;
  /** Opens an http(s) link in a new tab; false when it was refused. */
  openUrl(url: string): Promise<boolean>;
  openLibrary(): Promise<void>;
  getShortcuts(): Promise<ShortcutInfo[]>;
  /** Where the user changes shortcuts (the browser's page for it, or the way there). */
  shortcutSettingsHint(): string;
  /** Opens the browser's shortcut settings where an extension may (false: show the hint only). */
  openShortcutSettings(): Promise<boolean>;
  copyText(text: string): Promise<void>;
  closePopup(): void;
}
