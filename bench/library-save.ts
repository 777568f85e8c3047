/**
 * The library at scale: the time of one Save, and of the open library page catching up with it,
 * at 100, 1,000 and 5,000 saved outlines, before (schema v3) and after (schema v4), in one run.
 *
 *   npm run bench:library -- [--sizes 100,1000,5000] [--saves N] [--reps N] [--json]
 *
 * - Save: a new article or an update of a saved one (alternating), through the background's writer
 *   over a storage area that serialises values as the browser does (bench/library/serializing-area.ts).
 *   Before: the v3 save path (bench/library/v3-save.ts: whole index read, scanned and written back).
 *   After: the v4 writer (src/shared/storage/writer.ts: the entry and one shard of the URL index).
 *   The two are interleaved save by save, so machine noise hits both alike; figures are medians.
 * - Page: what an open library page does after a save elsewhere. Before: load the whole library
 *   again and rebuild the search texts. After: apply the save's storage change (as storage.onChanged
 *   delivers it) and rebuild the search index from cached per-entry texts.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { buildSearchIndex } from '../src/library/search';
import {
  INDEX_KEY,
  SCHEMA_VERSION_KEY,
  applyLibraryChanges,
  buildUrlIndex,
  createLibraryWriter,
  entryKey,
  loadLibrary,
  type StorageAreaLike,
  type StorageChanges,
} from '../src/shared/storage';
import { collectGarbage } from './gc';
import { generatedEntry, generatedOutline } from './library/fixtures';
import { SerializingArea } from './library/serializing-area';
import { createV3Save } from './library/v3-save';
import { median } from './stats';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,5000' },
    /** Timed saves per layout and size (half new articles, half updates). */
    saves: { type: 'string', default: '60' },
    /** Timed page updates per layout and size. */
    reps: { type: 'string', default: '15' },
    json: { type: 'boolean', default: false },
  },
});
const sizes = args.sizes.split(',').map(Number);
const saves = Number(args.saves);
const reps = Number(args.reps);

async function filledArea(size: number, layout: 'v3' | 'v4'): Promise<SerializingArea> {
  const area = new SerializingArea();
  const entries = Array.from({ length: size }, (_, n) => generatedEntry(n));
  const items: Record<string, unknown> = Object.fromEntries(entries.map((entry) => [entryKey(entry.id), entry]));
  if (layout === 'v3') items[INDEX_KEY] = Object.fromEntries(entries.map((entry) => [entry.id, entry.url]));
  else Object.assign(items, buildUrlIndex(entries.map((entry) => [entry.url, entry.id])));
  items[SCHEMA_VERSION_KEY] = layout === 'v3' ? 3 : 4;
  await area.set(items);
  return area;
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

interface SizeResult {
  size: number;
  storedMB: number;
  saveBeforeMs: number;
  saveAfterMs: number;
  pageBeforeMs: number;
  pageAfterMs: number;
}

/** An area that hands each write to `onChanged` as storage.onChanged would (a copy of the new values). */
function reporting(area: SerializingArea, onChanged: (changes: StorageChanges) => void): StorageAreaLike {
  return {
    get: (keys) => area.get(keys),
    async set(items) {
      await area.set(items);
      const changes = Object.fromEntries(Object.entries(items).map(([key, value]) => [key, { newValue: value }]));
      onChanged(changes);
    },
    remove: (keys) => area.remove(keys),
  };
}

async function measure(size: number): Promise<SizeResult> {
  const before = await filledArea(size, 'v3');
  const after = await filledArea(size, 'v4');
  let counter = 0;
  const newId = () => `new-${counter++}`;
  const saveV3 = createV3Save(before, newId);
  let lastChange: string | null = null;
  const writer = createLibraryWriter(
    reporting(after, (changes) => (lastChange = JSON.stringify(changes))),
    { newId },
  );
  const beforeTimes: number[] = [];
  const afterTimes: number[] = [];
  for (let i = 0; i < saves; i++) {
    // Alternately a new article and an update of one already saved (spread over the library).
    const outline = generatedOutline(i % 2 ? (i * 7919) % size : size + i);
    collectGarbage('young');
    const order = i % 2 ? ['after', 'before'] : ['before', 'after'];
    for (const which of order) {
      if (which === 'before') beforeTimes.push(await timed(() => saveV3(outline)));
      else afterTimes.push(await timed(() => writer.save(outline)));
    }
  }

  // The page: loaded once; then, after a save elsewhere, a full reload (before) or the delta (after).
  let shown = await loadLibrary(after);
  buildSearchIndex(shown.entries).texts();
  const pageBefore: number[] = [];
  const pageAfter: number[] = [];
  for (let i = 0; i < reps; i++) {
    await writer.save(generatedOutline(size + saves + i));
    const change = lastChange!;
    collectGarbage('young');
    pageBefore.push(await timed(async () => buildSearchIndex((await loadLibrary(after)).entries).texts()));
    pageAfter.push(
      await timed(async () => {
        // The browser hands the page a copy of the change: parsing it stands for that.
        const next = applyLibraryChanges(shown, JSON.parse(change) as StorageChanges);
        if (!next) throw new Error('bench: the change could not be applied');
        shown = next;
        buildSearchIndex(shown.entries).texts();
      }),
    );
  }
  return {
    size,
    storedMB: after.bytes() / 1e6,
    saveBeforeMs: median(beforeTimes),
    saveAfterMs: median(afterTimes),
    pageBeforeMs: median(pageBefore),
    pageAfterMs: median(pageAfter),
  };
}

const results: SizeResult[] = [];
for (const size of sizes) {
  process.stderr.write(`library bench: ${size.toLocaleString('en')} entries…\n`);
  results.push(await measure(size));
}

if (args.json) {
  console.log(JSON.stringify({ saves, reps, results }));
} else {
  const ms = (value: number) => value.toFixed(2).padStart(8);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(1)}×`.padStart(7);
  console.log(`Median of ${saves} saves and ${reps} page updates per size (before = schema v3, after = schema v4).`);
  console.log('entries   stored MB | save before   after  faster | page before    after  faster');
  for (const r of results) {
    console.log(
      `${r.size.toLocaleString('en').padStart(7)} ${r.storedMB.toFixed(1).padStart(11)} |` +
        `${ms(r.saveBeforeMs)} ms${ms(r.saveAfterMs)} ms${ratio(r.saveBeforeMs, r.saveAfterMs)} |` +
        `${ms(r.pageBeforeMs)} ms${ms(r.pageAfterMs)} ms${ratio(r.pageBeforeMs, r.pageAfterMs)}`,
    );
  }
}
