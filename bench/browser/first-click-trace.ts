/**
 * One toolbar click on the seed page under Chromium's tracing (first click, then a repeat click), for
 * finding where the first-click time goes: prints, per renderer main thread and the browser's, the
 * longest events relative to the click, and writes the trace (chrome://tracing, Perfetto).
 *   npx tsx bench/browser/first-click-trace.ts [--dist dist-e2e] [--out /tmp/first-click.json] [--min-ms 3] [--cpu] [--since-ms N]
 *   npx tsx bench/browser/first-click-trace.ts --from /tmp/first-click.json   (the tables of a written trace)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { corpusPage, launchExtension, repoRoot, startStaticServer } from '../../tests/e2e/support/chromium';

const args = process.argv.slice(2);
const option = (name: string) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]!] : []))[0];
const dist = path.resolve(option('--dist') ?? path.join(repoRoot, 'dist-e2e'));
const out = option('--out') ?? '/tmp/first-click-trace.json';
const minMs = Number(option('--min-ms') ?? 3);
/** Only events and samples from this many ms after the trace's first event (e.g. the repeat click's popup). */
const sinceMs = Number(option('--since-ms') ?? 0);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown>;
}

const from = option('--from');
const events: TraceEvent[] = from
  ? (JSON.parse(readFileSync(from, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents
  : await traceClicks();

async function traceClicks(): Promise<TraceEvent[]> {
  const server = await startStaticServer({ '/seed.html': corpusPage('seed/kyrgyzstan-visit') });
  const ext = await launchExtension({ dist });
  const page = await ext.context.newPage();
  await page.goto(server.url('/seed.html?trace=1'));
  const events: TraceEvent[] = [];
  ext.cdp.on('Tracing.dataCollected', (event) => {
    events.push(...(event.value as unknown as TraceEvent[]));
  });
  const done = new Promise<void>((resolve) => ext.cdp.once('Tracing.tracingComplete', () => resolve()));
  await ext.cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'v8.execute',
        'disabled-by-default-v8.compile',
        'blink',
        'loading',
        'extensions',
        'toplevel',
        'navigation',
        'browser',
        'ipc',
        'mojom',
        'renderer',
        'ServiceWorker',
        ...(args.includes('--cpu') ? ['disabled-by-default-v8.cpu_profiler'] : []),
      ],
    },
  });
  const marks: Array<{ name: string; at: number }> = [];
  for (const which of ['first', 'repeat']) {
    const popup = await ext.triggerAction(page);
    const rendered = await popup.waitFor(() => document.documentElement.dataset.renderedAt ?? null);
    marks.push({ name: `${which} click`, at: popup.clickedAt }, { name: `${which} rendered`, at: Number(rendered) });
    await popup.close();
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await ext.cdp.send('Tracing.end');
  await done;
  await ext.close();
  await server.close();
  writeFileSync(out, JSON.stringify({ traceEvents: events }));
  console.log('marks (epoch ms):', marks.map((m) => `${m.name} ${m.at.toFixed(0)}`).join(', '));

  return events;
}

// Thread names, to tell the renderers' main threads apart.
const threadName = new Map<string, string>();
const processLabel = new Map<number, string>();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, String(e.args?.name));
  if (e.ph === 'M' && (e.name === 'process_labels' || e.name === 'process_name'))
    processLabel.set(e.pid, `${processLabel.get(e.pid) ?? ''} ${String(e.args?.labels ?? e.args?.name)}`);
}
// Complete events (X) and begin/end pairs (B/E) as intervals.
const intervals: Array<TraceEvent & { end: number }> = [];
const open = new Map<string, TraceEvent[]>();
for (const e of events.sort((a, b) => a.ts - b.ts)) {
  const key = `${e.pid}:${e.tid}`;
  if (e.ph === 'X' && e.dur !== undefined) intervals.push({ ...e, end: e.ts + e.dur });
  else if (e.ph === 'B') open.set(key, [...(open.get(key) ?? []), e]);
  else if (e.ph === 'E') {
    const stack = open.get(key);
    const begin = stack?.pop();
    if (begin) intervals.push({ ...begin, end: e.ts });
  }
}
console.log(`trace: ${events.length} events → ${out}`);
// Trace timestamps are monotonic µs; align with the first 'click' using the popup's navigation start is
// not possible directly, so print times relative to the first event of each renderer.
const byThread = new Map<string, Array<TraceEvent & { end: number }>>();
for (const e of intervals) {
  const key = `${e.pid}:${e.tid}`;
  const list = byThread.get(key) ?? [];
  list.push(e);
  byThread.set(key, list);
}
const t0 = Math.min(...intervals.map((e) => e.ts));
for (const [key, list] of byThread) {
  const name = threadName.get(key) ?? '?';
  if (!/CrRendererMain|CrBrowserMain|ServiceWorker/.test(name)) continue;
  const pid = Number(key.split(':')[0]);
  const long = list.filter((e) => (e.end - e.ts) / 1000 >= minMs && (e.ts - t0) / 1000 >= sinceMs);
  if (long.length === 0) continue;
  console.log(`\n== ${name} pid ${pid} ${processLabel.get(pid) ?? ''}`);
  for (const e of long.slice(0, 1500)) {
    const url = (e.args?.data as { url?: string; functionName?: string } | undefined)?.url ?? '';
    console.log(
      `${((e.ts - t0) / 1000).toFixed(1).padStart(8)} +${((e.end - e.ts) / 1000).toFixed(1).padStart(6)} ms  ${e.name} ${url.slice(-60)}`,
    );
  }
}

// CPU samples (category disabled-by-default-v8.cpu_profiler): self time per function and thread.
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url?: string; scriptId?: number; lineNumber?: number };
  parent?: number;
}
const nodes = new Map<string, ProfileNode>();
const selfTime = new Map<string, number>();
/** Where each profile's sample clock is (µs): chunks carry time deltas from the previous sample. */
const sampleClock = new Map<string, number>();

const profileThread = new Map<string, string>();
for (const e of events) {
  if (e.name === 'Profile') profileThread.set(`${e.pid}:${String((e as { id?: string }).id)}`, `${e.pid}:${e.tid}`);
}
for (const e of events) {
  if (e.name !== 'ProfileChunk') continue;
  const id = `${e.pid}:${String((e as { id?: string }).id)}`;
  const data = (e.args?.data ?? {}) as {
    cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    timeDeltas?: number[];
  };
  for (const node of data.cpuProfile?.nodes ?? []) nodes.set(`${id}:${node.id}`, node);
  const samples = data.cpuProfile?.samples ?? [];
  const deltas = data.timeDeltas ?? [];
  const thread = profileThread.get(id) ?? `${e.pid}:?`;
  let at = sampleClock.get(id) ?? e.ts;
  samples.forEach((sample, i) => {
    at += deltas[i] ?? 0;
    sampleClock.set(id, at);
    if ((at - t0) / 1000 < sinceMs) return;
    const node = nodes.get(`${id}:${sample}`);
    if (!node) return;
    const { functionName, url, scriptId, lineNumber } = node.callFrame;
    const key = `${threadName.get(thread) ?? thread} ${processLabel.get(Number(thread.split(':')[0])) ?? ''} | ${
      functionName || '(anonymous)'
    } ${url?.split('/').slice(-1)[0] ?? `script ${scriptId}`}:${lineNumber ?? ''}`;
    selfTime.set(key, (selfTime.get(key) ?? 0) + (deltas[i] ?? 0) / 1000);
  });
}
if (selfTime.size > 0) {
  console.log('\n== CPU self time by function (all clicks), top 60');
  for (const [key, value] of [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`${value.toFixed(1).padStart(8)} ms  ${key}`);
}
