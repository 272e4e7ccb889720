import { defineConfig } from 'vitest/config';

// Tests that read the licensed evaluation data and the seeds in ../shared.
export default defineConfig({
  test: {
    include: ['test/**/*.shared.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
