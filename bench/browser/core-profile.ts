/**
 * Where the core's time goes in Chromium, over corpus pages: the bench's bundle (unminified, so
 * the profile has real names) runs the core on each page under the CDP Profiler, and the samples
 * inside `analyzeDocument` are printed as inclusive and self shares per function. Sampling, not
 * timing: shares hold up under load.
 *
 *   npx tsx bench/browser/core-profile.ts [--pages 60] [--reps 3] [--top 40] [--under functionName]
 *
 * Reads ../shared/corpus (a bench may; tests may not).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { findPages, readPageHtml, spreadSample } from '../corpus';
import { buildBenchBundle } from './bundle';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';
/** Sampling interval of the profiler (µs). */
const SAMPLING_US = 100;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
}

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '60' },
    reps: { type: 'string', default: '3' },
    top: { type: 'string', default: '40' },
    /** Only samples with this function (name prefix) on the stack: where one step's time goes. */
    under: { type: 'string', default: 'analyzeDocument' },
    corpus: { type: 'string', default: path.join(repoRoot, '../shared/corpus') },
  },
});
const pages = spreadSample(findPages(values.corpus!), Number(values.pages));
const reps = Number(values.reps);
const bundle = await buildBenchBundle(false);

const server = createServer((request, response) => {
  const index = Number(new URL(request.url ?? '/', 'http://127.0.0.1').pathname.slice(1));
  const entry = pages[index];
  if (!entry) return void response.writeHead(404).end();
  response
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': "script-src 'none'" })
    .end(readPageHtml(entry));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless=new', '--no-sandbox'] });
const inclusive = new Map<string, number>();
const self = new Map<string, number>();
let total = 0;
try {
  const context = await browser.newContext();
  await context.route('**/*', (route) =>
    route.request().resourceType() === 'document' && route.request().url().startsWith(origin)
      ? route.continue()
      : route.abort(),
  );
  const page = await context.newPage();
  const session = await context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  for (const [index, entry] of pages.entries()) {
    await page.goto(`${origin}/${index}`, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    await page.evaluate(bundle);
    const url = JSON.stringify(entry.url);
    // One untimed run first: the first run on a page pays for wrappers and lazy compilation.
    await page.evaluate(`globalThis.__outlineBench.core(${url})`);
    await session.send('Profiler.start');
    await page.evaluate(`for (let i = 0; i < ${reps}; i++) globalThis.__outlineBench.core(${url})`);
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
    addSamples(profile);
  }
} finally {
  await browser.close();
  server.close();
}

function addSamples(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const nameOf = (node: ProfileNode) => `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`;
  for (const sample of profile.samples) {
    const stack: string[] = [];
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) stack.push(nameOf(byId.get(id)!));
    if (!stack.some((name) => name.startsWith(`${values.under}:`))) continue;
    total++;
    for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + 1);
    self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + 1);
  }
}

const shown = Number(values.top);
const pct = (n: number): string => `${((100 * n) / (total || 1)).toFixed(1).padStart(5)}%`;
console.log(`Chromium, ${pages.length} pages × ${reps}, ${total} samples in ${values.under}`);
console.log('inclusive:');
for (const [name, n] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, shown)) console.log(`  ${pct(n)}  ${name}`);
console.log('self:');
for (const [name, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, shown)) console.log(`  ${pct(n)}  ${name}`);
