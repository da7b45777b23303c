import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['gis/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    // Each integration file starts a platform on its own database; two cores run two at a time.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
