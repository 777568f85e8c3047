/** Small display helpers shared by the list and the reader view. */
import type { SavedOutline } from '../../shared/storage';
import { siteOf } from '../search';
import { shownByline } from '../../shared/formats/byline';
import { formatDate, formatUpdate, textDirection } from '../../ui/format';

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment (when an entry was saved) in the reader's zone, with its time. */
export function formatMoment(iso: string): string | null {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : dateTimeFormat.format(time);
}

/** "Site · Byline · 12 Oct 2023 · Updated 13 Oct 2023, 09:10" for an entry. */
export function metaLine(entry: SavedOutline): string {
  const byline = shownByline(entry.byline, siteOf(entry));
  return [siteOf(entry), byline, formatDate(entry.publishedTime), formatUpdate(entry.modifiedTime, entry.publishedTime)]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The direction of an entry's text as the popup, panel and reader give it (ui/format.ts textDirection: the page's,
 * else its headline's and headings' script); `auto` when they have no letter.
 */
export function textDir(entry: SavedOutline): 'ltr' | 'rtl' | 'auto' {
  return textDirection(entry) ?? 'auto';
}
