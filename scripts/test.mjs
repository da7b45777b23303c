#!/usr/bin/env node
// `npm test`: prepare, type-check every package, then run every test (unit, integration through
// the gateway, browser). With DATABASE_URL the database tests create and drop their own databases
// on that server; without it they use the embedded PostGIS in memory.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pnpm } from './pnpm.mjs';
import { prepare, ROOT } from './prepare.mjs';

prepare();
const typecheck = pnpm(['-r', '--reporter', 'append-only', 'typecheck'], { cwd: ROOT });
if (typecheck !== 0) process.exit(typecheck);

const report = join(ROOT, 'artifacts', 'vitest.json');
mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
const vitest = spawnSync(
  process.execPath,
  ['node_modules/vitest/vitest.mjs', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: ROOT, stdio: 'inherit' },
);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, 'utf8'));
  console.log(`\n${numPassedTests} passed, ${numFailedTests} failed${numPendingTests ? `, ${numPendingTests} skipped` : ''}`);
}
process.exit(vitest.status ?? 1);
