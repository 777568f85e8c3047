import { describe, expect, it } from 'vitest';
import {
  INDEX_KEY,
  QUARANTINE_KEY,
  allShardKeys,
  QUOTA_MESSAGE,
  createLibraryWriter,
  entryKey,
  loadLibrary,
  validateOutlineForSave,
  type SavedOutline,
} from '../../src/shared/storage';
import { MemoryStorageArea, seededRandom, urlIndexOf } from './storage-memory-area';
import { numberedOutline, seedOutline } from './storage-fixtures';

/** Simulated tabs: how many save at once in the concurrency test (the issue asks for 200). */
const CONCURRENT_TABS = 200;
/** Each storage call waits 0..3 event-loop turns, so that concurrent callers interleave. */
const MAX_DELAY_TURNS = 3;

function clock(start = Date.parse('2026-11-27T20:00:00.000Z')): () => Date {
  let tick = 0;
  // One second per call: every save gets its own, later time.
  return () => new Date(start + 1000 * tick++);
}

describe('saving', () => {
  it('adds a new URL and updates the same URL (ignoring #fragment), keeping the first save time', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area, { now: clock() });
    const first = await writer.save(seedOutline());
    expect(first.status).toBe('added');
    const again = await writer.save(seedOutline({ url: `${seedOutline().url}#comments`, title: 'Updated headline' }));
    expect(again.status).toBe('updated');
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry.savedAt).toBe(first.entry.savedAt);
    expect(Date.parse(again.entry.updatedAt)).toBeGreaterThan(Date.parse(first.entry.updatedAt));
    const { entries } = await loadLibrary(area);
    expect(entries).toHaveLength(1);
    expect(entries[0]!.title).toBe('Updated headline');
  });

  it('stores the whole outline with bullets and related stories, but not the page body or fields it does not know', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    const { entry } = await writer.save({ ...seedOutline(), injected: '<script>', body: 'long body text' });
    const stored = area.dump()[entryKey(entry.id)] as Record<string, unknown>;
    expect(stored.injected).toBeUndefined();
    expect(stored.body).toBeUndefined();
    expect(stored.outline).toEqual(seedOutline().outline.map(({ id: _id, ...section }) => section));
    expect(stored.related).toEqual(seedOutline().related);
    expect((stored.outline as { bullets: string[] }[])[0]!.bullets.length).toBeGreaterThan(0);
  });

  it("keeps the language the core told from a page's words when the page declares none, and the declared one over it", async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    const guessed = await writer.save(seedOutline({ url: 'https://example.org/a', lang: null, textLang: 'de' }));
    const declared = await writer.save(seedOutline({ url: 'https://example.org/b', lang: 'de-AT', textLang: 'en' }));
    const neither = await writer.save(seedOutline({ url: 'https://example.org/c', lang: null }));
    const { entries } = await loadLibrary(area);
    const langOf = (id: string) => entries.find((entry) => entry.id === id)!.lang;
    expect([langOf(guessed.entry.id), langOf(declared.entry.id), langOf(neither.entry.id)]).toEqual([
      'de',
      'de-AT',
      null,
    ]);
  });

  it.each([
    ['no article', { ...seedOutline(), found: false }, 'no article was found on this page'],
    ['a javascript: URL', seedOutline({ url: 'javascript:alert(1)' }), 'only web pages (http and https) can be saved'],
    ['no URL', seedOutline({ url: null }), 'it has no page address'],
    [
      'bullets that are not text',
      { ...seedOutline(), outline: [{ level: 2, text: 'x', bullets: [{}], children: [] }] },
      'outline[0] has bullets that are not text',
    ],
    ['absurd nesting', { ...seedOutline(), outline: nested(50) }, 'nests deeper than any real outline'],
    ['a huge payload', seedOutline({ title: 'x'.repeat(1_100_000) }), 'it is far larger than any real outline'],
    ['not an object', 'hello', 'it is not an outline'],
  ])('refuses an outline with %s and writes nothing', async (_name, payload, reason) => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    await expect(writer.save(payload)).rejects.toMatchObject({
      kind: 'invalid',
      message: expect.stringContaining(reason),
    });
    expect(area.dump()).toEqual({});
  });
});

function nested(depth: number): unknown[] {
  let sections: unknown[] = [];
  for (let i = 0; i < depth; i++) sections = [{ level: 2, text: `level ${i}`, bullets: [], children: sections }];
  return sections;
}

describe('concurrent saves from many tabs', () => {
  it(`loses none of ${CONCURRENT_TABS} simultaneous saves through the single writer`, async () => {
    const area = new MemoryStorageArea({ maxDelayTurns: MAX_DELAY_TURNS, random: seededRandom(4) });
    const writer = createLibraryWriter(area);
    const replies = await Promise.all(
      Array.from({ length: CONCURRENT_TABS }, (_, n) => writer.save(numberedOutline(n))),
    );
    expect(replies.every((reply) => reply.status === 'added')).toBe(true);
    const { entries, problems } = await loadLibrary(area);
    expect(problems).toEqual([]);
    expect(new Set(entries.map((entry) => entry.url)).size).toBe(CONCURRENT_TABS);
    expect(Object.keys(urlIndexOf(area.dump()))).toHaveLength(CONCURRENT_TABS);
  });

  it('the same fake storage does lose saves when tabs write without the shared queue (the test can fail)', async () => {
    const area = new MemoryStorageArea({ maxDelayTurns: MAX_DELAY_TURNS, random: seededRandom(4) });
    // One writer per tab = several writers, which the design forbids.
    await Promise.all(
      Array.from({ length: CONCURRENT_TABS }, (_, n) => createLibraryWriter(area).save(numberedOutline(n))),
    );
    expect(Object.keys(urlIndexOf(area.dump())).length).toBeLessThan(CONCURRENT_TABS);
  });

  it('concurrent saves of one URL make one entry: one "added", the rest "updated"', async () => {
    const area = new MemoryStorageArea({ maxDelayTurns: MAX_DELAY_TURNS, random: seededRandom(9) });
    const writer = createLibraryWriter(area);
    const replies = await Promise.all(Array.from({ length: 20 }, () => writer.save(seedOutline())));
    expect(replies.filter((reply) => reply.status === 'added')).toHaveLength(1);
    expect((await loadLibrary(area)).entries).toHaveLength(1);
  });
});

describe('damaged data', () => {
  async function libraryWithDamage() {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area, { now: clock() });
    const good = await writer.save(numberedOutline(1));
    const other = await writer.save(numberedOutline(2));
    // Damage one entry in place, and add one whose key does not match its id.
    await area.set({ [entryKey(other.entry.id)]: { ...other.entry, outline: 'not a list' } });
    await area.set({ [entryKey('stray')]: { ...good.entry, url: 'https://x.example/' } });
    return { area, writer, good: good.entry, damagedId: other.entry.id };
  }

  it('reports a corrupt entry with its reason and still loads the others', async () => {
    const { area, good, damagedId } = await libraryWithDamage();
    const loaded = await loadLibrary(area);
    expect(loaded.entries).toEqual([good]);
    expect(loaded.problems).toEqual([
      { key: entryKey(damagedId), reason: 'outline is not a list' },
      { key: entryKey('stray'), reason: 'its id does not match where it is stored' },
    ]);
  });

  it('repair sets corrupt entries aside, unchanged, in the quarantine list instead of dropping them', async () => {
    const { area, writer, good, damagedId } = await libraryWithDamage();
    const damagedRaw = area.dump()[entryKey(damagedId)];
    const report = await writer.repair();
    expect(report.setAside).toBe(2);
    const loaded = await loadLibrary(area);
    expect(loaded.entries).toEqual([good]);
    expect(loaded.problems).toEqual([]);
    expect(loaded.quarantined.map((item) => [item.key, item.reason])).toEqual([
      [entryKey(damagedId), 'outline is not a list'],
      [entryKey('stray'), 'its id does not match where it is stored'],
    ]);
    expect(loaded.quarantined[0]!.raw).toEqual(damagedRaw);
    expect(urlIndexOf(area.dump())).toEqual({ [good.url]: good.id });
    await writer.clearQuarantine();
    expect(area.dump()[QUARANTINE_KEY]).toBeUndefined();
  });

  it('a save or import that replaces a damaged entry sets the damaged value aside first', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    const { entry } = await writer.save(numberedOutline(1));
    const other = (await writer.save(numberedOutline(2))).entry;
    await area.set({ [entryKey(entry.id)]: { damaged: 1 }, [entryKey(other.id)]: { damaged: 2 } });

    expect((await writer.save(numberedOutline(1))).status).toBe('updated');
    expect(
      await writer.importEntries([{ ...other, title: 'Imported', updatedAt: '2030-01-01T00:00:00.000Z' }]),
    ).toMatchObject({ updated: 1 });

    const loaded = await loadLibrary(area);
    expect(loaded.problems).toEqual([]);
    expect(loaded.entries.map((saved) => saved.title).sort()).toEqual(['Imported', 'Story number 1']);
    expect(loaded.quarantined.map((item) => [item.key, item.raw])).toEqual([
      [entryKey(entry.id), { damaged: 1 }],
      [entryKey(other.id), { damaged: 2 }],
    ]);
  });

  it('delete leaves a damaged entry in place for repair to set aside, instead of dropping it', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    const { entry } = await writer.save(numberedOutline(1));
    await area.set({ [entryKey(entry.id)]: { damaged: true } });
    expect(await writer.remove([entry.id])).toEqual([]);
    expect(area.dump()[entryKey(entry.id)]).toEqual({ damaged: true });
    await writer.repair();
    expect((await loadLibrary(area)).quarantined.map((item) => item.raw)).toEqual([{ damaged: true }]);
  });

  it('rebuilds a damaged index from the entries on the next save, losing nothing', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area);
    for (let n = 0; n < 5; n++) await writer.save(numberedOutline(n));
    await area.set(Object.fromEntries(allShardKeys().map((key) => [key, 'garbage'])));
    const reply = await writer.save(numberedOutline(3));
    expect(reply.status).toBe('updated');
    expect((await loadLibrary(area)).entries).toHaveLength(5);
    expect(Object.keys(urlIndexOf(area.dump()))).toHaveLength(5);
  });
});

describe('a full storage quota', () => {
  it.each(['chrome', 'firefox'] as const)(
    'gives a clear error and keeps everything already saved (%s error)',
    async (quotaStyle) => {
      // Room for a few seed outlines (≈ 7 kB each), so that the quota is reached within the loop.
      const area = new MemoryStorageArea({ quotaStyle, quotaBytes: 40_000 });
      const writer = createLibraryWriter(area);
      let saved = 0;
      let failure: unknown;
      for (let n = 0; n < 100 && !failure; n++) {
        try {
          await writer.save(numberedOutline(n));
          saved++;
        } catch (error) {
          failure = error;
        }
      }
      expect(saved).toBeGreaterThan(0);
      expect(failure).toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
      const before = area.dump();
      // A later save fails the same way and changes nothing; the library still reads in full.
      await expect(writer.save(numberedOutline(1000))).rejects.toMatchObject({ kind: 'quota' });
      expect(area.dump()).toEqual(before);
      expect((await loadLibrary(area)).entries).toHaveLength(saved);
      // Deleting makes room again: the writer is not stuck after a failure.
      const [firstId] = Object.values(urlIndexOf(before));
      await writer.remove([firstId!]);
      await expect(writer.save(numberedOutline(1000))).resolves.toMatchObject({ status: 'added' });
    },
  );
});

describe('delete and undo', () => {
  it('remove returns the entries and restore puts them back exactly', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area, { now: clock() });
    const entries: SavedOutline[] = [];
    for (let n = 0; n < 3; n++) entries.push((await writer.save(numberedOutline(n))).entry);
    const removed = await writer.remove([entries[0]!.id, entries[2]!.id, 'unknown-id']);
    expect(removed).toEqual([entries[0], entries[2]]);
    expect((await loadLibrary(area)).entries).toEqual([entries[1]]);
    expect(await writer.restore(removed)).toEqual({ restored: 2 });
    expect((await loadLibrary(area)).entries).toEqual([entries[2], entries[1], entries[0]]);
  });

  it('undo keeps a newer save of the same page made after the delete', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area, { now: clock() });
    const { entry } = await writer.save(seedOutline());
    const removed = await writer.remove([entry.id]);
    const resaved = await writer.save(seedOutline({ title: 'Saved again' }));
    expect(await writer.restore(removed)).toEqual({ restored: 0 });
    expect((await loadLibrary(area)).entries).toEqual([resaved.entry]);
  });
});

describe('importing entries', () => {
  it('merges by URL: adds new pages, updates older copies, leaves newer or identical ones, rejects invalid ones', async () => {
    const area = new MemoryStorageArea();
    const writer = createLibraryWriter(area, { now: clock() });
    const kept = (await writer.save(numberedOutline(1))).entry;
    const stale = (await writer.save(numberedOutline(2))).entry;
    const newer = (await writer.save(numberedOutline(3))).entry;
    const incoming = [
      kept, // identical
      { ...stale, title: 'Newer title elsewhere', updatedAt: '2030-01-01T00:00:00.000Z', id: 'other-id' },
      { ...newer, title: 'Older copy', updatedAt: '2000-01-01T00:00:00.000Z' },
      { ...kept, id: 'brand-new', url: 'https://new.example/a' },
      { ...kept, id: 'bad', url: 'ftp://x' },
      { ...kept, id: 'dup', url: 'https://new.example/a' },
      42,
    ];
    const report = await writer.importEntries(incoming);
    expect(report).toEqual({
      added: 1,
      updated: 1,
      unchanged: 2,
      rejectedCount: 3,
      rejectedReasons: [
        { reason: 'it is not a saved outline', count: 1 },
        { reason: 'only web pages (http and https) can be saved', count: 1 },
        { reason: 'the same page appears earlier in the file', count: 1 },
      ],
      rejected: [
        { position: 4, url: 'ftp://x', reason: 'only web pages (http and https) can be saved' },
        { position: 5, url: 'https://new.example/a', reason: 'the same page appears earlier in the file' },
        { position: 6, url: null, reason: 'it is not a saved outline' },
      ],
    });
    const byUrl = new Map((await loadLibrary(area)).entries.map((entry) => [entry.url, entry]));
    expect(byUrl.size).toBe(4);
    expect(byUrl.get(stale.url)).toMatchObject({ id: stale.id, title: 'Newer title elsewhere' });
    expect(byUrl.get(newer.url)!.title).toBe(newer.title);
    expect(byUrl.get('https://new.example/a')!.id).toBe('brand-new');
  });

  it('an import too large for the quota changes nothing', async () => {
    // Room for a few outlines but not for the 20 imported ones.
    const area = new MemoryStorageArea({ quotaBytes: 30_000 });
    const writer = createLibraryWriter(area);
    await writer.save(numberedOutline(1));
    const before = area.dump();
    const bigImport = Array.from({ length: 20 }, (_, n) => ({
      ...(before[entryKey(Object.values(urlIndexOf(before))[0]!)] as SavedOutline),
      id: `i${n}`,
      url: `https://big.example/${n}`,
    }));
    await expect(writer.importEntries(bigImport)).rejects.toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
    expect(area.dump()).toEqual(before);
  });
});

describe('a full quota and the v4 migration', () => {
  it('a v3 library that fills the quota is migrated, loses nothing, and deleting still makes room', async () => {
    const entries = Array.from({ length: 30 }, (_, n) => ({
      ...(validateOutlineForSave(numberedOutline(n)) as { value: object }).value,
      id: `v3-${n}`,
      savedAt: '2026-01-01T00:00:00.000Z',
      updatedAt: new Date(Date.parse('2026-01-01T00:00:00.000Z') + n * 1000).toISOString(),
    })) as SavedOutline[];
    const v3 = {
      ...Object.fromEntries(entries.map((entry) => [entryKey(entry.id), entry])),
      [INDEX_KEY]: Object.fromEntries(entries.map((entry) => [entry.id, entry.url])),
      'library/schemaVersion': 3,
    };
    const filler = new MemoryStorageArea();
    await filler.set(v3);
    // Room for the data as it is plus a few bytes: not for a second index beside the first.
    const area = new MemoryStorageArea({ quotaBytes: filler.bytesInUse() + 100 });
    await area.set(v3);
    const writer = createLibraryWriter(area);
    await expect(writer.save(numberedOutline(100))).rejects.toMatchObject({ kind: 'quota', message: QUOTA_MESSAGE });
    expect((await loadLibrary(area)).entries).toHaveLength(30);
    const removed = await writer.remove(['v3-0', 'v3-1']);
    expect(removed.map((entry) => entry.id)).toEqual(['v3-0', 'v3-1']);
    await expect(writer.save(numberedOutline(100))).resolves.toMatchObject({ status: 'added' });
    const loaded = await loadLibrary(area);
    expect(loaded.entries).toHaveLength(29);
    expect(loaded.storedSchemaVersion).toBe(4);
    expect(area.dump()[INDEX_KEY]).toBeUndefined();
    expect(Object.keys(urlIndexOf(area.dump()))).toHaveLength(29);
  });
});
