#!/usr/bin/env node
/**
 * Takes the docs screenshots from a real run (docs/screenshots/*.png): builds the e2e build,
 * then runs tests/e2e/screenshots.test.ts with SCREENSHOTS=1 in Debian Chromium.
 *   node scripts/screenshots.mjs
 */
import { spawnSync } from 'node:child_process';

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['vite', 'build', '--mode', 'e2e', '--logLevel', 'warn']);
run(
  'npx',
  [
    'vitest',
    'run',
    '-c',
    'vitest.e2e.config.ts',
    'tests/e2e/screenshots.test.ts',
    'tests/e2e/reader-screenshots.test.ts',
  ],
  { SCREENSHOTS: '1' },
);
console.log('Screenshots written to docs/screenshots/.');
