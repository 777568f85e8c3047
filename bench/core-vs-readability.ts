/**
 * Times the analysis core (outlineDocument) against @mozilla/readability over the corpus,
 * on the same linkedom-parsed documents, in one process.
 *
 *   npm run bench -- [--corpus DIR] [--pages N] [--reps N] [--gc young|full|none] [--json] [--max-ratio X] [--base DIR]
 *                    [--only NAME,NAME] [--shown N]
 *
 * - The core runs as it compiles for shipping (loadCore: Vite's bundle of src/core with the extension's
 *   stripExplanations, not tsx's transform of the sources, which wraps every function in a name-keeping
 *   helper call), and so does the --base core.
 * - Parsing is never timed, for either tool. The core never mutates its document, so one parse
 *   serves all its runs; Readability mutates the document it is given, so every one of its runs
 *   gets a freshly parsed copy (parsed outside the timer).
 * - Per page, each tool runs `--reps` times, core and Readability interleaved (alternating which
 *   goes first), and the page's figure is the median of those runs. Noise on a shared machine
 *   then hits both tools alike.
 * - Reported: median and p95 over pages for each tool, and median and p95 of the per-page ratio
 *   core / Readability (below 1: the core is faster).
 * - `--json` prints exactly one JSON object on stdout; progress always goes to stderr.
 * - `--max-ratio X` exits 1 when the median ratio is above X.
 * - `--gc` says what is collected before each timed run (see GC_BEFORE_RUN).
 * - `--base DIR`: another checkout's core (a `git archive` of main, say, with node_modules linked)
 *   runs as a third tool in the same rounds (the order rotating), so a change is measured side by
 *   side with what it changes: each core's ratio to Readability, and the median per-page ratio
 *   this core / base core. Separate runs of the bench on a shared machine differ by more than most
 *   changes do. The order of the three tools and which document is parsed first vary per page and
 *   run (see ORDERS): against a copy of itself, this core / base came out 1.08 with a fixed rotation,
 *   1.019 now (60 pages × 6 runs). Use --reps 6 for a comparison.
 * - `--only a,b`: only the pages whose name ("<set>/<slug>") contains one of the comma-separated parts
 *   (applied before --pages), to time the slow pages again after a change.
 * - `--shown N`: how many pages are listed under the table, slowest for the core and highest ratio (default 5).
 */
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadCore, type OutlineDocument } from './load-core';
import { findPages, readPageHtml, spreadSample, type CorpusPage } from './corpus';
import { median, percentile } from './stats';
import { collectGarbage, type GcKind } from './gc';

/** Runs per tool per page; the page's time is their median (5 shrugs off one or two GC pauses). */
const DEFAULT_REPS = 5;
/** Pages run (untimed) before measuring, so both tools are JIT-compiled before the first timed run. */
const WARMUP_PAGES = 20;
/** Untimed rounds over the warm-up pages. */
const WARMUP_ROUNDS = 2;
/** The tail figure reported beside the median. */
const TAIL_PERCENTILE = 95;
/** Progress line on stderr every this many pages. */
const PROGRESS_EVERY = 25;
/** Slowest pages (by core time) listed under the table, to show where to look first. */
const SLOWEST_SHOWN = 5;
/**
 * Collected before each timed run, so that no run pays for the garbage of the parse before it
 * or of the other tool's run. 'young' (default) clears the young generation, where that fresh
 * garbage lives, in about a millisecond. 'full' collects the whole heap: it roughly doubles the
 * run (over 3 minutes on a loaded machine) and, because V8 then shrinks the heap, it slows the
 * allocation-heavy Readability run more than the core's (on 40 pages: Readability median 16.0 ms
 * vs 12.2–13.8 ms with 'young', core unchanged), so it flatters the ratio.
 */
const GC_BEFORE_RUN: GcKind | 'none' = 'young';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface Options {
  corpus: string;
  pages: number | null;
  reps: number;
  json: boolean;
  maxRatio: number | null;
  gc: GcKind | 'none';
  base: string | null;
  only: string[] | null;
  shown: number;
}

/** This checkout's core, compiled as it ships (loadCore). */
let core: OutlineDocument;

interface PageTiming {
  page: CorpusPage;
  coreMs: number;
  readabilityMs: number;
  ratio: number;
  /** With --base: the base core's median time on the page. */
  baseMs?: number;
}

interface Summary {
  pages: number;
  core: { median_ms: number; p95_ms: number };
  readability: { median_ms: number; p95_ms: number };
  ratio: { median: number; p95: number };
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      pages: { type: 'string' },
      reps: { type: 'string' },
      json: { type: 'boolean', default: false },
      gc: { type: 'string' },
      'max-ratio': { type: 'string' },
      base: { type: 'string' },
      only: { type: 'string' },
      shown: { type: 'string' },
    },
    strict: true,
  });
  const positiveInt = (name: string, raw: string | undefined): number | null => {
    if (raw === undefined) return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a positive integer, got ${raw}`);
    return n;
  };
  const gc = values.gc ?? GC_BEFORE_RUN;
  if (gc !== 'young' && gc !== 'full' && gc !== 'none') throw new Error(`--gc wants young, full or none, got ${gc}`);
  const maxRatioRaw = values['max-ratio'];
  const maxRatio = maxRatioRaw === undefined ? null : Number(maxRatioRaw);
  if (maxRatio !== null && !(maxRatio > 0)) throw new Error(`--max-ratio wants a positive number, got ${maxRatioRaw}`);
  return {
    corpus: resolve(values.corpus ?? defaultCorpus()),
    pages: positiveInt('pages', values.pages),
    reps: positiveInt('reps', values.reps) ?? DEFAULT_REPS,
    json: values.json ?? false,
    maxRatio,
    gc,
    base: values.base === undefined ? null : resolve(values.base),
    only: values.only === undefined ? null : values.only.split(',').filter((part) => part !== ''),
    shown: positiveInt('shown', values.shown) ?? SLOWEST_SHOWN,
  };
}

/** The full corpus beside the repository when it is there, else the compact one kept in the repository. */
function defaultCorpus(): string {
  const full = resolve(repoRoot, '../shared/corpus');
  if (existsSync(full)) return full;
  console.error(`${full} not found: timing the compact corpus in tests/fixtures/corpus`);
  return resolve(repoRoot, 'tests/fixtures/corpus');
}

function parse(html: string): Document {
  return parseHTML(html).document;
}

/** Keeps results observable so that no run can be optimised away. */
let sink = 0;

/*
 * Each timed run starts after a collection (GC_BEFORE_RUN): otherwise a run pays for collecting the
 * garbage of the parse before it (parse time is not counted) or of the other tool's run. A
 * collection that a tool's own allocations trigger during its run still counts against that tool.
 */
function collectBeforeRun(gc: GcKind | 'none'): void {
  if (gc !== 'none') collectGarbage(gc);
}

function timeCore(outline: OutlineDocument, doc: Document, url: string | null, gc: GcKind | 'none'): number {
  collectBeforeRun(gc);
  const start = performance.now();
  const result = outline(doc, { url });
  const elapsed = performance.now() - start;
  sink += result.outline.length;
  return elapsed;
}

function timeReadability(freshDoc: Document, gc: GcKind | 'none'): number {
  collectBeforeRun(gc);
  const start = performance.now();
  const article = new Readability(freshDoc).parse();
  const elapsed = performance.now() - start;
  sink += article?.length ?? 0;
  return elapsed;
}

/** The orders the tools run in (indexes into a page's runs), by the number of tools: each in turn. */
const ORDERS: Record<number, number[][]> = {
  2: [
    [0, 1],
    [1, 0],
  ],
  3: [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
    [0, 2, 1],
    [2, 1, 0],
    [1, 0, 2],
  ],
};

/** Times one page; throws (with the tool named) when either tool throws on it. `base`: the --base core. */
function measurePage(
  page: CorpusPage,
  pageIndex: number,
  reps: number,
  gc: GcKind | 'none',
  base: OutlineDocument | null,
): PageTiming {
  const html = readPageHtml(page);
  // Which copy is parsed first changes on every page (with --base): no core always gets the older one.
  const first = parse(html);
  const second = base ? parse(html) : null;
  const [coreDoc, baseDoc] = pageIndex % 2 === 0 || !second ? [first, second] : [second, first];
  const coreTimes: number[] = [];
  const baseTimes: number[] = [];
  const readabilityTimes: number[] = [];
  const run = (name: string, time: () => number, into: number[]) => (): void => {
    try {
      into.push(time());
    } catch (error) {
      throw new Error(`${name} threw: ${String(error)}`);
    }
  };
  for (let rep = 0; rep < reps; rep++) {
    const readabilityDoc = parse(html); // untimed: Readability needs its own copy every run
    const runs = [
      run('core', () => timeCore(core, coreDoc, page.url, gc), coreTimes),
      run('Readability', () => timeReadability(readabilityDoc, gc), readabilityTimes),
    ];
    if (base && baseDoc) runs.push(run('base core', () => timeCore(base, baseDoc, page.url, gc), baseTimes));
    // Vary the order so no tool always runs right after a parse (fresh garbage, cold caches) or
    // right after another: a core run right after the other core's came out about 8 % slower than
    // one right after Readability's (A/A runs of one checkout against a copy of itself, rotated in a
    // fixed cycle: 1.08 either way round). Every order in turn, shifted per page, evens that out.
    const orders = ORDERS[runs.length]!;
    for (const i of orders[(pageIndex + rep) % orders.length]!) runs[i]!();
  }
  const coreMs = median(coreTimes);
  const readabilityMs = median(readabilityTimes);
  const timing: PageTiming = { page, coreMs, readabilityMs, ratio: coreMs / readabilityMs };
  if (base) timing.baseMs = median(baseTimes);
  return timing;
}

function warmUp(pages: readonly CorpusPage[], gc: GcKind | 'none', base: OutlineDocument | null): void {
  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const page of pages.slice(0, WARMUP_PAGES)) {
      try {
        measurePage(page, 0, 1, gc, base);
      } catch {
        // Reported by the timed pass.
      }
    }
  }
}

function summarise(timings: readonly PageTiming[]): Summary {
  const core = timings.map((t) => t.coreMs);
  const readability = timings.map((t) => t.readabilityMs);
  const ratios = timings.map((t) => t.ratio);
  return {
    pages: timings.length,
    core: { median_ms: median(core), p95_ms: percentile(core, TAIL_PERCENTILE) },
    readability: { median_ms: median(readability), p95_ms: percentile(readability, TAIL_PERCENTILE) },
    ratio: { median: median(ratios), p95: percentile(ratios, TAIL_PERCENTILE) },
  };
}

/** Rounds for the JSON output: 3 decimals is µs for times, far below the noise. */
function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function roundSummary(s: Summary): Summary {
  return {
    pages: s.pages,
    core: { median_ms: round3(s.core.median_ms), p95_ms: round3(s.core.p95_ms) },
    readability: { median_ms: round3(s.readability.median_ms), p95_ms: round3(s.readability.p95_ms) },
    ratio: { median: round3(s.ratio.median), p95: round3(s.ratio.p95) },
  };
}

function printTable(timings: readonly PageTiming[], options: Options, seconds: number): void {
  const groups = new Map<string, PageTiming[]>();
  for (const t of timings) groups.set(t.page.dataset, [...(groups.get(t.page.dataset) ?? []), t]);
  const rows: [string, Summary][] = [...groups].map(([name, group]) => [name, summarise(group)]);
  rows.push(['all', summarise(timings)]);

  const header = ['set', 'pages', 'core med', 'core p95', 'read. med', 'read. p95', 'ratio med', 'ratio p95'];
  const ms = (n: number): string => `${n.toFixed(2)} ms`;
  const table = rows.map(([name, s]) => [
    name,
    String(s.pages),
    ms(s.core.median_ms),
    ms(s.core.p95_ms),
    ms(s.readability.median_ms),
    ms(s.readability.p95_ms),
    s.ratio.median.toFixed(3),
    s.ratio.p95.toFixed(3),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');

  console.log(
    `core (outlineDocument) vs @mozilla/readability parse(), linkedom DOM, median of ${options.reps} runs per page, --gc ${options.gc} before each run`,
  );
  console.log(`corpus: ${options.corpus}`);
  console.log('');
  console.log(line(header));
  console.log(line(header.map((h) => '-'.repeat(h.length))));
  for (const r of table) console.log(line(r));
  console.log('');
  console.log(
    `ratio = core time / Readability time per page (below 1: core is faster); p${TAIL_PERCENTILE} by nearest rank`,
  );
  const listed = (title: string, order: (a: PageTiming, b: PageTiming) => number): void => {
    console.log(title);
    for (const t of [...timings].sort(order).slice(0, options.shown)) {
      const beside = t.baseMs === undefined ? '' : `, base core ${ms(t.baseMs)}`;
      console.log(
        `  ${ms(t.coreMs).padStart(11)}  (Readability ${ms(t.readabilityMs)}, ratio ${t.ratio.toFixed(3)}${beside})  ${t.page.name}`,
      );
    }
  };
  listed('slowest pages for the core:', (a, b) => b.coreMs - a.coreMs);
  listed('highest ratios:', (a, b) => b.ratio - a.ratio);
  console.log(`total ${seconds.toFixed(1)} s`);
}

/** With --base: the base core's figures beside this one's, from the same rounds. */
function baseSummary(timings: readonly PageTiming[]): {
  base_ratio: { median: number; p95: number };
  new_over_base: { median: number; p95: number };
} {
  const withBase = timings.filter((t) => t.baseMs !== undefined);
  const baseRatios = withBase.map((t) => t.baseMs! / t.readabilityMs);
  const newOverBase = withBase.map((t) => t.coreMs / t.baseMs!);
  return {
    base_ratio: { median: round3(median(baseRatios)), p95: round3(percentile(baseRatios, TAIL_PERCENTILE)) },
    new_over_base: { median: round3(median(newOverBase)), p95: round3(percentile(newOverBase, TAIL_PERCENTILE)) },
  };
}

async function main(): Promise<number> {
  let options: Options;
  try {
    options = parseOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  let base: OutlineDocument | null = null;
  try {
    core = await loadCore(repoRoot, 'core');
    base = options.base === null ? null : await loadCore(options.base, '--base');
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  collectGarbage(); // also makes the GC hook available before the first page
  const only = options.only;
  const found = findPages(options.corpus);
  const all = only === null ? found : found.filter((page) => only.some((part) => page.name.includes(part)));
  if (all.length === 0) {
    console.error(`no page found under ${options.corpus}${only === null ? '' : ` matching --only ${only.join(',')}`}`);
    return 2;
  }
  const pages = options.pages === null ? all : spreadSample(all, options.pages);
  const started = performance.now();

  console.error(`warming up on ${Math.min(WARMUP_PAGES, pages.length)} pages…`);
  warmUp(pages, options.gc, base);

  const timings: PageTiming[] = [];
  const failures: string[] = [];
  pages.forEach((page, i) => {
    // Drop the previous page's documents between pages, so their collection does not land
    // inside this page's timed runs.
    collectGarbage();
    try {
      timings.push(measurePage(page, i, options.reps, options.gc, base));
    } catch (error) {
      failures.push(`${page.name}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if ((i + 1) % PROGRESS_EVERY === 0 || i + 1 === pages.length) {
      console.error(`  ${i + 1}/${pages.length} pages (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    }
  });
  for (const failure of failures) console.error(`skipped ${failure}`);
  if (timings.length === 0) {
    console.error('no page could be timed');
    return 2;
  }

  const summary = summarise(timings);
  const seconds = (performance.now() - started) / 1000;
  const beside = base ? baseSummary(timings) : null;
  if (options.json) console.log(JSON.stringify({ ...roundSummary(summary), ...beside }));
  else {
    printTable(timings, options, seconds);
    if (beside)
      console.log(
        `base core (${options.base}) in the same rounds: ratio to Readability median ${beside.base_ratio.median} (p${TAIL_PERCENTILE} ${beside.base_ratio.p95}); this core / base median ${beside.new_over_base.median} (p${TAIL_PERCENTILE} ${beside.new_over_base.p95})`,
      );
  }
  if (sink < 0) console.error('unreachable'); // reads the sink

  if (options.maxRatio !== null && summary.ratio.median > options.maxRatio) {
    console.error(`median ratio ${summary.ratio.median.toFixed(3)} is above --max-ratio ${options.maxRatio}`);
    return 1;
  }
  return 0;
}

process.exitCode = await main();
