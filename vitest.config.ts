import { defineConfig } from 'vitest/config';

// Unit and CLI tests: self-contained, fixtures written for this repo.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Shared-data and browser tests have their own configs (vitest.shared/e2e.config.ts).
    exclude: ['test/**/*.shared.test.ts', 'test/e2e/**', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
