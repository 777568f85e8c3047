/**
 * The in-page panel's script, injected by the background beside the content script when the
 * panel is opened (see panel-slot.ts). Built as one self-contained IIFE, like the content script.
 * Running it again (every toggle injects it) only sets the same factory again.
 */
import { readPanelPrefs, writePanelPrefs } from '../shared/storage/panel-prefs';
import { PanelController } from './panel/controller';
import { PANEL_FACTORY_KEY, type PanelFactory } from './panel-slot';

const factory: PanelFactory = ({ storageLocal, ...services }) =>
  new PanelController({
    ...services,
    prefs: {
      read: () => readPanelPrefs(storageLocal()),
      write: (prefs) => writePanelPrefs(storageLocal(), prefs),
    },
  });
(globalThis as Record<string, unknown>)[PANEL_FACTORY_KEY] = factory;
