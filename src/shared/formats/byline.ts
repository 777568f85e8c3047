import { isSameName } from '../../core/read/text';

/**
 * The byline as shown beside the site's name: none when it only repeats that name ("La Tercera · La
 * Tercera"; a publication signing its own story names no author). Every place that prints an article's
 * byline line (popup, panel, library, exports, reader) shows it through this.
 */
export function shownByline(byline: string | null | undefined, siteName: string | null | undefined): string | null {
  if (!byline?.trim()) return null;
  return siteName && isSameName(byline, siteName) ? null : byline;
}
