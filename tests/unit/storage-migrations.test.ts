import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  INDEX_KEY,
  LATEST_SCHEMA_VERSION,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  createLibraryWriter,
  detectSchemaVersion,
  loadLibrary,
  migrateSnapshot,
  migrateV1toV2,
  migrateV2toV3,
  migrateV3toV4,
  shardKeyOf,
  validateSavedOutline,
  type QuarantinedItem,
} from '../../src/shared/storage';
import { MemoryStorageArea, urlIndexOf } from './storage-memory-area';
import { seedOutline } from './storage-fixtures';

const NOW = '2026-11-27T21:00:00.000Z';

function counter(prefix = 'id'): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function v1Data() {
  return {
    library: [
      {
        url: 'https://a.example/one#comments',
        savedAt: '2026-01-01T10:00:00.000Z',
        outline: seedOutline({ url: 'https://a.example/one', title: 'One' }),
      },
      'garbage',
      {
        url: 'https://b.example/two',
        savedAt: '2026-01-02T10:00:00.000Z',
        outline: seedOutline({ url: 'https://b.example/two', title: 'Two' }),
      },
      {
        url: 'https://a.example/one',
        savedAt: '2026-01-03T10:00:00.000Z',
        outline: seedOutline({ url: 'https://a.example/one', title: 'One, again' }),
      },
      { url: 'javascript:alert(1)', savedAt: '2026-01-04T10:00:00.000Z', outline: seedOutline() },
    ],
  };
}

describe('schema versions', () => {
  it('has one migration per version step up to the current schema', () => {
    expect(LATEST_SCHEMA_VERSION).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('detects the version of stored data', () => {
    expect(detectSchemaVersion({})).toBe(0);
    expect(detectSchemaVersion(v1Data())).toBe(1);
    expect(detectSchemaVersion({ [SCHEMA_VERSION_KEY]: 2 })).toBe(2);
    // A damaged version key: guessed from the entries' shape.
    expect(detectSchemaVersion({ [SCHEMA_VERSION_KEY]: 'x', 'library/entry/a': { outline: {} } })).toBe(2);
    expect(detectSchemaVersion({ [SCHEMA_VERSION_KEY]: null, 'library/entry/a': { outline: [] } })).toBe(3);
    expect(detectSchemaVersion({ 'library/entry/a': { outline: [] }, 'library/urls/0a': {} })).toBe(4);
  });
});

describe('migrateV1toV2', () => {
  it('splits the array into one key per entry with an index, merging repeated URLs and setting aside the rest', () => {
    const input = v1Data();
    const frozen = JSON.stringify(input);
    const v2 = migrateV1toV2(input, { now: NOW, newId: counter() });
    expect(JSON.stringify(input)).toBe(frozen); // pure: the input is untouched

    expect(v2[SCHEMA_VERSION_KEY]).toBe(2);
    expect(v2.library).toBeUndefined();
    expect(v2[INDEX_KEY]).toEqual({ id1: 'https://a.example/one', id2: 'https://b.example/two' });
    const one = v2['library/entry/id1'] as { savedAt: string; updatedAt: string; outline: { title: string } };
    // The later save of the same page wins, the first save time is kept.
    expect(one.outline.title).toBe('One, again');
    expect(one.savedAt).toBe('2026-01-01T10:00:00.000Z');
    expect(one.updatedAt).toBe('2026-01-03T10:00:00.000Z');

    const quarantine = v2[QUARANTINE_KEY] as QuarantinedItem[];
    expect(quarantine.map((item) => [item.key, item.reason])).toEqual([
      ['library[1]', 'it is not a saved outline'],
      ['library[3]', 'an older save of https://a.example/one, replaced by a newer one'],
      ['library[4]', 'it cannot be kept: only web pages (http and https) can be saved'],
    ]);
    expect(quarantine[0]!.raw).toBe('garbage');
    expect((quarantine[1]!.raw as { outline: { title: string } }).outline.title).toBe('One');
  });

  it('sets aside a v1 library that is not a list instead of dropping it', () => {
    const v2 = migrateV1toV2({ library: { broken: true } }, { now: NOW, newId: counter() });
    expect(v2[INDEX_KEY]).toEqual({});
    expect(v2[QUARANTINE_KEY]).toEqual([
      { key: 'library', reason: 'the saved library was not a list', setAsideAt: NOW, raw: { broken: true } },
    ]);
  });
});

describe('migrateV2toV3', () => {
  const v2 = {
    [SCHEMA_VERSION_KEY]: 2,
    [INDEX_KEY]: { a1: 'https://a.example/one', b2: 'https://b.example/two' },
    'library/entry/a1': {
      id: 'a1',
      url: 'https://a.example/one',
      savedAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
      outline: seedOutline({ url: 'https://a.example/one' }),
    },
    'library/entry/b2': {
      id: 'b2',
      url: 'https://b.example/two',
      savedAt: '2026-01-02T10:00:00.000Z',
      updatedAt: '2026-01-02T10:00:00.000Z',
      outline: { title: 42 },
    },
  };

  it('drops the body and heading ids and puts the outline fields on the entry', () => {
    const v3 = migrateV2toV3(v2, { now: NOW, newId: counter() });
    expect(v3[SCHEMA_VERSION_KEY]).toBe(3);
    const entry = v3['library/entry/a1'] as Record<string, unknown>;
    expect(entry.body).toBeUndefined();
    expect(entry.outline).toEqual(seedOutline().outline.map(({ id: _id, ...section }) => section));
    expect(entry).toMatchObject({
      id: 'a1',
      url: 'https://a.example/one',
      title: seedOutline().title,
      savedAt: '2026-01-01T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    });
    expect(validateSavedOutline(entry).ok).toBe(true);
    // Smaller: the point of v3.
    expect(JSON.stringify(entry).length).toBeLessThan(JSON.stringify(v2['library/entry/a1']).length);
  });

  it('sets aside an entry it cannot read, with the reason, and leaves it out of the index', () => {
    const v3 = migrateV2toV3(v2, { now: NOW, newId: counter() });
    expect(v3['library/entry/b2']).toBeUndefined();
    expect(v3[INDEX_KEY]).toEqual({ a1: 'https://a.example/one' });
    expect(v3[QUARANTINE_KEY]).toEqual([
      {
        key: 'library/entry/b2',
        reason: 'it cannot be read: "title" is not text',
        setAsideAt: NOW,
        raw: v2['library/entry/b2'],
      },
    ]);
  });
});

describe('migrateV3toV4', () => {
  function v3Data() {
    const v3 = migrateV2toV3(
      {
        [SCHEMA_VERSION_KEY]: 2,
        [INDEX_KEY]: { a1: 'https://a.example/one', b2: 'https://b.example/two' },
        'library/entry/a1': {
          id: 'a1',
          url: 'https://a.example/one',
          savedAt: '2026-01-01T10:00:00.000Z',
          outline: seedOutline({ url: 'https://a.example/one' }),
        },
        'library/entry/b2': {
          id: 'b2',
          url: 'https://b.example/two',
          savedAt: '2026-01-02T10:00:00.000Z',
          outline: seedOutline({ url: 'https://b.example/two' }),
        },
      },
      { now: NOW, newId: counter() },
    );
    // Damage of the kind v3 could hold: an unreadable entry and a second entry for one URL.
    const older = { ...(v3['library/entry/a1'] as object), id: 'c3', updatedAt: '2025-01-01T00:00:00.000Z' };
    return { ...v3, 'library/entry/c3': older, 'library/entry/d4': { broken: true } };
  }

  it('replaces the one-key index by URL shards, leaving the entries as they are', () => {
    const v3 = v3Data();
    const frozen = JSON.stringify(v3);
    const v4 = migrateV3toV4(v3);
    expect(JSON.stringify(v3)).toBe(frozen);
    expect(v4[SCHEMA_VERSION_KEY]).toBe(4);
    expect(v4[INDEX_KEY]).toBeUndefined();
    for (const key of ['library/entry/a1', 'library/entry/b2', 'library/entry/c3', 'library/entry/d4'])
      expect(v4[key]).toEqual(v3[key as keyof typeof v3]);
    // The newer save of a URL is the one indexed; the older copy and the damaged entry are left for the sweep.
    expect(urlIndexOf(v4)).toEqual({ 'https://a.example/one': 'a1', 'https://b.example/two': 'b2' });
    expect(v4[shardKeyOf('https://a.example/one')]).toMatchObject({ 'https://a.example/one': 'a1' });
  });

  it('the writer migrates stored v3 data on its first save: every readable entry kept, the rest set aside', async () => {
    const area = new MemoryStorageArea();
    await area.set(v3Data());
    const writer = createLibraryWriter(area, { now: () => new Date(NOW), newId: counter('n') });
    expect((await writer.save(seedOutline({ url: 'https://b.example/two', title: 'Two again' }))).status).toBe(
      'updated',
    );
    expect((await writer.save(seedOutline({ url: 'https://c.example/three' }))).status).toBe('added');
    const stored = area.dump();
    expect(stored[SCHEMA_VERSION_KEY]).toBe(4);
    expect(stored[INDEX_KEY]).toBeUndefined();
    expect(urlIndexOf(stored)).toEqual({
      'https://a.example/one': 'a1',
      'https://b.example/two': 'b2',
      'https://c.example/three': 'n1',
    });
    const loaded = await loadLibrary(area);
    expect(loaded.entries.map((entry) => entry.id).sort()).toEqual(['a1', 'b2', 'n1']);
    expect(loaded.quarantined.map((item) => [item.key, item.reason])).toEqual([
      ['library/entry/c3', 'an older copy of https://a.example/one'],
      ['library/entry/d4', '"id" is not text'],
    ]);
    expect(loaded.problems).toEqual([]);
  });

  it('a sweep leaves keys it does not own (article texts, settings) alone', async () => {
    const area = new MemoryStorageArea();
    await area.set({ ...v3Data(), 'library/article/a1': { text: 'kept' }, 'settings/panel': { side: 'left' } });
    await createLibraryWriter(area, { now: () => new Date(NOW) }).repair();
    expect(area.dump()).toMatchObject({ 'library/article/a1': { text: 'kept' }, 'settings/panel': { side: 'left' } });
  });
});

describe('migrations against storage', () => {
  it('reads v1 data through the migrations without writing anything', async () => {
    const area = new MemoryStorageArea();
    await area.set(v1Data());
    const before = area.dump();
    const loaded = await loadLibrary(area, { now: NOW, newId: counter() });
    expect(loaded.storedSchemaVersion).toBe(1);
    expect(loaded.entries.map((entry) => entry.title)).toEqual(['One, again', 'Two']);
    expect(loaded.quarantined).toHaveLength(3);
    expect(area.dump()).toEqual(before);
  });

  it('the writer persists the migration before its first write, and keeps every entry', async () => {
    const area = new MemoryStorageArea();
    await area.set(v1Data());
    const writer = createLibraryWriter(area, { now: () => new Date(NOW), newId: counter('n') });
    const saved = await writer.save(seedOutline({ url: 'https://c.example/three', title: 'Three' }));
    expect(saved.status).toBe('added');
    const stored = area.dump();
    expect(stored.library).toBeUndefined();
    expect(stored[SCHEMA_VERSION_KEY]).toBe(CURRENT_SCHEMA_VERSION);
    const loaded = await loadLibrary(area);
    expect(loaded.storedSchemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(loaded.entries.map((entry) => entry.title)).toEqual(['Three', 'One, again', 'Two']);
    expect(loaded.quarantined.map((item) => item.key)).toEqual(['library[1]', 'library[3]', 'library[4]']);
    expect(loaded.problems).toEqual([]);
  });

  it('migrateSnapshot goes from v1 to the current schema in one call', () => {
    const v3 = migrateSnapshot(v1Data(), 1, { now: NOW, newId: counter() });
    expect(v3[SCHEMA_VERSION_KEY]).toBe(CURRENT_SCHEMA_VERSION);
    for (const key of ['library/entry/id1', 'library/entry/id2']) expect(validateSavedOutline(v3[key]).ok).toBe(true);
  });

  it('refuses data of a newer schema instead of misreading it', async () => {
    const area = new MemoryStorageArea();
    await area.set({ [SCHEMA_VERSION_KEY]: CURRENT_SCHEMA_VERSION + 1 });
    await expect(loadLibrary(area)).rejects.toMatchObject({ kind: 'newer-schema' });
    const writer = createLibraryWriter(area);
    await expect(writer.repair()).rejects.toMatchObject({ kind: 'newer-schema' });
  });
});
