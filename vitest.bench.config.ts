import { defineConfig } from 'vitest/config';

/**
 * Browser benches (bench/*.browser.ts): the built extension (dist-e2e) in Chromium, timed, with
 * budgets. Not part of `npm test`: `npm run bench:library-search`.
 */
export default defineConfig({
  define: { __E2E__: 'true' },
  test: {
    include: ['bench/**/*.browser.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
