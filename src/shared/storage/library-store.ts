/**
 * The saved-outlines library over a storage area (`browser.storage.local`, or an in-memory twin in
 * tests). Two halves:
 * - `loadLibrary`: the read side, used directly by the library page. It never writes; data of an
 *   older schema is migrated in memory (the writer persists the migration on its next run).
 * - `createLibraryWriter`: the write side, owned by the background alone. Every write runs in one
 *   promise queue, so concurrent saves from many tabs are applied one after another and none is lost.
 */
import {
  CURRENT_SCHEMA_VERSION,
  ENTRY_KEY_PREFIX,
  INDEX_KEY,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  entryKey,
  isLibraryKey,
  type QuarantinedItem,
  type SavedOutline,
  type StorageAreaLike,
} from './types';
import { detectSchemaVersion, migrateSnapshot, type LibrarySnapshot, type MigrationContext } from './migrations';
import { isValidEntryId, readQuarantine, validateOutlineForSave, validateSavedOutline } from './validate';

export type LibraryErrorKind = 'quota' | 'newer-schema' | 'invalid' | 'storage';

/** A failure the UI can explain: `message` is written for the user. */
export class LibraryError extends Error {
  constructor(
    readonly kind: LibraryErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

export const QUOTA_MESSAGE =
  'Your library is full: the browser’s storage for this extension is used up. Nothing already saved was lost. ' +
  'Export and delete some outlines, then try again.';
const NEWER_SCHEMA_MESSAGE =
  'Your library was saved by a newer version of Outline Reader. Update the extension to read or change it; nothing was changed.';

/** Chrome: "QUOTA_BYTES quota exceeded" / "Resource::kQuotaBytes quota exceeded"; Firefox: a QuotaExceededError. */
export function isQuotaError(error: unknown): boolean {
  if (error instanceof LibraryError) return error.kind === 'quota';
  const name = (error as { name?: unknown } | null)?.name;
  const message = error instanceof Error ? error.message : String(error);
  return name === 'QuotaExceededError' || /quota/i.test(message);
}

function toLibraryError(error: unknown): LibraryError {
  if (error instanceof LibraryError) return error;
  if (isQuotaError(error)) return new LibraryError('quota', QUOTA_MESSAGE);
  return new LibraryError('storage', `The library could not be written: ${error instanceof Error ? error.message : String(error)}`);
}

function librarySubset(all: Record<string, unknown>): LibrarySnapshot {
  const subset: LibrarySnapshot = {};
  for (const [key, value] of Object.entries(all)) if (isLibraryKey(key)) subset[key] = value;
  return subset;
}

function defaultContext(): MigrationContext {
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

/** Reads and validates the whole library. One damaged entry never stops the others from loading. */
export async function loadLibrary(area: StorageAreaLike, context: MigrationContext = defaultContext()): Promise<LoadedLibrary> {
  const snapshot = librarySubset(await area.get(null));
  const storedSchemaVersion = detectSchemaVersion(snapshot);
  if (storedSchemaVersion > CURRENT_SCHEMA_VERSION) throw new LibraryError('newer-schema', NEWER_SCHEMA_MESSAGE);
  const data = storedSchemaVersion && storedSchemaVersion < CURRENT_SCHEMA_VERSION ? migrateSnapshot(snapshot, storedSchemaVersion, context) : snapshot;
  const entries: SavedOutline[] = [];
  const problems: EntryProblem[] = [];
  for (const [key, raw] of Object.entries(data)) {
    if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
    const checked = validateSavedOutline(raw);
    if (!checked.ok) problems.push({ key, reason: checked.reason });
    else if (entryKey(checked.value.id) !== key) problems.push({ key, reason: 'its id does not match where it is stored' });
    else entries.push(checked.value);
  }
  entries.sort(compareNewestFirst);
  return { entries, problems, quarantined: readQuarantine(data[QUARANTINE_KEY], context.now), storedSchemaVersion };
}

export type SaveStatus = 'added' | 'updated';

export interface ImportReport {
  added: number;
  updated: number;
  /** Same URL already saved, identical or newer: left as it is. */
  unchanged: number;
  rejected: { position: number; url: string | null; reason: string }[];
}

export interface RepairReport {
  /** Entries moved to the quarantine list by this run. */
  setAside: number;
  migratedFrom: number | null;
}

export interface LibraryWriter {
  /** Saves an outline (untrusted input is fine: it is validated); the same URL updates its entry. */
  save(outline: unknown): Promise<{ status: SaveStatus; entry: SavedOutline }>;
  /** Deletes entries and returns them, so that the UI can offer Undo. */
  remove(ids: string[]): Promise<SavedOutline[]>;
  /** Puts deleted entries back (Undo). An entry whose URL was saved again meanwhile keeps the newer save. */
  restore(entries: unknown[]): Promise<{ restored: number }>;
  /** Merges entries by URL; all of them are written in one storage call, or none is. */
  importEntries(entries: unknown[]): Promise<ImportReport>;
  /** Persists pending migrations, sets damaged entries aside and rebuilds a damaged index. */
  repair(): Promise<RepairReport>;
  /** Empties the quarantine list (only on the user's explicit request). */
  clearQuarantine(): Promise<void>;
}

export interface WriterOptions {
  now?: () => Date;
  newId?: () => string;
}

type Index = Record<string, string>;

function readIndex(raw: unknown): Index | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const index: Index = {};
  for (const [id, url] of Object.entries(raw)) {
    if (!isValidEntryId(id) || typeof url !== 'string') return null;
    index[id] = url;
  }
  return index;
}

function findIdByUrl(index: Index, url: string): string | undefined {
  for (const [id, entryUrl] of Object.entries(index)) if (entryUrl === url) return id;
  return undefined;
}

function sameContent(a: SavedOutline, b: SavedOutline): boolean {
  return JSON.stringify({ ...a, id: '' }) === JSON.stringify({ ...b, id: '' });
}

export function createLibraryWriter(area: StorageAreaLike, options: WriterOptions = {}): LibraryWriter {
  const now = options.now ?? (() => new Date());
  const newId = options.newId ?? (() => crypto.randomUUID());
  let tail: Promise<unknown> = Promise.resolve();

  /** The single queue: each write starts after the previous one has finished, whatever its outcome. */
  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      throw toLibraryError(error);
    });
  }

  /** Brings stored data to the current schema and a sound index; returns the index. Runs inside the queue. */
  async function prepare(report?: RepairReport, sweep = false): Promise<Index> {
    const head = await area.get([SCHEMA_VERSION_KEY, INDEX_KEY]);
    const storedVersion = head[SCHEMA_VERSION_KEY];
    const index = readIndex(head[INDEX_KEY]);
    if (!sweep && storedVersion === CURRENT_SCHEMA_VERSION && index) return index;
    if (storedVersion === undefined && head[INDEX_KEY] === undefined && !sweep) {
      // Nothing in the current layout: a fresh library, or v1 data to migrate.
      const all = librarySubset(await area.get(null));
      if (!Object.keys(all).length) return {};
    }
    return rebuild(report);
  }

  /** Full pass: migrate, set aside what cannot be read, rebuild the index from the entries. */
  async function rebuild(report?: RepairReport): Promise<Index> {
    const stamp = now().toISOString();
    const snapshot = librarySubset(await area.get(null));
    const version = detectSchemaVersion(snapshot);
    if (version > CURRENT_SCHEMA_VERSION) throw new LibraryError('newer-schema', NEWER_SCHEMA_MESSAGE);
    const data = version && version < CURRENT_SCHEMA_VERSION ? migrateSnapshot(snapshot, version, { now: stamp, newId }) : { ...snapshot };
    if (report && version && version < CURRENT_SCHEMA_VERSION) report.migratedFrom = version;
    const quarantine = readQuarantine(data[QUARANTINE_KEY], stamp);
    const quarantinedBefore = quarantine.length;
    const index: Index = {};
    const keep: Record<string, unknown> = {};
    for (const [key, raw] of Object.entries(data)) {
      if (!key.startsWith(ENTRY_KEY_PREFIX)) continue;
      const checked = validateSavedOutline(raw);
      const reason = !checked.ok ? checked.reason : entryKey(checked.value.id) !== key ? 'its id does not match where it is stored' : null;
      if (reason || !checked.ok) {
        quarantine.push({ key, reason: reason ?? 'unreadable', setAsideAt: stamp, raw });
        continue;
      }
      const duplicateId = findIdByUrl(index, checked.value.url);
      if (duplicateId) {
        // Two entries for one URL (only after damage): keep the newer, set the other aside.
        const other = keep[entryKey(duplicateId)] as SavedOutline;
        const [newer, older] = compareNewestFirst(checked.value, other) <= 0 ? [checked.value, other] : [other, checked.value];
        quarantine.push({ key: entryKey(older.id), reason: `an older copy of ${older.url}`, setAsideAt: stamp, raw: older });
        delete keep[entryKey(older.id)];
        delete index[older.id];
        keep[entryKey(newer.id)] = newer;
        index[newer.id] = newer.url;
        continue;
      }
      keep[key] = checked.value;
      index[checked.value.id] = checked.value.url;
    }
    if (report) report.setAside = quarantine.length - quarantinedBefore;
    const items: Record<string, unknown> = { ...keep, [INDEX_KEY]: index, [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION };
    if (quarantine.length) items[QUARANTINE_KEY] = quarantine;
    // New data and the version go in one call; stale keys are removed only after it succeeded.
    await area.set(items);
    const stale = Object.keys(snapshot).filter((key) => !(key in items));
    if (stale.length) await area.remove(stale);
    return index;
  }

  interface ExistingEntries {
    /** The readable ones, by id. */
    valid: Map<string, SavedOutline>;
    /** The unreadable ones, as quarantine items. */
    damaged: QuarantinedItem[];
    /** The quarantine list as stored. */
    quarantine: QuarantinedItem[];
  }

  /** Reads entries that a write may replace, telling the readable from the damaged ones. */
  async function readExisting(ids: string[]): Promise<ExistingEntries> {
    const valid = new Map<string, SavedOutline>();
    const damaged: QuarantinedItem[] = [];
    if (!ids.length) return { valid, damaged, quarantine: [] };
    const stored = await area.get([...ids.map(entryKey), QUARANTINE_KEY]);
    const stamp = now().toISOString();
    for (const id of ids) {
      const raw = stored[entryKey(id)];
      if (raw === undefined) continue;
      const checked = validateSavedOutline(raw);
      if (checked.ok) valid.set(id, checked.value);
      else damaged.push({ key: entryKey(id), reason: checked.reason, setAsideAt: stamp, raw });
    }
    return { valid, damaged, quarantine: readQuarantine(stored[QUARANTINE_KEY], stamp) };
  }

  /**
   * Storage items that move the damaged entries among `keys` to the quarantine list, to be written
   * in the same call that overwrites them: replaced, a damaged entry is kept aside, never lost.
   */
  function setAsideReplaced(existing: ExistingEntries, keys: Iterable<string>): Record<string, unknown> {
    const replaced = new Set(keys);
    const moving = existing.damaged.filter((item) => replaced.has(item.key));
    return moving.length ? { [QUARANTINE_KEY]: [...existing.quarantine, ...moving] } : {};
  }

  return {
    save(outline) {
      // Validate before queueing: a bad payload is refused without waiting for other writes.
      const fields = validateOutlineForSave(outline);
      if (!fields.ok) return Promise.reject(new LibraryError('invalid', `This outline cannot be saved: ${fields.reason}.`));
      return enqueue(async () => {
        const index = await prepare();
        const stamp = now().toISOString();
        const existingId = findIdByUrl(index, fields.value.url);
        const existing = await readExisting(existingId ? [existingId] : []);
        const id = existingId ?? newId();
        const entry: SavedOutline = { id, ...fields.value, savedAt: existing.valid.get(id)?.savedAt ?? stamp, updatedAt: stamp };
        await area.set({ ...setAsideReplaced(existing, [entryKey(id)]), [entryKey(id)]: entry, [INDEX_KEY]: { ...index, [id]: entry.url }, [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION });
        return { status: existingId ? 'updated' : 'added', entry };
      });
    },

    remove(ids) {
      return enqueue(async () => {
        const index = await prepare();
        const wanted = ids.filter((id) => isValidEntryId(id) && id in index);
        // Only readable entries are deleted (and returned for Undo); a damaged one stays for repair to set aside.
        const removed = [...(await readExisting(wanted)).valid.values()];
        if (!removed.length) return [];
        const nextIndex = { ...index };
        for (const { id } of removed) delete nextIndex[id];
        // The index first: if removing the entries then fails, the next repair finds them again.
        await area.set({ [INDEX_KEY]: nextIndex });
        await area.remove(removed.map(({ id }) => entryKey(id)));
        return removed;
      });
    },

    restore(entries) {
      return enqueue(async () => {
        const index = await prepare();
        const items: Record<string, unknown> = {};
        const nextIndex = { ...index };
        let restored = 0;
        for (const raw of entries) {
          const checked = validateSavedOutline(raw);
          if (!checked.ok) continue;
          const entry = checked.value;
          if (findIdByUrl(nextIndex, entry.url) || entry.id in nextIndex) continue;
          items[entryKey(entry.id)] = entry;
          nextIndex[entry.id] = entry.url;
          restored++;
        }
        if (restored) await area.set({ ...items, [INDEX_KEY]: nextIndex, [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION });
        return { restored };
      });
    },

    importEntries(entries) {
      return enqueue(async () => {
        const index = await prepare();
        const report: ImportReport = { added: 0, updated: 0, unchanged: 0, rejected: [] };
        const items: Record<string, unknown> = {};
        const nextIndex = { ...index };
        const existing = await readExisting(entries.length ? Object.keys(index) : []);
        const seenUrls = new Set<string>();
        entries.forEach((raw, position) => {
          const checked = validateSavedOutline(raw);
          const rawUrl = typeof (raw as { url?: unknown } | null)?.url === 'string' ? (raw as { url: string }).url : null;
          if (!checked.ok) return report.rejected.push({ position, url: rawUrl, reason: checked.reason });
          const incoming = checked.value;
          if (seenUrls.has(incoming.url)) return report.rejected.push({ position, url: incoming.url, reason: 'the same page appears earlier in the file' });
          seenUrls.add(incoming.url);
          const existingId = findIdByUrl(nextIndex, incoming.url);
          if (existingId) {
            const current = existing.valid.get(existingId);
            if (current && (sameContent(current, incoming) || Date.parse(current.updatedAt) > Date.parse(incoming.updatedAt))) {
              report.unchanged++;
              return;
            }
            items[entryKey(existingId)] = { ...incoming, id: existingId };
            report.updated++;
            return;
          }
          // Keep the exported id when it is free, so that an export → import round trip is exact.
          const id = incoming.id in nextIndex ? newId() : incoming.id;
          items[entryKey(id)] = { ...incoming, id };
          nextIndex[id] = incoming.url;
          report.added++;
        });
        if (report.added || report.updated) {
          await area.set({ ...setAsideReplaced(existing, Object.keys(items)), ...items, [INDEX_KEY]: nextIndex, [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION });
        }
        return report;
      });
    },

    repair() {
      return enqueue(async () => {
        const report: RepairReport = { setAside: 0, migratedFrom: null };
        await prepare(report, true);
        return report;
      });
    },

    clearQuarantine() {
      return enqueue(async () => {
        await area.remove(QUARANTINE_KEY);
      });
    },
  };
}
