/**
 * Where the core's time goes: a sampled CPU profile (node:inspector) of analyzeDocument over the
 * corpus (linkedom documents parsed before profiling), printed as inclusive shares of named
 * functions and the top self-time places. Sampling, not timing: shares are steady under load.
 *
 *   npx tsx bench/core-profile.ts [corpus folder, default ../shared/corpus] [--reps N] [--every K] [--top N]
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
const reps = option('--reps', 2);
const every = option('--every', 1);
const shown = option('--top', 40);
const pages = findPages(root).filter((_page, i) => i % every === 0);
const docs = pages.map((page) => {
  const raw = readFileSync(page.sourcePath);
  const html = (page.sourcePath.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8');
  return { url: page.url, doc: parseHTML(html).document };
});
// Warm-up, unprofiled, so the profile shows optimised code.
for (const { url, doc } of docs.slice(0, 30)) analyzeDocument(doc, { url });

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
await session.post('Profiler.start');
for (let rep = 0; rep < reps; rep++) for (const { url, doc } of docs) analyzeDocument(doc, { url });
const { profile } = (await session.post('Profiler.stop')) as { profile: Profiler.Profile };
session.disconnect();

const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const nodeById = new Map(profile.nodes.map((node) => [node.id, node]));
const label = (frame: Profiler.ProfileNode['callFrame']): string =>
  `${frame.functionName || '(anonymous)'}@${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`;
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
for (const id of profile.samples ?? []) {
  const stack: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at))
    stack.push(label(nodeById.get(at)!.callFrame));
  if (!stack.some((name) => name.startsWith('analyzeDocument@'))) continue;
  total++;
  for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + 1);
}
const pct = (n: number): string => `${((100 * n) / (total || 1)).toFixed(1).padStart(5)}%`;
console.log(`pages ${docs.length} × ${reps}, ${total} samples in analyzeDocument`);
console.log('inclusive:');
for (const [name, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, shown)) console.log(`  ${pct(n)}  ${name}`);
console.log('self:');
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, shown)) console.log(`  ${pct(n)}  ${name}`);
