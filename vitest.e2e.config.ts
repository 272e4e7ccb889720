import { defineConfig } from 'vitest/config';

// Browser tests: Debian's chromium driven by playwright-core against a real
// server on loopback. They need `npm run build` (the page) and read ../shared/seeds.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
