import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  define: { __E2E__: 'false' },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/corpus/**/*.test.ts'],
    environment: 'node',
    // A guard against hangs, not a speed check (benches time things): the pathological-input tests
    // take a few seconds on an idle machine and a minute on a loaded 2-core CI box.
    testTimeout: 120_000,
    // Worker threads start faster than forked processes, and every core gets a file (Vitest's own
    // default leaves one core idle: on a 2-core machine that is one file at a time). Measured on the
    // 2-core CI box under load: 222 s (forks, 1 worker) → 126 s (threads, 2 workers), same 555 tests.
    pool: 'threads',
    maxWorkers: availableParallelism(),
  },
});
