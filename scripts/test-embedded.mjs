#!/usr/bin/env node
// `npm run test:embedded`: the integration, security and import suites on the embedded PostGIS (PGlite),
// whatever DATABASE_URL says — a newcomer's `npm test` runs there, CI's runs on PostgreSQL, and a
// query one engine accepts and the other refuses (a parameter type PostgreSQL cannot infer) must
// fail one of the two runs. Other vitest arguments (a file, -t …) pass on.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { prepare, ROOT } from './prepare.mjs';

const SUITES = ['test/integration', 'test/security', 'test/import'];

prepare();
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
const report = join(ROOT, 'artifacts', 'vitest-embedded.json');
rmSync(report, { force: true });
const args = process.argv.slice(2);
const env = { ...process.env };
delete env.DATABASE_URL;
const run = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...(args.some((a) => !a.startsWith('-')) ? [] : SUITES), ...args],
  { cwd: ROOT, stdio: 'inherit', env },
);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\nembedded: ${numPassedTests} passed, ${numFailedTests} failed`);
}
process.exit(run.status ?? 1);
