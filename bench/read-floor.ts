/**
 * The floor under any analysis in Node: what reading the page once costs linkedom, against Readability.js on
 * the same page. Per corpus page, a bare walk of every node (each element's tag, class and id, each text
 * node's value: what any outline must read at least once) and the body's `textContent` are timed beside
 * Readability's parse (on a fresh copy, parsed outside the timer, as `npm run bench` does). Reported: the
 * median per-page ratio of each reading to Readability. Against the core's own ratio (`npm run bench`), it
 * says how much of the core's time is the DOM's floor and how much its own work.
 *
 *   npx tsx bench/read-floor.ts [--corpus DIR] [--reps N]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { corpusFromArgs, findPages, readPageHtml } from './corpus';
import { median, percentile } from './stats';

/** Runs per reading per page; the page's figure is their median. */
const DEFAULT_REPS = 3;
/** Pages run first and not counted, so that every reading is JIT-compiled before it is timed. */
const WARMUP_PAGES = 20;
/** The tail figure reported beside the median. */
const TAIL_PERCENTILE = 95;

const argv = process.argv.slice(2);
const corpus = corpusFromArgs(argv);
const { values } = parseArgs({ args: argv, options: { reps: { type: 'string' } } });
if (!existsSync(corpus)) {
  console.error(`read-floor: no corpus at ${corpus} (give --corpus DIR)`);
  process.exit(2);
}
const reps = values.reps ? Number(values.reps) : DEFAULT_REPS;

/** Keeps results observable so that no reading can be optimised away. */
let sink = 0;

/** Every node once, depth first: an element's tag, class and id; a text node's value. Returns a checksum. */
function bareWalk(doc: Document): number {
  let checksum = 0;
  const stack: Node[] = [doc.documentElement];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 1) {
      const element = node as Element;
      checksum += element.localName.length;
      checksum += element.getAttribute('class')?.length ?? 0;
      checksum += element.getAttribute('id')?.length ?? 0;
      for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
    } else if (node.nodeType === 3) {
      checksum += node.nodeValue?.length ?? 0;
    }
  }
  return checksum;
}

function timed(run: () => number): number {
  const start = performance.now();
  sink += run();
  return performance.now() - start;
}

const walkRatios: number[] = [];
const textRatios: number[] = [];
const pages = findPages(corpus);
for (const [index, page] of pages.entries()) {
  const html = readPageHtml(page);
  const doc = parseHTML(html).document;
  const walk: number[] = [];
  const text: number[] = [];
  const readability: number[] = [];
  for (let rep = 0; rep < reps; rep++) {
    walk.push(timed(() => bareWalk(doc)));
    text.push(timed(() => doc.body?.textContent?.length ?? 0));
    const fresh = parseHTML(html).document;
    readability.push(timed(() => new Readability(fresh).parse()?.length ?? 0));
  }
  if (index < WARMUP_PAGES) continue;
  walkRatios.push(median(walk) / median(readability));
  textRatios.push(median(text) / median(readability));
}
console.log(`read floor vs @mozilla/readability parse(), linkedom, median of ${reps} runs per page`);
console.log(`pages timed: ${walkRatios.length} (the first ${WARMUP_PAGES} warm up)`);
const line = (name: string, ratios: number[]): string =>
  `${name.padEnd(22)} ratio median ${median(ratios).toFixed(3)}  p95 ${percentile(ratios, TAIL_PERCENTILE).toFixed(3)}`;
console.log(line('bare walk / Readability', walkRatios));
console.log(line('textContent / Readability', textRatios));
if (sink < 0) console.log(sink);
