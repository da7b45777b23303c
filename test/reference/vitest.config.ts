import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import base from '../../vitest.config.js';

// `npm run test:reference`: only the checks against R, which `npm test` leaves out (R is not part of
// a fresh machine; `.ci/run` installs it).
export default defineConfig({
  ...base,
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: { ...base.test, include: ['test/reference/**/*.test.ts'], exclude: ['**/node_modules/**'] },
});
