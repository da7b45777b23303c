#!/usr/bin/env node
// `npm start`: prepare (install, compose, build when needed), then run the whole platform in one
// process: embedded PostGIS unless DATABASE_URL is set.
import { spawn } from 'node:child_process';
import { prepare, ROOT } from './prepare.mjs';

prepare();
const child = spawn(process.execPath, ['--import', 'tsx', 'services/gateway/src/main.ts'], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
