/**
 * Scores the reader view's text against the corpus beside the repository (../shared/corpus), the
 * same way ../shared/tools/score-outline.mjs scores the outline's `body`: zyte pages by the
 * article-extraction benchmark's token-shingle rule, trafilatura pages by its text segments.
 * Prints the reader's figures side by side with the core's own `body` on the same pages: `reader` is
 * its running text (blocksToText), `captions` the same with the figure captions the reader shows.
 *
 *   npx tsx scripts/score-reader.ts [zyte|trafilatura|seed ...]
 *
 * A development tool: it needs ../shared, which a user's clone does not have.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { blocksToText } from '../src/core/blocks/plain-text';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
if (!existsSync(corpus)) {
  console.error(`No corpus at ${corpus} (it lives beside the repository on development machines only).`);
  process.exit(1);
}
const sets = process.argv.slice(2).length ? process.argv.slice(2) : ['zyte', 'trafilatura'];

const ws = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The benchmark's rule, as score-outline.mjs has it: Unicode word tokens, multisets of 4-token shingles. */
const WORD = /[\p{L}\p{N}_]+/gu;
function shingles(text: string): Map<string, number> {
  const tokens = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - 3);
  for (let i = 0; i < last && tokens.length; i++) {
    const key = tokens.slice(i, i + 4).join('\u0000');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** Per page tp, fp, fn scaled to sum 1; P and R as the tool computes them. */
function bodyScore(pred: string, gold: string): { p: number; r: number; f: number } {
  const expected = shingles(gold);
  const predicted = shingles(pred);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...expected.keys(), ...predicted.keys()])) {
    const t = expected.get(key) ?? 0;
    const q = predicted.get(key) ?? 0;
    tp += Math.min(t, q);
    fp += Math.max(0, q - t);
    fn += Math.max(0, t - q);
  }
  const sum = tp + fp + fn;
  if (sum > 0) {
    tp /= sum;
    fp /= sum;
    fn /= sum;
  }
  const p = fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
  const r = fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : 0);
const f1 = (p: number, r: number) => (p + r ? (2 * p * r) / (p + r) : 0);

for (const set of sets) {
  const dir = path.join(corpus, set);
  const slugs = readdirSync(dir)
    .filter((slug) => existsSync(path.join(dir, slug, 'expected.json')))
    .sort();
  const body = {
    core: [] as ReturnType<typeof bodyScore>[],
    reader: [] as ReturnType<typeof bodyScore>[],
    captions: [] as ReturnType<typeof bodyScore>[],
  };
  const seg = { core: [0, 0, 0], reader: [0, 0, 0], captions: [0, 0, 0] };
  let lower = 0;
  for (const slug of slugs) {
    const html = readFileSync(path.join(dir, slug, 'source.html'), 'utf8').replace(/^\uFEFF/, '');
    const expected = JSON.parse(readFileSync(path.join(dir, slug, 'expected.json'), 'utf8'));
    const { document } = parseHTML(html);
    const { result } = analyzeDocument(document as unknown as Document, { url: expected.url ?? null, content: true });
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
        const text = ws(texts[key]);
        const tp = expected.segments.with.filter((w: string) => text.includes(ws(w))).length;
        const fp = expected.segments.without.filter((w: string) => text.includes(ws(w))).length;
        const counts = seg[key];
        counts[0]! += tp;
        counts[1]! += expected.segments.with.length - tp;
        counts[2]! += fp;
        if (key === 'reader' && process.env.VERBOSE) {
          const coreText = ws(texts.core);
          const coreTp = expected.segments.with.filter((w: string) => coreText.includes(ws(w))).length;
          if (tp < coreTp) console.log(`  lower: ${slug} reader ${tp} core ${coreTp}`);
        }
      }
    }
    await new Promise(setImmediate);
  }
  console.log(`${set}: ${slugs.length} pages`);
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
