/** Small display helpers for the outline header and related stories. */
import { namesNoSite } from '../core/read/host';
import type { OutlineResult } from '../core/types';
import { shownByline } from '../shared/formats/byline';

/**
 * The date formats made so far, by locale: making one costs the browser 50–80 ms the first time
 * in a page (ICU loads its date patterns; measured in the popup on a first click in Chromium 156).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale?: string): Intl.DateTimeFormat {
  const key = locale ?? '';
  let format = dateFormats.get(key);
  if (!format) {
    // Days are given as UTC midnights (formatDate): read back in UTC, whatever the reader zone.
    format = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return format;
}

/**
 * Makes the user's date format ahead of use: the popup calls it while the page is being read, so
 * that the outline's first render does not pay for it.
 */
export function prepareDateFormat(): void {
  dateFormat();
}

/**
 * "12 Oct 2023" in the user's locale: the calendar day the page wrote ("2019-11-18T19:05-05:00" is
 * Nov 18 on the page, though Nov 19 in Berlin; a bare "2023-10-12" is Oct 12, not Oct 11 in New York),
 * read as a UTC midnight and formatted in UTC. Null for a missing date or one the core could not read
 * (it gives every readable date in ISO form).
 */
export function formatDate(iso: string | null, locale?: string): string | null {
  // A date-only ISO string is read as a UTC midnight (NaN when unreadable; no page is dated before 1970).
  const day = Date.parse(/^\d{4}-\d\d-\d\d/.exec(iso ?? '')?.[0] ?? '');
  return day > 0 ? dateFormat(locale).format(day) : null;
}

/** The clock formats made so far, by locale (made only for a page that shows an update's time). */
const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** The page's wall-clock hours and minutes after an ISO day ("2024-05-03T14:05:00+02:00": 14, 05). */
const ISO_CLOCK = /^\d{4}-\d\d-\d\dT(\d\d):(\d\d)/;

/**
 * "Updated 3 May 2024, 14:05" (or "2:05 PM": the user's locale, as formatDate): the last update's day and the clock
 * the page wrote (its wall clock, as formatDate gives the page's day), or the day alone when it wrote none; "Updated
 * 14:05" when it falls on the day the header already shows (`published`), which need not be read twice. Null for no
 * update or one the UI cannot read.
 */
export function formatUpdate(
  iso: string | null | undefined,
  published?: string | null,
  locale?: string,
): string | null {
  const day = formatDate(iso ?? null, locale);
  if (!day) return null;
  const clock = ISO_CLOCK.exec(iso!);
  if (!clock) return `Updated ${day}`;
  const key = locale ?? '';
  let format = clockFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    clockFormats.set(key, format);
  }
  const time = format.format(Date.UTC(2000, 0, 1, +clock[1]!, +clock[2]!));
  return day === formatDate(published ?? null, locale) ? `Updated ${time}` : `Updated ${day}, ${time}`;
}

/**
 * A space before a closing mark (French "gouvernement : Jacques", "apprécié ? Ce") or after an opening guillemet
 * made unbreakable, as French type sets it: a line never starts with the mark or ends with the guillemet.
 */
export function keepMarksWithWords(text: string): string {
  return text.replace(/ (?=[:;!?»›])|(?<=[«‹]) /g, '\u00A0');
}

/** "1 heading", "3 headings". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function formatReadingTime(minutes: number): string | null {
  if (!minutes || minutes < 0) return null;
  return minutes < 1 ? 'Under 1 min read' : `${Math.round(minutes)} min read`;
}

/** The host name without "www.", as a short site label for a link. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/**
 * A link's site label: its host without "www.", or none for a host that names no site (this machine, an IP address:
 * "127.0.0.1" on a page served locally), as the header's siteLabel shows it.
 */
export function linkSite(url: string): string {
  const host = siteOf(url);
  return namesNoSite(host) ? '' : host;
}

/** The pieces of the header's second line, in order: byline, date, the last update's, reading time. */
export function metaParts(result: OutlineResult, locale?: string): string[] {
  return [
    shownByline(result.byline, siteLabel(result)),
    formatDate(result.publishedTime, locale),
    formatUpdate(result.modifiedTime, result.publishedTime, locale),
    formatReadingTime(result.readingMinutes),
  ].filter((part): part is string => !!part);
}

/**
 * The site's name, else the page's host when it names a site: a copy served from this machine or an IP address
 * ("127.0.0.1", "localhost"), or a saved file, shows no site rather than the server's name.
 */
export function siteLabel(result: OutlineResult): string | null {
  return result.siteName || (result.url ? linkSite(result.url) : '') || null;
}

/**
 * The language of the article's text for its `lang` attributes (screen readers' voices, hyphenation): the page's
 * declaration, else the one the core told from the text's words (`textLang`), else none.
 */
export const textLanguage = (result: Pick<OutlineResult, 'lang' | 'textLang'>): string | undefined =>
  result.lang || result.textLang;

/**
 * The letters of the scripts written right to left (Unicode's default bidi classes R and AL): Hebrew to Arabic
 * Extended-A (Arabic, Syriac, Thaana, N'Ko, …) and their presentation forms.
 */
const RTL_LETTERS = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/g;
/** The characters read: a headline and a few headings, enough to outvote a brand name or a quoted word in them. */
const DIRECTION_SAMPLE_CHARS = 400;
/** The share of their letters a right-to-left script must hold: the most of them, names and quoted words aside. */
const RTL_SHARE = 0.5;

/**
 * The direction of the article's text for its `dir` attributes: the page's declaration, else right to left when most
 * letters of its headline and first headings are of a right-to-left script, else left to right; none when they have
 * no letter. The tree needs one (its arrow keys follow it), where `dir="auto"` (the header's first letter) would
 * leave it left to right on an Arabic page that declares nothing. A saved outline (the library) is read the same way.
 */
export function textDirection(
  result: Pick<OutlineResult, 'dir' | 'title'> & { outline: readonly { text: string }[] },
): 'ltr' | 'rtl' | null {
  const letters = [result.title, ...result.outline.map((section) => section.text)]
    .join('')
    .slice(0, DIRECTION_SAMPLE_CHARS)
    .replace(/\P{L}/gu, '');
  if (result.dir || !letters) return result.dir;
  return letters.replace(RTL_LETTERS, '').length < letters.length * (1 - RTL_SHARE) ? 'rtl' : 'ltr';
}
