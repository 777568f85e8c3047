#!/usr/bin/env node
/**
 * Start-up time of the `outline` command, the three ways a user starts it, side by side: each
 * round runs every form once (so machine load hits them alike), and the medians are printed with
 * their ratio to a bare `node -e 0` and the load average. The target (issue 14): the bundled
 * sample in under BUDGET_MS with `node bin/outline.mjs` on an idle machine; `npx` and `npm run`
 * add npm's own start-up, which this project cannot shorten.
 *   npm run bench:cli [-- --rounds N]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The target for outlining the bundled sample (ms, idle machine). */
const BUDGET_MS = 500;
const roundsAt = process.argv.indexOf('--rounds');
const ROUNDS = roundsAt > 0 ? Number(process.argv[roundsAt + 1]) : 5;

const sample = join(root, 'samples', 'sample-article.html');
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const forms = [
  ['node -e 0 (Node alone)', process.execPath, ['-e', '0']],
  ['node bin/outline.mjs --help', process.execPath, ['bin/outline.mjs', '--help']],
  ['node bin/outline.mjs missing.html', process.execPath, ['bin/outline.mjs', 'missing.html']],
  ['node bin/outline.mjs SAMPLE', process.execPath, ['bin/outline.mjs', sample]],
  ['npx outline SAMPLE', npx, ['outline', sample]],
  ['npm run outline -- SAMPLE', npm, ['run', '-s', 'outline', '--', sample]],
];

function timeOnce(command, args) {
  const start = performance.now();
  try {
    execFileSync(command, args, { cwd: root, stdio: 'ignore' });
  } catch {
    // `missing.html` exits 1 on purpose: its time still counts.
  }
  return performance.now() - start;
}

// Once untimed: compiles the command if src/ changed, and warms the file cache.
for (const [, command, args] of forms) timeOnce(command, args);
const times = forms.map(() => []);
for (let round = 0; round < ROUNDS; round++) {
  forms.forEach(([, command, args], i) => times[i].push(timeOnce(command, args)));
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const bare = median(times[0]);
console.log(
  `outline start-up, median of ${ROUNDS} rounds, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
forms.forEach(([label], i) => {
  const ms = median(times[i]);
  console.log(`  ${label.padEnd(36)} ${ms.toFixed(0).padStart(6)} ms  ×${(ms / bare).toFixed(2)} of bare node`);
});
const sampleMs = median(times[3]);
console.log(
  `node bin/outline.mjs on the sample: ${sampleMs.toFixed(0)} ms (target < ${BUDGET_MS} ms on an idle machine: ${
    sampleMs < BUDGET_MS ? 'met' : 'not met at this load'
  })`,
);
