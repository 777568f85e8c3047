/**
 * How an import merges into the library, decided before anything is written: by URL, a new page is
 * added (keeping its exported id when that id is free, so that an export → import round trip is
 * exact), an older copy of a page is updated, a newer or identical one is left as it is, and an
 * entry that cannot be read is rejected with the reason. The report lists only the first rejections
 * and counts the rest by reason, so that a file of 20,000 bad entries gives a short answer.
 */
import { entryKey, type SavedOutline } from './types';
import type { UrlIndexView } from './url-index';
import type { Validation } from './validate';
import type { ExistingEntries } from './writer';

/** Rejections listed one by one in a report: enough to find them in the file, few enough to read. */
export const MAX_LISTED_REJECTIONS = 20;

export interface Rejection {
  /** Place in the file's list of outlines, from 0. */
  position: number;
  url: string | null;
  reason: string;
}

export interface ImportReport {
  added: number;
  updated: number;
  /** Same URL already saved, identical or newer: left as it is. */
  unchanged: number;
  /** How many entries were rejected in all. */
  rejectedCount: number;
  /** The first rejections (at most MAX_LISTED_REJECTIONS), in file order. */
  rejected: Rejection[];
  /** Every rejection counted by its kind of reason (see reasonKind), most frequent first. */
  rejectedReasons: { reason: string; count: number }[];
}

/**
 * A reason without the place it names, so that rejections of one kind count together:
 * "outline[3].children[0] has no heading text" → "a heading has no heading text".
 */
export function reasonKind(reason: string): string {
  return reason
    .replace(/\boutline(?:\[\d+\](?:\.children)?)+/g, 'a heading')
    .replace(/\brelated story \d+/g, 'a related story');
}

export interface ImportContext {
  index: UrlIndexView;
  existing: ExistingEntries;
  /** Entry ids in use: the plan adds the ones it gives out. */
  taken: Set<string>;
  newId: () => string;
}

function sameContent(a: SavedOutline, b: SavedOutline): boolean {
  return JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });
}

function rawUrl(raw: unknown): string | null {
  const url = (raw as { url?: unknown } | null)?.url;
  return typeof url === 'string' ? url : null;
}

/** The storage items to write (entries; the index changes are in `context.index`) and the report. */
export function planImport(
  checked: { raw: unknown; checked: Validation<SavedOutline> }[],
  { index, existing, taken, newId }: ImportContext,
): { items: Record<string, SavedOutline>; report: ImportReport } {
  const items: Record<string, SavedOutline> = {};
  const report: ImportReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    rejectedCount: 0,
    rejected: [],
    rejectedReasons: [],
  };
  const reasons = new Map<string, number>();
  const reject = (rejection: Rejection) => {
    report.rejectedCount++;
    if (report.rejected.length < MAX_LISTED_REJECTIONS) report.rejected.push(rejection);
    const kind = reasonKind(rejection.reason);
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  };
  const seenUrls = new Set<string>();
  checked.forEach(({ raw, checked: result }, position) => {
    if (!result.ok) return reject({ position, url: rawUrl(raw), reason: result.reason });
    const incoming = result.value;
    if (seenUrls.has(incoming.url)) {
      return reject({ position, url: incoming.url, reason: 'the same page appears earlier in the file' });
    }
    seenUrls.add(incoming.url);
    const existingId = index.lookup(incoming.url);
    if (existingId) {
      const current = existing.valid.get(existingId);
      const currentIsNewer = current && Date.parse(current.updatedAt) > Date.parse(incoming.updatedAt);
      if (current && (currentIsNewer || sameContent(current, incoming))) {
        report.unchanged++;
        return;
      }
      items[entryKey(existingId)] = { ...incoming, id: existingId };
      report.updated++;
      return;
    }
    const id = taken.has(incoming.id) ? newId() : incoming.id;
    taken.add(id);
    items[entryKey(id)] = { ...incoming, id };
    index.set(incoming.url, id);
    report.added++;
  });
  report.rejectedReasons = [...reasons]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  return { items, report };
}
