/**
 * Scores only the related stories over the labelled corpus pages, like ../shared/tools/score-outline.mjs
 * (recall = expected links found, precision = listed links that are expected or allowed), per set.
 *
 *   npx tsx scripts/related-eval.ts [--sets seed,readability,zyte,trafilatura] [--fold design|heldout|both]
 *     [--swap] [--verbose] [--only SLUG] [--grid] [--corpus DIR]
 *
 * --fold splits the labelled pages, fixed before any page was looked at: the pages of a set are grouped by site
 * (readability: the slug without its trailing "-N", so nytimes-1 and nytimes-2 fall together; trafilatura: the host
 * after "NNNN-"; zyte: the slug), the groups ordered by an FNV-1a hash of that key, and every second group (odd rank)
 * is held out. Seed is always a design page (every feature must work on it). Design only on `design` (look at its
 * misses with --verbose); read `heldout` only as aggregate figures (--verbose is refused there). `both` prints the
 * two folds side by side, per set, with the margins (aggregates only: how many expected links were missed by less
 * than NEAR_MARGIN, how many listed links that are not ok won by less than it: rules on a knife edge).
 * --swap exchanges the two folds' roles (design on the pages held out before, hold out the design pages), for the
 * second half of a swap protocol (docs/quality.md, sixth session).
 *
 * --verbose prints, per page, the expected links missed and the listed links that are not ok, with the
 * detector's `why` (and, for a miss, the trace of the candidate that held it, when there was one).
 * Reads ../shared/corpus beside the repository, or --corpus DIR (a script may; tests may not).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyzeDocument } from '../src/core/analyze';
import type { RelatedTrace } from '../src/core/detect/related';
import { RUN_WEIGHTS, SINGLE_WEIGHTS } from '../src/core/detect/related/score';
import { normUrl } from './score/rules';
import { foldOf, labelledSlugs, siteKey } from './related-folds';
import { corpusFromArgs } from '../bench/corpus';
import { parseDocument } from '../src/cli/page';

const args = process.argv.slice(2);
const corpus = corpusFromArgs(args);
const verbose = args.includes('--verbose');
const setsArg = args.includes('--sets') ? args[args.indexOf('--sets') + 1]! : 'seed,readability,zyte,trafilatura';
const only = args.includes('--only') ? args[args.indexOf('--only') + 1]! : null;
const foldArg = args.includes('--fold') ? args[args.indexOf('--fold') + 1]! : null;
const swap = args.includes('--swap');
/** A score this close to 0 is on a knife edge: one feature more or less would flip the link. */
const NEAR_MARGIN = 1.5;
if (foldArg && !['design', 'heldout', 'both'].includes(foldArg)) throw new Error('--fold design|heldout|both');
if ((verbose || only) && foldArg !== 'design')
  throw new Error('pages are looked at only in the design fold: --verbose and --only need --fold design');

interface Totals {
  pages: number;
  hit: number;
  gold: number;
  fine: number;
  pred: number;
  /** Expected links missed by less than NEAR_MARGIN. */
  nearMiss: number;
  /** Listed links that are not ok, won by less than NEAR_MARGIN. */
  nearWrong: number;
}
interface Page {
  set: string;
  slug: string;
  doc: Document;
  url: string | null;
  gold: string[];
  ok: Set<string | null>;
}

function loadPages(set: string, fold: string | null): Page[] {
  const dir = join(corpus, set);
  const pages: Page[] = [];
  const labelled = labelledSlugs(corpus, set);
  const folds = foldOf(set, labelled, swap);
  for (const slug of labelled) {
    if (only && slug !== only) continue;
    if (fold && folds.get(siteKey(set, slug)) !== fold) continue;
    const exp = JSON.parse(readFileSync(join(dir, slug, 'expected.json'), 'utf8'));
    const html = readFileSync(join(dir, slug, 'source.html'))
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const gold = (exp.related.expected as { url: string }[]).map((r) => normUrl(r.url)).filter(Boolean) as string[];
    pages.push({
      set,
      slug,
      doc: parseDocument(html),
      url: exp.url,
      gold,
      ok: new Set([...gold, ...(exp.related.allowed as string[]).map(normUrl)]),
    });
  }
  return pages;
}

function evaluate(pages: Page[], print: boolean): Totals {
  const totals: Totals = { pages: 0, hit: 0, gold: 0, fine: 0, pred: 0, nearMiss: 0, nearWrong: 0 };
  for (const page of pages) {
    const traces: RelatedTrace[] = [];
    const { result } = analyzeDocument(page.doc, { url: page.url, explain: true, relatedTrace: (t) => traces.push(t) });
    const listed = result.related.map((r) => ({ ...r, key: normUrl(r.url) }));
    const pred = [...new Set(listed.map((r) => r.key).filter(Boolean))] as string[];
    const hit = page.gold.filter((g) => pred.includes(g)).length;
    const fine = pred.filter((p) => page.ok.has(p)).length;
    totals.pages++;
    totals.hit += hit;
    totals.gold += page.gold.length;
    totals.fine += fine;
    totals.pred += pred.length;
    for (const trace of traces) {
      const key = normUrl(trace.url);
      if (!key) continue;
      if (!trace.listed && page.gold.includes(key) && !pred.includes(key) && trace.score > -NEAR_MARGIN)
        totals.nearMiss++;
      if (trace.listed && !page.ok.has(key) && trace.score < NEAR_MARGIN) totals.nearWrong++;
    }
    if (print && (hit < page.gold.length || fine < pred.length)) {
      console.log(`\n## ${page.set}/${page.slug}  ${hit}/${page.gold.length} found, ${fine}/${pred.length} ok`);
      for (const g of page.gold)
        if (!pred.includes(g)) {
          const trace = traces.find((t) => normUrl(t.url) === g);
          console.log(`  MISS ${g}${trace ? `  [${trace.score.toFixed(2)}] ${trace.why}` : '  (no candidate)'}`);
        }
      for (const r of listed)
        if (r.key && !page.ok.has(r.key)) console.log(`  EXTRA ${r.key} "${r.title}"  ${r.why ?? ''}`);
    }
  }
  return totals;
}

const line = (name: string, t: Totals): string => {
  const r = t.gold ? t.hit / t.gold : 1;
  const p = t.pred ? t.fine / t.pred : 1;
  return `${name.padEnd(20)} pages ${String(t.pages).padStart(3)}  recall ${r.toFixed(3)} (${t.hit}/${t.gold})  precision ${p.toFixed(3)} (${t.fine}/${t.pred})  near: miss ${t.nearMiss} wrong ${t.nearWrong}`;
};

const setNames = setsArg.split(',');
const sets =
  foldArg === 'both'
    ? []
    : setNames.map((set) => ({ set, pages: loadPages(set, foldArg === 'both' ? 'design' : foldArg) }));
if (args.includes('--grid')) {
  // A small grid over the few weights; the objective is the smaller of recall and precision over the sets given.
  const grid: [Record<string, number>, string, number[]][] = [
    [RUN_WEIGHTS, 'bias', [-3.5, -3, -2.5, -2, -1.5]],
    [RUN_WEIGHTS, 'label', [2.5, 3, 3.5, 4]],
    [RUN_WEIGHTS, 'sameSite', [1, 2.5, 4]],
    [SINGLE_WEIGHTS, 'bias', [-4, -3.5, -3, -2.5]],
  ];
  const results: { setting: string; r: number; p: number }[] = [];
  const combos = grid.reduce<number[][]>((acc, [, , values]) => acc.flatMap((c) => values.map((v) => [...c, v])), [[]]);
  for (const combo of combos) {
    combo.forEach((value, i) => {
      grid[i]![0][grid[i]![1]] = value;
    });
    const t: Totals = { pages: 0, hit: 0, gold: 0, fine: 0, pred: 0, nearMiss: 0, nearWrong: 0 };
    for (const { pages } of sets) {
      const s = evaluate(pages, false);
      t.hit += s.hit;
      t.gold += s.gold;
      t.fine += s.fine;
      t.pred += s.pred;
    }
    results.push({
      setting: combo.map((v, i) => `${grid[i]![0] === RUN_WEIGHTS ? 'run' : 'single'}.${grid[i]![1]}=${v}`).join(' '),
      r: t.hit / t.gold,
      p: t.pred ? t.fine / t.pred : 1,
    });
  }
  results.sort((a, b) => Math.min(b.r, b.p) - Math.min(a.r, a.p) || b.r + b.p - (a.r + a.p));
  for (const res of results.slice(0, 15))
    console.log(`${res.setting}  recall ${res.r.toFixed(3)} precision ${res.p.toFixed(3)}`);
} else if (foldArg === 'both') {
  const sum = (a: Totals, b: Totals): Totals => ({
    pages: a.pages + b.pages,
    hit: a.hit + b.hit,
    gold: a.gold + b.gold,
    fine: a.fine + b.fine,
    pred: a.pred + b.pred,
    nearMiss: a.nearMiss + b.nearMiss,
    nearWrong: a.nearWrong + b.nearWrong,
  });
  const zero: Totals = { pages: 0, hit: 0, gold: 0, fine: 0, pred: 0, nearMiss: 0, nearWrong: 0 };
  let design = zero;
  let held = zero;
  for (const set of setNames) {
    const d = evaluate(loadPages(set, 'design'), false);
    const h = evaluate(loadPages(set, 'heldout'), false);
    design = sum(design, d);
    held = sum(held, h);
    console.log(`${line(`${set} design`, d)}\n${line(`${set} heldout`, h)}`);
  }
  console.log(`${line('all design', design)}\n${line('all heldout', held)}`);
} else {
  const rows = sets.map(({ set, pages }) => line(foldArg ? `${set} ${foldArg}` : set, evaluate(pages, verbose)));
  console.log(`\n${rows.join('\n')}`);
}
