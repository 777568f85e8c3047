/**
 * Where one stage's time goes: a sampled CPU profile (as core-profile.ts) narrowed to the samples
 * inside the named stage function(s), with the inclusive and self shares of what they call, as
 * shares of the whole analysis. `--content` includes the reader blocks (analyzeDocument's
 * `content: true`).
 *
 *   npx tsx bench/stage-profile.ts STAGE[,STAGE...] [corpus folder] [--every K] [--reps N] [--top N] [--content]
 *
 * STAGE: a function name as the profile shows it (e.g. readArticleContentSteps, findKeyPointsSteps).
 * Reads ../shared (a bench may; tests may not).
 */
import { analyzeDocument } from '../src/core/analyze';
import { corpusDocuments, profileAnalyses, profileArgs } from './profile-corpus';

const WARM_UP_PAGES = 30;
const argv = process.argv.slice(2);
const stages = new Set((argv.shift() ?? '').split(',').filter(Boolean));
const args = profileArgs(argv);
const content = args.has('--content');
const docs = corpusDocuments(args.root, args.option('--every', 1));
const shown = args.option('--top', 40);
for (const { url, doc } of docs.slice(0, WARM_UP_PAGES)) analyzeDocument(doc, { url, content });

const stacks = await profileAnalyses(
  docs,
  args.option('--reps', 2),
  (frame) => `${frame.functionName || '(anonymous)'}@${frame.url.split('/').slice(-2).join('/')}`,
  { content },
);
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
let inStages = 0;
for (const stack of stacks) {
  if (!stack.some((name) => name.startsWith('analyzeDocument@'))) continue;
  total++;
  const depth = stack.findIndex((name) => stages.has(name.split('@')[0]!));
  if (depth < 0) continue;
  inStages++;
  for (const name of new Set(stack.slice(0, depth + 1))) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
  self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + 1);
}
const pct = (n: number): string => `${((100 * n) / (total || 1)).toFixed(2).padStart(6)}%`;
console.log(`${total} samples in analyzeDocument, ${pct(inStages)} in ${[...stages].join(', ')}`);
console.log('inclusive:');
for (const [name, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, shown)) console.log(`  ${pct(n)}  ${name}`);
console.log('self:');
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, shown)) console.log(`  ${pct(n)}  ${name}`);
