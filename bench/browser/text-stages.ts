/**
 * The stages after the article's choice (cleaning, content, furniture boxes, key points, reader
 * blocks) timed alone in headless Chromium on corpus pages, for two trees side by side: this one
 * and `--base DIR` (another checkout, e.g. main), both injected into the same page and run
 * alternately, so that both see the same machine load. Prints ms per page and the ratio per stage.
 *
 *   npx tsx bench/browser/text-stages.ts --base /path/to/main [--pages 60] [--reps 10]
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';
import { build, type Rollup } from 'vite';
import { findPages, readPageHtml, spreadSample } from '../corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    corpus: { type: 'string' },
    pages: { type: 'string', default: '60' },
    reps: { type: 'string', default: '10' },
  },
});
if (!values.base) throw new Error('--base DIR: the other tree to compare with');

/** The stages entry of a tree, built into one IIFE that sets globalThis[name]. */
async function bundleOf(root: string, name: string): Promise<string> {
  const entry = path.join(root, 'bench/browser/stages-entry.ts');
  // A tree from before these benches gets this tree's entry and the stages it imports.
  for (const file of ['browser/stages-entry.ts', 'article-stages.ts']) {
    const target = path.join(root, 'bench', file);
    if (!existsSync(target)) copyFileSync(path.join(here, '..', file), target);
  }
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    root,
    define: { __E2E__: 'false' },
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name: 'Stages' } },
  });
  const chunk = (Array.isArray(output) ? output : [output])
    .flatMap((result) => (result as Rollup.RollupOutput).output)
    .find((item): item is Rollup.OutputChunk => item.type === 'chunk');
  if (!chunk) throw new Error(`no bundle for ${root}`);
  return `${chunk.code}\nglobalThis.${name} = globalThis.__outlineStages;`;
}

const trees = [path.resolve(values.base), repoRoot];
const bundles = [await bundleOf(trees[0]!, '__stagesBase'), await bundleOf(trees[1]!, '__stagesThis')];
const pages = spreadSample(
  findPages(path.resolve(values.corpus ?? path.join(repoRoot, '../shared/corpus'))),
  Number(values.pages),
);
const routes = new Map(pages.map((page, index) => [`/${index}`, () => readPageHtml(page)] as const));
const server = await serveScriptlessPages(routes);
const { origin } = server;

/** Runs in the page: every stage of both trees, alternately, `reps` times; ms summed per tree and stage. */
const RUNNER = `({ reps, url }) => {
  const trees = [globalThis.__stagesBase, globalThis.__stagesThis];
  const stages = trees.map((tree) => tree.stagesOf(document, url));
  if (!stages[0] || !stages[1]) return null;
  const totals = trees.map(() => stages[0].map(() => 0));
  for (let rep = 0; rep < reps; rep++)
    for (let s = 0; s < stages[0].length; s++)
      for (const t of rep % 2 ? [1, 0] : [0, 1]) {
        const start = performance.now();
        stages[t][s]();
        totals[t][s] += performance.now() - start;
      }
  return totals;
}`;

const browser = await launchBenchBrowser();
const sums = [0, 1].map(() => [0, 0, 0, 0, 0]);
let measured = 0;
try {
  const { page } = await localOnlyPage(browser, origin);
  for (const [index, entry] of pages.entries()) {
    await page.goto(`${origin}/${index}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    for (const bundle of bundles) await page.evaluate(bundle);
    const totals = (await page.evaluate(
      `(${RUNNER})(${JSON.stringify({ reps: Number(values.reps), url: entry.url })})`,
    )) as number[][] | null;
    if (!totals) continue;
    measured++;
    totals.forEach((tree, t) => tree.forEach((ms, s) => (sums[t]![s]! += ms / Number(values.reps))));
  }
} finally {
  await browser.close();
  await server.close();
}
const names = ['clean', 'content', 'furniture', 'keyPoints', 'blocks'];
console.log(`Chromium, ${measured} pages × ${values.reps} runs per tree; ms per page: ${trees[0]} → this tree`);
names.forEach((name, s) => {
  const [a, b] = [sums[0]![s]! / measured, sums[1]![s]! / measured];
  console.log(`  ${name.padEnd(10)} ${a.toFixed(3)} → ${b.toFixed(3)}  (${(b / a).toFixed(2)})`);
});
const total = (t: number) => sums[t]!.slice(0, 4).reduce((x, y) => x + y, 0) / measured;
console.log(`  all but blocks ${total(0).toFixed(3)} → ${total(1).toFixed(3)}  (${(total(1) / total(0)).toFixed(2)})`);
