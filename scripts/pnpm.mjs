#!/usr/bin/env node
// Runs the pinned pnpm (from package.json "packageManager") through npx, so a machine with only
// Node.js and npm needs nothing else. Exits with pnpm's exit code.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const PNPM = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).packageManager;

export function pnpm(args, options = {}) {
  const result = spawnSync('npx', ['-y', PNPM, ...args], { stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(pnpm(process.argv.slice(2)));
