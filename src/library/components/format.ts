/** Small display helpers shared by the list and the reader view. */
import type { SavedOutline } from '../../shared/storage';
import { siteOf } from '../search';
import { shownByline } from '../../shared/formats/byline';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(iso: string | null, withTime = false): string | null {
  if (!iso) return null;
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return (withTime ? dateTimeFormat : dateFormat).format(time);
}

/** "Site · Byline · 12 Oct 2023" for an entry. */
export function metaLine(entry: SavedOutline): string {
  return [siteOf(entry), shownByline(entry.byline, siteOf(entry)), formatDate(entry.publishedTime)]
    .filter(Boolean)
    .join(' · ');
}

/** Page text of unknown direction: `auto` lets the browser pick from the text itself. */
export function textDir(entry: SavedOutline): 'ltr' | 'rtl' | 'auto' {
  return entry.dir ?? 'auto';
}
