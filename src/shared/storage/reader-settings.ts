/**
 * The reader view's settings (font size, font, line width, line height, theme), remembered in
 * `storage.local` under one small key of their own, with a schema version.
 *
 * v1 (the first draft of this module, never released): `{ version: 1, fontSize, serif: boolean, dark: boolean }`.
 * v2: `font` and `theme` are choices (sepia and "follow the system" need more than two values), plus
 *     `width` and `lineHeight`.
 *
 * Reading never throws and loses nothing it understands: a field that is missing or not valid
 * takes its default; data of a newer version is read field by field and left as it is.
 */
import type { StorageAreaLike } from './types';

export const READER_SETTINGS_KEY = 'reader/settings';
export const READER_SETTINGS_VERSION = 2;

export const READER_FONTS = ['serif', 'sans'] as const;
export const READER_WIDTHS = ['narrow', 'medium', 'wide'] as const;
export const READER_LINE_HEIGHTS = ['compact', 'normal', 'loose'] as const;
export const READER_THEMES = ['system', 'light', 'sepia', 'dark'] as const;

export interface ReaderSettings {
  version: typeof READER_SETTINGS_VERSION;
  /** Body text size in CSS pixels (READER_FONT_SIZES). */
  fontSize: number;
  font: (typeof READER_FONTS)[number];
  width: (typeof READER_WIDTHS)[number];
  lineHeight: (typeof READER_LINE_HEIGHTS)[number];
  theme: (typeof READER_THEMES)[number];
}

/** The sizes `[` and `]` step through: small enough steps to fine-tune, 14 px to 28 px. */
export const READER_FONT_SIZES = [14, 15, 16, 17, 18, 19, 20, 22, 24, 26, 28] as const;

export const DEFAULT_READER_SETTINGS: ReaderSettings = {
  version: READER_SETTINGS_VERSION,
  fontSize: 19,
  font: 'serif',
  width: 'medium',
  lineHeight: 'normal',
  theme: 'system',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(choices: readonly T[], value: unknown, fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** The nearest size on the scale (stored sizes off the scale, e.g. from v1, snap to it). */
function fontSizeOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_READER_SETTINGS.fontSize;
  return READER_FONT_SIZES.reduce((best, size) => (Math.abs(size - value) < Math.abs(best - value) ? size : best));
}

/** v1 → v2: `serif` becomes `font`, `dark` becomes `theme` (light was "follow the system" then). */
export function migrateV1(v1: Record<string, unknown>): Record<string, unknown> {
  const { serif, dark, ...rest } = v1;
  return {
    ...rest,
    version: 2,
    font: serif === false ? 'sans' : 'serif',
    theme: dark === true ? 'dark' : 'system',
  };
}

/** Any stored value → valid settings of this version. Never throws. */
export function readReaderSettings(raw: unknown): ReaderSettings {
  if (!isRecord(raw)) return { ...DEFAULT_READER_SETTINGS };
  const data = raw.version === 1 ? migrateV1(raw) : raw;
  const defaults = DEFAULT_READER_SETTINGS;
  return {
    version: READER_SETTINGS_VERSION,
    fontSize: fontSizeOf(data.fontSize),
    font: oneOf(READER_FONTS, data.font, defaults.font),
    width: oneOf(READER_WIDTHS, data.width, defaults.width),
    lineHeight: oneOf(READER_LINE_HEIGHTS, data.lineHeight, defaults.lineHeight),
    theme: oneOf(READER_THEMES, data.theme, defaults.theme),
  };
}

/** Stored settings of a newer version than this code knows (left as they are until the user changes one). */
export function isNewerVersion(raw: unknown): boolean {
  return isRecord(raw) && typeof raw.version === 'number' && raw.version > READER_SETTINGS_VERSION;
}

export async function loadReaderSettings(area: StorageAreaLike): Promise<ReaderSettings> {
  try {
    const stored = (await area.get(READER_SETTINGS_KEY))[READER_SETTINGS_KEY];
    const settings = readReaderSettings(stored);
    // An older version is written back upgraded, once (a newer one is not downgraded).
    if (isRecord(stored) && typeof stored.version === 'number' && stored.version < READER_SETTINGS_VERSION) {
      await area.set({ [READER_SETTINGS_KEY]: settings }).catch(() => undefined);
    }
    return settings;
  } catch {
    return { ...DEFAULT_READER_SETTINGS };
  }
}

export async function saveReaderSettings(area: StorageAreaLike, settings: ReaderSettings): Promise<void> {
  await area.set({ [READER_SETTINGS_KEY]: readReaderSettings(settings) });
}

/** The next size up (+1) or down (-1) the scale; the ends stay where they are. */
export function stepFontSize(size: number, direction: 1 | -1): number {
  const index = READER_FONT_SIZES.indexOf(fontSizeOf(size) as (typeof READER_FONT_SIZES)[number]);
  const next = Math.min(READER_FONT_SIZES.length - 1, Math.max(0, index + direction));
  return READER_FONT_SIZES[next]!;
}
