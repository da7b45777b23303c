#!/usr/bin/env node
// `npm run test:reference`: the hot-spot analysis against R (test/reference): Gi* against
// spdep::localG, Benjamini–Hochberg against p.adjust, Mann-Kendall against cor.test, the emerging
// categories against Esri's rules written in R. Needs Rscript with spdep (Debian: r-base-core,
// r-cran-spdep). Uses DATABASE_URL like `npm test` (embedded PostGIS without it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, ROOT } from './prepare.mjs';

if (spawnSync('Rscript', ['-e', 'library(spdep)'], { stdio: 'ignore' }).status !== 0) {
  console.error('The reference checks need R with spdep: apt-get install r-base-core r-cran-spdep');
  process.exit(1);
}
prepare();
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
const report = join(ROOT, 'artifacts', 'vitest-reference.json');
rmSync(report, { force: true });
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--config', 'test/reference/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nreference: ${numPassedTests} passed, ${numFailedTests} failed`);
}
process.exit(run.status ?? 1);
