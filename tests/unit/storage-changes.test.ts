import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  applyLibraryChanges,
  createLibraryWriter,
  entryKey,
  loadLibrary,
  type LoadedLibrary,
  type StorageAreaLike,
  type StorageChanges,
} from '../../src/shared/storage';
import { MemoryStorageArea } from './storage-memory-area';
import { numberedOutline } from './storage-fixtures';

/** A storage area that reports each write as storage.onChanged does (new values; none for removed keys). */
function observed(area: MemoryStorageArea, onChanged: (changes: StorageChanges) => void): StorageAreaLike {
  return {
    get: (keys) => area.get(keys),
    async set(items) {
      await area.set(items);
      const changes = Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }]));
      onChanged(JSON.parse(JSON.stringify(changes)) as StorageChanges);
    },
    async remove(keys) {
      await area.remove(keys);
      onChanged(Object.fromEntries((typeof keys === 'string' ? [keys] : keys).map((key) => [key, {}])));
    },
  };
}

function clock(start = Date.parse('2026-12-01T10:00:00.000Z')): () => Date {
  let tick = 0;
  return () => new Date(start + 1000 * tick++);
}

describe('applyLibraryChanges (the library page between loads)', () => {
  it('follows saves, updates, deletes, undo, imports and damage exactly as a full load would', async () => {
    const area = new MemoryStorageArea();
    let shown: LoadedLibrary | null = null;
    let reloadsAsked = 0;
    const follow = (changes: StorageChanges) => {
      if (!shown) return;
      const next = applyLibraryChanges(shown, changes);
      if (next) shown = next;
      else reloadsAsked++;
    };
    const writer = createLibraryWriter(observed(area, follow), { now: clock() });
    for (let n = 0; n < 5; n++) await writer.save(numberedOutline(n));
    shown = await loadLibrary(area);
    const untouched = shown.entries.find((entry) => entry.url === numberedOutline(0).url)!;

    await writer.save({ ...numberedOutline(2), title: 'Two, updated' });
    await writer.save(numberedOutline(9));
    const removed = await writer.remove([shown.entries[1]!.id]);
    await writer.restore(removed);
    await writer.remove([shown.entries[0]!.id]);
    await writer.importEntries([{ ...untouched, id: 'imported', url: 'https://elsewhere.example/x' }, { broken: 1 }]);
    await area.set({ [entryKey('bad')]: { broken: true } });
    shown = applyLibraryChanges(shown, { [entryKey('bad')]: { newValue: { broken: true } } });

    expect(reloadsAsked).toBe(0);
    const fresh = await loadLibrary(area);
    expect(shown!.entries).toEqual(fresh.entries);
    expect(shown!.problems).toEqual(fresh.problems);
    // Entries the changes did not touch are the same objects (the page's per-entry caches stay valid).
    expect(shown!.entries.find((entry) => entry.id === untouched.id)).toBe(untouched);

    await writer.repair();
    expect(shown!.problems).toEqual([]);
    expect(shown!.quarantined.map((item) => item.key)).toEqual([entryKey('bad')]);
    expect(shown!.storedSchemaVersion).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('asks for a full load when a change cannot be applied on its own', async () => {
    const library = await loadLibrary(new MemoryStorageArea());
    expect(applyLibraryChanges(library, { library: { newValue: [] } })).toBeNull();
    expect(applyLibraryChanges(library, { [SCHEMA_VERSION_KEY]: { newValue: CURRENT_SCHEMA_VERSION + 1 } })).toBeNull();
    expect(applyLibraryChanges(library, { [QUARANTINE_KEY]: { newValue: 'garbage' } })!.quarantined).toHaveLength(1);
    expect(applyLibraryChanges(library, { 'library/article/x': { newValue: 'text' } })).toEqual(library);
  });
});

describe('loadLibrary', () => {
  it('reads the same library with or without getKeys, and with getKeys never reads the article texts', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area, { now: clock() });
    const { entry } = await writer.save(numberedOutline(1));
    await writer.save(numberedOutline(2));
    await area.set({ 'library/article/x': { text: 'a long article' }, [entryKey('bad')]: { broken: true } });
    const requested: unknown[] = [];
    const spying: StorageAreaLike = {
      get: (keys) => {
        requested.push(keys);
        return area.get(keys);
      },
      set: (items) => area.set(items),
      remove: (keys) => area.remove(keys),
      getKeys: () => area.getKeys(),
    };
    const withKeys = await loadLibrary(spying);
    expect(requested).toHaveLength(1);
    expect(requested[0]).not.toContain('library/article/x');
    expect(requested[0]).toContain(entryKey(entry.id));
    const { getKeys: _none, ...withoutGetKeys } = spying;
    expect(await loadLibrary(withoutGetKeys)).toEqual(withKeys);
    expect(withKeys.entries).toHaveLength(2);
    expect(withKeys.problems).toEqual([{ key: entryKey('bad'), reason: '"id" is not text' }]);
  });
});

describe('loadLibrary where listing keys fails', () => {
  it('falls back to reading everything', async () => {
    const area = new MemoryStorageArea();
    await createLibraryWriter(area).save(numberedOutline(1));
    const failing: StorageAreaLike = {
      get: (keys) => area.get(keys),
      set: (items) => area.set(items),
      remove: (keys) => area.remove(keys),
      getKeys: () => {
        throw new Error('getKeys needs a callback here');
      },
    };
    expect((await loadLibrary(failing)).entries).toHaveLength(1);
  });
});
