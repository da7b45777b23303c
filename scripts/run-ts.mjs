#!/usr/bin/env node
// `npm run import | compose | bench`: a TypeScript entry run with tsx, after installing what a fresh
// clone lacks (tsx itself comes with the install; without this step these commands stopped with
// "tsx: not found" until `npm start` or `npm test` had run once).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { install, ROOT } from './prepare.mjs';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs ENTRY.ts [arguments]');
  process.exit(2);
}
install();
const run = spawnSync(join(ROOT, 'node_modules', '.bin', 'tsx'), [entry, ...args], { stdio: 'inherit' });
process.exit(run.status ?? 1);
