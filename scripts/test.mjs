#!/usr/bin/env node
// `npm test`: prepare, type-check every package, then run every test (unit, integration through
// the gateway, browser). With DATABASE_URL the database tests create and drop their own databases
// on that server; without it they use the embedded PostGIS in memory.
import { spawnSync } from 'node:child_process';
import { pnpm } from './pnpm.mjs';
import { prepare, ROOT } from './prepare.mjs';

prepare();
const typecheck = pnpm(['-r', '--reporter', 'append-only', 'typecheck'], { cwd: ROOT });
if (typecheck !== 0) process.exit(typecheck);
const vitest = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit' });
process.exit(vitest.status ?? 1);
