/**
 * What the core allocates: V8's sampling heap profiler (node:inspector) over analyzeDocument of one
 * generated page (the browser bench's live blog by default), counting objects later collected by minor
 * and major GCs too, so that short-lived garbage shows. Prints total sampled bytes and the top allocating
 * functions (self bytes) and files. The page is parsed (linkedom) and analysed once unprofiled first.
 *
 *   npx tsx bench/alloc-profile.ts [--elements 100000] [--shape browser-live|live-blog|comments|...]
 *                                  [--top 30] [--interval 512] [--core-only]
 *
 * Sampled, not exact: figures are estimates from one sample per `interval` bytes on average.
 * linkedom's allocations (its DOM getters run inside the core's calls) are counted under linkedom;
 * `--core-only` hides them in the function list.
 */
import { Session } from 'node:inspector/promises';
import { parseArgs } from 'node:util';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { liveBlogPage } from './browser/pages';
import { type PageShape, generatePage } from './generate-pages';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

const { values } = parseArgs({
  options: {
    elements: { type: 'string', default: '100000' },
    shape: { type: 'string', default: 'browser-live' },
    top: { type: 'string', default: '30' },
    /** Average bytes between samples; small enough that a page's garbage gets thousands of samples. */
    interval: { type: 'string', default: '512' },
    'core-only': { type: 'boolean', default: false },
  },
});
const elements = Number(values.elements);
const html =
  values.shape === 'browser-live' ? liveBlogPage({ elements }) : generatePage(values.shape as PageShape, elements);
const url = values.shape === 'browser-live' ? 'http://127.0.0.1:40000/live.html' : 'https://example.com/live/2024/blog';
const parse = () => parseHTML(html).document as unknown as Document;
analyzeDocument(parse(), { url });
const doc = parse();

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', {
  samplingInterval: Number(values.interval),
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
analyzeDocument(doc, { url });
const { profile } = (await session.post('HeapProfiler.stopSampling')) as { profile: { head: HeapNode } };
session.disconnect();

const shortFile = (u: string): string => u.replace(/^.*\/(src|node_modules)\//, '$1/') || '(native)';
const byFunction = new Map<string, number>();
const byFile = new Map<string, number>();
let total = 0;
/** A native function (no file: Map.set, Array.join, a regex's exec) is named with its nearest JavaScript caller. */
/** Bytes by the nearest core function on the stack: what a core function costs with the DOM calls it makes. */
const byCoreCaller = new Map<string, number>();
const visit = (node: HeapNode, caller = '', coreCaller = '(outside the core)'): void => {
  const { functionName, url: file } = node.callFrame;
  const name = `${functionName || '(anonymous)'} ${shortFile(file)}`;
  const own = file ? name : `${functionName} ← ${caller}`;
  const core = file.includes('/src/') ? name : coreCaller;
  if (node.selfSize > 0) {
    total += node.selfSize;
    byCoreCaller.set(core, (byCoreCaller.get(core) ?? 0) + node.selfSize);
    const key = own;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    byFile.set(shortFile(file), (byFile.get(shortFile(file)) ?? 0) + node.selfSize);
  }
  for (const child of node.children) visit(child, file ? name : caller, core);
};
visit(profile.head);

const mb = (n: number): string => `${(n / 1e6).toFixed(1).padStart(7)} MB`;
const pct = (n: number): string => `${((100 * n) / (total || 1)).toFixed(1).padStart(5)}%`;
const top = Number(values.top);
console.log(`${values.shape} ${elements} elements: ${mb(total)} allocated (sampled, one analyzeDocument)`);
console.log('by file:');
for (const [name, n] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${mb(n)} ${pct(n)}  ${name}`);
console.log('by function (self):');
const rows = [...byFunction].filter(([name]) => !values['core-only'] || name.includes(' src/'));
for (const [name, n] of rows.sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${mb(n)} ${pct(n)}  ${name}`);
console.log('by nearest core function (its own allocations and those of the DOM and built-ins it calls):');
for (const [name, n] of [...byCoreCaller].sort((a, b) => b[1] - a[1]).slice(0, top))
  console.log(`  ${mb(n)} ${pct(n)}  ${name}`);
