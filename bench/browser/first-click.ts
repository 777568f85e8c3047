/**
 * Toolbar click → rendered outline on the seed page (issue #12, item 5), for several builds side by
 * side in one run: each `--dist` folder (an e2e build: `vite build --mode e2e`), and an extension
 * whose popup is empty (the browser's own share). Rounds alternate between them so that the
 * machine's load falls on all alike (each
 * round starts with the next build in turn). Per build: first click in a tab (the content script is
 * injected) and a repeat click, median of `--runs`, with the popup's own steps.
 *   npx tsx bench/browser/first-click.ts [--dist dist-e2e]... [--runs 7] [--injection-floor] [--fresh-browser]
 * `--injection-floor`: also the first build with a content script that answers at once, without
 * reading the page (bench/browser/injection-floor.ts): what the injection step costs us at least.
 * Needs the seed page of ../shared/corpus.
 */
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { injectionFloorDist } from './injection-floor';
import {
  corpusPage,
  launchExtension,
  poll,
  repoRoot,
  startStaticServer,
  type ExtensionHarness,
} from '../../tests/e2e/support/chromium';

const args = process.argv.slice(2);
const option = (name: string) => args.flatMap((arg, i) => (arg === name && args[i + 1] ? [args[i + 1]!] : []));
const dists = option('--dist').map((dist) => path.resolve(dist));
if (dists.length === 0) dists.push(path.join(repoRoot, 'dist-e2e'));
const runs = Number(option('--runs')[0] ?? 7);
const EMPTY = path.join(repoRoot, 'tests/e2e/fixtures/empty-popup-extension');

interface Click {
  total: number;
  browser: number;
  steps: Record<string, number>;
}

async function click(ext: ExtensionHarness, page: Page): Promise<Click> {
  const popup = await ext.triggerAction(page);
  const timing = await popup.waitFor(() => {
    const renderedAt = document.documentElement.dataset.renderedAt;
    if (!renderedAt) return null;
    // No named functions in here: tsx would wrap them in a helper the popup does not have.
    const [scriptStart, requested, tabRead, absent, injected, replied, received, uiLoaded] = [
      'popup-script-start',
      'outline-requested',
      'tab-read',
      'content-absent',
      'content-injected',
      'content-replied',
      'outline-received',
      'popup-ui-loaded',
    ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN);
    return {
      renderedAt: Number(renderedAt),
      documentStart: performance.timeOrigin,
      steps: {
        scriptStart: scriptStart!,
        requested: requested!,
        tabRead: tabRead!,
        absent: absent!,
        injected: injected!,
        replied: replied!,
        received: received!,
        uiLoaded: uiLoaded!,
        analysis: Number(document.documentElement.dataset.analysisMs),
        rendered: Number(renderedAt) - performance.timeOrigin,
      },
    };
  });
  await popup.close();
  await poll(
    async () => !(await ext.cdp.send('Target.getTargets')).targetInfos.some((t) => t.targetId === popup.targetId),
    'popup closed',
  );
  return { total: timing.renderedAt - popup.clickedAt, browser: timing.documentStart - popup.clickedAt, ...timing };
}

const median = (values: number[]) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : Number.NaN;
};
const ms = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} ms` : '–');

const seed = corpusPage('seed/kyrgyzstan-visit') as { html: string };
const server = await startStaticServer({
  '/seed.html': seed,
  '/empty.html': { html: '<p>A page.</p>' },
});
const variants = [
  ...dists.map((dist) => ({ name: path.relative(process.cwd(), dist) || dist, dist })),
  ...(args.includes('--injection-floor')
    ? [{ name: 'injection floor', dist: injectionFloorDist(dists[0]!, seed.html, server.url('/seed.html')) }]
    : []),
  {
    name: 'empty popup',
    dist: EMPTY,
  },
];
// `--fresh-browser`: each round's clicks in a browser of their own, started for them: the popup's first
// Intl use, its modules (no compiled copy in the process yet) and the page's process all cold, as in a
// browser's first click. Otherwise one browser per build for all rounds: the extension's process (its
// service worker's) stays warm from one click to the next.
const fresh = args.includes('--fresh-browser');
const launch = (i: number) => launchExtension({ dist: variants[i]!.dist });
const harnesses = fresh ? [] : await Promise.all(variants.map((_, i) => launch(i)));
const results = variants.map(() => ({ first: [] as Click[], repeat: [] as Click[] }));
let counter = 0;
try {
  for (let run = 0; run < runs; run++) {
    // Each round starts with another build: whichever runs right after another's analysis pays for
    // what that one left running (GC, the other browser's work), and that must not always be the same.
    for (const i of variants.map((_, k) => (k + run) % variants.length)) {
      const variant = variants[i]!;
      const ext = fresh ? await launch(i) : harnesses[i]!;
      const page = await ext.context.newPage();
      const empty = variant.dist === EMPTY;
      await page.goto(server.url(`/${empty ? 'empty' : 'seed'}.html?run=${++counter}`));
      results[i]!.first.push(await click(ext, page));
      results[i]!.repeat.push(await click(ext, page));
      await page.close();
      if (fresh) await ext.close();
    }
  }
} finally {
  await Promise.all(harnesses.map((h) => h.close()));
  await server.close();
}

console.log(
  `toolbar click → rendered outline, seed page, Chromium, median of ${runs}, rounds interleaved; ` +
    `${fresh ? 'a fresh browser per round; ' : ''}load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
);
const baseline = results.at(-1)!;
const emptyFirst = median(baseline.first.map((c) => c.total));
const emptyRepeat = median(baseline.repeat.map((c) => c.total));
for (const [i, variant] of variants.entries()) {
  const { first, repeat } = results[i]!;
  const total = (clicks: Click[]) => median(clicks.map((c) => c.total));
  const step = (name: string, clicks = first) => median(clicks.map((c) => c.steps[name] ?? Number.NaN));
  // The popup's own share after the answer, click by click (a difference of medians mixes clicks).
  const drawn = (clicks: Click[]) => median(clicks.map((c) => c.steps.rendered! - c.steps.received!));
  console.log(
    `${variant.name}: first ${ms(total(first))}, repeat ${ms(total(repeat))}` +
      (i < variants.length - 1
        ? `; own share (minus the empty popup's ${ms(emptyFirst)} / ${ms(emptyRepeat)}): ` +
          `first ${ms(total(first) - emptyFirst)}, repeat ${ms(total(repeat) - emptyRepeat)}; ` +
          `first click's popup steps after its document starts: script ${ms(step('scriptStart'))}, ` +
          `requested ${ms(step('requested'))}, tab read ${ms(step('tabRead'))}, ` +
          `content script absent ${ms(step('absent'))}, injected ${ms(step('injected'))}, ` +
          `replied ${ms(step('replied'))}, received ${ms(step('received'))} ` +
          `(analysis in the page ${ms(step('analysis'))}), rendered ${ms(step('rendered'))} ` +
          `(answer → drawn ${ms(drawn(first))}, repeat ${ms(drawn(repeat))}), the UI's code loaded ` +
          `${ms(step('uiLoaded'))} / ${ms(step('uiLoaded', repeat))}; ` +
          `repeat click's: script ${ms(step('scriptStart', repeat))}, requested ${ms(step('requested', repeat))}, ` +
          `replied ${ms(step('replied', repeat))} (analysis in the page ${ms(step('analysis', repeat))}), ` +
          `rendered ${ms(step('rendered', repeat))}`
        : // The empty popup's one script marks its run: the floor for the popup's own first script.
          `; its script runs ${ms(step('rendered'))} / ${ms(step('rendered', repeat))} after its document starts`),
  );
}
