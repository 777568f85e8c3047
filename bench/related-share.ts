/**
 * The related stage's share of the core: a CPU profile (node:inspector, sampled) of analyzeDocument
 * over every corpus page (linkedom documents, parsed before profiling), and the share of the samples
 * spent under the related stage (findRelatedStoriesSteps, as analyze.ts runs it), by inclusive time.
 * Sampling, not timing: the ratio is steady under load where wall-clock medians are not.
 *
 *   npx tsx bench/related-share.ts [corpus folder, default ../shared/corpus] [--reps N] [--every K] [--top] [--self]
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { corpusDocuments, profileAnalyses, profileArgs } from './profile-corpus';

const args = profileArgs(process.argv.slice(2));
const reps = args.option('--reps', 1);
const docs = corpusDocuments(args.root, args.option('--every', 1));

/** The related stage as analyze.ts runs it (findRelatedStories is its synchronous wrapper). */
const STAGE = 'findRelatedStoriesSteps';

const stacks = await profileAnalyses(
  docs,
  reps,
  (frame) => `${frame.functionName || '(anonymous)'}@${frame.url.split('/').pop()}:${frame.lineNumber + 1}`,
);
const nameOf = (label: string): string => label.slice(0, label.lastIndexOf('@'));
const counts = new Map<string, number>();
// Inside the related stage: which functions (inclusive) the time goes to.
const inRelated = new Map<string, number>();
const selfInRelated = new Map<string, number>();
for (const labels of stacks) {
  const stack = labels.map(nameOf);
  for (const name of new Set(stack)) counts.set(name, (counts.get(name) ?? 0) + 1);
  const top = stack.indexOf(STAGE);
  if (top > 0) for (const name of new Set(stack.slice(0, top))) inRelated.set(name, (inRelated.get(name) ?? 0) + 1);
  if (top >= 0) selfInRelated.set(labels[0]!, (selfInRelated.get(labels[0]!) ?? 0) + 1);
}
const core = counts.get('analyzeDocument') ?? 0;
const related = counts.get(STAGE) ?? 0;
console.log(
  `pages ${docs.length} × ${reps}  core samples ${core}  related samples ${related}  related share ${(related / (core || 1)).toFixed(3)}`,
);
if (args.has('--top'))
  for (const [name, n] of [...inRelated].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${name.padEnd(32)} ${((100 * n) / (related || 1)).toFixed(1)}% of related`);
if (args.has('--self'))
  for (const [name, n] of [...selfInRelated].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  self ${name.padEnd(48)} ${((100 * n) / (related || 1)).toFixed(1)}% of related`);
