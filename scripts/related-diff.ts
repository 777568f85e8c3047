/**
 * The related stories that changed against a snapshot (scripts/outline-snapshot.ts --write DIR), per page:
 * links added and removed. On labelled pages of the held-out fold only the counts are printed (they are
 * judged by scripts/related-eval.ts figures, not by eye); on unlabelled pages and design-fold pages the titles.
 *
 *   npx tsx scripts/related-diff.ts DIR [--swap] [--corpus DIR]
 *
 * Reads ../shared/corpus beside the repository, or --corpus DIR (a script may; tests may not).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../src/cli/page';
import { analyzeDocument } from '../src/core/analyze';
import { corpusFromArgs, findPages, readPageHtml } from '../bench/corpus';
import { foldOfPage } from './related-folds';

const args = process.argv.slice(2);
const corpus = corpusFromArgs(args);
const folder = args[0];
if (!folder) throw new Error('usage: related-diff.ts SNAPSHOT_DIR [--swap] [--corpus DIR]');
const swap = args.includes('--swap');
let added = 0;
let removed = 0;
let pagesChanged = 0;
for (const page of findPages(corpus)) {
  const file = join(folder, `${page.name.replace(/\//g, '__')}.json`);
  if (!existsSync(file)) continue;
  const before = JSON.parse(readFileSync(file, 'utf8')) as { related: { title: string; url: string }[] };
  const { result } = analyzeDocument(parseDocument(readPageHtml(page)), { url: page.url, explain: true });
  const was = new Set(before.related.map((r) => r.url));
  const now = new Set(result.related.map((r) => r.url));
  const plus = result.related.filter((r) => !was.has(r.url));
  const minus = before.related.filter((r) => !now.has(r.url));
  if (!plus.length && !minus.length) continue;
  pagesChanged++;
  added += plus.length;
  removed += minus.length;
  const fold = foldOfPage(corpus, page.name, swap);
  if (fold === 'heldout') {
    console.log(`${page.name} [held out]  +${plus.length} -${minus.length}`);
    continue;
  }
  console.log(`${page.name} [${fold}]`);
  for (const r of plus) console.log(`  + ${r.title}  ${r.url}\n      ${(r as { why?: string }).why ?? ''}`);
  for (const r of minus) console.log(`  - ${r.title}  ${r.url}`);
}
console.log(`${pagesChanged} pages changed: +${added} -${removed} links`);
