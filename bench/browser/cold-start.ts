/**
 * What the content script's cold start does in Chromium, beside the times of bench/browser/first-click-split.ts
 * (compile, top level, analysis; issue #12, item 5): the built file is compiled and run by the DevTools protocol
 * in a plain tab that shows a corpus page (no extension; a stub `chrome` takes the script's listener), and its
 * top level starts the analysis, as on a toolbar click. Per page, medians of `--runs` fresh tabs:
 * - how much of the script never ran: the bytes of the functions not called in the click's analysis (V8's
 *   precise coverage), which the eager compile hint (scripts/vite/injected-scripts.ts) compiles for nothing;
 * - with `--regexps`: the regular expressions the analysis ran, how many, and their first executions' time
 *   (each one compiles a regular expression; `RegExp.prototype.exec` is wrapped, which slows every call);
 *   `--list` prints every one of them (the last run: first execution's ms, calls, source and flags);
 * - with `--profile`: the top level's most expensive statements and functions (a CPU profile, 25 µs samples;
 *   pass an unminified build with `--plain` to read them).
 *   npx tsx bench/browser/cold-start.ts [--dist dist-e2e] [--plain] [--pages seed/kyrgyzstan-visit,...]
 *     [--runs 5] [--profile] [--regexps [--list]]
 * `--plain`: the content script of the working tree built unminified (with the compile hint), not `--dist`'s.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type CDPSession, chromium } from 'playwright-core';
import { buildInjectedCode, EAGER_COMPILE_HINT } from '../../scripts/vite/injected-scripts';
import { fixtureHtml } from '../../tests/support/corpus';
import { chromiumPath, repoRoot } from '../../tests/e2e/support/chromium';
import { median } from '../stats';

const args = process.argv.slice(2);
const option = (name: string) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]!] : []))[0];
const dist = path.resolve(option('--dist') ?? path.join(repoRoot, 'dist-e2e'));
const pages = (option('--pages') ?? 'seed/kyrgyzstan-visit').split(',');
const runs = Number(option('--runs') ?? 5);
const profiling = args.includes('--profile');
const regexps = args.includes('--regexps');
const listing = regexps && args.includes('--list');

/** What the content script finds of the extension: a listener it can add, an id that says it is alive. */
const STUB = 'globalThis.chrome = { runtime: { id: "bench", onMessage: { addListener() {} } } };';
/** Wraps RegExp.prototype.exec (test, match, replace and split go through it once it is replaced). */
const REGEXP_PROBE = `(() => {
  const exec = RegExp.prototype.exec, seen = new Map();
  globalThis.__benchRegexps = seen;
  RegExp.prototype.exec = function (subject) {
    const started = performance.now(), result = exec.call(this, subject), took = performance.now() - started;
    const key = this.source + '/' + this.flags, entry = seen.get(key);
    if (entry) { entry.calls++; entry.total += took; } else seen.set(key, { calls: 1, first: took, total: took });
    return result;
  };
})();`;
/** The analysis is over once the content script's state holds it (src/content/main.ts). */
const ANALYSED = `new Promise((resolve) => {
  const poll = () => globalThis.__outlineReaderContent?.analysis ? resolve(true) : setTimeout(poll, 5);
  poll();
})`;

async function contentScript(): Promise<string> {
  if (!args.includes('--plain')) return readFileSync(path.join(dist, 'src/content/content-script.js'), 'utf8');
  const code = await buildInjectedCode('src/content/content-script.ts', {
    root: repoRoot,
    mode: 'e2e',
    define: { __E2E__: 'true' },
    target: 'es2022',
    minify: false,
  });
  return code.startsWith(EAGER_COMPILE_HINT) ? code : EAGER_COMPILE_HINT + code;
}

interface CoverageRange {
  startOffset: number;
  endOffset: number;
  count: number;
}

/** Bytes of the script inside functions that never ran (outermost such functions only: they nest). */
function bytesNeverRun(functions: { ranges: CoverageRange[] }[]): number {
  const unrun = functions
    .map((fn) => fn.ranges[0]!)
    .filter((range) => range.count === 0)
    .sort((a, b) => a.startOffset - b.startOffset);
  let bytes = 0;
  let coveredTo = -1;
  for (const range of unrun) {
    if (range.endOffset <= coveredTo) continue;
    bytes += range.endOffset - Math.max(range.startOffset, coveredTo);
    coveredTo = range.endOffset;
  }
  return bytes;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; lineNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}

/** Per top-level function (by name and line) its inclusive time, and the top level's own ticks per line. */
function topLevelShares(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, code: string) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  // The script's own top level: the outermost frame of the script (line 0 or 1: after the hint's line).
  const isTopLevel = (node: ProfileNode) => node.callFrame.lineNumber <= 1 && node.callFrame.functionName === '';
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
      const node = byId.get(at)!;
      const parent = parentOf.get(at);
      if (parent === undefined || !isTopLevel(byId.get(parent)!)) continue;
      const key = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber + 1}`;
      if (!seen.has(key)) functions.set(key, (functions.get(key) ?? 0) + us);
      seen.add(key);
    }
  }
  const lines = code.split('\n');
  const statements = new Map<string, number>();
  for (const node of profile.nodes.filter(isTopLevel))
    for (const { line, ticks } of node.positionTicks ?? []) {
      const key = `${line}: ${lines[line - 1]?.trim().slice(0, 90)}`;
      statements.set(key, (statements.get(key) ?? 0) + ticks);
    }
  const top = (map: Map<string, number>, n: number) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  return { functions: top(functions, 12), statements: top(statements, 12) };
}

interface Run {
  unrunShare?: number;
  regexps?: { count: number; firstMs: number; totalMs: number; slowest: [string, number][]; all: string[] };
  profile?: ReturnType<typeof topLevelShares>;
}

async function evaluate(cdp: CDPSession, expression: string, awaitPromise = false): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    expression,
    awaitPromise,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

/** One cold start in a fresh tab (precise coverage slows the script down: its times are not the click's). */
async function coldStart(browser: import('playwright-core').Browser, html: string, code: string): Promise<Run> {
  const page = await browser.newPage();
  try {
    await page.route('**/*', (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
    await page.goto('https://bench.example/article.html');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Runtime.enable');
    await evaluate(cdp, STUB + (regexps ? REGEXP_PROBE : ''));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.startPreciseCoverage', { callCount: true, detailed: false });
    if (profiling) {
      await cdp.send('Profiler.setSamplingInterval', { interval: 25 });
      await cdp.send('Profiler.start');
    }
    const { scriptId } = await cdp.send('Runtime.compileScript', {
      expression: code,
      sourceURL: 'content-script.js',
      persistScript: true,
    });
    await cdp.send('Runtime.runScript', { scriptId: scriptId! });
    await evaluate(cdp, ANALYSED, true);
    const run: Run = {};
    if (profiling) run.profile = topLevelShares((await cdp.send('Profiler.stop')).profile as never, code);
    const { result } = await cdp.send('Profiler.takePreciseCoverage');
    const script = result.find((entry) => entry.url === 'content-script.js');
    run.unrunShare = script ? bytesNeverRun(script.functions) / code.length : Number.NaN;
    if (regexps) {
      const seen = (await evaluate(cdp, '[...globalThis.__benchRegexps]')) as [
        string,
        { calls: number; first: number; total: number },
      ][];
      run.regexps = {
        count: seen.length,
        firstMs: seen.reduce((sum, [, entry]) => sum + entry.first, 0),
        totalMs: seen.reduce((sum, [, entry]) => sum + entry.total, 0),
        slowest: seen
          .map(([source, entry]): [string, number] => [source.slice(0, 90), entry.first])
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8),
        all: seen.map(
          ([source, entry]) => `${entry.first.toFixed(2).padStart(6)} ${String(entry.calls).padStart(5)}  /${source}`,
        ),
      };
    }
    return run;
  } finally {
    await page.close();
  }
}

const code = await contentScript();
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--headless=new', '--no-sandbox'] });
const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `content script ${code.length} bytes (${args.includes('--plain') ? 'unminified build' : dist}); median of ${runs} ` +
    `fresh tabs per page; load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}`,
);
try {
  for (const slug of pages) {
    const html = fixtureHtml(slug);
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await coldStart(browser, html, code));
    const mid = (pick: (run: Run) => number | undefined) => median(results.map((run) => pick(run) ?? Number.NaN));
    const last = results.at(-1)!;
    let line = `${slug}: never run ${(100 * mid((r) => r.unrunShare)).toFixed(1)} % of the bytes`;
    if (regexps)
      line +=
        `; ${mid((r) => r.regexps?.count)} regular expressions, first executions ${ms(mid((r) => r.regexps?.firstMs))}` +
        ` of ${ms(mid((r) => r.regexps?.totalMs))} in all (wrapped; the slowest first ones of the last run below)`;
    console.log(line);
    for (const [source, first] of last.regexps?.slowest ?? []) console.log(`  ${ms(first).padStart(8)}  /${source}/`);
    if (listing) for (const line of last.regexps?.all ?? []) console.log(`  ${line}`);
    if (last.profile) {
      console.log('  top level (the first line: all of it) and the functions it calls (inclusive, the last run):');
      for (const [name, us] of last.profile.functions) console.log(`  ${ms(us / 1000).padStart(8)}  ${name}`);
      console.log('  top level, its own statements (25 µs samples, the last run):');
      for (const [line, ticks] of last.profile.statements) console.log(`  ${String(ticks).padStart(8)}  ${line}`);
    }
  }
} finally {
  await browser.close();
}
