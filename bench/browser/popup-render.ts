/**
 * The popup's render of a given outline in Chromium, alone (issue #12 item 4: our own time on a
 * 3-million-character page): builds the popup's App with a canned reply
 * (popup-render-entry.tsx), loads it in a 420 × 600 window, and times the ready outline's render
 * (start → the App's first frame with it, `data-rendered-at`), median of `--reps`, with the CPU
 * profile's top functions of the last one.
 *   npx tsx bench/browser/popup-render.ts --outline result.json [--reps 7] [--minify]
 * `result.json`: `npm run -s outline -- --format json PAGE` (bench/browser/pages.ts makes the live blogs).
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import preact from '@preact/preset-vite';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { chromiumPath, repoRoot, startStaticServer } from '../../tests/e2e/support/chromium';

const { values } = parseArgs({
  options: {
    outline: { type: 'string' },
    reps: { type: 'string', default: '7' },
    minify: { type: 'boolean', default: false },
    top: { type: 'string', default: '20' },
  },
});
if (!values.outline) throw new Error('--outline result.json is required');
const outline = JSON.parse(readFileSync(values.outline, 'utf8')) as { body?: string };
outline.body = ''; // the popup gets no body (src/content/main.ts)
const reps = Number(values.reps);

const outDir = mkdtempSync(path.join(tmpdir(), 'popup-render-'));
await build({
  configFile: false,
  root: repoRoot,
  logLevel: 'warn',
  define: { __E2E__: 'true' },
  plugins: [preact()],
  build: {
    outDir,
    minify: values.minify,
    cssCodeSplit: false,
    lib: {
      entry: path.join(repoRoot, 'bench/browser/popup-render-entry.tsx'),
      formats: ['iife'],
      name: 'popupRender',
      fileName: () => 'render.js',
      cssFileName: 'render',
    },
  },
});
const server = await startStaticServer({
  '/popup.html': {
    html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="/render.css">
      </head><body><div id="app"></div><script src="/render.js"></script></body></html>`,
  },
  '/render.js': { html: readFileSync(path.join(outDir, 'render.js'), 'utf8') },
  '/render.css': { html: readFileSync(path.join(outDir, 'render.css'), 'utf8') },
});

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox', '--disable-gpu'] });
const times: number[] = [];
try {
  for (let rep = 0; rep < reps; rep++) {
    const page = await browser.newPage({ viewport: { width: 420, height: 600 } });
    await page.goto(server.url('/popup.html'));
    const cdp = await page.context().newCDPSession(page);
    const last = rep === reps - 1;
    if (last) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const ms = await page.evaluate(async (result) => {
      const reply = { ok: true as const, outline: result, tookMs: 1 };
      (window as unknown as { renderPopup(r: unknown): void }).renderPopup(reply);
      const start = performance.getEntriesByName('render-start')[0]!.startTime;
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const at = document.documentElement.dataset.renderedAt;
        if (at && document.documentElement.dataset.state === 'ready')
          return Number(at) - performance.timeOrigin - start;
      }
    }, outline);
    times.push(ms);
    if (last) {
      const { profile } = (await cdp.send('Profiler.stop')) as {
        profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
      };
      const byId = new Map(profile.nodes.map((node) => [node.id, node]));
      const self = new Map<string, number>();
      profile.samples.forEach((id, i) => {
        const frame = byId.get(id)!.callFrame;
        const name = `${frame.functionName || '(anonymous)'} ${frame.url.split('/').pop()}:${frame.lineNumber}`;
        self.set(name, (self.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
      });
      console.log('self time, last run:');
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
        console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const sorted = [...times].sort((a, b) => a - b);
console.log(
  `popup render of the outline (start → first frame with it): median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms ` +
    `of ${reps} (${sorted.map((t) => t.toFixed(0)).join(', ')})`,
);
