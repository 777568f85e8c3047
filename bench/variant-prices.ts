/**
 * What a stage costs (issues #9 and #12's price list, s36-price): the core run under measuring variants
 * (stages dropped or narrowed), all in the same rounds as Readability, so that every variant's ratio to
 * Readability is measured side by side (a shared machine's load hits all alike). The switches exist only
 * with bench/variant-prices.patch applied to src/core (never merged: `git apply bench/variant-prices.patch`,
 * measure, `git apply -R bench/variant-prices.patch`); they read globalThis.__OR_VARIANT (set here) or the
 * OR_VARIANT environment variable (the CLI, the score and eval scripts). A variant is a `+`-joined set of:
 *   no-related     no related stories;
 *   related-after  related stories only from the links after the article's last root;
 *   no-keypoints   no key points;
 *   kp-lead        key points from the body's first 8 paragraphs only;
 *   meta-markup    byline and date from <meta> / JSON-LD / the headline only: no query for marked bylines and
 *                  dates over the body, no byline line under the headline, no date at the text's opening;
 *   no-furniture   no offer / teaser / furniture boxes left out of the outline, body and key points.
 * `none` is the core as it is.
 *
 *   npx tsx bench/variant-prices.ts --variants none,no-related,no-keypoints+no-furniture [--corpus DIR]
 *     [--pages N] [--reps N] [--generated SHAPE:SIZE[,SHAPE:SIZE...]]
 *
 * Corpus: per page, each variant and Readability `--reps` times (the order rotating per page and run),
 * the page's figure the median; reported per variant: median core ms, median ratio to Readability over
 * pages, and the median per-page ratio to the first variant (the steadiest figure). `--generated`: the
 * variants' median ms on generated pages (bench/generate-pages.ts), no Readability, a full collection
 * before each run (Node's times on the 100,000-element page swing by 2x: read bench/stage-shares.ts's
 * shares beside them). Reads ../shared (a bench may; tests may not).
 *
 * The patch was written against c836bb9 and conflicts with later cores (src/core/analyze.ts): measure in a worktree
 * of that commit (`git worktree add /tmp/prices c836bb9`), or carry the switches over by hand first.
 */
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadCore, type OutlineDocument } from './load-core';
import { corpusFromArgs, findPages, readPageHtml, spreadSample } from './corpus';
import { generatePage, type PageShape } from './generate-pages';
import { median } from './stats';
import { collectGarbage } from './gc';

/** Warm-up pages (untimed), so every variant runs optimised code. */
const WARMUP_PAGES = 20;
/** The generated pages' address, as bench/scaling.ts. */
const PAGE_URL = 'https://news.example.com/2026/12/generated-article';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const g = globalThis as { __OR_VARIANT?: string };

let sink = 0;
/** Generated pages of 100,000 elements leave a heap whose collection lands in the next run unless it is full. */
let gcKind: 'young' | 'full' = 'young';
function timeCore(core: OutlineDocument, variant: string, doc: Document, url: string | null): number {
  g.__OR_VARIANT = variant === 'none' ? '' : variant;
  collectGarbage(gcKind);
  const start = performance.now();
  const result = core(doc, { url });
  const elapsed = performance.now() - start;
  sink += result.outline.length;
  return elapsed;
}
function timeReadability(doc: Document): number {
  collectGarbage('young');
  const start = performance.now();
  const article = new Readability(doc).parse();
  const elapsed = performance.now() - start;
  sink += article?.length ?? 0;
  return elapsed;
}

const argv = process.argv.slice(2);
const corpus = corpusFromArgs(argv);
const { values } = parseArgs({
  args: argv,
  options: {
    pages: { type: 'string' },
    reps: { type: 'string', default: '3' },
    variants: { type: 'string', default: 'none' },
    generated: { type: 'string' },
  },
});
const reps = Number(values.reps);
const variants = values.variants!.split(',');
const core = await loadCore(repoRoot, 'core');
collectGarbage();

if (values.generated) {
  gcKind = 'full';
  for (const spec of values.generated.split(',')) {
    const [shape, size] = spec.split(':');
    const doc = parseHTML(generatePage(shape as PageShape, Number(size))).document;
    for (const variant of variants) timeCore(core, variant, doc, PAGE_URL);
    const times = new Map(variants.map((v) => [v, [] as number[]]));
    for (let rep = 0; rep < reps; rep++)
      for (let k = 0; k < variants.length; k++) {
        const variant = variants[(k + rep) % variants.length]!;
        times.get(variant)!.push(timeCore(core, variant, doc, PAGE_URL));
      }
    const reference = median(times.get(variants[0]!)!);
    console.log(`${spec} (median of ${reps}):`);
    for (const [variant, t] of times)
      console.log(
        `  ${variant.padEnd(48)} ${median(t).toFixed(0).padStart(7)} ms  ×${(median(t) / reference).toFixed(3)}`,
      );
  }
} else {
  const all = findPages(corpus);
  const pages = values.pages ? spreadSample(all, Number(values.pages)) : all;
  const ratios = new Map(variants.map((v) => [v, [] as number[]]));
  const toFirst = new Map(variants.map((v) => [v, [] as number[]]));
  const coreMs = new Map(variants.map((v) => [v, [] as number[]]));
  const readabilityMs: number[] = [];
  for (const page of pages.slice(0, WARMUP_PAGES)) {
    const html = readPageHtml(page);
    const doc = parseHTML(html).document;
    for (const variant of variants) timeCore(core, variant, doc, page.url);
    timeReadability(parseHTML(html).document);
  }
  const started = performance.now();
  pages.forEach((page, i) => {
    const html = readPageHtml(page);
    const doc = parseHTML(html).document;
    const times = new Map(variants.map((v) => [v, [] as number[]]));
    const readability: number[] = [];
    const runs = [...variants, 'Readability'];
    collectGarbage();
    for (let rep = 0; rep < reps; rep++) {
      const fresh = parseHTML(html).document;
      for (let k = 0; k < runs.length; k++) {
        const run = runs[(k + i + rep) % runs.length]!;
        if (run === 'Readability') readability.push(timeReadability(fresh));
        else times.get(run)!.push(timeCore(core, run, doc, page.url));
      }
    }
    const r = median(readability);
    readabilityMs.push(r);
    const first = median(times.get(variants[0]!)!);
    for (const [variant, t] of times) {
      ratios.get(variant)!.push(median(t) / r);
      toFirst.get(variant)!.push(median(t) / first);
      coreMs.get(variant)!.push(median(t));
    }
    if ((i + 1) % 20 === 0)
      console.error(`  ${i + 1}/${pages.length} pages (${((performance.now() - started) / 1000).toFixed(0)} s)`);
  });
  console.log(
    `${pages.length} pages × ${reps} reps; Readability median ${median(readabilityMs).toFixed(2)} ms. ` +
      `Per variant: median core ms, median ratio to Readability, median per-page ratio to ${variants[0]}`,
  );
  for (const variant of variants)
    console.log(
      `  ${variant.padEnd(48)} ${median(coreMs.get(variant)!).toFixed(2).padStart(7)} ms  ` +
        `ratio ${median(ratios.get(variant)!).toFixed(3)}  ×${median(toFirst.get(variant)!).toFixed(3)}`,
    );
}
if (sink < 0) console.error('unreachable');
