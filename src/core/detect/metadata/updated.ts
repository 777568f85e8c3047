/**
 * The date of the article's last change, shown where it is later than the publication's: JSON-LD dateModified, the
 * metas article:modified_time and og:updated_time, a <time itemprop=dateModified datetime>, else a line under the
 * headline that a last change's label opens ("Updated 3 May 2024, 14:05": ./labelled-date.ts changeDate).
 */
import { attr } from '../../read/dom';
import { toIsoDate } from './dates';
import type { JsonLdArticle } from './json-ld';
import { firstMeta, type MetaValues } from './meta-tags';
import type { PageScan } from './page-scan';
import { cleanValue } from './text';

/** Meta keys that hold the last change's date, most specific first. */
const CHANGE_META_KEYS = ['article:modified_time', 'og:updated_time', 'og:modified_time'] as const;

/** The last change's date the page declares (as written), else null. */
export function declaredChange(
  jsonLd: JsonLdArticle | null,
  meta: MetaValues,
  scan: Pick<PageScan, 'firstChangeTime'>,
): string | null {
  const declared = cleanValue(jsonLd?.dateModified) ?? cleanValue(firstMeta(meta, CHANGE_META_KEYS));
  const time = declared ? null : scan.firstChangeTime();
  return declared ?? (time && cleanValue(attr(time, 'datetime')));
}

/**
 * A change this soon after the publication (ms) is none to tell a reader of: a CMS saves a story again in the minutes
 * after it goes out (its pictures, tags, a typo) and dates that save; an update that news sites show comes later.
 */
const MIN_UPDATE_MS = 10 * 60 * 1000;
/**
 * A clock written without a zone may be up to this far (ms) from UTC: against one with a zone, a change is later only
 * by more ("2023-11-08T23:30:59" published, "2023-11-09T05:30:59Z" changed: the same moment, in Chicago and in UTC).
 */
const MAX_ZONE_OFFSET_MS = 14 * 60 * 60 * 1000;
const ISO_DAY = /^\d{4}-\d\d-\d\d/;
const CLOCK = /T\d\d:\d\d/;
const ZONED = /(?:Z|[+-]\d\d:\d\d)$/;

/**
 * The change's date in ISO form when it is later than the publication's (both read by ./dates.ts toIsoDate): by
 * MIN_UPDATE_MS when both write a clock (by MAX_ZONE_OFFSET_MS when one writes no zone), else on a later day. None
 * without a publication date to be later than.
 */
export function laterChange(published: string | null, changed: string | null): string | null {
  const iso = changed && toIsoDate(changed);
  if (!published || !iso || !ISO_DAY.test(published) || !ISO_DAY.test(iso)) return null;
  if (!CLOCK.test(published) || !CLOCK.test(iso)) return iso.slice(0, 10) > published.slice(0, 10) ? iso : null;
  const margin = ZONED.test(published) === ZONED.test(iso) ? MIN_UPDATE_MS : MAX_ZONE_OFFSET_MS;
  return Date.parse(iso) - Date.parse(published) >= margin ? iso : null;
}
