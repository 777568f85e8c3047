/**
 * The writer's full pass over the library: run pending migrations, set aside what cannot be read,
 * keep the newest entry of a URL that damage left twice, and rebuild the URL index from the
 * entries. It runs when the stored data is older, damaged or asked to be repaired; saves never need it.
 */
import { LibraryError, NEWER_SCHEMA_MESSAGE, isQuotaError } from './errors';
import { detectSchemaVersion, migrateSnapshot } from './migrations';
import { compareNewestFirst, librarySubset } from './read';
import {
  CURRENT_SCHEMA_VERSION,
  ENTRY_KEY_PREFIX,
  INDEX_KEY,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  V1_LIBRARY_KEY,
  entryKey,
  type QuarantinedItem,
  type SavedOutline,
  type StorageAreaLike,
} from './types';
import { buildUrlIndex, isShardKey } from './url-index';
import { readQuarantine, validateSavedOutline } from './validate';

export interface RepairReport {
  /** Entries moved to the quarantine list by this run. */
  setAside: number;
  migratedFrom: number | null;
}

/** Before v3, entries had another shape: a migration from there rewrites every entry. */
const FIRST_SCHEMA_WITH_CURRENT_ENTRIES = 3;

/** Keys a sweep owns and may remove once they are stale; any other key (article texts, settings) is left alone. */
function isSweptKey(key: string): boolean {
  return key === V1_LIBRARY_KEY || key === INDEX_KEY || key.startsWith(ENTRY_KEY_PREFIX) || isShardKey(key);
}

export async function sweepLibrary(
  area: StorageAreaLike,
  stamp: string,
  newId: () => string,
  report?: RepairReport,
): Promise<void> {
  const snapshot = librarySubset(await area.get(null));
  const version = detectSchemaVersion(snapshot);
  if (version > CURRENT_SCHEMA_VERSION) throw new LibraryError('newer-schema', NEWER_SCHEMA_MESSAGE);
  const outdated = version > 0 && version < CURRENT_SCHEMA_VERSION;
  const data = outdated ? migrateSnapshot(snapshot, version, { now: stamp, newId }) : snapshot;
  if (report && outdated) report.migratedFrom = version;
  const quarantine = readQuarantine(data[QUARANTINE_KEY], stamp);
  const quarantinedBefore = quarantine.length;
  const setAside = (item: Omit<QuarantinedItem, 'setAsideAt'>) => quarantine.push({ ...item, setAsideAt: stamp });
  const byUrl = new Map<string, SavedOutline>();
  for (const [key, raw] of Object.entries(data)) {
    if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
    const checked = validateSavedOutline(raw);
    if (!checked.ok) {
      setAside({ key, reason: checked.reason, raw });
      continue;
    }
    const entry = checked.value;
    if (entryKey(entry.id) !== key) {
      setAside({ key, reason: 'its id does not match where it is stored', raw });
      continue;
    }
    const other = byUrl.get(entry.url);
    // Two entries for one URL (only after damage): keep the newer, set the other aside.
    const [newer, older] = !other || compareNewestFirst(entry, other) <= 0 ? [entry, other] : [other, entry];
    if (older) setAside({ key: entryKey(older.id), reason: `an older copy of ${older.url}`, raw: older });
    byUrl.set(entry.url, newer);
  }
  if (report) report.setAside = quarantine.length - quarantinedBefore;

  const items: Record<string, unknown> = buildUrlIndex([...byUrl.values()].map((entry) => [entry.url, entry.id]));
  if (outdated && version < FIRST_SCHEMA_WITH_CURRENT_ENTRIES) {
    for (const entry of byUrl.values()) items[entryKey(entry.id)] = entry;
  }
  if (quarantine.length) items[QUARANTINE_KEY] = quarantine;
  items[SCHEMA_VERSION_KEY] = CURRENT_SCHEMA_VERSION;
  const kept = new Set([...byUrl.values()].map((entry) => entryKey(entry.id)));
  const stale = Object.keys(snapshot).filter((key) => isSweptKey(key) && !(key in items) && !kept.has(key));
  // New data and the version go in one call; stale keys are removed only after it succeeded.
  try {
    await area.set(items);
  } catch (error) {
    // A full quota: the old index (derived data, rebuilt from the entries) makes room for the new
    // one, so that a full library can still be migrated, and then have outlines deleted.
    const staleIndexes = stale.filter((key) => key === INDEX_KEY || isShardKey(key));
    if (!isQuotaError(error) || !staleIndexes.length) throw error;
    await area.remove(staleIndexes);
    await area.set(items);
  }
  if (stale.length) await area.remove(stale);
}
