/**
 * The write side of the library, owned by the background alone. Every write runs in one promise
 * queue, so concurrent saves from many tabs are applied one after another and none is lost. A save
 * reads and writes only its entry and the one URL-index shard of its address (constant time
 * whatever the size of the library); older, damaged or unindexed data goes through `sweepLibrary` first.
 */
import { LibraryError, isQuotaError, toLibraryError } from './errors';
import { planImport, type ImportReport } from './import-plan';
import { librarySubset } from './read';
import { sweepLibrary, type RepairReport } from './sweep';
import {
  CURRENT_SCHEMA_VERSION,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  entryKey,
  type QuarantinedItem,
  type SavedOutline,
  type StorageAreaLike,
} from './types';
import { UrlIndexView, readShard, shardKeyOf, type UrlShard } from './url-index';
import { isValidEntryId, readQuarantine, validateOutlineForSave, validateSavedOutline } from './validate';

export type SaveStatus = 'added' | 'updated';

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

/** What a write may replace: the readable entries by id, the damaged ones, the quarantine list. */
export interface ExistingEntries {
  valid: Map<string, SavedOutline>;
  damaged: QuarantinedItem[];
  quarantine: QuarantinedItem[];
}

/**
 * Storage items that move the damaged entries among `keys` to the quarantine list, to be written
 * in the same call that overwrites them: replaced, a damaged entry is kept aside, never lost.
 */
export function setAsideReplaced(existing: ExistingEntries, keys: Iterable<string>): Record<string, unknown> {
  const replaced = new Set(keys);
  const moving = existing.damaged.filter((item) => replaced.has(item.key));
  return moving.length ? { [QUARANTINE_KEY]: [...existing.quarantine, ...moving] } : {};
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

  /** The shards of `keys` when the stored data is current and they are sound; else null. */
  async function readCurrent(keys: string[]): Promise<Map<string, UrlShard> | null | 'fresh'> {
    const head = await area.get([SCHEMA_VERSION_KEY, ...keys]);
    if (head[SCHEMA_VERSION_KEY] === undefined) {
      // No version: a fresh library (nothing of ours stored yet), or data of v1 to migrate.
      return Object.keys(librarySubset(await area.get(null))).length ? null : 'fresh';
    }
    if (head[SCHEMA_VERSION_KEY] !== CURRENT_SCHEMA_VERSION) return null;
    const shards = new Map<string, UrlShard>();
    for (const key of keys) {
      const shard = readShard(head[key]);
      if (!shard) return null;
      shards.set(key, shard);
    }
    return shards;
  }

  /**
   * The URL-index shards of `urls`, after bringing stored data to the current schema and a sound
   * index when it is not (a sweep). Runs inside the queue.
   */
  async function prepare(urls: Iterable<string>): Promise<UrlIndexView> {
    const keys = [...new Set([...urls].map(shardKeyOf))];
    let shards = await readCurrent(keys);
    if (shards === null) {
      await sweepLibrary(area, now().toISOString(), newId);
      shards = await readCurrent(keys);
      if (shards === null) throw new LibraryError('storage', 'The library could not be written: its index is damaged.');
    }
    return new UrlIndexView(shards === 'fresh' ? new Map() : shards);
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

  /** Of `ids`, those already stored under their entry key (readable or not). */
  async function storedIds(ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const stored = await area.get(ids.map(entryKey));
    return new Set(ids.filter((id) => stored[entryKey(id)] !== undefined));
  }

  const version = { [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION };

  return {
    save(outline) {
      // Validate before queueing: a bad payload is refused without waiting for other writes.
      const fields = validateOutlineForSave(outline);
      if (!fields.ok) {
        // The reason alone: the UI says "Not saved: " before it.
        return Promise.reject(new LibraryError('invalid', `${fields.reason}.`));
      }
      return enqueue(async () => {
        const { url } = fields.value;
        const index = await prepare([url]);
        const stamp = now().toISOString();
        const existingId = index.lookup(url);
        const existing = await readExisting(existingId ? [existingId] : []);
        const id = existingId ?? newId();
        const savedAt = existing.valid.get(id)?.savedAt ?? stamp;
        const entry: SavedOutline = { id, ...fields.value, savedAt, updatedAt: stamp };
        index.set(url, id);
        const replaced = setAsideReplaced(existing, [entryKey(id)]);
        await area.set({ ...replaced, [entryKey(id)]: entry, ...index.changed(), ...version });
        return { status: existingId ? 'updated' : 'added', entry };
      });
    },

    remove(ids) {
      return enqueue(async () => {
        // Deleting is how a full library makes room: when even the migration does not fit, the
        // entries are removed and the index is left for the next sweep to rebuild from the entries.
        const indexed = await prepare([]).then(
          () => true,
          (error: unknown) => (isQuotaError(error) ? false : Promise.reject(error)),
        );
        // Only readable entries are deleted (and returned for Undo); a damaged one stays for repair to set aside.
        const removed = [...(await readExisting(ids.filter(isValidEntryId))).valid.values()];
        if (!removed.length) return [];
        if (!indexed) {
          await area.remove(removed.map(({ id }) => entryKey(id)));
          return removed;
        }
        const index = await prepare(removed.map((entry) => entry.url));
        for (const { url, id } of removed) index.delete(url, id);
        // The index first: if removing the entries then fails, the next repair finds them again.
        const shards = index.changed();
        if (Object.keys(shards).length) await area.set(shards);
        await area.remove(removed.map(({ id }) => entryKey(id)));
        return removed;
      });
    },

    restore(entries) {
      return enqueue(async () => {
        const valid: SavedOutline[] = [];
        for (const raw of entries) {
          const checked = validateSavedOutline(raw);
          if (checked.ok) valid.push(checked.value);
        }
        const index = await prepare(valid.map((entry) => entry.url));
        const taken = await storedIds(valid.map((entry) => entry.id));
        const items: Record<string, unknown> = {};
        let restored = 0;
        for (const entry of valid) {
          if (index.lookup(entry.url) || taken.has(entry.id)) continue;
          items[entryKey(entry.id)] = entry;
          index.set(entry.url, entry.id);
          taken.add(entry.id);
          restored++;
        }
        if (restored) await area.set({ ...items, ...index.changed(), ...version });
        return { restored };
      });
    },

    importEntries(entries) {
      return enqueue(async () => {
        const checked = entries.map((raw) => ({ raw, checked: validateSavedOutline(raw) }));
        const valid = checked.flatMap((item) => (item.checked.ok ? [item.checked.value] : []));
        const index = await prepare(valid.map((entry) => entry.url));
        const matchedIds = valid.flatMap((entry) => index.lookup(entry.url) ?? []);
        const existing = await readExisting([...new Set(matchedIds)]);
        // Ids already in use (an exported id is kept only when it is free): those just read, and any other stored.
        const taken = await storedIds(valid.map((entry) => entry.id).filter((id) => !existing.valid.has(id)));
        for (const id of existing.valid.keys()) taken.add(id);
        for (const item of existing.damaged) taken.add(item.key.slice(entryKey('').length));
        const plan = planImport(checked, { index, existing, taken, newId });
        if (plan.report.added || plan.report.updated) {
          const replaced = setAsideReplaced(existing, Object.keys(plan.items));
          await area.set({ ...replaced, ...plan.items, ...index.changed(), ...version });
        }
        return plan.report;
      });
    },

    repair() {
      return enqueue(async () => {
        const report: RepairReport = { setAside: 0, migratedFrom: null };
        await sweepLibrary(area, now().toISOString(), newId, report);
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
