#!/usr/bin/env node
/**
 * Rules that hold the architecture, run by `npm run lint` after Biome:
 *   1. src/core imports nothing outside src/core: no package, no Node built-in, no relative path
 *      that leaves the folder (the core is plain TypeScript over the standard DOM).
 *   2. No source file in src/ longer than MAX_FILE_LINES lines.
 *   3. No line in src/ longer than MAX_LINE_LENGTH characters (the formatter wraps code at that
 *      width; what it cannot wrap — long strings, regular expressions, comments — must be rewritten:
 *      a vocabulary becomes a data list, one entry per line).
 * Rules 2 and 3 are ratchets over scripts/architecture-baseline.json: a file listed there may not
 * get worse than its recorded figure, any other file must meet the rule. Shrink the baseline as
 * files are split or rewritten; `--write-baseline` records the current state (after a merge only).
 *   node scripts/check-architecture.mjs [--write-baseline]
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Longer files are split into modules and hooks (the brief: files under about 400 lines). */
const MAX_FILE_LINES = 400;
/** The formatter's line width (biome.jsonc); the brief: lines under about 120 characters. */
const MAX_LINE_LENGTH = 120;

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const core = join(src, 'core');
const baselinePath = join(root, 'scripts', 'architecture-baseline.json');
const SOURCE_FILE = /\.(ts|tsx|mts|js|mjs)$/;
/**
 * Module specifiers: `import … from '…'` and `export … from '…'` (a statement at the start of a
 * line, over several lines if need be, quoting nothing before `from`), `import '…'`, `import('…')`
 * and `require('…')`. A word "from" inside a string is no import.
 */
const SPECIFIERS = [
  /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gm,
  /^\s*import\s*['"]([^'"]+)['"]/gm,
  /\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
];

const files = (dir) =>
  readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    })
    .filter((path) => SOURCE_FILE.test(path))
    .sort();

const rel = (path) => relative(root, path).split(sep).join('/');

/** Comments removed (a specifier in a comment is no import), lines kept in place. */
const withoutComments = (text) =>
  text.replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

function coreImportProblems() {
  const problems = [];
  for (const file of files(core)) {
    const text = withoutComments(readFileSync(file, 'utf8'));
    for (const match of SPECIFIERS.flatMap((pattern) => [...text.matchAll(pattern)])) {
      const specifier = match[1];
      const line = text.slice(0, match.index).split('\n').length;
      const where = `${rel(file)}:${line}`;
      if (!specifier.startsWith('.')) {
        problems.push(`${where}: src/core imports "${specifier}" (the core uses no packages or Node modules)`);
      } else {
        const target = resolve(dirname(file), specifier);
        if (target !== core && !target.startsWith(core + sep)) {
          problems.push(`${where}: src/core imports "${specifier}", outside src/core (${rel(target)})`);
        }
      }
    }
  }
  return problems;
}

function measure() {
  const longFiles = {};
  const longLines = {};
  for (const file of files(src)) {
    const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
    if (lines.length > MAX_FILE_LINES) longFiles[rel(file)] = lines.length;
    const long = lines.filter((line) => line.length > MAX_LINE_LENGTH).length;
    if (long) longLines[rel(file)] = long;
  }
  return { longFiles, longLines };
}

const current = measure();

if (process.argv.includes('--write-baseline')) {
  const note =
    'Files allowed to exceed the limits of scripts/check-architecture.mjs, with their figures when recorded. ' +
    'They may not get worse; shrink this list, never grow it.';
  const baseline = { note, maxFileLines: current.longFiles, linesOver120: current.longLines };
  writeFileSync(baselinePath, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`wrote ${rel(baselinePath)}`);
  process.exit(0);
}

const baseline = existsSync(baselinePath)
  ? JSON.parse(readFileSync(baselinePath, 'utf8'))
  : { maxFileLines: {}, linesOver120: {} };
const problems = coreImportProblems();
for (const [file, lines] of Object.entries(current.longFiles)) {
  const allowed = baseline.maxFileLines[file];
  if (allowed === undefined) problems.push(`${file}: ${lines} lines (at most ${MAX_FILE_LINES}: split it)`);
  else if (lines > allowed) problems.push(`${file}: ${lines} lines, more than its recorded ${allowed} (split it)`);
}
for (const [file, count] of Object.entries(current.longLines)) {
  const allowed = baseline.linesOver120[file] ?? 0;
  if (count > allowed) {
    problems.push(`${file}: ${count} lines over ${MAX_LINE_LENGTH} characters (recorded: ${allowed})`);
  }
}
const listed = Object.keys(baseline.maxFileLines).length + Object.keys(baseline.linesOver120).length;
if (problems.length) {
  for (const problem of problems) console.error(problem);
  console.error(`\n${problems.length} architecture problem(s)`);
  process.exit(1);
}
console.log(`architecture: src/core imports only src/core; file and line lengths hold (${listed} recorded exceptions)`);
