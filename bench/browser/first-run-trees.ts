/**
 * The analysis a user's first click gets, for two (or more) checkouts side by side: each page is
 * loaded afresh for each tree, that tree's bench bundle (core + Readability, bench/browser/bundle.ts)
 * is evaluated in it and the core run once, cold. Timed: evaluating the bundle plus that first run
 * (a module that prepares less when it loads pays for it in its first run, and the reverse).
 * Unlike compare-cores.ts, no two cores share a page, so neither warms code or page state the other
 * then finds ready. Which tree goes first turns with the page and the round.
 *
 *   npx tsx bench/browser/first-run-trees.ts TREE_A TREE_B [--pages 60] [--rounds 2]
 *
 * TREE: a checkout with node_modules (a `git archive` of a commit with node_modules linked in).
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { median, percentile } from '../stats';
import { localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
    pages: { type: 'string', default: '60' },
    rounds: { type: 'string', default: '2' },
  },
});
if (positionals.length < 2) throw new Error('usage: first-run-trees.ts TREE_A TREE_B [--pages N] [--rounds N]');
const trees = positionals.map((tree) => path.resolve(tree));

const bundles: string[] = [];
for (const tree of trees) {
  const { buildBenchBundle } = (await import(path.join(tree, 'bench/browser/bundle.ts'))) as {
    buildBenchBundle: () => Promise<string>;
  };
  bundles.push(await buildBenchBundle());
}

const entries = spreadSample(findPages(values.corpus!), Number(values.pages));
const routes = new Map(entries.map((entry, index) => [`/p${index}`, () => readPageHtml(entry)] as const));
const server = await serveScriptlessPages(routes);
const browser = await launchBenchBrowser();
/** Per tree, per page: evaluating the bundle plus the first run, and the first run alone (ms). */
const timings = trees.map(() => ({
  total: entries.map((): number[] => []),
  run: entries.map((): number[] => []),
}));
try {
  const { page } = await localOnlyPage(browser, server.origin);
  for (let round = 0; round < Number(values.rounds); round++)
    for (const [index, entry] of entries.entries())
      for (let turn = 0; turn < trees.length; turn++) {
        const tree = (turn + index + round) % trees.length;
        await page.goto(`${server.origin}/p${index}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
        const [total, run] = (await page.evaluate(
          `(() => { const start = performance.now(); (0, eval)(${JSON.stringify(bundles[tree])}); ` +
            `const loaded = performance.now(); globalThis.__outlineBench.core(${JSON.stringify(entry.url)}); ` +
            `const end = performance.now(); return [end - start, end - loaded]; })()`,
        )) as [number, number];
        timings[tree]!.total[index]!.push(total);
        timings[tree]!.run[index]!.push(run);
      }
} finally {
  await browser.close();
  await server.close();
}

const perPage = (lists: number[][]) => lists.map((list) => median(list));
console.log(`Chromium, ${entries.length} corpus pages, ${values.rounds} fresh loads per tree and page`);
trees.forEach((tree, i) =>
  console.log(
    `  ${tree}: bundle evaluated + first run median ${median(perPage(timings[i]!.total)).toFixed(1)} ms ` +
      `(first run alone ${median(perPage(timings[i]!.run)).toFixed(1)} ms)`,
  ),
);
const first = perPage(timings[0]!.total);
for (let i = 1; i < trees.length; i++) {
  const ratios = perPage(timings[i]!.total).map((value, page) => value / first[page]!);
  console.log(
    `  per page ${path.basename(trees[i]!)} / ${path.basename(trees[0]!)}: median ${median(ratios).toFixed(3)}  p95 ${percentile(ratios, 95).toFixed(3)}`,
  );
}
