/**
 * DOM reads of the related-stories stage in Chromium, this tree against another checkout (a `git archive` of main,
 * say), counted rather than timed: before the cores load, every DOM getter and method the core reads through is
 * wrapped on its prototype with a counter; per corpus page each version prepares the stage's context as analyze.ts
 * does (page scan, article and its walk, uncounted), then runs the stage once, counted. Deterministic: steady under
 * any load, where the time of a stage that is a third of the analysis is not (A/A runs of sampled profiles differed
 * by 10 %). Every read crosses the bindings, more costly in the content script's isolated world. Prints the reads
 * per member (getAttribute per attribute name), base and new.
 *
 *   npx tsx bench/browser/dom-reads.ts --base /tmp/main-copy [--pages 60]
 *
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { localOnlyPage, serveScriptlessPages, launchBenchBrowser } from './local-page';
import { buildEntryBundle } from './bundle';
import { relatedStageSource } from './related-stage-source';
import { findPages, readPageHtml, spreadSample } from '../corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    base: { type: 'string' },
    pages: { type: 'string', default: '60' },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
  },
});
if (!values.base) throw new Error('--base DIR: the other checkout (its src/core is the base)');

const code = await buildEntryBundle(
  `${relatedStageSource('base', values.base)}${relatedStageSource('next', repoRoot)}
(globalThis as Record<string, unknown>).__domReads = { base: baseStage, next: nextStage };
`,
  'DomReads',
);

/** The members the read layer uses (read/safe-access.ts), and a few it may; wrapped with a counter. */
const INSTRUMENT = `(() => {
  const counts = {};
  globalThis.__domReadCounts = counts;
  const names = ['nodeType', 'nodeValue', 'textContent', 'parentNode', 'parentElement', 'firstChild', 'lastChild',
    'nextSibling', 'previousSibling', 'firstElementChild', 'lastElementChild', 'nextElementSibling',
    'previousElementSibling', 'localName', 'attributes', 'ownerDocument', 'getAttribute', 'getAttributeNode',
    'hasAttribute', 'hasAttributes', 'closest', 'matches', 'querySelector', 'querySelectorAll', 'contains',
    'getElementById', 'tagName', 'className', 'id', 'children', 'childNodes', 'data'];
  const count = (key) => { counts[key] = (counts[key] || 0) + 1; };
  for (const proto of [Node.prototype, Element.prototype, CharacterData.prototype, Document.prototype]) {
    for (const name of names) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (d && d.get) {
        const get = d.get;
        Object.defineProperty(proto, name, { ...d, get() { count(name); return get.call(this); } });
      } else if (d && typeof d.value === 'function') {
        const method = d.value;
        const byName = name === 'getAttribute' || name === 'hasAttribute';
        Object.defineProperty(proto, name, { ...d, value: function (...args) {
          count(byName ? name + ' ' + args[0] : name);
          return method.apply(this, args);
        } });
      }
    }
  }
})()`;

const entries = spreadSample(findPages(values.corpus!), Number(values.pages));
const routes = new Map(entries.map((entry, index) => [`/c${index}`, () => readPageHtml(entry)] as const));
const server = await serveScriptlessPages(routes);
const browser = await launchBenchBrowser();
const sums = { base: new Map<string, number>(), next: new Map<string, number>() };
try {
  const { page } = await localOnlyPage(browser, server.origin);
  for (const [index, entry] of entries.entries()) {
    await page.goto(`${server.origin}/c${index}`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.evaluate(INSTRUMENT);
    await page.evaluate(code);
    for (const version of ['base', 'next'] as const) {
      const counts = (await page.evaluate(`(() => {
        const run = globalThis.__domReads.${version}(${JSON.stringify(entry.url)});
        const counts = globalThis.__domReadCounts;
        for (const key in counts) delete counts[key];
        run();
        return { ...counts };
      })()`)) as Record<string, number>;
      for (const [key, n] of Object.entries(counts)) sums[version].set(key, (sums[version].get(key) ?? 0) + n);
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const total = (sum: Map<string, number>) => [...sum.values()].reduce((a, b) => a + b, 0);
const [base, next] = [total(sums.base), total(sums.next)];
console.log(`Chromium, DOM reads of the related stage, ${entries.length} corpus pages, summed`);
console.log(`  base ${base}, new ${next}: new / base ${(next / (base || 1)).toFixed(3)}`);
const keys = [...new Set([...sums.base.keys(), ...sums.next.keys()])];
keys.sort((a, b) => (sums.base.get(b) ?? 0) - (sums.base.get(a) ?? 0));
for (const key of keys) {
  const [b, n] = [sums.base.get(key) ?? 0, sums.next.get(key) ?? 0];
  console.log(`  ${key.padEnd(30)} ${String(b).padStart(9)} ${String(n).padStart(9)} ${String(n - b).padStart(8)}`);
}
