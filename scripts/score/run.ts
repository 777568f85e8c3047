/**
 * `npm run score [-- [--json] [--rows] [CORPUS_DIR]]`: scores the `outline` command on the full
 * corpus (default ../shared/corpus, beside the repository; not part of a clone) and holds each set
 * to its floors (floors.ts). The command runs once over every page (one --batch list), as the
 * corpus's own scorer runs it; the rules are the same (rules.ts). Exit 1 below a floor. Without
 * the corpus it says so and exits 0: `npm test` scores the compact corpus kept in the repository.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { FULL_CORPUS_FLOORS } from './floors';
import { type CorpusPage, findPages, pageBytes } from './pages';
import { belowFloors, formatSummary, type Output, score } from './rules';

/** The batch output of the whole corpus is a few tens of MB of JSON lines. */
const MAX_OUTPUT_BYTES = 1 << 30;

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values, positionals } = parseArgs({
  options: { json: { type: 'boolean', default: false }, rows: { type: 'boolean', default: false } },
  allowPositionals: true,
});
const corpus = resolve(positionals[0] ?? join(repoRoot, '../shared/corpus'));

if (!existsSync(corpus)) {
  console.log(`${positionals[0] ?? '../shared/corpus'} not found: skipping full corpus scoring`);
  process.exit(0);
}

const pages = findPages(corpus);
if (!pages.length) {
  console.error(`no pages (source.html + expected.json) under ${corpus}`);
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), 'outline-score-'));
const list = join(scratch, 'pages.tsv');
// Compressed pages (the compact corpus in tests/fixtures) are unzipped for the command to read.
const sourceOf = (page: CorpusPage, i: number): string => {
  if (!page.source.endsWith('.gz')) return page.source;
  const path = join(scratch, `${i}.html`);
  writeFileSync(path, pageBytes(page));
  return path;
};
writeFileSync(list, pages.map((page, i) => `${sourceOf(page, i)}\t${page.expected.url ?? ''}\n`).join(''));
const started = Date.now();
const run = spawnSync(process.execPath, [join(repoRoot, 'bin/outline.mjs'), '--format', 'jsonl', '--batch', list], {
  cwd: repoRoot,
  encoding: 'utf8',
  maxBuffer: MAX_OUTPUT_BYTES,
  stdio: ['ignore', 'pipe', 'pipe'],
});
const seconds = (Date.now() - started) / 1000;
rmSync(scratch, { recursive: true, force: true });
if (run.status !== 0) {
  console.error(run.stderr.slice(-4000));
  console.error(`the outline command failed (exit ${run.status ?? run.signal})`);
  process.exit(1);
}
const lines = run.stdout.split('\n').filter((line) => line.startsWith('{'));
if (lines.length !== pages.length) {
  console.error(`expected ${pages.length} JSON lines, got ${lines.length}`);
  process.exit(1);
}
const outputs = lines.map((line) => JSON.parse(line) as Output);
const scored = pages.map((page, i) => ({ page, expected: page.expected, output: outputs[i]! }));

const report: Record<string, unknown> = { corpus, pages: pages.length, seconds };
const failures: string[] = [];
for (const [group, { sets, floors }] of Object.entries(FULL_CORPUS_FLOORS)) {
  const inGroup = scored.filter((s) => sets.includes(s.page.set));
  if (!inGroup.length) {
    failures.push(`${group}: no pages`);
    continue;
  }
  const { summary, rows } = score(inGroup);
  const short = belowFloors(summary, floors);
  for (const s of short) failures.push(`${group}: ${s}`);
  report[group] = { summary, floors, below: short };
  if (values.json) continue;
  if (values.rows) {
    rows.forEach((row, i) => {
      const cells = Object.entries(row).map(([k, v]) => `${k}=${v}`);
      console.log(`${inGroup[i]!.page.name}  ${cells.join('  ')}`);
    });
  }
  console.log(`${group.padEnd(12)} ${formatSummary(summary)}`);
}
if (values.json) console.log(JSON.stringify({ ...report, failures }, null, 1));
else {
  console.log(`\n${pages.length} pages scored in ${seconds.toFixed(1)} s (one run of the outline command)`);
  console.log(failures.length ? `below the floors: ${failures.join('; ')}` : 'every set at or above its floors');
}
process.exit(failures.length ? 1 : 0);
