/**
 * The key-points stage of two trees side by side in Chromium, cold and warm: this tree's and
 * `--base DIR`'s (a `git archive` of main, say). Each page is loaded in a fresh JavaScript context
 * (all code cold); each tree reads the page up to its key points' input with its own modules
 * (what a third copy of the core, `--setup DIR`, finds as a whole: title, related stories, word
 * count), so that neither compared stage has run before. Then each tree's
 * findKeyPoints runs once (cold: what a user's first click gets; which tree goes first
 * alternates, as the second profits from regexes compiled by the first), then `--reps` more
 * times alternately (warm). Each page is loaded `--loads` times and the least time of each kind
 * kept (load on a shared machine only ever adds time). Prints ms per page (the sum over the pages
 * divided by their number), the ratio this / base of those, and the median per-page ratio.
 *
 *   npx tsx bench/browser/keypoints-ab.ts --base /tmp/main-copy [--setup /tmp/other-copy] [--pages 60] [--reps 7] [--loads 3]
 *
 * For a setup that shares no code with either tree, pass a second copy as --setup.
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildEntryBundle } from './bundle';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { median } from '../stats';
import { localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    setup: { type: 'string' },
    pages: { type: 'string', default: '60' },
    reps: { type: 'string', default: '7' },
    loads: { type: 'string', default: '3' },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
  },
});
if (!values.base) throw new Error('--base DIR: the other checkout (its key points are the base)');
const base = path.resolve(values.base);
const setup = path.resolve(values.setup ?? values.base);

async function bundle(): Promise<string> {
  const at = (root: string, file: string) => JSON.stringify(path.resolve(root, 'src/core', file));
  // Each tree reads the page up to its key points with its own modules (so that the helpers it
  // shares with other stages are as warm as in an analysis); the setup tree gives what the
  // analysis as a whole gives (title, related stories, word count).
  const tree = (root: string, name: string) => `
import { findArticle as findArticle_${name} } from ${at(root, 'detect/article')};
import { readArticleContent as readArticleContent_${name} } from ${at(root, 'detect/content')};
import { extractMetadata as extractMetadata_${name}, scanPageSafely as scanPageSafely_${name} } from ${at(root, 'detect/metadata')};
import { withoutFurnitureBlocks as withoutFurnitureBlocks_${name} } from ${at(root, 'detect/outline-furniture')};
import { pageBody as pageBody_${name} } from ${at(root, 'dom')};
import { httpHost as httpHost_${name} } from ${at(root, 'read/site')};
import { findKeyPoints as findKeyPoints_${name} } from ${at(root, 'detect/key-points')};
function inputOf_${name}(url: string | null, result: OutlineResult) {
  const body = pageBody_${name}(document)!;
  const scan = scanPageSafely_${name}(document);
  const metadata = extractMetadata_${name}(document, { articleRoots: [], pageUrl: url, scan });
  const selection = findArticle_${name}(body, { title: metadata.title, findByline: !metadata.byline });
  if (!selection) return null;
  const isLeftOut = (element: Element): boolean =>
    selection.walk.skipped.has(element) || selection.clean.removed.has(element);
  const site = url ? httpHost_${name}(url) : undefined;
  const content = readArticleContent_${name}(selection.parts, isLeftOut, site, selection.walk);
  const outlined = withoutFurnitureBlocks_${name}(content, selection.parts, result.related, isLeftOut);
  return { ...outlined, lang: metadata.lang, title: result.title, byline: metadata.byline, wordCount: result.wordCount };
}`;
  const source = `import { analyzeDocument } from ${at(setup, 'analyze')};
type OutlineResult = ReturnType<typeof analyzeDocument>['result'];
${tree(base, 'base')}
${tree(repoRoot, 'next')}
function setUp(url: string | null) {
  const { result } = analyzeDocument(document, { url });
  if (!result.found) return null;
  const base = inputOf_base(url, result);
  const next = inputOf_next(url, result);
  return base && next ? { base, next } : null;
}
(globalThis as Record<string, unknown>).__keyPointsAB = { setUp, base: findKeyPoints_base, next: findKeyPoints_next };
`;
  return buildEntryBundle(source, 'KeyPointsAB');
}

/** Runs in the page: both trees once (cold), then `reps` times each, alternately (warm). */
const RUNNER = `({ reps, url, baseFirst }) => {
  const tools = globalThis.__keyPointsAB;
  const inputs = tools.setUp(url);
  if (!inputs) return null;
  const times = { base: [], next: [] };
  const time = (name) => {
    if (globalThis.gc) globalThis.gc({ type: 'minor' });
    const start = performance.now();
    const found = tools[name](inputs[name]);
    times[name].push(performance.now() - start);
    return found.keyPoints.map((point) => point.text).join('\\n');
  };
  const order = baseFirst ? ['base', 'next'] : ['next', 'base'];
  const texts = {};
  for (const name of order) texts[name] = time(name);
  for (let i = 0; i < reps; i++) for (const name of i % 2 ? order : [...order].reverse()) time(name);
  return { times, same: texts.base === texts.next };
}`;

const code = await bundle();
const sample = spreadSample(findPages(values.corpus!), Number(values.pages));
const routes = new Map(sample.map((entry, index) => [`/c${index}`, () => readPageHtml(entry)] as const));
const server = await serveScriptlessPages(routes);
const { origin } = server;
const browser = await launchBenchBrowser({ exposeGc: true });
type Tree = 'base' | 'next';
const rows: { cold: [number, number]; warm: [number, number]; same: boolean }[] = [];
try {
  const { page } = await localOnlyPage(browser, origin);
  for (const [index, entry] of sample.entries()) {
    const loads: Record<Tree, number[]>[] = [];
    let same = true;
    for (let load = 0; load < Number(values.loads); load++) {
      await page.goto(`${origin}/c${index}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await page.evaluate(code);
      const baseFirst = (index + load) % 2 === 0;
      const run = (await page.evaluate(
        `(${RUNNER})(${JSON.stringify({ reps: Number(values.reps), url: entry.url, baseFirst })})`,
      )) as { times: Record<Tree, number[]>; same: boolean } | null;
      if (!run) break;
      loads.push(run.times);
      same &&= run.same;
    }
    if (!loads.length) continue;
    // The least of each: load on the machine only ever adds time.
    const cold = (tree: Tree) => Math.min(...loads.map((times) => times[tree][0]!));
    const warm = (tree: Tree) => Math.min(...loads.flatMap((times) => times[tree].slice(1)));
    rows.push({ cold: [cold('base'), cold('next')], warm: [warm('base'), warm('next')], same });
    if (process.env.KP_AB_VERBOSE) console.log(entry.name, JSON.stringify(rows.at(-1)));
  }
} finally {
  await browser.close();
  await server.close();
}

const sum = (list: number[]) => list.reduce((x, y) => x + y, 0);
console.log(`Chromium, ${rows.length} pages; key points ms per page, base → this tree (ratio; median per-page ratio)`);
for (const kind of ['cold', 'warm'] as const) {
  const [b, n] = [sum(rows.map((row) => row[kind][0])), sum(rows.map((row) => row[kind][1]))];
  const perPage = median(rows.filter((row) => row[kind][0] > 0).map((row) => row[kind][1] / row[kind][0]));
  console.log(
    `  ${kind}: ${(b / rows.length).toFixed(3)} → ${(n / rows.length).toFixed(3)}  (${(n / b).toFixed(2)}; ${perPage.toFixed(2)})`,
  );
}
console.log(`  key points the same on ${rows.filter((row) => row.same).length} of ${rows.length} pages`);
