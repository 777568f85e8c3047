/**
 * Scores the reader view's text against the corpus beside the repository (../shared/corpus), the
 * same way ../shared/tools/score-outline.mjs scores the outline's `body`: zyte pages by the
 * article-extraction benchmark's token-shingle rule, trafilatura pages by its text segments.
 * Prints the reader's figures side by side with the core's own `body` on the same pages: `reader` is
 * its running text (blocksToText), `captions` the same with the figure captions the reader shows.
 *
 *   npx tsx scripts/score-reader.ts [zyte|trafilatura|seed ...] [--corpus DIR]
 *
 * A development tool: it needs ../shared (or --corpus DIR), which a user's clone does not have.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from '../src/cli/page';
import { analyzeDocument } from '../src/core/analyze';
import { blocksToText } from '../src/core/blocks/plain-text';
import { findPages, pageBytes } from './score/pages';
import { corpusFromArgs } from '../bench/corpus';
import { type BodyScore, bodyScore, segmentCounts } from './score/rules';

const args = process.argv.slice(2);
const corpus = corpusFromArgs(args);
if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus} (it lives beside the repository on development machines only).`);
  process.exit(1);
}
const sets = args.length ? args : ['zyte', 'trafilatura'];

const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

for (const set of sets) {
  const pages = findPages(path.join(corpus, set));
  const body = { core: [] as BodyScore[], reader: [] as BodyScore[], captions: [] as BodyScore[] };
  const seg = { core: [0, 0, 0], reader: [0, 0, 0], captions: [0, 0, 0] };
  let lower = 0;
  for (const page of pages) {
    const slug = page.name.slice(set.length + 1);
    const html = pageBytes(page)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const { expected } = page;
    const { result } = analyzeDocument(parseDocument(html), { url: expected.url ?? null, content: true });
    const blocks = result.content ?? [];
    const texts = {
      core: result.body ?? '',
      reader: blocksToText(blocks),
      captions: blocksToText(blocks, { captions: true }),
    };
    if (expected.body && set === 'zyte') {
      const core = bodyScore(texts.core, expected.body);
      const reader = bodyScore(texts.reader, expected.body);
      body.core.push(core);
      body.reader.push(reader);
      body.captions.push(bodyScore(texts.captions, expected.body));
      if (reader.f + (process.env.VERBOSE ? 0 : 0.02) < core.f) {
        lower++;
        if (process.env.VERBOSE)
          console.log(`  lower: ${slug} reader ${reader.f.toFixed(4)} core ${core.f.toFixed(4)}`);
      }
    }
    if (expected.segments) {
      for (const key of ['core', 'reader', 'captions'] as const) {
        const { tp, fn, fp } = segmentCounts(texts[key], expected.segments);
        const counts = seg[key];
        counts[0]! += tp;
        counts[1]! += fn;
        counts[2]! += fp;
        if (key === 'reader' && process.env.VERBOSE) {
          const coreTp = segmentCounts(texts.core, expected.segments).tp;
          if (tp < coreTp) console.log(`  lower: ${slug} reader ${tp} core ${coreTp}`);
        }
      }
    }
    await new Promise(setImmediate);
  }
  console.log(`${set}: ${pages.length} pages`);
  if (body.core.length) {
    for (const key of ['core', 'reader', 'captions'] as const) {
      const p = mean(body[key].map((s) => s.p));
      const r = mean(body[key].map((s) => s.r));
      console.log(`  body ${key.padEnd(8)} P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${f1(p, r).toFixed(4)}`);
    }
    console.log(`  pages where the reader's F1 is more than 0.02 below the core's: ${lower}`);
  }
  if (seg.core[0]! + seg.core[1]! > 0) {
    for (const key of ['core', 'reader', 'captions'] as const) {
      const [tp, fn, fp] = seg[key] as [number, number, number];
      const p = tp / (tp + fp);
      const r = tp / (tp + fn);
      console.log(`  segments ${key.padEnd(8)} P ${p.toFixed(4)} R ${r.toFixed(4)} F1 ${f1(p, r).toFixed(4)}`);
    }
  }
}
