/**
 * The related stage's share of the core: a CPU profile (node:inspector, sampled) of analyzeDocument
 * over every corpus page (linkedom documents, parsed before profiling), and the share of the samples
 * spent under the related stage (findRelatedStoriesSteps, as analyze.ts runs it), by inclusive time.
 * Sampling, not timing: the ratio is steady under load where wall-clock medians are not.
 *
 *   npx tsx bench/related-share.ts [corpus folder, default ../shared/corpus] [--reps N] [--every K]
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { Session, type Profiler } from 'node:inspector/promises';
import { existsSync, readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { findPages } from './corpus';

const args = process.argv.slice(2);
const option = (name: string, fallback: number): number =>
  args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback;
const root = resolve(
  args.find((arg, i) => !arg.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
    resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus'),
);
if (!existsSync(root)) {
  console.log(`no corpus at ${root}: nothing to measure`);
  process.exit(0);
}
const reps = option('--reps', 1);
const every = option('--every', 1);
const pages = findPages(root).filter((_page, i) => i % every === 0);
const docs = pages.map((page) => {
  const raw = readFileSync(page.sourcePath);
  const html = (page.sourcePath.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return { url: page.url, doc: parseHTML(html).document };
});

/** The related stage as analyze.ts runs it (findRelatedStories is its synchronous wrapper). */
const STAGE = 'findRelatedStoriesSteps';

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let rep = 0; rep < reps; rep++) for (const { url, doc } of docs) analyzeDocument(doc, { url });
const { profile } = (await session.post('Profiler.stop')) as { profile: Profiler.Profile };
session.disconnect();

// Inclusive samples: a sample counts for a function when the function is anywhere on its stack.
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const counts = new Map<string, number>();
// Inside the related stage: which functions (inclusive) the time goes to.
const inRelated = new Map<string, number>();
const selfInRelated = new Map<string, number>();
for (const id of profile.samples ?? []) {
  const stack: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
    stack.push(nodeById.get(at)!.callFrame.functionName || '(anonymous)');
  for (const name of new Set(stack)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const top = stack.indexOf(STAGE);
  if (top > 0) for (const name of new Set(stack.slice(0, top))) inRelated.set(name, (inRelated.get(name) ?? 0) + 1);
  if (top >= 0) {
    const node = nodeById.get(id)!.callFrame;
    const self = `${node.functionName || '(anonymous)'}@${node.url.split('/').pop()}:${node.lineNumber + 1}`;
    selfInRelated.set(self, (selfInRelated.get(self) ?? 0) + 1);
  }
}
const core = counts.get('analyzeDocument') ?? 0;
const related = counts.get(STAGE) ?? 0;
console.log(
  `pages ${docs.length} × ${reps}  core samples ${core}  related samples ${related}  related share ${(related / (core || 1)).toFixed(3)}`,
);
if (args.includes('--top'))
  for (const [name, n] of [...inRelated].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${name.padEnd(32)} ${((100 * n) / (related || 1)).toFixed(1)}% of related`);
if (args.includes('--self'))
  for (const [name, n] of [...selfInRelated].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  self ${name.padEnd(48)} ${((100 * n) / (related || 1)).toFixed(1)}% of related`);
