/**
 * The read side of the library, used directly by the library page: it never writes. Data of an
 * older schema is migrated in memory (the writer persists the migration on its next run). An open
 * page loads the library once, then applies each storage change as a delta (`applyLibraryChanges`)
 * instead of reading everything again.
 */
import { LibraryError, NEWER_SCHEMA_MESSAGE } from './errors';
import { detectSchemaVersion, migrateSnapshot, type LibrarySnapshot, type MigrationContext } from './migrations';
import {
  ARTICLE_KEY_PREFIX,
  CURRENT_SCHEMA_VERSION,
  ENTRY_KEY_PREFIX,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  V1_LIBRARY_KEY,
  entryKey,
  isLibraryKey,
  type QuarantinedItem,
  type SavedOutline,
  type StorageAreaLike,
} from './types';
import { readQuarantine, validateSavedOutline } from './validate';

export function librarySubset(all: Record<string, unknown>): LibrarySnapshot {
  const subset: LibrarySnapshot = {};
  for (const [key, value] of Object.entries(all)) if (isLibraryKey(key)) subset[key] = value;
  return subset;
}

export function defaultContext(): MigrationContext {
  return { now: new Date().toISOString(), newId: () => crypto.randomUUID() };
}

/** Newest save first; ties (same millisecond) by URL so that the order is stable. */
export function compareNewestFirst(a: SavedOutline, b: SavedOutline): number {
  return Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.url.localeCompare(b.url);
}

export interface EntryProblem {
  key: string;
  reason: string;
}

export interface LoadedLibrary {
  /** The readable entries, newest first. */
  entries: SavedOutline[];
  /** Stored entries that could not be read (still in place: the writer sets them aside). */
  problems: EntryProblem[];
  /** Items already set aside. */
  quarantined: QuarantinedItem[];
  /** The schema the stored data is in (lower than current until the writer has migrated it). */
  storedSchemaVersion: number;
}

const MISMATCHED_ID = 'its id does not match where it is stored';

/** One stored entry, read: the entry, or the reason it cannot be read. */
function readEntry(key: string, raw: unknown): { entry: SavedOutline } | { problem: EntryProblem } {
  const checked = validateSavedOutline(raw);
  if (!checked.ok) return { problem: { key, reason: checked.reason } };
  if (entryKey(checked.value.id) !== key) return { problem: { key, reason: MISMATCHED_ID } };
  return { entry: checked.value };
}

/** Every stored key, or null where the browser cannot list them (no getKeys, or one that fails). */
async function listKeys(area: StorageAreaLike): Promise<string[] | null> {
  if (typeof area.getKeys !== 'function') return null;
  try {
    const keys: unknown = await area.getKeys();
    return Array.isArray(keys) && keys.every((key) => typeof key === 'string') ? keys : null;
  } catch {
    return null;
  }
}

/**
 * The library's keys and values, without the article texts kept beside the entries: with `getKeys`
 * only what the page shows is read; without it, everything (and the rest is left out here).
 */
async function readLibraryItems(area: StorageAreaLike): Promise<LibrarySnapshot> {
  const keys = await listKeys(area);
  if (!keys) return librarySubset(await area.get(null));
  const wanted = keys.filter((key) => isLibraryKey(key) && !key.startsWith(ARTICLE_KEY_PREFIX));
  return wanted.length ? area.get(wanted) : {};
}

/** Reads and validates the whole library. One damaged entry never stops the others from loading. */
export async function loadLibrary(
  area: StorageAreaLike,
  context: MigrationContext = defaultContext(),
): Promise<LoadedLibrary> {
  const snapshot = await readLibraryItems(area);
  const storedSchemaVersion = detectSchemaVersion(snapshot);
  if (storedSchemaVersion > CURRENT_SCHEMA_VERSION) throw new LibraryError('newer-schema', NEWER_SCHEMA_MESSAGE);
  const outdated = storedSchemaVersion && storedSchemaVersion < CURRENT_SCHEMA_VERSION;
  const data = outdated ? migrateSnapshot(snapshot, storedSchemaVersion, context) : snapshot;
  const entries: SavedOutline[] = [];
  const problems: EntryProblem[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
    const read = readEntry(key, raw);
    if ('entry' in read) entries.push(read.entry);
    else problems.push(read.problem);
  }
  entries.sort(compareNewestFirst);
  return { entries, problems, quarantined: readQuarantine(data[QUARANTINE_KEY], context.now), storedSchemaVersion };
}

/** `storage.onChanged`'s changes: a key without `newValue` was removed. */
export type StorageChanges = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/**
 * The library after a storage change, computed from the change alone: entries that did not change
 * keep their objects (so per-entry caches such as the search texts stay valid). Returns null when
 * the change cannot be applied as a delta (older-schema data written by something else, a newer
 * schema): the caller then loads the library again.
 */
export function applyLibraryChanges(
  library: LoadedLibrary,
  changes: StorageChanges,
  now: string = new Date().toISOString(),
): LoadedLibrary | null {
  const changedEntries = new Map<string, unknown>();
  let { quarantined, storedSchemaVersion } = library;
  for (const [key, change] of Object.entries(changes)) {
    if (key === V1_LIBRARY_KEY) return null;
    if (key.startsWith(ENTRY_KEY_PREFIX)) changedEntries.set(key, change.newValue);
    else if (key === QUARANTINE_KEY) quarantined = readQuarantine(change.newValue, now);
    else if (key === SCHEMA_VERSION_KEY) {
      const version = change.newValue;
      if (version === undefined) continue;
      if (version !== CURRENT_SCHEMA_VERSION) return null;
      storedSchemaVersion = version;
    }
    // Index shards, the older index and keys the library page does not show (article texts): nothing to do.
  }
  if (!changedEntries.size) return { ...library, quarantined, storedSchemaVersion };
  const entries = library.entries.filter((entry) => !changedEntries.has(entryKey(entry.id)));
  const problems = library.problems.filter((problem) => !changedEntries.has(problem.key));
  for (const [key, raw] of changedEntries) {
    if (raw === undefined) continue;
    const read = readEntry(key, raw);
    if ('entry' in read) insertSorted(entries, read.entry);
    else problems.push(read.problem);
  }
  return { entries, problems, quarantined, storedSchemaVersion };
}

/** Puts `entry` in its place in a list sorted newest first (a binary search: no sort of the whole list). */
function insertSorted(entries: SavedOutline[], entry: SavedOutline): void {
  let low = 0;
  let high = entries.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (compareNewestFirst(entries[middle]!, entry) <= 0) low = middle + 1;
    else high = middle;
  }
  entries.splice(low, 0, entry);
}
