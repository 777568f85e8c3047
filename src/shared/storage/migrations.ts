/**
 * Schema history of the library and the pure functions that upgrade stored data, one version at
 * a time. Each takes a plain snapshot of the library's keys and returns the next version's
 * snapshot; nothing here touches storage, so every step is unit-tested on plain data. Anything a
 * step cannot understand goes to the quarantine list with a reason: it is never dropped.
 *
 * v1 (0.1): the whole library as one array under `library`: `[{ url, savedAt, outline }]`, where
 *     `outline` is the full OutlineResult. Every save rewrote the whole array (two tabs saving
 *     at once could each overwrite the other's save; a full quota failed every later save,
 *     however small), and a save appended, so the same URL could be there twice.
 * v2: one key per entry (`library/entry/<id>` = `{ id, url, savedAt, updatedAt, outline }`) plus
 *     an index `{ id: url }`: a save writes one entry and the small index, the same URL updates
 *     its entry, and unreadable data has a quarantine list.
 * v3: entries no longer keep the article `body` and the analysis-only heading ids, which made up
 *     most of an entry's size (the 10 MB quota held a few hundred articles); the outline fields
 *     sit directly on the entry (see SavedOutline).
 * v4: the `{ id: url }` index under one key is replaced by the URL index, in shards of `{ url: id }`
 *     (./url-index.ts). A save read the whole index, scanned it for the URL and wrote all of it back
 *     (104 ms a save at 5,000 entries); it now reads and writes one small shard. Entries are unchanged.
 */
import { buildUrlIndex } from './url-index';
import {
  ENTRY_KEY_PREFIX,
  INDEX_KEY,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  URL_INDEX_PREFIX,
  V1_LIBRARY_KEY,
  entryKey,
  type QuarantinedItem,
} from './types';
import {
  isValidEntryId,
  normaliseArticleUrl,
  readQuarantine,
  validateOutlineForSave,
  validateSavedOutline,
} from './validate';

/** The library's keys and values, as read from storage. */
export type LibrarySnapshot = Record<string, unknown>;

export interface MigrationContext {
  /** ISO time recorded on items set aside during the migration. */
  now: string;
  /** New entry ids (v1 entries had none). */
  newId: () => string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrateV1toV2(old: LibrarySnapshot, context: MigrationContext): LibrarySnapshot {
  const quarantine: QuarantinedItem[] = readQuarantine(old[QUARANTINE_KEY], context.now);
  const setAside = (key: string, reason: string, raw: unknown) =>
    quarantine.push({ key, reason, setAsideAt: context.now, raw });
  const next: LibrarySnapshot = {};
  const index: Record<string, string> = {};
  const idByUrl = new Map<string, string>();
  const items = old[V1_LIBRARY_KEY];
  if (Array.isArray(items)) {
    items.forEach((item, position) => {
      const key = `${V1_LIBRARY_KEY}[${position}]`;
      if (!isRecord(item) || !isRecord(item.outline)) return setAside(key, 'it is not a saved outline', item);
      const url = normaliseArticleUrl(item.url);
      if (!url.ok) return setAside(key, `it cannot be kept: ${url.reason}`, item);
      const savedAt = typeof item.savedAt === 'string' ? item.savedAt : context.now;
      const earlierId = idByUrl.get(url.value);
      if (earlierId) {
        // v1 appended on every save; the later copy is the newer save of the same page.
        setAside(key, `an older save of ${url.value}, replaced by a newer one`, next[entryKey(earlierId)]);
        const earlier = next[entryKey(earlierId)] as { savedAt: string };
        next[entryKey(earlierId)] = {
          id: earlierId,
          url: url.value,
          savedAt: earlier.savedAt,
          updatedAt: savedAt,
          outline: item.outline,
        };
        return;
      }
      const id = context.newId();
      idByUrl.set(url.value, id);
      index[id] = url.value;
      next[entryKey(id)] = { id, url: url.value, savedAt, updatedAt: savedAt, outline: item.outline };
    });
  } else if (items !== undefined) {
    setAside(V1_LIBRARY_KEY, 'the saved library was not a list', items);
  }
  next[INDEX_KEY] = index;
  if (quarantine.length) next[QUARANTINE_KEY] = quarantine;
  next[SCHEMA_VERSION_KEY] = 2;
  return next;
}

export function migrateV2toV3(old: LibrarySnapshot, context: MigrationContext): LibrarySnapshot {
  const quarantine: QuarantinedItem[] = readQuarantine(old[QUARANTINE_KEY], context.now);
  const next: LibrarySnapshot = {};
  const index: Record<string, string> = {};
  for (const [key, raw] of Object.entries(old)) {
    if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
    const setAside = (reason: string) => quarantine.push({ key, reason, setAsideAt: context.now, raw });
    if (!isRecord(raw) || !isRecord(raw.outline)) {
      setAside('it is not a saved outline');
      continue;
    }
    const id = key.slice(ENTRY_KEY_PREFIX.length);
    if (!isValidEntryId(id)) {
      setAside('its id is not valid');
      continue;
    }
    const fields = validateOutlineForSave({ ...raw.outline, url: raw.url });
    if (!fields.ok) {
      setAside(`it cannot be read: ${fields.reason}`);
      continue;
    }
    const savedAt = typeof raw.savedAt === 'string' ? raw.savedAt : context.now;
    const updatedAt = typeof raw.updatedAt === 'string' ? raw.updatedAt : savedAt;
    next[key] = { id, ...fields.value, savedAt, updatedAt };
    index[id] = fields.value.url;
  }
  next[INDEX_KEY] = index;
  if (quarantine.length) next[QUARANTINE_KEY] = quarantine;
  next[SCHEMA_VERSION_KEY] = 3;
  return next;
}

/**
 * Entries are kept as they are; the readable ones are indexed by URL (the newest save of a URL when
 * damage left two). Unreadable entries and older copies stay in place, out of the index: the writer's
 * sweep, which runs the migration, sets them aside with the reason.
 */
export function migrateV3toV4(old: LibrarySnapshot): LibrarySnapshot {
  const next: LibrarySnapshot = {};
  const newest = new Map<string, { id: string; updatedAt: number }>();
  for (const [key, raw] of Object.entries(old)) {
    if (key === INDEX_KEY || key === SCHEMA_VERSION_KEY) continue;
    next[key] = raw;
    if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
    const checked = validateSavedOutline(raw);
    if (!checked.ok || entryKey(checked.value.id) !== key) continue;
    const { id, url } = checked.value;
    const updatedAt = Date.parse(checked.value.updatedAt);
    const earlier = newest.get(url);
    if (!earlier || updatedAt > earlier.updatedAt) newest.set(url, { id, updatedAt });
  }
  Object.assign(next, buildUrlIndex([...newest].map(([url, { id }]) => [url, id] as const)));
  next[SCHEMA_VERSION_KEY] = 4;
  return next;
}

type Migration = (old: LibrarySnapshot, context: MigrationContext) => LibrarySnapshot;

/** migrations[n] upgrades version n+1 to n+2. */
const MIGRATIONS: ReadonlyArray<Migration> = [migrateV1toV2, migrateV2toV3, migrateV3toV4];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length + 1;

/**
 * The schema version of stored data: the version key when it is sound, else guessed from the
 * data (0 = nothing stored yet).
 */
export function detectSchemaVersion(snapshot: LibrarySnapshot): number {
  const stored = snapshot[SCHEMA_VERSION_KEY];
  if (typeof stored === 'number' && Number.isInteger(stored) && stored >= 1) return stored;
  const keys = Object.keys(snapshot);
  const entryValues = keys.filter((key) => key.startsWith(ENTRY_KEY_PREFIX)).map((key) => snapshot[key]);
  if (entryValues.some((value) => isRecord(value) && isRecord(value.outline))) return 2;
  if (entryValues.length) return keys.some((key) => key.startsWith(URL_INDEX_PREFIX)) ? 4 : 3;
  if (snapshot[V1_LIBRARY_KEY] !== undefined) return 1;
  return 0;
}

/** Runs every step from `fromVersion` to the latest. Pure. */
export function migrateSnapshot(
  snapshot: LibrarySnapshot,
  fromVersion: number,
  context: MigrationContext,
): LibrarySnapshot {
  let data = snapshot;
  for (let version = Math.max(fromVersion, 1); version < LATEST_SCHEMA_VERSION; version++) {
    const step = MIGRATIONS[version - 1];
    if (!step) throw new Error(`No migration from library schema v${version}`);
    data = step(data, context);
  }
  return data;
}
