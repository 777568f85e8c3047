/**
 * Where the core's time goes: a sampled CPU profile (node:inspector) of analyzeDocument over the
 * corpus (linkedom documents parsed before profiling), printed as inclusive shares of named
 * functions and the top self-time places. Sampling, not timing: shares are steady under load.
 *
 *   npx tsx bench/core-profile.ts [corpus folder, default ../shared/corpus] [--reps N] [--every K] [--top N]
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { analyzeDocument } from '../src/core/analyze';
import { corpusDocuments, profileAnalyses, profileArgs } from './profile-corpus';

/** Pages analysed unprofiled first, so that the profile shows optimised code. */
const WARM_UP_PAGES = 30;

const args = profileArgs(process.argv.slice(2));
const docs = corpusDocuments(args.root, args.option('--every', 1));
const reps = args.option('--reps', 2);
const shown = args.option('--top', 40);
for (const { url, doc } of docs.slice(0, WARM_UP_PAGES)) analyzeDocument(doc, { url });

const stacks = await profileAnalyses(
  docs,
  reps,
  (frame) =>
    `${frame.functionName || '(anonymous)'}@${frame.url.split('/').slice(-2).join('/')}:${frame.lineNumber + 1}`,
);
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
for (const stack of stacks) {
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
