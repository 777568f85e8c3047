/**
 * Milliseconds of the stages after the article's choice, each timed alone on inputs made once per
 * page (linkedom): cleaning (with the first attempt's flags), reading the content, the furniture
 * boxes, the key points and the reader blocks. Rounds alternate over all pages; the figure per
 * stage is the median round's total over the pages, in CPU time of this process (steadier than
 * wall-clock on a shared machine). For A/B work on one stage: compare runs made side by side.
 *
 *   npx tsx bench/text-stages.ts [corpus folder] [--every 3] [--rounds 7]
 *
 * Reads ../shared (a bench may; tests may not).
 */
import { STAGE_NAMES, stagesOf } from './article-stages';
import { corpusDocuments, profileArgs } from './profile-corpus';
import { median } from './stats';

const args = profileArgs(process.argv.slice(2));
const docs = corpusDocuments(args.root, args.option('--every', 3));
const rounds = args.option('--rounds', 7);
/** `--only NAME`: time one stage (for an instruction count of it under valgrind). */
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : null;

type Stage = () => unknown;
const stages: Record<string, Stage[]> = Object.fromEntries(STAGE_NAMES.map((name) => [name, []]));
for (const { url, doc } of docs) {
  const pageStages = stagesOf(doc, url);
  if (pageStages) STAGE_NAMES.forEach((name, i) => stages[name]!.push(pageStages[i]!));
}
const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const totals: Record<string, number[]> = Object.fromEntries(Object.keys(stages).map((name) => [name, []]));
for (let round = 0; round < rounds; round++) {
  for (const [name, runs] of Object.entries(stages)) {
    if (only && name !== only) continue;
    const start = cpuMs();
    for (const run of runs) run();
    totals[name]!.push(cpuMs() - start);
  }
}
const pages = stages.clean!.length;
console.log(`${pages} pages, ${rounds} rounds; ms per page (median round)`);
let sum = 0;
for (const [name, times] of Object.entries(totals)) {
  if (!times.length) continue;
  const ms = median(times.slice(1)) / pages;
  if (name !== 'blocks') sum += ms;
  console.log(`  ${name.padEnd(10)} ${ms.toFixed(3)} ms`);
}
console.log(`  without blocks ${sum.toFixed(3)} ms`);
