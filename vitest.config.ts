import { defineConfig } from 'vitest/config';

// Unit and CLI tests: self-contained, fixtures written for this repo.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.shared.test.ts', 'node_modules/**'],
    testTimeout: 30_000,
  },
});
