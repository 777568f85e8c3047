/**
 * Would the analysis cost the page less if it ran on a copy of the page's markup in an extension page? Measured,
 * not built: the content script would send `document.documentElement.outerHTML` (the page's current tree, scripts'
 * changes included) and the popup would parse it with `DOMParser` and run the core there. Only a serializer would
 * then be injected by a toolbar click, and the page's thread would do no analysis at all.
 *
 * Each page is loaded afresh for every run (each run is a first run, as on a user's first click), in an isolated
 * world as the content script's; the runs alternate between the two ways:
 * - live: the core on the live document, as now;
 * - copy: the outerHTML, its parse by DOMParser, and the core on the parsed copy (here in the same world; in the
 *   popup it would be an extension page's main world).
 * Each way runs the core a second time right after (a warm run). Reported: per-page medians, the median of the
 * per-page ratios, and whether the copy's outline and body equal the live page's.
 *
 *   npx tsx bench/browser/serialized-copy.ts [--pages 30] [--runs 4] [--sizes 10000,100000]
 *
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median } from '../stats';
import { buildEntryBundle } from './bundle';
import { isolatedWorld, launchBenchBrowser, localOnlyPage, serveScriptlessPages } from './local-page';
import { corpusAndLiveBlogPages } from './pages';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '30' },
    runs: { type: 'string', default: '4' },
    sizes: { type: 'string', default: '10000,100000' },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
  },
});

const source = `import * as core from ${JSON.stringify(path.resolve(repoRoot, 'src/core/index.ts'))};
const outlineOf = (doc: Document, url: string | null) => {
  const { result } = core.analyzeDocument(doc, { url });
  return JSON.stringify(result.outline) + result.body;
};
(globalThis as Record<string, unknown>).__copy = (url: string | null, way: 'live' | 'copy') => {
  const start = performance.now();
  if (way === 'live') {
    const first = outlineOf(document, url);
    const cold = performance.now() - start;
    const again = performance.now();
    outlineOf(document, url);
    return { cold, warm: performance.now() - again, serialize: 0, parse: 0, chars: 0, outline: first };
  }
  const html = document.documentElement.outerHTML;
  const serialized = performance.now();
  const copy = new DOMParser().parseFromString(html, 'text/html');
  const parsed = performance.now();
  const first = outlineOf(copy, url);
  const analysed = performance.now();
  outlineOf(copy, url);
  return {
    cold: analysed - parsed,
    warm: performance.now() - analysed,
    serialize: serialized - start,
    parse: parsed - serialized,
    chars: html.length,
    outline: first,
  };
};`;

interface Run {
  way: 'live' | 'copy';
  cold: number;
  warm: number;
  serialize: number;
  parse: number;
  chars: number;
  outline: string;
}

const code = await buildEntryBundle(source, 'SerializedCopy');
const pages = corpusAndLiveBlogPages(
  values.corpus!,
  Number(values.pages),
  values.sizes!.split(',').filter(Boolean).map(Number),
);
const server = await serveScriptlessPages(new Map([...pages].map(([route, page]) => [route, page.html] as const)));
const browser = await launchBenchBrowser();
interface Row {
  name: string;
  live: { cold: number; warm: number };
  copy: { cold: number; warm: number; serialize: number; parse: number };
  chars: number;
  same: boolean;
}
const rows: Row[] = [];
try {
  const { page } = await localOnlyPage(browser, server.origin);
  for (const [route, entry] of pages) {
    const runs: Run[] = [];
    for (let i = 0; i < Number(values.runs); i++) {
      const way = i % 2 === 0 ? 'copy' : 'live';
      await page.goto(server.origin + route, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      const world = await isolatedWorld(page, 'outline-reader-bench');
      await world.evaluate(code);
      runs.push({ way, ...(await world.evaluate<Omit<Run, 'way'>>(`__copy(${JSON.stringify(entry.url)}, '${way}')`)) });
      await world.detach();
    }
    const of = (way: Run['way'], key: 'cold' | 'warm' | 'serialize' | 'parse') =>
      median(runs.filter((run) => run.way === way).map((run) => run[key]));
    const outlines = new Set(runs.map((run) => run.outline));
    rows.push({
      name: entry.name,
      live: { cold: of('live', 'cold'), warm: of('live', 'warm') },
      copy: {
        cold: of('copy', 'cold'),
        warm: of('copy', 'warm'),
        serialize: of('copy', 'serialize'),
        parse: of('copy', 'parse'),
      },
      chars: Math.max(...runs.map((run) => run.chars)),
      same: outlines.size === 1,
    });
  }
} finally {
  await browser.close();
  await server.close();
}

const corpus = rows.filter((row) => !row.name.startsWith('live blog'));
const ms = (list: number[]) => `${median(list).toFixed(1)} ms`;
const ratio = (list: number[]) => median(list).toFixed(3);
console.log(`Chromium, an isolated world, ${corpus.length} corpus pages, ${values.runs} runs each (a fresh load each)`);
console.log(
  `  live, first run: ${ms(corpus.map((row) => row.live.cold))}; warm: ${ms(corpus.map((row) => row.live.warm))}`,
);
console.log(
  `  copy: outerHTML ${ms(corpus.map((row) => row.copy.serialize))}, DOMParser ${ms(corpus.map((row) => row.copy.parse))}, ` +
    `core first run ${ms(corpus.map((row) => row.copy.cold))}, warm ${ms(corpus.map((row) => row.copy.warm))}`,
);
console.log(
  `  per page: copy's core / live core (first runs) ${ratio(corpus.map((row) => row.copy.cold / row.live.cold))}, ` +
    `(warm) ${ratio(corpus.map((row) => row.copy.warm / row.live.warm))}; the whole copy way / live ` +
    ratio(corpus.map((row) => (row.copy.serialize + row.copy.parse + row.copy.cold) / row.live.cold)),
);
console.log(
  `  the same outline and body both ways: ${corpus.filter((row) => row.same).length} of ${corpus.length} pages`,
);
for (const row of rows.filter((each) => each.name.startsWith('live blog')))
  console.log(
    `  ${row.name} (${(row.chars / 1e6).toFixed(2)} M characters of markup): live ${row.live.cold.toFixed(0)} ms; copy: ` +
      `outerHTML ${row.copy.serialize.toFixed(0)}, DOMParser ${row.copy.parse.toFixed(0)}, core ${row.copy.cold.toFixed(0)} ms; ` +
      `same: ${row.same}`,
  );
