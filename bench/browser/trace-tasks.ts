/**
 * The long tasks of a renderer's main thread in a Chromium trace (JSON trace events), each with
 * what it held: the trace events inside it by exclusive time (GC, style, layout, script, message
 * (de)serialisation...) and, from the trace's sampling profiler, the functions that ran.
 */

export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of the event, µs: less than `dur` when the thread waited for a core. */
  tdur?: number;
  pid: number;
  tid: number;
  id?: string;
  cat?: string;
  args?: Record<string, unknown>;
}

interface CallFrame {
  functionName: string;
  url: string;
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: CallFrame;
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  /** The thread's CPU time in the task (the rest it waited for a core on a loaded machine). */
  cpuMs: number;
  /** Trace events inside the task by exclusive time (ms), largest first. */
  events: Array<[string, number]>;
  /** Sampled functions (self), ms. */
  functions: Array<[string, number]>;
  /** Sampled stages of ours (the innermost `...Steps` / named stage on the stack), ms. */
  stages: Array<[string, number]>;
}

/** Task records of the scheduler: the top-level ones are the tasks. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadPool_RunTask']);
/** A function of ours that names a stage of the work (the innermost one on a sampled stack). */
const STAGE = /Steps$|^analy[sz]e|^render|^find|^read|^clean|^walk|^scan|Panel|^structured|^send|^bounded|^withElement/;

const us = (ms: number) => ms * 1000;
const top = (map: Map<string, number>, count: number): Array<[string, number]> =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, count);
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);

/** The main thread of each renderer (pid → tid). */
function rendererMains(events: TraceEvent[]): Map<number, number> {
  const mains = new Map<number, number>();
  for (const event of events)
    if (event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      mains.set(event.pid, event.tid);
  return mains;
}

/** The renderer main thread that was busiest in the trace (the page under test). */
function busiestRenderer(events: TraceEvent[]): { pid: number; tid: number } | null {
  const mains = rendererMains(events);
  const busy = new Map<number, number>();
  for (const event of events)
    if (TASK_NAMES.has(event.name) && event.ph === 'X' && mains.get(event.pid) === event.tid)
      busy.set(event.pid, (busy.get(event.pid) ?? 0) + (event.dur ?? 0));
  const [pid] = [...busy].sort((a, b) => b[1] - a[1])[0] ?? [];
  return pid === undefined ? null : { pid, tid: mains.get(pid)! };
}

/** Samples of the trace's CPU profiles on that thread: [time µs, node]. */
function samplesOf(events: TraceEvent[], pid: number, tid: number) {
  const nodes = new Map<string, Map<number, ProfileNode>>();
  const starts = new Map<string, number>();
  const samples: Array<{ ts: number; node: ProfileNode; profile: string }> = [];
  const owned = new Set<string>();
  const pending: Array<{ id: string; ids: number[]; deltas: number[] }> = [];
  for (const event of events) {
    if (event.pid !== pid || !event.id) continue;
    const data = event.args?.data as Record<string, unknown> | undefined;
    if (event.name === 'Profile') {
      starts.set(event.id, Number(data?.startTime));
      if (event.tid === tid) owned.add(event.id);
    } else if (event.name === 'ProfileChunk') {
      const profile = data?.cpuProfile as { nodes?: ProfileNode[]; samples?: number[] } | undefined;
      const byId = nodes.get(event.id) ?? new Map<number, ProfileNode>();
      nodes.set(event.id, byId);
      for (const node of profile?.nodes ?? []) byId.set(node.id, node);
      pending.push({ id: event.id, ids: profile?.samples ?? [], deltas: (data?.timeDeltas as number[]) ?? [] });
    }
  }
  const clock = new Map<string, number>();
  for (const chunk of pending) {
    if (!owned.has(chunk.id)) continue;
    let ts = clock.get(chunk.id) ?? starts.get(chunk.id) ?? 0;
    chunk.ids.forEach((id, index) => {
      ts += chunk.deltas[index] ?? 0;
      const node = nodes.get(chunk.id)?.get(id);
      if (node) samples.push({ ts, node, profile: chunk.id });
    });
    clock.set(chunk.id, ts);
  }
  samples.sort((a, b) => a.ts - b.ts);
  return { samples, nodes };
}

/** The tasks over `overMs` on the page's renderer main thread (the busiest renderer when `pid` is 0). */
export function longTasks(events: TraceEvent[], pid: number, overMs: number, byCpu = false): LongTask[] {
  const main =
    (pid && rendererMains(events).has(pid) ? { pid, tid: rendererMains(events).get(pid)! } : null) ??
    busiestRenderer(events);
  if (!main) return [];
  const own = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const origin = own[0]?.ts ?? 0;
  const { samples, nodes } = samplesOf(events, main.pid, main.tid);
  const tasks: LongTask[] = [];
  let end = -1;
  for (let i = 0; i < own.length; i++) {
    const task = own[i]!;
    if (!TASK_NAMES.has(task.name) || task.ts < end) continue;
    end = task.ts + task.dur!;
    // On a loaded machine a task's wall time holds the time it waited for a core: its CPU time is steadier.
    if ((byCpu ? (task.tdur ?? task.dur!) : task.dur!) < us(overMs)) continue;
    // Exclusive time of every event inside the task.
    const exclusive = new Map<string, number>();
    const stack: Array<{ event: TraceEvent; childUs: number }> = [];
    const close = (until: number) => {
      while (stack.length && stack.at(-1)!.event.ts + stack.at(-1)!.event.dur! <= until) {
        const done = stack.pop()!;
        add(exclusive, done.event.name, (done.event.dur! - done.childUs) / 1000);
        if (stack.length) stack.at(-1)!.childUs += done.event.dur!;
      }
    };
    for (let j = i + 1; j < own.length && own[j]!.ts < end; j++) {
      close(own[j]!.ts);
      stack.push({ event: own[j]!, childUs: 0 });
    }
    close(Infinity);
    const functions = new Map<string, number>();
    const stages = new Map<string, number>();
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts > end) continue;
      const byId = nodes.get(sample.profile)!;
      const frame = sample.node.callFrame;
      add(functions, frame.functionName || '(anonymous)', 1);
      let stage = '';
      let outer = '';
      for (let node: ProfileNode | undefined = sample.node; node; node = byId.get(node.parent ?? -1)) {
        const name = node.callFrame.functionName;
        if (!stage && STAGE.test(name)) stage = name;
        if ((node.callFrame.url ?? '').startsWith('chrome-extension://')) outer = name || '(anonymous)';
      }
      add(stages, stage || (outer ? `${outer} (ours)` : frame.functionName || '(anonymous)'), 1);
    }
    const sampled = [...functions.values()].reduce((a, b) => a + b, 0);
    const scale = sampled ? task.dur! / 1000 / sampled : 0;
    const scaled = (map: Map<string, number>) => top(new Map([...map].map(([k, v]) => [k, v * scale])), 8);
    tasks.push({
      startMs: (task.ts - origin) / 1000,
      durationMs: task.dur! / 1000,
      cpuMs: (task.tdur ?? task.dur!) / 1000,
      events: top(exclusive, 8),
      functions: scaled(functions),
      stages: scaled(stages),
    });
  }
  return tasks;
}

const list = (entries: Array<[string, number]>) =>
  entries
    .filter(([, ms]) => ms >= 1)
    .map(([name, ms]) => `${name} ${ms.toFixed(0)}`)
    .join(', ');

export function printLongTasks(title: string, tasks: LongTask[]): void {
  const lengths = tasks.map((task) => `${task.durationMs.toFixed(0)}/${task.cpuMs.toFixed(0)}`).join(', ');
  const over = (bound: number) =>
    `${tasks.filter((t) => t.durationMs > bound).length} (CPU: ${tasks.filter((t) => t.cpuMs > bound).length})`;
  console.log(`\n== ${title}: over 50 ms ${over(50)}, over 100 ms ${over(100)}; wall/CPU ms: ${lengths}`);
  for (const task of tasks) {
    console.log(
      `  ${task.durationMs.toFixed(0)} ms (CPU ${task.cpuMs.toFixed(0)} ms) at +${task.startMs.toFixed(0)} ms`,
    );
    console.log(`    events (exclusive ms): ${list(task.events)}`);
    console.log(`    stages (sampled ms):   ${list(task.stages)}`);
    console.log(`    functions (self ms):   ${list(task.functions)}`);
  }
}
