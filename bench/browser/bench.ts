/**
 * The browser bench: the analysis core and Readability.js on the same pages in headless Chromium.
 *
 *   npm run bench:browser -- [--corpus DIR] [--pages N] [--reps N] [--no-corpus] [--json] [--max-ratio X]
 *
 * - Each page is loaded once (its own scripts forbidden by a CSP header, no subresources), then both tools run on the live DOM
 *   in that page, `--reps` times each, interleaved (alternating which goes first), with a minor
 *   garbage collection before every timed run. The core reads the live document (it never changes
 *   it); Readability gets `document.cloneNode(true)`, as it requires (it changes what it reads):
 *   its figure includes the clone, which it cannot do without on a live page.
 * - Reported: per tool the median and p95 over pages of each page's median run, and the median
 *   and p95 of the per-page ratio core / Readability, over the visible corpus
 *   (../shared/corpus/<set>/<page>/source.html: absent on a user's machine, and said so); then
 *   generated live-blog pages of about 1,000, 10,000 and 100,000 elements (and a 100,000-element
 *   page with about 3 million characters of text), with the time per 1,000 elements.
 * - `--json` prints one JSON object on stdout; progress goes to stderr.
 * - `--max-ratio X` exits 1 when the corpus median ratio is above X.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { isolatedWorld, serveScriptlessPages, launchBenchBrowser } from './local-page';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { median, percentile } from '../stats';
import { buildBenchBundle } from './bundle';
import { GENERATED_SIZES, liveBlogPage } from './pages';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Runs per tool per corpus page; the page's figure is their median. */
const DEFAULT_REPS = 5;
/** Runs per tool on a generated page (the 100,000-element one takes seconds per Readability run). */
const GENERATED_REPS = 3;
/** Words per paragraph of the long-text variant: about 3 million characters at 100,000 elements. */
const LONG_TEXT_WORDS = 22;
/** The issue's targets, printed beside the figures. */
const TARGET_RATIO = 0.3;
const TARGET_100K_MS = 300;
const TAIL_PERCENTILE = 95;
const PROGRESS_EVERY = 25;

interface Options {
  corpus: string;
  pages: number | null;
  reps: number;
  useCorpus: boolean;
  json: boolean;
  maxRatio: number | null;
}

interface PageRun {
  name: string;
  elements: number;
  coreMs: number;
  readabilityMs: number;
  /** The core's first run on the page (cold code). */
  coreFirstMs: number;
}

function parseOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      pages: { type: 'string' },
      reps: { type: 'string' },
      'no-corpus': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'max-ratio': { type: 'string' },
    },
    strict: true,
  });
  const int = (name: string, raw: string | undefined) => {
    if (raw === undefined) return null;
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} wants a positive integer, got ${raw}`);
    return n;
  };
  const maxRatio = values['max-ratio'] === undefined ? null : Number(values['max-ratio']);
  if (maxRatio !== null && !(maxRatio > 0))
    throw new Error(`--max-ratio wants a positive number, got ${values['max-ratio']}`);
  return {
    corpus: path.resolve(values.corpus ?? path.join(repoRoot, '../shared/corpus')),
    pages: int('pages', values.pages),
    reps: int('reps', values.reps) ?? DEFAULT_REPS,
    useCorpus: !values['no-corpus'],
    json: values.json ?? false,
    maxRatio,
  };
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/**
 * The in-page runner, as source text: tsx rewrites functions it compiles (adding helpers the page
 * does not have), so this one is handed to the page as a string.
 */
const PAGE_RUNNER = `async ({ reps, url }) => {
  const bench = globalThis.__outlineBench;
  const gc = globalThis.gc;
  const core = [];
  const readability = [];
  let sink = 0;
  const time = (run, into) => {
    if (gc) gc({ type: 'minor' });
    const start = performance.now();
    sink += run();
    into.push(performance.now() - start);
  };
  for (let i = 0; i < reps; i++) {
    if (i % 2 === 0) {
      time(() => bench.core(url), core);
      time(() => bench.readability(), readability);
    } else {
      time(() => bench.readability(), readability);
      time(() => bench.core(url), core);
    }
  }
  return { core, readability, elements: document.getElementsByTagName('*').length, sink };
}`;

interface PageTiming {
  core: number[];
  readability: number[];
  elements: number;
}

/** Both tools on the page now loaded, `reps` times each, interleaved; runs inside the page. */
async function timePage(page: Page, bundle: string, reps: number, url: string | null): Promise<PageTiming> {
  await page.evaluate(bundle);
  return (await page.evaluate(`(${PAGE_RUNNER})(${JSON.stringify({ reps, url })})`)) as PageTiming;
}

/**
 * The core in an isolated world of the page, where the extension's content script runs: there
 * every node the core touches gets a wrapper of that world, held apart from the page's own (in
 * the main world the wrapper lives in the node). `reps` synchronous runs and one sliced run.
 */
async function timeIsolatedWorld(page: Page, bundle: string, reps: number, url: string) {
  const world = await isolatedWorld(page, 'outline-bench');
  try {
    const run = <T>(expression: string) => world.evaluate<T>(expression);
    await run(bundle);
    const core: number[] = [];
    for (let i = 0; i < reps; i++)
      core.push(
        await run<number>(
          `(() => { globalThis.gc?.({ type: 'minor' }); const start = performance.now(); ` +
            `globalThis.__outlineBench.core(${JSON.stringify(url)}); return performance.now() - start; })()`,
        ),
      );
    const sliced = await run<{ ms: number; slices: number; longestSliceMs: number }>(
      `globalThis.__outlineBench.coreSliced(${JSON.stringify(url)})`,
    );
    return { core, sliced };
  } finally {
    await world.detach();
  }
}

function summarise(runs: PageRun[]) {
  const ratios = runs.map((run) => run.coreMs / Math.max(run.readabilityMs, 0.01));
  const stat = (values: number[]) => ({
    median: round(median(values)),
    p95: round(percentile(values, TAIL_PERCENTILE)),
  });
  return {
    pages: runs.length,
    core_ms: stat(runs.map((run) => run.coreMs)),
    readability_ms: stat(runs.map((run) => run.readabilityMs)),
    ratio: { median: round(median(ratios), 3), p95: round(percentile(ratios, TAIL_PERCENTILE), 3) },
  };
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  log('Building the core and Readability for the page…');
  const bundle = await buildBenchBundle();

  const routes = new Map<string, () => string>();
  const corpusPages = [] as Array<{ route: string; name: string; url: string | null }>;
  let corpusNote: string | null = null;
  if (options.useCorpus) {
    if (!existsSync(options.corpus)) {
      corpusNote = `No corpus at ${options.corpus} (../shared is not part of the repository): corpus figures skipped.`;
    } else {
      const found = findPages(options.corpus);
      const chosen = options.pages ? spreadSample(found, options.pages) : found;
      chosen.forEach((entry, index) => {
        const route = `/corpus/${index}`;
        routes.set(route, () => readPageHtml(entry));
        corpusPages.push({ route, name: entry.name, url: entry.url });
      });
    }
  }
  const generated = [
    ...GENERATED_SIZES.map((elements) => ({
      name: `live blog, ${elements} elements`,
      elements,
      words: undefined as number | undefined,
    })),
    {
      name: `live blog, ${GENERATED_SIZES.at(-1)} elements, long text`,
      elements: GENERATED_SIZES.at(-1)!,
      words: LONG_TEXT_WORDS,
    },
  ].map((spec, index) => {
    const route = `/generated/${index}`;
    const html = liveBlogPage({ elements: spec.elements, wordsPerParagraph: spec.words });
    routes.set(route, () => html);
    return { ...spec, route, characters: html.length };
  });

  const server = await serveScriptlessPages(routes);
  const browser = await launchBenchBrowser({ exposeGc: true });
  try {
    const context = await browser.newContext();
    // Only the page itself is loaded: no images, fonts or scripts from anywhere.
    await context.route('**/*', (route) =>
      route.request().resourceType() === 'document' && route.request().url().startsWith(server.origin)
        ? route.continue()
        : route.abort(),
    );
    const page = await context.newPage();
    const load = async (route: string) => {
      await page.goto(server.origin + route, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    };

    const corpusRuns: PageRun[] = [];
    if (corpusPages.length) {
      // Untimed warm-up: the browser's own first-load costs are not the tools'.
      await load(corpusPages[0]!.route);
      await timePage(page, bundle, 2, corpusPages[0]!.url);
    }
    for (const [index, entry] of corpusPages.entries()) {
      try {
        await load(entry.route);
        const timing = await timePage(page, bundle, options.reps, entry.url);
        corpusRuns.push({
          name: entry.name,
          elements: timing.elements,
          coreMs: median(timing.core),
          readabilityMs: median(timing.readability),
          coreFirstMs: timing.core[0]!,
        });
      } catch (error) {
        log(`  ${entry.name}: skipped (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`);
      }
      if ((index + 1) % PROGRESS_EVERY === 0) log(`  ${index + 1}/${corpusPages.length} corpus pages`);
    }

    const generatedRuns = [];
    for (const spec of generated) {
      log(`  ${spec.name}…`);
      await load(spec.route);
      const timing = await timePage(page, bundle, GENERATED_REPS, `https://news.example.org/live/${spec.elements}`);
      const coreMs = median(timing.core);
      const sliced = (await page.evaluate(
        `globalThis.__outlineBench.coreSliced(${JSON.stringify(`https://news.example.org/live/${spec.elements}`)})`,
      )) as { ms: number; slices: number; longestSliceMs: number };
      const isolated = await timeIsolatedWorld(
        page,
        bundle,
        GENERATED_REPS,
        `https://news.example.org/live/${spec.elements}`,
      );
      const isolatedMs = median(isolated.core);
      generatedRuns.push({
        page: spec.name,
        elements: timing.elements,
        html_chars: spec.characters,
        core_ms: round(coreMs, 1),
        core_first_ms: round(timing.core[0]!, 1),
        readability_ms: round(median(timing.readability), 1),
        ratio: round(coreMs / median(timing.readability), 3),
        core_ms_per_1000_elements: round((coreMs / timing.elements) * 1000, 2),
        sliced_ms: round(sliced.ms, 1),
        slices: sliced.slices,
        longest_slice_ms: round(sliced.longestSliceMs, 1),
        isolated_core_ms: round(isolatedMs, 1),
        isolated_ms_per_1000_elements: round((isolatedMs / timing.elements) * 1000, 2),
        isolated_sliced_ms: round(isolated.sliced.ms, 1),
        isolated_longest_slice_ms: round(isolated.sliced.longestSliceMs, 1),
      });
    }

    const report = {
      browser: `Chromium ${browser.version()}`,
      reps: options.reps,
      corpus: corpusRuns.length ? summarise(corpusRuns) : null,
      corpus_note: corpusNote,
      slowest: [...corpusRuns]
        .sort((a, b) => b.coreMs - a.coreMs)
        .slice(0, 5)
        .map((run) => ({
          page: run.name,
          elements: run.elements,
          core_ms: round(run.coreMs, 1),
          readability_ms: round(run.readabilityMs, 1),
        })),
      generated: generatedRuns,
      targets: { ratio: TARGET_RATIO, page_100k_ms: TARGET_100K_MS },
    };
    if (options.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else printReport(report);
    if (options.maxRatio !== null && report.corpus && report.corpus.ratio.median > options.maxRatio) {
      log(`Median ratio ${report.corpus.ratio.median} is above --max-ratio ${options.maxRatio}.`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

type Report = {
  browser: string;
  reps: number;
  corpus: ReturnType<typeof summarise> | null;
  corpus_note: string | null;
  slowest: Array<{ page: string; elements: number; core_ms: number; readability_ms: number }>;
  generated: Array<Record<string, string | number>>;
  targets: { ratio: number; page_100k_ms: number };
};

function printReport(report: Report): void {
  console.log(`Browser bench (${report.browser}), ${report.reps} runs per tool per corpus page, medians`);
  if (report.corpus_note) console.log(report.corpus_note);
  if (report.corpus) {
    const { corpus } = report;
    console.log(`\nCorpus: ${corpus.pages} pages`);
    console.log(`  core         median ${corpus.core_ms.median} ms   p95 ${corpus.core_ms.p95} ms`);
    console.log(
      `  Readability  median ${corpus.readability_ms.median} ms   p95 ${corpus.readability_ms.p95} ms (clone included)`,
    );
    console.log(
      `  ratio core / Readability: median ${corpus.ratio.median}, p95 ${corpus.ratio.p95} (target ≤ ${report.targets.ratio})`,
    );
    console.log('  slowest pages for the core:');
    for (const slow of report.slowest)
      console.log(
        `    ${slow.page}: ${slow.core_ms} ms (${slow.elements} elements; Readability ${slow.readability_ms} ms)`,
      );
  }
  console.log('\nGenerated pages:');
  console.log(
    '  page                                          elements   core ms  first ms  Readability ms  ratio  ms / 1,000 el.' +
      '  sliced ms  slices  longest slice ms',
  );
  for (const run of report.generated) {
    console.log(
      `  ${String(run.page).padEnd(44)} ${String(run.elements).padStart(9)} ${String(run.core_ms).padStart(9)} ` +
        `${String(run.core_first_ms).padStart(9)} ${String(run.readability_ms).padStart(15)} ${String(run.ratio).padStart(6)} ` +
        `${String(run.core_ms_per_1000_elements).padStart(15)} ${String(run.sliced_ms).padStart(10)} ` +
        `${String(run.slices).padStart(7)} ${String(run.longest_slice_ms).padStart(17)}`,
    );
  }
  console.log('  in an isolated world, as the content script runs:');
  console.log('  page                                          core ms  ms / 1,000 el.  sliced ms  longest slice ms');
  for (const run of report.generated) {
    console.log(
      `  ${String(run.page).padEnd(44)} ${String(run.isolated_core_ms).padStart(8)} ` +
        `${String(run.isolated_ms_per_1000_elements).padStart(15)} ${String(run.isolated_sliced_ms).padStart(10)} ` +
        `${String(run.isolated_longest_slice_ms).padStart(17)}`,
    );
  }
  console.log(`  (target: the 100,000-element page in under ${report.targets.page_100k_ms} ms)`);
  console.log(
    '  sliced: analyzeDocumentSliced with the default slice; longest slice: the longest task it gave the page',
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
