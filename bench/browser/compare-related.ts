/**
 * The related-stories stage alone, two versions side by side in one Chromium page: this tree's and
 * another checkout's (a `git archive` of main, say). Per page (loaded once, scripts forbidden), each
 * version prepares the stage's context as the analysis does (page scan, article and its walk), then runs the stage:
 * first once each, cold (which goes first alternates per page), then `--reps` interleaved warm runs.
 * Reported: per-page medians of the stage's time and of the ratio new / base, cold and warm.
 *
 *   npx tsx bench/browser/compare-related.ts --base /tmp/main-copy [--pages 60] [--reps 7]
 *
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';
import { buildEntryBundle } from './bundle';
import { relatedStageSource } from './related-stage-source';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { median, percentile } from '../stats';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    pages: { type: 'string', default: '60' },
    reps: { type: 'string', default: '7' },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
  },
});
if (!values.base) throw new Error('--base DIR: the other checkout (its src/core is the base)');

async function bundle(): Promise<string> {
  const source = `${relatedStageSource('base', values.base!)}${relatedStageSource('next', repoRoot)}
(globalThis as Record<string, unknown>).__compare = { base: baseStage, next: nextStage };
`;
  return buildEntryBundle(source, 'Compare');
}

/** Both contexts first (the stage runs after the page scan and the article rules), then cold, then warm runs. */
const RUNNER = `({ reps, url, baseFirst }) => {
  const tools = globalThis.__compare;
  const stages = { base: tools.base(url), next: tools.next(url) };
  const times = { base: [], next: [] };
  const time = (name) => {
    const start = performance.now();
    const found = stages[name]();
    times[name].push(performance.now() - start);
    return found;
  };
  const order = baseFirst ? ['base', 'next'] : ['next', 'base'];
  for (let i = 0; i <= reps; i++) for (const name of i % 2 ? [...order].reverse() : order) time(name);
  return times;
}`;

const code = await bundle();
const entries = spreadSample(findPages(values.corpus!), Number(values.pages));
const routes = new Map(entries.map((entry, index) => [`/c${index}`, () => readPageHtml(entry)] as const));
const server = await serveScriptlessPages(routes);
const rows: { cold: { base: number; next: number }; warm: { base: number; next: number } }[] = [];
const browser = await launchBenchBrowser();
try {
  const { page } = await localOnlyPage(browser, server.origin);
  for (const [index, entry] of entries.entries()) {
    await page.goto(`${server.origin}/c${index}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.evaluate(code);
    const args = { reps: Number(values.reps), url: entry.url, baseFirst: index % 2 === 0 };
    const times = (await page.evaluate(`(${RUNNER})(${JSON.stringify(args)})`)) as { base: number[]; next: number[] };
    rows.push({
      cold: { base: times.base[0]!, next: times.next[0]! },
      warm: { base: median(times.base.slice(1)), next: median(times.next.slice(1)) },
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const stat = (list: number[]) => `median ${median(list).toFixed(3)}  p95 ${percentile(list, 95).toFixed(3)}`;
console.log(`Chromium, the related stage alone, ${rows.length} corpus pages, ${values.reps} warm runs each`);
for (const phase of ['cold', 'warm'] as const) {
  const base = rows.map((row) => row[phase].base);
  const next = rows.map((row) => row[phase].next);
  console.log(
    `  ${phase}: stage ms median base ${median(base).toFixed(2)}, new ${median(next).toFixed(2)}; ` +
      `sum base ${base.reduce((a, b) => a + b, 0).toFixed(0)}, new ${next.reduce((a, b) => a + b, 0).toFixed(0)}; ` +
      `new / base per page ${stat(rows.map((row) => row[phase].next / (row[phase].base || 1)))}`,
  );
}
