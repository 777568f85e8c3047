/**
 * The in-page panel's preferences (which side it sits on, whether it is collapsed to a strip),
 * kept in storage.local under one small key of its own, with a version number. Separate from the
 * library's keys: reading or writing it never touches saved outlines. Damaged or unknown data
 * reads as the defaults, and is replaced at the next write.
 */

/** The storage key (outside the `library` prefix). */
export const PANEL_PREFS_KEY = 'panel';
/** The shape written today. A later version adds a migration in `readPanelPrefs`. */
export const PANEL_PREFS_VERSION = 1;

export interface PanelPrefs {
  /** 'auto': the end edge of the page (right, or left on a right-to-left page). */
  side: 'auto' | 'left' | 'right';
  /** Shown as a narrow strip at the window's edge instead of the full panel. */
  collapsed: boolean;
}

export const DEFAULT_PANEL_PREFS: Readonly<PanelPrefs> = { side: 'auto', collapsed: false };

/** The part of `browser.storage.local` these functions use. */
export interface PrefsArea {
  get(keys: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const SIDES: ReadonlySet<string> = new Set(['auto', 'left', 'right']);

/** Reads stored preferences, field by field: a damaged field falls back to its default. */
export function parsePanelPrefs(raw: unknown): PanelPrefs {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_PANEL_PREFS };
  const value = raw as Record<string, unknown>;
  if (value.version !== PANEL_PREFS_VERSION) return { ...DEFAULT_PANEL_PREFS };
  return {
    side:
      typeof value.side === 'string' && SIDES.has(value.side)
        ? (value.side as PanelPrefs['side'])
        : DEFAULT_PANEL_PREFS.side,
    collapsed: typeof value.collapsed === 'boolean' ? value.collapsed : DEFAULT_PANEL_PREFS.collapsed,
  };
}

export async function readPanelPrefs(area: PrefsArea): Promise<PanelPrefs> {
  try {
    return parsePanelPrefs((await area.get(PANEL_PREFS_KEY))[PANEL_PREFS_KEY]);
  } catch {
    return { ...DEFAULT_PANEL_PREFS }; // storage unavailable: the panel still opens
  }
}

/** Writes the preferences; false when storage refused (the panel keeps the choice for this page). */
export async function writePanelPrefs(area: PrefsArea, prefs: PanelPrefs): Promise<boolean> {
  try {
    await area.set({
      [PANEL_PREFS_KEY]: { version: PANEL_PREFS_VERSION, side: prefs.side, collapsed: prefs.collapsed },
    });
    return true;
  } catch {
    return false;
  }
}
