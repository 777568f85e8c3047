import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { loadCore, type OutlineDocument } from './load-core';
import { findPages, readPageHtml, spreadSample } from './corpus';
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

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: resolve(repoRoot, '../shared/corpus') },
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
  const all = findPages(resolve(values.corpus!));
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
