/** The panel's stored preferences: round trip, defaults, damaged and future data, refusing storage. */
import { describe, expect, test } from 'vitest';
import {
  DEFAULT_PANEL_PREFS,
  PANEL_PREFS_KEY,
  PANEL_PREFS_VERSION,
  parsePanelPrefs,
  readPanelPrefs,
  writePanelPrefs,
  type PrefsArea,
} from '../../src/shared/storage/panel-prefs';

function memoryArea(initial: Record<string, unknown> = {}): PrefsArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = { ...initial };
  return {
    data,
    async get(key) {
      return key in data ? { [key]: JSON.parse(JSON.stringify(data[key])) } : {};
    },
    async set(items) {
      Object.assign(data, JSON.parse(JSON.stringify(items)));
    },
  };
}

describe('panel preferences', () => {
  test('nothing stored reads as the defaults', async () => {
    expect(await readPanelPrefs(memoryArea())).toEqual(DEFAULT_PANEL_PREFS);
  });

  test('a written choice reads back, under its own versioned key', async () => {
    const area = memoryArea({ 'library/index': { a: 'https://x.org/' } });
    expect(await writePanelPrefs(area, { side: 'left', collapsed: true })).toBe(true);
    expect(area.data[PANEL_PREFS_KEY]).toEqual({ version: PANEL_PREFS_VERSION, side: 'left', collapsed: true });
    expect(area.data['library/index']).toEqual({ a: 'https://x.org/' }); // the library is not touched
    expect(await readPanelPrefs(area)).toEqual({ side: 'left', collapsed: true });
  });

  test('damaged fields fall back one by one; other versions and non-objects read as defaults', () => {
    expect(parsePanelPrefs({ version: PANEL_PREFS_VERSION, side: 'top', collapsed: true })).toEqual({
      side: 'auto',
      collapsed: true,
    });
    expect(parsePanelPrefs({ version: PANEL_PREFS_VERSION, side: 'right', collapsed: 'yes' })).toEqual({
      side: 'right',
      collapsed: false,
    });
    expect(parsePanelPrefs({ version: PANEL_PREFS_VERSION + 1, side: 'left', collapsed: true })).toEqual(
      DEFAULT_PANEL_PREFS,
    );
    expect(parsePanelPrefs({ side: 'left' })).toEqual(DEFAULT_PANEL_PREFS);
    expect(parsePanelPrefs('left')).toEqual(DEFAULT_PANEL_PREFS);
    expect(parsePanelPrefs(null)).toEqual(DEFAULT_PANEL_PREFS);
  });

  test('a storage that throws gives the defaults on read and false on write', async () => {
    const broken: PrefsArea = {
      get: () => Promise.reject(new Error('no storage')),
      set: () => Promise.reject(new Error('QUOTA_BYTES quota exceeded')),
    };
    expect(await readPanelPrefs(broken)).toEqual(DEFAULT_PANEL_PREFS);
    expect(await writePanelPrefs(broken, { side: 'right', collapsed: false })).toBe(false);
  });
});
