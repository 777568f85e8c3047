/**
 * The bounds on what one saved outline may hold, for everything the library is handed (saves,
 * imported files, stored data). Too-long texts are clipped with "…" and a related story that is
 * not a web link is dropped (the rest of the outline is still worth keeping); a value no real
 * article has (a count of 1e308, a date in year 275760, an address of a megabyte) rejects the entry.
 */
import { MAX_SHORT_TEXT_CHARS } from '../../core/bounds';
import { clipText } from '../../core/read/text';
import { isHttpUrl } from '../formats/markdown';

/**
 * Texts of an entry (title, byline, site, date, language, excerpt, headings, bullets, related titles)
 * are bounded and clipped as the core bounds what it returns (src/core/bounds.ts, docs/limits.md):
 * an outline the core made is never clipped again.
 */
export { MAX_SHORT_TEXT_CHARS, clipText };

/** Page addresses: real ones stay under 2,000 characters; browsers and servers often refuse past 8 kB. */
export const MAX_URL_CHARS = 8_192;
/** Word counts and reading minutes: the longest novels are about 600,000 words. */
export const MAX_COUNT = 10_000_000;
/** Save and update times: four-digit years from the start of Unix time (a clock cannot be earlier). */
export const MIN_TIME = Date.UTC(1970, 0, 1);
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** A time (ms) a saved entry can carry, or null. */
export function plausibleTime(value: string): number | null {
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= MIN_TIME && time <= MAX_TIME ? time : null;
}

/** An http(s) address of a sane length, as written; else null. */
export function webUrl(value: string): string | null {
  return value.length <= MAX_URL_CHARS && isHttpUrl(value) ? value : null;
}
