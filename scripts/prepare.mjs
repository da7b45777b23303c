// What `npm start` and `npm test` do before anything else: install (only when the lockfile or a
// package.json changed since the last install), compose the supergraph when a subgraph changed,
// and build the web app when its sources changed. Each step is skipped when it is current, so a
// second start takes seconds.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { pnpm } from './pnpm.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(ROOT, ...parts);

const PACKAGE_DIRS = ['.', 'gis', 'test', 'bench', 'web', ...readdirSync(at('services')).map((s) => `services/${s}`)];

function installHash() {
  const hash = createHash('sha256');
  for (const file of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', ...PACKAGE_DIRS.map((d) => `${d}/package.json`)]) {
    if (existsSync(at(file))) hash.update(file).update(readFileSync(at(file)));
  }
  return hash.digest('hex');
}

/** Newest modification time of any file under `paths` (directories walked, node_modules skipped). */
function newest(paths) {
  let latest = 0;
  const walk = (path) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules' && entry !== 'dist') walk(join(path, entry));
    } else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => walk(at(p)));
  return latest;
}

const run = (command, args, quiet) => spawnSync(at(command), args, { cwd: ROOT, stdio: quiet ? 'ignore' : 'inherit' }).status ?? 1;

const mtime = (file) => (existsSync(at(file)) ? statSync(at(file)).mtimeMs : 0);

function step(label, run) {
  const started = Date.now();
  process.stdout.write(`• ${label} … `);
  const status = run();
  if (status !== 0) {
    console.error(`\n${label} failed (exit ${status}).`);
    process.exit(status);
  }
  console.log(`done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

export function prepare({ quiet = false } = {}) {
  const stamp = at('node_modules', '.trygghetskartan-install');
  const hash = installHash();
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== hash) {
    step('Installing dependencies (pnpm, frozen lockfile)', () => pnpm(['install', '--frozen-lockfile'], { cwd: ROOT }));
    writeFileSync(stamp, hash);
  }
  const subgraphSources = readdirSync(at('services')).filter((s) => s !== 'gateway').map((s) => `services/${s}/src`);
  if (newest([...subgraphSources, 'gis/src']) > mtime('services/gateway/supergraph.graphql')) {
    step('Composing the supergraph', () => run('node_modules/.bin/tsx', ['services/gateway/src/compose-cli.ts'], quiet));
  }
  if (newest(['web/src', 'web/index.html', 'web/vite.config.ts', 'web/public', 'services/gateway/api-schema.graphql']) > mtime('web/dist/index.html')) {
    step('Building the web app', () => pnpm(['--filter', '@tk/web', 'build'], { cwd: ROOT, stdio: quiet ? 'ignore' : ['ignore', 'ignore', 'inherit'] }));
  }
}
