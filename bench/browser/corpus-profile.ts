/**
 * Where the core's time goes in Chromium on corpus pages: each page loaded once (its scripts
 * forbidden, as in bench.ts), the core (unminified, so the profile has real names) run `--reps`
 * times on the live DOM under the CDP sampling profiler. Prints the inclusive time and share of
 * the analysis' stages (or of `--stages a,b,c`), then the functions with the most self time inside
 * `--inside NAME` (default: the whole analysis).
 *
 *   npx tsx bench/browser/corpus-profile.ts [--pages 60] [--reps 3] [--stages a,b] [--inside NAME] [--top 40] [--content]
 *     [--lines]   (self time by source line of the bundle, written to /tmp/outline-bench-bundle.js)
 *     [--within]  (the stages' inclusive time counted only inside --inside: for helpers that share a name)
 *     [--callers NAME]  (the self time of NAME by its callers, four frames up)
 *     [--cold]    (profile each page's first run, as a first click has it: no unprofiled run before; with --reps 1)
 *   Each self-time line names the innermost of the stages it ran in.
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { buildBenchBundle } from './bundle';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Sampling interval of the profiler (µs): fine enough for pages of a few milliseconds. */
const SAMPLING_US = 50;
const DEFAULT_STAGES = [
  'analyzeDocument',
  'scanPageSafelySteps',
  'findArticleSteps',
  'walkPageSteps',
  'cleanArticleSteps',
  'readArticleContentSteps',
  'findRelatedStoriesSteps',
  'withoutFurnitureBlocks',
  'findKeyPointsSteps',
  'readArticleBlocks',
];

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    pages: { type: 'string', default: '60' },
    reps: { type: 'string', default: '3' },
    stages: { type: 'string' },
    inside: { type: 'string', default: 'analyzeDocument' },
    top: { type: 'string', default: '40' },
    content: { type: 'boolean', default: false },
    lines: { type: 'boolean', default: false },
    within: { type: 'boolean', default: false },
    cold: { type: 'boolean', default: false },
    callers: { type: 'string' },
  },
});
const stages = values.stages ? values.stages.split(',') : DEFAULT_STAGES;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const pages = spreadSample(
  findPages(path.resolve(values.corpus ?? path.join(repoRoot, '../shared/corpus'))),
  Number(values.pages),
);
const bundle = await buildBenchBundle(false);
if (values.lines) writeFileSync('/tmp/outline-bench-bundle.js', bundle);
const routes = new Map(pages.map((page, index) => [`/${index}`, () => readPageHtml(page)] as const));
const server = await serveScriptlessPages(routes);
const { origin } = server;
const browser = await launchBenchBrowser();
const self = new Map<string, number>();
/** Per self-time key, the time by the innermost stage it ran in. */
const stageOfSelf = new Map<string, Map<string, number>>();
const inclusive = new Map<string, number>();
let totalMs = 0;
try {
  const { context, page } = await localOnlyPage(browser, origin);
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  const runner = `(() => { for (let i = 0; i < ${Number(values.reps)}; i++)
    globalThis.__outlineBench.core(document.URL, ${values.content ? 'true' : 'false'}); })()`;
  for (const [index, entry] of pages.entries()) {
    await page.goto(`${origin}/${index}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.evaluate(bundle);
    // One unprofiled run: the profile shows the analysis, not its first compilation (unless --cold).
    if (!values.cold) await page.evaluate(runner.replace(`${Number(values.reps)};`, '1;'));
    await session.send('Profiler.start');
    await page.evaluate(runner.replace('document.URL', JSON.stringify(entry.url)));
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    add(profile);
  }
} finally {
  await browser.close();
  await server.close();
}

function add(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const names: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id))
      names.push(byId.get(id)!.callFrame.functionName || '(anonymous)');
    if (!names.includes('analyzeDocument')) return;
    totalMs += ms;
    const inside = names.indexOf(values.inside!);
    // --within: a stage's time counted only below the --inside frame (names like "read" recur across stages).
    const counted = !values.within ? names : [...(inside >= 0 ? names.slice(0, inside + 1) : []), 'analyzeDocument'];
    for (const name of new Set(counted)) inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    if (values.callers) {
      if (names[0] === values.callers) {
        const key = names.slice(1, 5).join(' < ');
        self.set(key, (self.get(key) ?? 0) + ms);
      }
    } else if (inside >= 0 && !values.lines) {
      const node = byId.get(sample)!;
      const key = `${names[0]} ${node.callFrame.url.split('/').pop()}:${node.callFrame.lineNumber + 1}`;
      self.set(key, (self.get(key) ?? 0) + ms);
      const stage = names.find((name) => stages.includes(name)) ?? '-';
      const byStage = stageOfSelf.get(key) ?? new Map<string, number>();
      byStage.set(stage, (byStage.get(stage) ?? 0) + ms);
      stageOfSelf.set(key, byStage);
    }
  });
  if (!values.lines) return;
  // Line ticks: spread each node's self time over its lines by their share of its ticks.
  const selfMs = new Map<number, number>();
  profile.samples.forEach((sample, index) => {
    const names: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id))
      names.push(byId.get(id)!.callFrame.functionName);
    if (names.includes(values.inside!))
      selfMs.set(sample, (selfMs.get(sample) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const ticks = node.positionTicks ?? [];
    const all = ticks.reduce((sum, tick) => sum + tick.ticks, 0);
    for (const tick of ticks) {
      const key = `${node.callFrame.functionName || '(anonymous)'} :${tick.line}`;
      self.set(key, (self.get(key) ?? 0) + (ms * tick.ticks) / all);
    }
  }
}

const share = (ms: number): string =>
  `${ms.toFixed(0).padStart(7)} ms ${((100 * ms) / (totalMs || 1)).toFixed(1).padStart(5)}%`;
console.log(`${pages.length} pages × ${values.reps} runs, ${totalMs.toFixed(0)} ms sampled in analyzeDocument`);
for (const stage of stages) console.log(`${share(inclusive.get(stage) ?? 0)}  ${stage}`);
console.log(`self time inside ${values.inside}:`);
const mainStage = (key: string): string => [...(stageOfSelf.get(key) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
  console.log(`${share(ms)}  ${key.padEnd(40)} ${mainStage(key)}`);
