#!/usr/bin/env node
// `npm start`: prepare (install, compose, build when needed), then run the whole platform in one
// process: embedded PostGIS unless DATABASE_URL is set. `npm run start:oidc` passes its own entry
// (scripts/start-oidc.ts: the same platform beside a test OpenID Connect provider).
import { spawn } from 'node:child_process';
import { prepare, ROOT } from './prepare.mjs';

prepare();
const entry = process.argv[2] ?? 'services/gateway/src/main.ts';
const child = spawn(process.execPath, ['--import', 'tsx', entry], { cwd: ROOT, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
