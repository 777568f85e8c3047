/**
 * Profiles the extension's work on a generated live blog in Chromium: the real toolbar click,
 * with the CDP Profiler running on the page's renderer (which holds the content script's
 * isolated world). Uses an e2e build without minification, so the profile has real names.
 *
 *   npx tsx bench/browser/profile.ts [--elements 100000] [--out /tmp/outline.cpuprofile]
 *
 * Prints the functions with the most self time (each with the innermost step it ran in), and the inclusive time of
 * the analysis' steps.
 * The .cpuprofile file opens in Chromium's DevTools (Performance panel).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchExtension, repoRoot, startStaticServer } from '../../tests/e2e/support/chromium';
import { liveBlogPage } from './pages';

/** Sampling interval of the profiler (µs). */
const SAMPLING_US = 200;
const TOP_FUNCTIONS = 25;
/** Steps of the analysis whose inclusive time is printed. */
const STEPS = [
  'analyzeDocument',
  'analyzeDocumentSliced',
  'scanPageSafelySteps',
  'extractMetadata',
  'findArticleSteps',
  'walkPageSteps',
  'cleanArticleSteps',
  'readArticleContentSteps',
  'findRelatedStoriesSteps',
  'findKeyPoints',
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values } = parseArgs({
  options: {
    elements: { type: 'string', default: '100000' },
    out: { type: 'string', default: '/tmp/outline.cpuprofile' },
  },
});
const elements = Number(values.elements);

const dist = mkdtempSync(path.join(tmpdir(), 'outline-profile-'));
execFileSync('npx', ['vite', 'build', '--mode', 'e2e', '--minify', 'false', '--outDir', dist, '--logLevel', 'warn'], {
  cwd: repoRoot,
  stdio: 'inherit',
});
const server = await startStaticServer({ '/live.html': { html: liveBlogPage({ elements }) } });
const ext = await launchExtension({ dist });
try {
  const page = await ext.context.newPage();
  await page.goto(server.url('/live.html'));
  const session = await ext.context.newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await session.send('Profiler.start');
  const popup = await ext.triggerAction(page);
  await popup.waitFor(
    () => ['ready', 'error', 'no-article', 'restricted'].includes(document.documentElement.dataset.state ?? ''),
    undefined,
    'the outline',
    300_000,
  );
  const state = await popup.evaluate(() => document.documentElement.dataset.state);
  const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: Profile };
  writeFileSync(values.out!, JSON.stringify(profile));
  console.log(
    `${elements} elements: popup ${state} after ${Date.now() - popup.clickedAt} ms; profile in ${values.out}`,
  );
  summarise(profile);
} finally {
  await ext.close();
  await server.close();
}

function summarise(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  /** Per self-time key, its time by the innermost step it ran in. */
  const stepOfSelf = new Map<string, Map<string, number>>();
  profile.samples.forEach((sample, index) => {
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    const node = byId.get(sample)!;
    const key = `${node.callFrame.functionName || '(anonymous)'}:${node.callFrame.lineNumber}`;
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set<string>();
    let step: string | undefined;
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const name = byId.get(id)!.callFrame.functionName;
      if (!step && STEPS.includes(name)) step = name;
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + ms);
    }
    const bySteps = stepOfSelf.get(key) ?? new Map<string, number>();
    bySteps.set(step ?? '-', (bySteps.get(step ?? '-') ?? 0) + ms);
    stepOfSelf.set(key, bySteps);
  });
  const mainStep = (key: string): string => [...(stepOfSelf.get(key) ?? [])].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  console.log('Self time:');
  for (const [key, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP_FUNCTIONS))
    console.log(`${ms.toFixed(0).padStart(8)} ms  ${key.padEnd(40)} ${mainStep(key)}`);
  console.log('Inclusive time:');
  for (const step of [...STEPS, '(garbage collector)', '(idle)'])
    console.log(`${(inclusive.get(step) ?? 0).toFixed(0).padStart(8)} ms  ${step}`);
}
