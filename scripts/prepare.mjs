// What `npm start` and `npm test` do first: install (when the lockfile or a package.json changed
// since the last install), compose the supergraph (when a subgraph's source changed) and build the
// web app (when its source changed). Each step is skipped when the content hash of its inputs is
// the one recorded after it last ran, so a second start takes seconds.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pnpm } from './pnpm.mjs';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(ROOT, ...parts);
const SKIP = new Set(['node_modules', 'dist', '__snapshots__']);

function files(path) {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path).filter((e) => !SKIP.has(e)).sort().flatMap((e) => files(join(path, e)));
}

/** Hash of the paths and contents of every file under `inputs`. */
function contentHash(inputs) {
  const hash = createHash('sha256');
  for (const file of inputs.flatMap((p) => files(at(p)))) hash.update(relative(ROOT, file)).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/** Runs `work` unless the inputs hash to what `stampFile` recorded; records the hash after success. */
function whenChanged(label, stampFile, inputs, work) {
  const hash = contentHash(inputs);
  if (existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) return;
  const started = Date.now(); // real time: how long a step took
  console.log(`• ${label} …`);
  const status = work();
  if (status !== 0) {
    console.error(`${label} failed (exit ${status}).`);
    process.exit(status);
  }
  mkdirSync(dirname(stampFile), { recursive: true });
  // Hashed again: composing may rewrite one of its own inputs (the supergraph file).
  writeFileSync(stampFile, contentHash(inputs));
  console.log(`  done in ${((Date.now() - started) / 1000).toFixed(1)} s`); // real time: how long a step took
}

const tsx = (script) => spawnSync(at('node_modules', '.bin', 'tsx'), [script], { cwd: ROOT, stdio: 'inherit' }).status ?? 1;
const services = readdirSync(at('services'));
const libs = readdirSync(at('lib'));

/** The install step alone: what a command that only runs TypeScript needs (scripts/run-ts.mjs). */
export function install() {
  const manifests = ['.', 'gis', ...libs.map((l) => `lib/${l}`), 'test', 'bench', 'web', ...services.map((s) => `services/${s}`)].map((d) => `${d}/package.json`);
  whenChanged('Installing dependencies (pinned pnpm, frozen lockfile)', at('node_modules', '.trygghetskartan', 'install'),
    ['pnpm-lock.yaml', 'pnpm-workspace.yaml', ...manifests],
    () => pnpm(['install', '--frozen-lockfile'], { cwd: ROOT }));
}

export function prepare() {
  install();
  whenChanged('Composing the supergraph', at('node_modules', '.trygghetskartan', 'compose'),
    ['gis/src', 'lib', ...services.filter((s) => s !== 'gateway').map((s) => `services/${s}/src`), 'services/gateway/supergraph.graphql'],
    () => tsx('services/gateway/src/compose-cli.ts'));
  // The web imports the isomorphic packages in lib/ (@tk/access, @tk/input, @tk/time), so a change there rebuilds it.
  whenChanged('Building the web app', at('web', 'dist', '.source-hash'),
    ['web/src', 'lib', 'web/public', 'web/index.html', 'web/vite.config.ts', 'web/package.json'],
    () => spawnSync(at('web', 'node_modules', '.bin', 'vite'), ['build', '--logLevel', 'error'], { cwd: at('web'), stdio: 'inherit' }).status ?? 1);
}
