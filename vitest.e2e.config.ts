import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (dist-e2e) in real browsers. One file at a time (each
 * starts its own browser; the machine has 2 cores), generous timeouts for browser start-up.
 */
/** The docs screenshots are taken by scripts/screenshots.mjs (SCREENSHOTS=1), not by `npm test`. */
const takingScreenshots = process.env.SCREENSHOTS === '1';

export default defineConfig({
  define: { __E2E__: 'true' },
  test: {
    include: takingScreenshots
      ? ['tests/e2e/screenshots.test.ts', 'tests/e2e/reader-screenshots.test.ts']
      : ['tests/e2e/**/*.test.ts'],
    exclude: takingScreenshots
      ? []
      : ['tests/e2e/screenshots.test.ts', 'tests/e2e/reader-screenshots.test.ts', '**/node_modules/**'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
