/**
 * The same analysis in the browser as in the CLI: runs the core on each corpus page in headless
 * Chromium (the live DOM of the page loaded without its scripts, as the browser benches load it)
 * and in Node (the CLI's parse, src/cli/page.ts, as the scorer's), and lists the pages whose results differ,
 * with the first differing field. What a user sees in the popup is what the corpus scores only
 * when the two agree; where they differ, the HTML parsers differ (a <noscript>'s content is raw
 * text in a browser that runs scripts, elements in linkedom; misnested markup is repaired in other
 * ways), and the core must read both alike.
 *
 *   npx tsx bench/browser/parity.ts [--pages N] [--only NAME,NAME] [--corpus DIR] [--fields title,outline,keyPoints,related]
 *
 * --only: the pages whose name ("set/slug") contains one of these.
 *
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseDocument } from '../../src/cli/page';
import { analyzeDocument } from '../../src/core/analyze';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { buildEntryBundle } from './bundle';
import { launchBenchBrowser, localOnlyPage, serveScriptlessPages } from './local-page';
import { firstDifference } from '../json-difference';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
    pages: { type: 'string', default: '0' },
    fields: { type: 'string', default: 'title,byline,outline,keyPoints,related' },
    only: { type: 'string', default: '' },
  },
});
const fields = values.fields!.split(',');

/** The fields compared, as JSON (a field's first difference is reported). */
function picked(result: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(fields.map((field) => [field, result[field]]));
}

const all = findPages(values.corpus!);
const only = values.only!.split(',').filter(Boolean);
const chosen = only.length ? all.filter((page) => only.some((name) => page.name.includes(name))) : all;
const entries = Number(values.pages) > 0 ? spreadSample(chosen, Number(values.pages)) : chosen;
const bundle = await buildEntryBundle(
  `import { analyzeDocument } from ${JSON.stringify(path.join(repoRoot, 'src/core/analyze.ts'))};
(globalThis as Record<string, unknown>).__parity = (url: string | null) =>
  JSON.stringify(analyzeDocument(document, { url }).result);
`,
  'Parity',
);
const routes = new Map(entries.map((entry, index) => [`/p${index}`, () => readPageHtml(entry)] as const));
const server = await serveScriptlessPages(routes);
const browser = await launchBenchBrowser();
const differing: string[] = [];
try {
  const { page } = await localOnlyPage(browser, server.origin);
  for (const [index, entry] of entries.entries()) {
    await page.goto(`${server.origin}/p${index}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    const inBrowser = JSON.parse(
      (await page.evaluate(
        `(() => { (0, eval)(${JSON.stringify(bundle)}); return globalThis.__parity(${JSON.stringify(entry.url)}); })()`,
      )) as string,
    ) as Record<string, unknown>;
    const doc = parseDocument(readPageHtml(entry));
    const inNode = analyzeDocument(doc, { url: entry.url }).result as unknown as Record<string, unknown>;
    const difference = firstDifference(picked(inNode), picked(inBrowser));
    if (difference) differing.push(`${entry.name}  ${difference}`);
  }
} finally {
  await browser.close();
  await server.close();
}
for (const line of differing) console.log(line);
console.log(`${differing.length} of ${entries.length} pages differ between Node (linkedom) and Chromium in ${fields}`);
