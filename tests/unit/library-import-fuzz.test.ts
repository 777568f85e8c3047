/**
 * Property-based tests of the library import over generated files: valid exports, exports with
 * mutated entries, hostile entries and files that are not ours at all, imported into a library that
 * may hold damaged entries and may be near its quota. Whatever the file:
 * - the import never throws anything but a LibraryError for a full quota (and then changes nothing);
 * - it never loses an existing entry: each keeps its id and URL, and changes only for a copy of the
 *   same page in the file that is not older; a damaged entry stays in place or goes to the quarantine;
 * - the storage invariants hold: current schema, the URL index maps exactly the readable entries'
 *   URLs to their ids (one entry per URL, each in the shard of its URL), the report adds up;
 * - importing the same file again changes nothing.
 *
 * Seeded and short in CI; a longer run:
 *   FUZZ_RUNS=5000 FUZZ_SEED=… npx vitest run tests/unit/library-import-fuzz.test.ts
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIBRARY_EXPORT_FORMAT, parseLibraryExport } from '../../src/shared/formats/json';
import {
  CURRENT_SCHEMA_VERSION,
  ENTRY_KEY_PREFIX,
  LibraryError,
  QUARANTINE_KEY,
  SCHEMA_VERSION_KEY,
  createLibraryWriter,
  entryKey,
  isShardKey,
  loadLibrary,
  normaliseArticleUrl,
  shardKeyOf,
  type ImportReport,
  type QuarantinedItem,
  type SavedOutline,
} from '../../src/shared/storage';
import { MAX_NOTICE_DETAILS, importNotice } from '../../src/library/notices';
import { MemoryStorageArea, urlIndexOf } from './storage-memory-area';

/** Cases per property in CI: a few hundred keep the file under ~10 s on the shared 2-core box. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
/** Long runs take about 10 ms a case on the shared 2-core machine: room for four times that. */
const TIMEOUT_MS = Math.max(30_000, RUNS * 40);
const DAY_MS = 86_400_000;
/** The same timestamps in every run: the writer's clock does not depend on the machine. */
const START = Date.parse('2026-06-01T00:00:00.000Z');

const hostileText = fc.constantFrom(
  '',
  '\u200b',
  '\u00ad',
  '<script>alert(1)</script>',
  '"quoted"\n\\',
  '\u202eright-to-left override',
  '__proto__',
  'x'.repeat(1_500),
);
const text = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: hostileText },
);
const url = fc.oneof(
  { weight: 8, arbitrary: fc.webUrl({ withFragments: true, withQueryParameters: true }) },
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 7 }).map((n) => `https://lib.example/p${n}`) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'javascript:alert(1)',
      'data:text/html,<b>x</b>',
      'ftp://files.example/a',
      'not a url',
      '',
      `https://long.example/${'a'.repeat(9_000)}`,
    ),
  },
);
const time = fc.oneof(
  {
    weight: 20,
    arbitrary: fc
      .integer({ min: START - 400 * DAY_MS, max: START + 400 * DAY_MS })
      .map((ms) => new Date(ms).toISOString()),
  },
  { weight: 1, arbitrary: fc.constantFrom('+275760-09-13T00:00:00.000Z', '1969-12-31T00:00:00.000Z', 'yesterday', '') },
);
const id = fc.oneof(
  { weight: 6, arbitrary: fc.uuid() },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('', '../x', 'a'.repeat(80), 'p1', '__proto__') },
);
const count = fc.oneof({ weight: 20, arbitrary: fc.nat({ max: 50_000 }) }, fc.constantFrom(1e308, -1, Number.NaN, 0.5));

const { section } = fc.letrec((tie) => ({
  section: fc.record({
    level: fc.oneof({ weight: 30, arbitrary: fc.integer({ min: 0, max: 6 }) }, fc.constantFrom(-1, 7, 2.5)),
    text,
    bullets: fc.array(text, { maxLength: 3 }),
    children: fc.oneof({ depthSize: 'small' }, fc.constant([]), fc.array(tie('section'), { maxLength: 2 })),
  }),
}));

/** An entry shaped like ours, with any values in its fields. */
const entryLike = fc.record({
  id,
  url,
  title: text,
  byline: fc.option(text),
  siteName: fc.option(text),
  publishedTime: fc.option(time),
  lang: fc.option(fc.constantFrom('en', 'ar', 'fr-CA', '')),
  dir: fc.constantFrom(null, 'ltr', 'rtl'),
  excerpt: fc.option(text),
  wordCount: count,
  readingMinutes: count,
  outline: fc.array(section, { maxLength: 3 }),
  related: fc.array(fc.record({ title: text, url }), { maxLength: 3 }),
  savedAt: time,
  updatedAt: time,
});

const ENTRY_FIELDS = [
  ...['id', 'url', 'title', 'byline', 'publishedTime', 'wordCount'],
  ...['outline', 'related', 'savedAt', 'updatedAt'],
];

/** One of our entries with one field replaced by anything, or a field removed. */
const mutated = fc
  .tuple(entryLike, fc.constantFrom(...ENTRY_FIELDS), fc.option(fc.jsonValue()))
  .map(([entry, field, value]) => {
    const copy: Record<string, unknown> = { ...entry };
    if (value === null) delete copy[field];
    else copy[field] = value;
    return copy;
  });

const fileEntry = fc.oneof(
  { weight: 5, arbitrary: entryLike },
  { weight: 2, arbitrary: mutated },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
);

/** The text of a file handed to Import: mostly our format, sometimes damaged, sometimes not ours. */
const importFile = fc.oneof(
  { weight: 6, arbitrary: fc.array(fileEntry, { maxLength: 12 }).map((entries) => exportText(entries)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.array(fileEntry, { maxLength: 6 }), fc.double({ min: 0, max: 1, noNaN: true }))
      .map(([entries, cut]) => exportText(entries).slice(0, Math.floor(cut * exportText(entries).length))),
  },
  {
    weight: 1,
    arbitrary: fc
      .array(fileEntry, { maxLength: 4 })
      .map((entries) => exportText(entries, { count: entries.length + 1 })),
  },
  { weight: 1, arbitrary: fc.array(fileEntry, { maxLength: 4 }).map((entries) => exportText(entries, { version: 2 })) },
  { weight: 1, arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

function exportText(entries: unknown[], overrides: Record<string, unknown> = {}): string {
  const exportedAt = new Date(START).toISOString();
  const total = entries.length;
  return JSON.stringify({ format: LIBRARY_EXPORT_FORMAT, version: 1, exportedAt, count: total, entries, ...overrides });
}

/** The library before the import: a few saved pages, some damaged in place, maybe a tight quota. */
const startState = fc.record({
  pages: fc.integer({ min: 0, max: 8 }),
  damaged: fc.subarray([1, 4, 6]),
  quotaBytes: fc.option(fc.integer({ min: 2_000, max: 40_000 }), { freq: 4 }),
});

function clock(): () => Date {
  let tick = 0;
  return () => new Date(START + 1000 * tick++);
}

async function libraryBefore(state: { pages: number; damaged: number[]; quotaBytes: number | null }) {
  const area = new MemoryStorageArea(state.quotaBytes === null ? {} : { quotaBytes: state.quotaBytes });
  const writer = createLibraryWriter(area, { now: clock() });
  const saved: SavedOutline[] = [];
  const damaged = new Map<string, unknown>();
  try {
    for (let n = 0; n < state.pages; n++) {
      const sections = [{ level: 2, text: 'H', bullets: ['b'] }];
      const outline = { url: `https://lib.example/p${n}`, found: true, title: `Page ${n}`, outline: sections };
      saved.push((await writer.save(outline)).entry);
    }
  } catch (error) {
    if (!(error instanceof LibraryError && error.kind === 'quota')) throw error;
  }
  for (const n of state.damaged) {
    const entry = saved[n];
    if (!entry) continue;
    // Damage in place: the index still names the entry, its value cannot be read.
    const raw = { damaged: n, url: entry.url };
    area.data.set(entryKey(entry.id), raw);
    damaged.set(entryKey(entry.id), raw);
  }
  const intact = saved.filter((entry) => !damaged.has(entryKey(entry.id)));
  return { area, writer, intact, damaged };
}

function quarantineOf(dump: Record<string, unknown>): QuarantinedItem[] {
  return (dump[QUARANTINE_KEY] as QuarantinedItem[] | undefined) ?? [];
}

async function checkInvariants(area: MemoryStorageArea, damaged: Map<string, unknown>): Promise<SavedOutline[]> {
  const dump = area.dump();
  const library = await loadLibrary(area);
  if (library.entries.length || Object.keys(dump).length) expect(dump[SCHEMA_VERSION_KEY]).toBe(CURRENT_SCHEMA_VERSION);
  // Only the damage we made is unreadable, and it is still where it was.
  for (const problem of library.problems) expect(dump[problem.key]).toEqual(damaged.get(problem.key));
  const index = urlIndexOf(dump);
  expect(new Set(library.entries.map((entry) => entry.url)).size).toBe(library.entries.length);
  for (const entry of library.entries) expect(index[entry.url]).toBe(entry.id);
  for (const [shardKey, shard] of Object.entries(dump).filter(([key]) => isShardKey(key))) {
    for (const [indexedUrl, indexedId] of Object.entries(shard as Record<string, string>)) {
      expect(shardKeyOf(indexedUrl)).toBe(shardKey);
      expect(dump[entryKey(indexedId)]).toBeDefined();
    }
  }
  const entryKeys = Object.keys(dump).filter((key) => key.startsWith(ENTRY_KEY_PREFIX));
  expect(entryKeys).toHaveLength(library.entries.length + library.problems.length);
  return library.entries;
}

describe('importing generated files (property-based)', () => {
  const title = 'never throws, never loses an entry, keeps the storage invariants, and a second import changes nothing';
  it(title, { timeout: TIMEOUT_MS }, async () => {
    const stats = { cases: 0, refusedFiles: 0, quotaFull: 0, added: 0, updated: 0, rejected: 0 };
    await fc.assert(
      fc.asyncProperty(startState, importFile, async (state, file) => {
        stats.cases++;
        const { area, writer, intact, damaged } = await libraryBefore(state);
        const before = area.dump();
        const parsed = parseLibraryExport(file);
        if (!parsed.ok) {
          stats.refusedFiles++;
          expect(parsed.error).toMatch(/\.$/);
          return;
        }
        let report: ImportReport;
        try {
          report = await writer.importEntries(parsed.entries);
        } catch (error) {
          expect(error).toBeInstanceOf(LibraryError);
          expect((error as LibraryError).kind).toBe('quota');
          expect(area.dump()).toEqual(before);
          stats.quotaFull++;
          return;
        }
        stats.added += report.added;
        stats.updated += report.updated;
        stats.rejected += report.rejectedCount;
        expect(report.added + report.updated + report.unchanged + report.rejectedCount).toBe(parsed.entries.length);
        expect(report.rejected.length).toBe(Math.min(report.rejectedCount, 20));
        expect(report.rejectedReasons.reduce((sum, item) => sum + item.count, 0)).toBe(report.rejectedCount);
        // The page's notice: a summary line, a few rejections and "… and N more", whatever the file.
        expect(importNotice('file.json', report).details?.length ?? 0).toBeLessThanOrEqual(MAX_NOTICE_DETAILS + 2);

        const after = await checkInvariants(area, damaged);
        const damagedReplaced = [...damaged.keys()].filter((key) => validEntryAt(area, key)).length;
        expect(after.length).toBe(intact.length + report.added + damagedReplaced);
        const byId = new Map(after.map((entry) => [entry.id, entry]));
        for (const old of intact) {
          const now = byId.get(old.id);
          expect(now?.url).toBe(old.url);
          if (JSON.stringify(now) !== JSON.stringify(old)) {
            // Replaced only by a copy of the same page from the file that is not older.
            const copies = parsed.entries.filter((raw) => urlOf(raw) === old.url);
            const updatedAt = (raw: unknown) => Date.parse(String((raw as { updatedAt?: unknown }).updatedAt));
            const notOlder = copies.some((raw) => updatedAt(raw) >= Date.parse(old.updatedAt));
            expect(notOlder).toBe(true);
          }
        }
        const dump = area.dump();
        for (const [key, raw] of damaged) {
          const kept = JSON.stringify(dump[key]) === JSON.stringify(raw);
          const same = (item: QuarantinedItem) => item.key === key && JSON.stringify(item.raw) === JSON.stringify(raw);
          const setAside = quarantineOf(dump).some(same);
          expect(kept || setAside).toBe(true);
        }

        const again = await writer.importEntries(parsed.entries);
        expect(again.added + again.updated).toBe(0);
        expect(area.dump()).toEqual(dump);
      }),
      { numRuns: RUNS, seed: SEED },
    );
    // The report line of a run (a longer one with FUZZ_RUNS): how many cases took each path.
    console.info(`[import fuzz] ${JSON.stringify(stats)}`);
    expect(stats.cases).toBeGreaterThanOrEqual(RUNS);
  });
});

/** A damaged entry replaced by an import holds a readable entry now (its raw value went to the quarantine). */
function validEntryAt(area: MemoryStorageArea, key: string): boolean {
  const value = area.data.get(key) as { id?: unknown } | undefined;
  return typeof value?.id === 'string' && entryKey(value.id) === key;
}

function urlOf(raw: unknown): string | null {
  const checked = normaliseArticleUrl((raw as { url?: unknown } | null)?.url);
  return checked.ok ? checked.value : null;
}
