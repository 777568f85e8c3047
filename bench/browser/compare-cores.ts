/**
 * Two versions of the core side by side in one Chromium page: this tree's and another checkout's
 * (a `git archive` of main, say), built into one bundle with Readability, run on each page
 * interleaved (alternating which goes first, a minor GC before each run). Per page, the median of
 * each; reported: the median and p95 of the per-page ratio new / base and of each core's ratio to
 * Readability, and the generated live blogs. Load on the machine slows both alike, so the ratios
 * hold up where wall-clock figures of separate runs do not. A live blog of 10,000 elements or more is
 * loaded afresh for each run of each tool (its figures are first runs, as on a user's first click).
 *
 *   npx tsx bench/browser/compare-cores.ts --base /tmp/main-copy [--pages 60] [--reps 5] [--sizes 1000,100000] [--isolated]
 *
 * `--isolated`: all three run in an isolated world of the page (CDP `Page.createIsolatedWorld`), as the
 * content script runs the core: every DOM read there crosses the bindings to wrappers of that world, which
 * the page's main world does not show (a change that reads the DOM less can gain there only).
 *
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { isolatedWorld, localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';
import { buildEntryBundle } from './bundle';
import { median, percentile } from '../stats';
import { corpusAndLiveBlogPages } from './pages';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    pages: { type: 'string', default: '60' },
    reps: { type: 'string', default: '5' },
    sizes: { type: 'string', default: '1000,10000,100000' },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
    isolated: { type: 'boolean', default: false },
  },
});
if (!values.base) throw new Error('--base DIR: the other checkout (its src/core is the base)');
const reps = Number(values.reps);

async function bundle(): Promise<string> {
  const core = (root: string) => JSON.stringify(path.resolve(root, 'src/core/index.ts'));
  const source = `import { Readability } from '@mozilla/readability';
import * as base from ${core(values.base!)};
import * as next from ${core(repoRoot)};
const run = (core: typeof next, url: string | null) => {
  const result = core.analyzeDocument(document, { url }).result;
  return result.outline.length + result.body.length;
};
(globalThis as Record<string, unknown>).__compare = {
  base: (url: string | null) => run(base as typeof next, url),
  next: (url: string | null) => run(next, url),
  readability: () => new Readability(document.cloneNode(true) as Document).parse()?.textContent?.length ?? 0,
};
`;
  return buildEntryBundle(source, 'Compare');
}

/**
 * Each page's first run of each tool is its cold run (the code not yet optimised in this page's
 * world, as on a user's first click); which tool goes first turns with the page (`offset`), so that
 * none always pays the page's own first-read costs (style, layout).
 */
const RUNNER = `async ({ reps, url, offset }) => {
  const tools = globalThis.__compare;
  const times = { base: [], next: [], readability: [] };
  const order = [['base', 'next', 'readability'], ['next', 'readability', 'base'], ['readability', 'base', 'next']];
  for (let i = 0; i < reps; i++) {
    for (const name of order[(i + offset) % 3]) {
      if (globalThis.gc) globalThis.gc({ type: 'minor' });
      const start = performance.now();
      tools[name](url);
      times[name].push(performance.now() - start);
    }
  }
  return times;
}`;

/** One run of one tool (a live blog: each run on a page of its own, see below). */
const ONE_RUNNER = `async ({ name, url }) => {
  if (globalThis.gc) globalThis.gc({ type: 'minor' });
  const start = performance.now();
  globalThis.__compare[name](url);
  return performance.now() - start;
}`;
/**
 * Runs of each tool on a live blog of 10,000 elements or more, each on a fresh load of the page. With 3,
 * A/A runs on the 100,000-element page differed by up to 30 %; with 7, four A/A runs gave new / base
 * 0.88, 0.96, 1.05 and 0.91: read a difference under about 10 % there as none.
 */
const LARGE_PAGE_RUNS = 7;

const code = await bundle();
const pages = corpusAndLiveBlogPages(
  values.corpus!,
  Number(values.pages),
  values.sizes!.split(',').filter(Boolean).map(Number),
);
const routes = new Map([...pages].map(([route, page]) => [route, page.html] as const));
const server = await serveScriptlessPages(routes);
const { origin } = server;
const browser = await launchBenchBrowser({ exposeGc: true });
type Tool = 'base' | 'next' | 'readability';
const TOOL_ORDERS: Tool[][] = [
  ['base', 'next', 'readability'],
  ['next', 'readability', 'base'],
  ['readability', 'base', 'next'],
];
interface Row {
  name: string;
  base: number;
  next: number;
  readability: number;
  /** The first (cold) run of each. */
  cold: { base: number; next: number; readability: number };
}
const rows: Row[] = [];
try {
  const { page } = await localOnlyPage(browser, origin);
  /** The page loaded afresh, the bundle evaluated in the world the tools run in. */
  const load = async (route: string) => {
    await page.goto(origin + route, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const world = values.isolated ? await isolatedWorld(page, 'outline-reader-bench') : null;
    const evaluate = (expression: string) => (world ? world.evaluate(expression) : page.evaluate(expression));
    await evaluate(code);
    return { evaluate, detach: async () => world?.detach() };
  };
  for (const [index, [route, entry]] of [...pages].entries()) {
    const large = entry.name.startsWith('live blog') && !entry.name.endsWith(' 1000');
    let times: Record<Tool, number[]>;
    if (large) {
      // Two cores in one page share its wrappers and state: the one that runs first pays for creating them.
      // Here each run has a page load of its own (a browser context per run was tried: no steadier).
      times = { base: [], next: [], readability: [] };
      for (let i = 0; i < LARGE_PAGE_RUNS; i++) {
        for (const name of TOOL_ORDERS[(i + index) % 3]!) {
          const loaded = await load(route);
          times[name].push(
            (await loaded.evaluate(`(${ONE_RUNNER})(${JSON.stringify({ name, url: entry.url })})`)) as number,
          );
          await loaded.detach();
        }
      }
    } else {
      const loaded = await load(route);
      times = (await loaded.evaluate(
        `(${RUNNER})(${JSON.stringify({ reps, url: entry.url, offset: index % 3 })})`,
      )) as Record<Tool, number[]>;
      await loaded.detach();
    }
    rows.push({
      name: entry.name,
      base: median(times.base),
      next: median(times.next),
      readability: median(times.readability),
      cold: { base: times.base[0]!, next: times.next[0]!, readability: times.readability[0]! },
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const corpus = rows.filter((row) => !row.name.startsWith('live blog'));
const stat = (list: number[]) => `median ${median(list).toFixed(3)}  p95 ${percentile(list, 95).toFixed(3)}`;
console.log(
  `Chromium (${values.isolated ? 'an isolated world, as the content script' : 'the main world'}), ${corpus.length} corpus pages, ${reps} interleaved runs each`,
);
console.log(`  new / base per page:          ${stat(corpus.map((row) => row.next / row.base))}`);
console.log(`  base / Readability per page:  ${stat(corpus.map((row) => row.base / row.readability))}`);
console.log(`  new / Readability per page:   ${stat(corpus.map((row) => row.next / row.readability))}`);
console.log(
  `  core ms median: base ${median(corpus.map((row) => row.base)).toFixed(1)}, new ${median(corpus.map((row) => row.next)).toFixed(1)}, Readability ${median(corpus.map((row) => row.readability)).toFixed(1)}`,
);
const cold = corpus.map((row) => row.cold);
console.log(
  `  first (cold) run per page: new / base ${stat(cold.map((row) => row.next / row.base))}; ` +
    `new / Readability ${stat(cold.map((row) => row.next / row.readability))}`,
);
console.log(
  `  first run ms median: base ${median(cold.map((row) => row.base)).toFixed(1)}, new ${median(cold.map((row) => row.next)).toFixed(1)}, Readability ${median(cold.map((row) => row.readability)).toFixed(1)}`,
);
for (const row of rows.filter((each) => each.name.startsWith('live blog')))
  console.log(
    `  ${row.name}${row.name.endsWith(' 1000') ? '' : ' (each run on a fresh load)'}: base ${row.base.toFixed(0)} ms, new ${row.next.toFixed(0)} ms, Readability ${row.readability.toFixed(0)} ms`,
  );
