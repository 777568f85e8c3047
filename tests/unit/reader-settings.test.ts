/** The reader's settings module: defaults, validation, the v1 → v2 migration, storage round trip. */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_READER_SETTINGS,
  READER_SETTINGS_KEY,
  loadReaderSettings,
  readReaderSettings,
  saveReaderSettings,
  stepFontSize,
} from '../../src/shared/storage/reader-settings';
import { MemoryStorageArea } from './storage-memory-area';

describe('reader settings', () => {
  it('gives the defaults for nothing stored or data that is not ours', () => {
    for (const raw of [undefined, null, 42, 'x', [], { version: 2, fontSize: 'big', font: 'comic', theme: 'neon' }]) {
      expect(readReaderSettings(raw)).toEqual(DEFAULT_READER_SETTINGS);
    }
  });

  it('keeps every valid field and replaces only the invalid ones', () => {
    const settings = readReaderSettings({
      version: 2,
      fontSize: 24,
      font: 'sans',
      width: 'bogus',
      lineHeight: 'loose',
      theme: 'sepia',
    });
    expect(settings).toEqual({
      version: 2,
      fontSize: 24,
      font: 'sans',
      width: 'medium',
      lineHeight: 'loose',
      theme: 'sepia',
    });
  });

  it('migrates v1 (serif / dark flags) to v2', () => {
    expect(readReaderSettings({ version: 1, fontSize: 21, serif: false, dark: true })).toEqual({
      version: 2,
      fontSize: 20,
      font: 'sans',
      width: 'medium',
      lineHeight: 'normal',
      theme: 'dark',
    });
    expect(readReaderSettings({ version: 1, fontSize: 16, serif: true, dark: false })).toMatchObject({
      font: 'serif',
      theme: 'system',
      fontSize: 16,
    });
  });

  it('writes a migrated v1 back as v2 once; leaves a newer version alone', async () => {
    const area = new MemoryStorageArea();
    await area.set({ [READER_SETTINGS_KEY]: { version: 1, fontSize: 18, serif: false, dark: false } });
    const loaded = await loadReaderSettings(area);
    expect(loaded.font).toBe('sans');
    expect(area.data.get(READER_SETTINGS_KEY)).toEqual(loaded);

    const newer = {
      version: 3,
      fontSize: 22,
      font: 'sans',
      width: 'wide',
      lineHeight: 'normal',
      theme: 'dark',
      columns: 2,
    };
    await area.set({ [READER_SETTINGS_KEY]: newer });
    expect(await loadReaderSettings(area)).toMatchObject({ fontSize: 22, width: 'wide', theme: 'dark' });
    expect(area.data.get(READER_SETTINGS_KEY)).toEqual(newer);
  });

  it('round-trips through storage and survives a storage that fails', async () => {
    const area = new MemoryStorageArea();
    const settings = { ...DEFAULT_READER_SETTINGS, theme: 'sepia' as const, fontSize: 26 };
    await saveReaderSettings(area, settings);
    expect(await loadReaderSettings(area)).toEqual(settings);
    const broken = {
      get: () => Promise.reject(new Error('gone')),
      set: () => Promise.reject(new Error('gone')),
      remove: () => Promise.resolve(),
    };
    expect(await loadReaderSettings(broken)).toEqual(DEFAULT_READER_SETTINGS);
  });

  it('steps the font size along its scale and stops at the ends', () => {
    expect(stepFontSize(19, 1)).toBe(20);
    expect(stepFontSize(20, 1)).toBe(22);
    expect(stepFontSize(19, -1)).toBe(18);
    expect(stepFontSize(28, 1)).toBe(28);
    expect(stepFontSize(14, -1)).toBe(14);
  });
});
