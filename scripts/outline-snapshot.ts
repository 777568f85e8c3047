/**
 * Same output before and after a change: writes the analysis (analyzeDocument's result, as JSON)
 * of every corpus page into a folder, or compares the current core against such a folder and
 * lists the pages whose result differs (first differing path shown). For speed work, where the
 * result must not move at all.
 *
 *   npx tsx scripts/outline-snapshot.ts --write DIR [--corpus DIR]
 *   npx tsx scripts/outline-snapshot.ts --compare DIR [--corpus DIR]   (exit 1 when any page differs)
 *
 * --content also writes/compares the reader blocks (analyzeDocument's `content: true`).
 *
 * Reads ../shared by default (a script may; tests may not).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from '../src/cli/page';
import { analyzeDocument } from '../src/core/analyze';
import { findPages, readPageHtml } from '../bench/corpus';
import { firstDifference } from '../bench/json-difference';

const { values } = parseArgs({
  args: process.argv.slice(2),
  options: {
    write: { type: 'string' },
    compare: { type: 'string' },
    corpus: { type: 'string' },
    content: { type: 'boolean', default: false },
  },
  strict: true,
});
const folder = values.write ?? values.compare;
if (!folder || (values.write && values.compare)) {
  console.error('usage: outline-snapshot.ts --write DIR | --compare DIR [--corpus DIR] [--content]');
  process.exit(2);
}
const corpus = resolve(values.corpus ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/corpus'));
if (!existsSync(corpus)) {
  console.error(`no corpus at ${corpus}`);
  process.exit(2);
}

mkdirSync(folder, { recursive: true });
let differing = 0;
const pages = findPages(corpus);
for (const page of pages) {
  const doc = parseDocument(readPageHtml(page));
  const { result } = analyzeDocument(doc, { url: page.url, content: values.content });
  const file = join(folder, `${page.name.replace(/\//g, '__')}.json`);
  const json = JSON.parse(JSON.stringify(result)) as unknown;
  if (values.write) {
    writeFileSync(file, JSON.stringify(json));
    continue;
  }
  const before = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as unknown) : undefined;
  const difference = firstDifference(before, json);
  if (difference) {
    differing++;
    console.log(`${page.name}  ${difference}`);
  }
}
console.log(
  values.write ? `wrote ${pages.length} results to ${folder}` : `${differing} of ${pages.length} pages differ`,
);
process.exit(differing > 0 ? 1 : 0);
