import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// graphql 16 ships CommonJS (main) and ESM (module) builds. Vite would give our TypeScript the ESM
// build while Pothos and Apollo, loaded by Node, get the CommonJS one: two graphql "realms", and
// schema objects from one fail the other's instanceof checks. Everyone gets Node's choice here.
const graphql = createRequire(import.meta.url).resolve('graphql', { paths: ['gis'] });

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    include: ['gis/test/**/*.test.ts', 'lib/*/test/**/*.test.ts', 'services/*/test/**/*.test.ts', 'web/src/**/*.test.ts', 'test/**/*.test.ts'],
    // test/reference needs R (npm run test:reference).
    exclude: ['**/node_modules/**', 'test/reference/**'],
    // Each integration file starts a platform on its own database; two cores run two at a time.
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
