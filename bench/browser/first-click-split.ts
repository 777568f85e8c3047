/**
 * Where a first click's injection step goes in the page, in the real flow (toolbar click on the seed
 * page, the popup injecting the content script): compiling the content script, running its top
 * level, and its answer (the analysis, cold). Each `--dist` (an e2e build) is copied with three time
 * stamps added: a one-line file injected just before the content script, one at the start and one at
 * the end of the content script, and the answer file (public/content-reply.js) sends them back in
 * the reply's `tookMs` (ms, packed as compile·10⁶ + top level·10³ + answer). Rounds interleaved, first
 * clicks only, medians; also the popup's wait from "no content script" to the reply.
 *   npx tsx bench/browser/first-click-split.ts [--dist dist-e2e]... [--runs 9]
 * The stamps cost one more tiny file per injection; compare builds with each other, not with
 * first-click.ts. Needs the seed page of ../shared/corpus.
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { corpusPage, launchExtension, poll, repoRoot, startStaticServer } from '../../tests/e2e/support/chromium';

const args = process.argv.slice(2);
const option = (name: string) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]!] : []));
const dists = option('--dist').map((dist) => path.resolve(dist));
if (dists.length === 0) dists.push(path.join(repoRoot, 'dist-e2e'));
const runs = Number(option('--runs')[0] ?? 9);

/** The magic comment V8 reads at a script's very start must stay first. */
const LEADING_COMMENT = /^(\/\/#[^\n]*\n)?/;

/** A copy of `dist` with the stamps. */
function stamped(dist: string): string {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'outline-reader-first-click-split-'));
  cpSync(dist, copy, { recursive: true });
  writeFileSync(path.join(copy, 'stamp.js'), 'globalThis.__benchT0=performance.now();');
  // The popup's injection of the content script and its answer file: the stamp file goes first.
  const injection = /files:\[([\w$]+),([\w$]+)\],injectImmediately/;
  const patched = readdirSync(path.join(copy, 'assets')).filter((file) => {
    const at = path.join(copy, 'assets', file);
    const code = readFileSync(at, 'utf8');
    if (!file.endsWith('.js') || !injection.test(code)) return false;
    writeFileSync(at, code.replace(injection, 'files:["/stamp.js",$1,$2],injectImmediately'));
    return true;
  });
  if (patched.length !== 1)
    throw new Error(`${dist}: the injection with the answer file was found ${patched.length} times`);
  const script = path.join(copy, 'src/content/content-script.js');
  const code = readFileSync(script, 'utf8');
  const head = LEADING_COMMENT.exec(code)![0];
  writeFileSync(
    script,
    `${head}globalThis.__benchT1=performance.now();${code.slice(head.length)}\n;globalThis.__benchT2=performance.now();`,
  );
  writeFileSync(
    path.join(copy, 'content-reply.js'),
    '(async()=>{const g=globalThis;const r=await g.__outlineReaderContent.answerInjection();const t3=performance.now();' +
      'const ms=(a,b)=>Math.min(999,Math.round(b-a));' +
      'if(r&&r.ok)r.tookMs=ms(g.__benchT0,g.__benchT1)*1e6+ms(g.__benchT1,g.__benchT2)*1e3+ms(g.__benchT2,t3);return r})()',
  );
  return copy;
}

const server = await startStaticServer({ '/seed.html': corpusPage('seed/kyrgyzstan-visit') });
const harnesses = await Promise.all(dists.map((dist) => launchExtension({ dist: stamped(dist) })));
/** Per build, per click: compile, top level, answer, absent → injected (ms). */
const results = dists.map((): number[][] => []);
let counter = 0;
try {
  for (let run = 0; run < runs; run++)
    for (const i of dists.map((_, k) => (k + run) % dists.length)) {
      const ext = harnesses[i]!;
      const page = await ext.context.newPage();
      await page.goto(server.url(`/seed.html?run=${++counter}`));
      const popup = await ext.triggerAction(page);
      const [packed, absent, injected] = await popup.waitFor(() => {
        if (!document.documentElement.dataset.renderedAt) return null;
        const [a, b] = ['content-absent', 'content-injected'].map((n) => performance.getEntriesByName(n)[0]?.startTime);
        return [Number(document.documentElement.dataset.analysisMs), a ?? -1, b ?? -1];
      });
      await popup.close();
      await poll(
        async () => !(await ext.cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === popup.targetId),
        'popup closed',
      );
      await page.close();
      const p = packed!;
      results[i]!.push([Math.floor(p / 1e6), Math.floor((p % 1e6) / 1e3), p % 1e3, injected! - absent!]);
    }
} finally {
  await Promise.all(harnesses.map((h) => h.close()));
  await server.close();
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(
  `first click on the seed page, the page's side, median of ${runs}, rounds interleaved; load average ${load}`,
);
for (const [i, dist] of dists.entries()) {
  const step = (k: number) => `${median(results[i]!.map((r) => r[k]!)).toFixed(0)} ms`;
  console.log(
    `${path.relative(process.cwd(), dist) || dist}: compile ${step(0)}, top level ${step(1)}, answer (analysis) ${step(2)}; ` +
      `popup: no content script → reply ${step(3)}`,
  );
}
