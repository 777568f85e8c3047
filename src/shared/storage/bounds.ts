/**
 * The bounds on what one saved outline may hold, for everything the library is handed (saves,
 * imported files, stored data). Too-long texts are clipped with "…" and a related story that is
 * not a web link is dropped (the rest of the outline is still worth keeping); a value no real
 * article has (a count of 1e308, a date in year 275760, an address of a megabyte) rejects the entry.
 */

/** Titles, bylines, site names, dates, headings, related titles: a real one is far shorter (as in the core). */
export const MAX_SHORT_TEXT_CHARS = 1_000;
/** Bullets and the excerpt: a long clause of a legal list item fits; a whole article pasted into one does not. */
export const MAX_LONG_TEXT_CHARS = 10_000;
/** Page addresses: real ones stay under 2,000 characters; browsers and servers often refuse past 8 kB. */
export const MAX_URL_CHARS = 8_192;
/** Word counts and reading minutes: the longest novels are about 600,000 words. */
export const MAX_COUNT = 10_000_000;
/** Save and update times: four-digit years from the start of Unix time (a clock cannot be earlier). */
export const MIN_TIME = Date.UTC(1970, 0, 1);
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** `text` cut to `max` characters, the last being "…", never splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** A time (ms) a saved entry can carry, or null. */
export function plausibleTime(value: string): number | null {
  const time = Date.parse(value);
  return Number.isFinite(time) && time >= MIN_TIME && time <= MAX_TIME ? time : null;
}

/** An http(s) address of a sane length, as written; else null. */
export function webUrl(value: string): string | null {
  if (value.length > MAX_URL_CHARS) return null;
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:' ? value : null;
  } catch {
    return null;
  }
}
