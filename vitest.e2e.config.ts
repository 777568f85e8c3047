import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: the built extension (dist-e2e) in real browsers. One file at a time (each
 * starts its own browser; the machine has 2 cores), generous timeouts for browser start-up.
 */
export default defineConfig({
  define: { __E2E__: 'true' },
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
