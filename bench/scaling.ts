/**
 * Scaling of the analysis core in Node (linkedom): generated article pages of about 1,000, 10,000
 * and 100,000 elements (bench/generate-pages.ts), and deep nesting of 1,000 to 20,000 <div>s.
 * For each page: parse time and core time per 1,000 elements (medians of --reps runs), and the
 * reading steps the core took (read/budget.ts). Roughly constant figures per 1,000 elements down a
 * column mean linear scaling. `candidates`: the links to articles the related-stories stage weighed
 * (one per article): the stage's work follows them, not the elements (the generated comment authors'
 * numbers reach five digits, an article's address to the stage, only past 10,000 comments).
 *
 *   npm run bench:scaling -- [--reps N] [--shapes live-blog,comments,...] [--max-size N] [--json]
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { outlineDocument } from '../src/core/index';
import { lastStepCount } from '../src/core/read/budget';
import { BENCH_SIZES, countElements, generatePage, PAGE_SHAPES, type PageShape } from './generate-pages';
import { median } from './stats';

/** The generated pages' address (their links are on its site). */
const PAGE_URL = 'https://news.example.com/2026/12/generated-article';
/** Runs per page; the page's figure is their median. */
const DEFAULT_REPS = 3;
/** Untimed rounds over the smallest page of every shape before measuring. */
const WARMUP_RUNS = 3;
/** Nesting depths of the deep-nesting pages (the 10,000 and 20,000, and smaller steps). */
const NESTING_DEPTHS: readonly number[] = [1_000, 10_000, 20_000];

interface Row {
  shape: PageShape;
  size: number;
  elements: number;
  chars: number;
  parseMs: number;
  coreMs: number;
  parsePer1k: number;
  corePer1k: number;
  steps: number;
  candidates: number;
  found: boolean;
  sections: number;
  bodyChars: number;
}

function measure(shape: PageShape, size: number, reps: number): Row {
  const html = generatePage(shape, size);
  const elements = countElements(html);
  const parseTimes: number[] = [];
  const coreTimes: number[] = [];
  let steps = 0;
  let candidates = 0;
  let found = false;
  let sections = 0;
  let bodyChars = 0;
  for (let rep = 0; rep < reps; rep++) {
    const parseStart = performance.now();
    const { document } = parseHTML(html);
    parseTimes.push(performance.now() - parseStart);
    const coreStart = performance.now();
    const result = outlineDocument(document, { url: PAGE_URL });
    coreTimes.push(performance.now() - coreStart);
    steps = lastStepCount();
    found = result.found;
    sections = countSections(result.outline);
    bodyChars = result.body.length;
  }
  // The candidates are counted in a run of their own, untimed: a trace makes the related stage weigh every link to its
  // end (titles past the listed stories' cap too), which the timed runs do not.
  outlineDocument(parseHTML(html).document, { url: PAGE_URL, relatedTrace: () => candidates++ });
  const parseMs = median(parseTimes);
  const coreMs = median(coreTimes);
  return {
    shape,
    size,
    elements,
    chars: html.length,
    parseMs,
    coreMs,
    parsePer1k: (parseMs / elements) * 1000,
    corePer1k: (coreMs / elements) * 1000,
    steps,
    candidates,
    found,
    sections,
    bodyChars,
  };
}

function countSections(sections: { children: unknown[] }[]): number {
  let count = 0;
  for (const section of sections) count += 1 + countSections(section.children as { children: unknown[] }[]);
  return count;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      reps: { type: 'string', default: String(DEFAULT_REPS) },
      shapes: { type: 'string', default: PAGE_SHAPES.join(',') },
      'max-size': { type: 'string', default: String(Infinity) },
      json: { type: 'boolean', default: false },
    },
  });
  const reps = Math.max(1, Number(values.reps));
  const maxSize = Number(values['max-size']);
  const shapes = values.shapes
    .split(',')
    .filter((shape): shape is PageShape => (PAGE_SHAPES as string[]).includes(shape));
  // Untimed runs first, so that the first measured page does not pay for JIT compilation.
  for (let i = 0; i < WARMUP_RUNS; i++) for (const shape of PAGE_SHAPES) measure(shape, BENCH_SIZES[0]!, 1);
  const rows: Row[] = [];
  for (const shape of shapes) {
    const sizes = shape === 'deep-nesting' ? NESTING_DEPTHS : BENCH_SIZES;
    for (const size of sizes.filter((s) => s <= maxSize)) {
      process.stderr.write(`${shape} ${size}…\n`);
      rows.push(measure(shape, size, reps));
    }
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ reps, rows })}\n`);
    return;
  }
  const pad = (text: string | number, width: number) => String(text).padStart(width);
  console.log(
    `${'shape'.padEnd(13)}${pad('elements', 9)}${pad('chars', 11)}${pad('parse ms', 10)}${pad('core ms', 10)}${pad('parse/1k', 10)}${pad('core/1k', 9)}${pad('steps', 12)}${pad('candidates', 11)}${pad('found', 7)}${pad('sections', 9)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.shape.padEnd(13)}${pad(row.elements, 9)}${pad(row.chars, 11)}${pad(row.parseMs.toFixed(1), 10)}${pad(row.coreMs.toFixed(1), 10)}` +
        `${pad(row.parsePer1k.toFixed(2), 10)}${pad(row.corePer1k.toFixed(2), 9)}${pad(row.steps, 12)}${pad(row.candidates, 11)}${pad(String(row.found), 7)}${pad(row.sections, 9)}`,
    );
  }
  console.log(
    `\nmedians of ${reps} runs; per-1k figures are ms per 1,000 elements (constant down a shape = linear); steps: read/budget.ts`,
  );
}

main();
