/**
 * Every long main-thread task of the page's renderer on the generated live blog, and what it is:
 * a Chromium trace (CDP Tracing, the browser's own task records and its sampling profiler) of the
 * real toolbar click, then of opening the in-page panel (the order of the browser-speed e2e test).
 *
 *   npx tsx bench/browser/long-tasks.ts [--elements 100000] [--over 50] [--dist DIR ...] [--rounds 1] [--scroll]
 *
 * Several `--dist` builds (e2e builds: `vite build --mode e2e --minify false --outDir DIR` keeps
 * the function names) are run round by round, one after the other, on the same machine state. For
 * each task over `--over` ms it prints its length, the trace events inside it (garbage collection,
 * style, layout, paint, message (de)serialisation, script) and the JavaScript functions with the
 * most samples in it (self time, and the first function of ours on each sampled stack).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { CDPSession, Page } from 'playwright-core';
import {
  e2eDist,
  type ExtensionHarness,
  launchExtension,
  poll,
  startStaticServer,
} from '../../tests/e2e/support/chromium';
import { liveBlogPage } from './pages';
import { type LongTask, type TraceEvent, longTasks, printLongTasks } from './trace-tasks';

const { values } = parseArgs({
  options: {
    elements: { type: 'string', default: '100000' },
    over: { type: 'string', default: '50' },
    dist: { type: 'string', multiple: true },
    rounds: { type: 'string', default: '1' },
    save: { type: 'string' },
    /** Without the sampling profiler (its overhead lengthens the tasks): lengths only, no functions. */
    light: { type: 'boolean', default: false },
    /** Tasks over the bound by their CPU time (thread time), not their wall time: for a loaded machine. */
    cpu: { type: 'boolean', default: false },
    /** Then scrolls the page 240 frames with the panel open: the frame gaps, and the tasks over 20 ms. */
    scroll: { type: 'boolean', default: false },
  },
});
const elements = Number(values.elements);
const overMs = Number(values.over);
const dists = (values.dist?.length ? values.dist : [e2eDist]).map((dist) => path.resolve(dist));

/** What the trace records: the task tree, GC, and the sampling profiler (its samples say which function ran). */
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'blink',
  'ipc',
  'mojom',
  'extensions',
  'cppgc',
  'disabled-by-default-cppgc',
  'blink_gc',
];
const SAMPLER = 'disabled-by-default-v8.cpu_profiler';
const SLOW_MS = 180_000;

async function traced(cdp: CDPSession, work: () => Promise<unknown>): Promise<TraceEvent[]> {
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: values.light ? CATEGORIES : [...CATEGORIES, SAMPLER],
      recordMode: 'recordContinuously',
    },
  });
  await work();
  const complete = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (event) => resolve(event.stream ?? '')),
  );
  await cdp.send('Tracing.end');
  const stream = await complete;
  let text = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle: stream, size: 1 << 22 })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  const parsed = JSON.parse(text) as { traceEvents: TraceEvent[] } | TraceEvent[];
  return Array.isArray(parsed) ? parsed : parsed.traceEvents;
}

const popupDone = () =>
  ['ready', 'error', 'no-article', 'restricted'].includes(document.documentElement.dataset.state ?? '');

/** Milliseconds from the toolbar click to the popup's outline (its state ready). */
async function toolbarClick(ext: ExtensionHarness, page: Page): Promise<number> {
  const clicked = performance.now();
  const popup = await ext.triggerAction(page);
  await popup.waitFor(popupDone, undefined, 'the outline', SLOW_MS);
  const outlineMs = performance.now() - clicked;
  const sections = await page.evaluate(() => document.querySelectorAll('h2').length);
  await popup.waitFor(
    (count: number) => document.querySelectorAll('[role=treeitem].or-heading').length >= count,
    sections,
    'the whole tree',
    SLOW_MS,
  );
  await popup.close();
  return outlineMs;
}

async function openPanel(ext: ExtensionHarness, page: Page, tabId: number): Promise<void> {
  await ext.runCommand('toggle-outline', tabId);
  await poll(
    () =>
      ext.evaluateInContentWorld(tabId, () => {
        const root = (
          globalThis as unknown as { __outlineReaderContent: { shadowRoot(): ShadowRoot | null } }
        ).__outlineReaderContent.shadowRoot();
        return Boolean(root?.querySelector('[role=tree]'));
      }),
    'the panel',
    SLOW_MS,
  );
  // The panel's later steps (rows drawn in steps) settle.
  await page.waitForTimeout(1_500);
}

interface Summary {
  build: string;
  round: number;
  outlineMs: number;
  click: LongTask[];
  panel: LongTask[];
}
const summaries: Summary[] = [];

/** Scrolling: frames, pixels a frame (as tests/e2e/browser-speed.test.ts), and the task length worth a look. */
const SCROLL_FRAMES = 240;
const SCROLL_STEP_PX = 150;
const SCROLL_TASK_MS = 20;

/**
 * The gaps between the page's animation frames while it scrolls SCROLL_STEP_PX a frame. A script
 * text, not a function: tsx's name-keeping helper (`__name`) does not exist in the page.
 */
function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(`new Promise((resolve) => {
    const gaps = [];
    let last = performance.now();
    let count = 0;
    function tick(now) {
      gaps.push(now - last);
      last = now;
      window.scrollBy({ top: ${SCROLL_STEP_PX}, behavior: 'instant' });
      if (++count < ${SCROLL_FRAMES}) requestAnimationFrame(tick);
      else resolve(gaps.slice(1));
    }
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  })`);
}

const server = await startStaticServer({ '/live.html': { html: liveBlogPage({ elements }) } });
let counter = 0;
try {
  for (let round = 0; round < Number(values.rounds); round++) {
    for (const dist of dists) {
      const ext = await launchExtension({ dist });
      try {
        const page = await ext.context.newPage();
        await page.goto(server.url(`/live.html?run=${++counter}`));
        const label = `${path.basename(dist)} round ${round + 1}`;
        let outlineMs = 0;
        const click = await traced(ext.cdp, async () => {
          outlineMs = await toolbarClick(ext, page);
        });
        const clickTasks = report(`${label}: toolbar click`, click);
        console.log(
          `  click → outline ${outlineMs.toFixed(0)} ms (${((outlineMs * 1000) / elements).toFixed(1)} ms per 1,000 elements)`,
        );
        // As in the e2e test: a click (grants activeTab, starts an analysis), then the panel.
        const page2 = await ext.context.newPage();
        await page2.goto(server.url(`/live.html?run=${++counter}`));
        const tabId2 = await ext.tabIdOf(page2);
        await (await ext.triggerAction(page2)).close();
        const panel = await traced(ext.cdp, () => openPanel(ext, page2, tabId2));
        const panelTasks = report(`${label}: opening the panel`, panel);
        if (values.scroll) {
          let gaps: number[] = [];
          const scrolling = await traced(ext.cdp, async () => {
            gaps = await scrollFrames(page2);
          });
          const sorted = [...gaps].sort((a, b) => a - b);
          const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.floor(share * sorted.length))] ?? 0;
          console.log(
            `\n${label}: scrolling ${SCROLL_FRAMES} frames with the panel open: frame gaps max ${at(1).toFixed(0)} ms, ` +
              `p95 ${at(0.95).toFixed(0)} ms, median ${at(0.5).toFixed(0)} ms`,
          );
          printLongTasks(
            `${label}: scrolling, tasks over ${SCROLL_TASK_MS} ms`,
            longTasks(scrolling, 0, SCROLL_TASK_MS),
          );
        }
        summaries.push({
          build: path.basename(dist),
          round: round + 1,
          outlineMs,
          click: clickTasks,
          panel: panelTasks,
        });
      } finally {
        await ext.close();
      }
    }
  }
} finally {
  await server.close();
}
printSummaries();

/** One line a build and round: the longest task (wall/CPU), how many over 100 and 50 ms wall, click → outline. */
function printSummaries(): void {
  const longest = (tasks: LongTask[]) => {
    const wall = Math.max(0, ...tasks.map((task) => task.durationMs));
    const cpu = Math.max(0, ...tasks.map((task) => task.cpuMs));
    return `${wall.toFixed(0)}/${cpu.toFixed(0)}`;
  };
  const over = (tasks: LongTask[], ms: number) => tasks.filter((task) => task.durationMs > ms).length;
  const cell = (tasks: LongTask[]) => `longest ${longest(tasks)}, >100 ${over(tasks, 100)}, >50 ${over(tasks, 50)}`;
  console.log('\n== summary (wall/CPU ms; counts by wall time, of tasks over --over)');
  for (const s of summaries)
    console.log(
      `${s.build} round ${s.round}: click ${cell(s.click)}; panel ${cell(s.panel)}; click → outline ${s.outlineMs.toFixed(0)} ms`,
    );
}

function report(title: string, events: TraceEvent[]): LongTask[] {
  if (values.save) writeFileSync(`${values.save}-${title.replace(/\W+/g, '-')}.json`, JSON.stringify(events));
  const tasks = longTasks(events, 0, overMs, values.cpu);
  printLongTasks(title, tasks);
  return tasks;
}
