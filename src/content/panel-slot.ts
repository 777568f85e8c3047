/**
 * The in-page panel is a script of its own (src/content/panel-script.ts: its UI, Preact and the
 * outline's stylesheet), injected by the background only when the panel is opened (the keyboard
 * shortcut, "Show beside article"): a toolbar click for the popup injects the content script
 * alone, which keeps it small. The panel's script leaves its factory here; the content script
 * makes the panel from it on first use.
 */
import type { PrefsArea } from '../shared/storage/panel-prefs';
import type { PanelDependencies } from './panel/controller';

/** Where panel-script.ts leaves the factory: the extension's isolated world, which pages cannot reach. */
export const PANEL_FACTORY_KEY = '__outlineReaderPanel';

/** What the content script needs of the panel. */
export interface PanelHandle {
  readonly isOpen: boolean;
  open(): void;
  close(): void;
  /** Closes an open panel, opens a closed one; returns whether it is open now. */
  toggle(): boolean;
}

/**
 * What the content script hands the panel's script: its own analysis, jump, host and messaging
 * (the panel's script carries no second copy of them), and storage.local, where the panel's
 * script keeps the panel's side / collapsed choice (that code is the panel's alone).
 */
export interface PanelServices extends Omit<PanelDependencies, 'prefs'> {
  storageLocal(): PrefsArea;
}

export type PanelFactory = (services: PanelServices) => PanelHandle;

/** The factory the panel's script left, or null when it is not injected (yet). */
export function panelFactory(): PanelFactory | null {
  const factory = (globalThis as Record<string, unknown>)[PANEL_FACTORY_KEY];
  return typeof factory === 'function' ? (factory as PanelFactory) : null;
}
