/**
 * The district layer of measures and presence through the gateway under load: with 10,000 measures
 * and 100,000 presence shifts (generated, seeded), what an area group's map asks for Skäggetorp and
 * one ISO week (the last whole week) — measureLayer and presenceLayer for the map's view and the
 * week's presenceHours, root fields of the measures subgraph as the web map asks them — as the EST
 * group, 20 concurrent connections; once with the whole district in view (fitted to a 1280 × 800
 * map) and once at zoom 17 where the data is densest. Then the same as fields of the District entity
 * (the gateway asks plan for the district first), and, for comparison, the same data as plain
 * objects for the four priority districts with no view. Target from the issue: p95 under 150 ms.
 * Figures, not a test.
 *
 *   DATABASE_URL=postgres://… npx tsx measures/run.ts [--connections 20] [--duration 10] [--part-duration 10]
 *                                                      [--warmup 0] [--measures 10000] [--shifts 100000] [--distinct] [--json]
 *
 * See bench/README.md ("District layer: measures and presence").
 */
import { readConfig } from '@tk/gis';
import { lastCompleteWeek } from '@tk/time';
import { startPlatform, type Platform } from '@tk/gateway/platform';
import { createTestDatabase, type TestDatabase } from '@tk/gis/testing/database';
import { fork, type ChildProcess } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { JsonValue, LoadJob, LoadMessage, LoadResult } from '../gateway/protocol.js';
import { toMercator } from '../../services/measures/src/layer/view.js';
import { generate, PRIORITY_DISTRICTS, type GenerateResult } from './generate.js';

const LOAD_SCRIPT = fileURLToPath(new URL('../gateway/load.ts', import.meta.url));
const TARGET_P95_MS = 150;

// ---------------------------------------------------------------- the query

type Part = 'layer' | 'street' | 'entity' | 'floor' | 'all';
const PARTS: readonly Part[] = ['layer', 'street', 'entity', 'floor', 'all'];
/** The district whose layer is the headline: an area group's map loads its own district. */
const LAYER_DISTRICT = 'skaggetorp';
const PART_LABEL: Record<Part, string> = {
  layer: `layer of ${LAYER_DISTRICT}, whole district in view`,
  street: `layer of ${LAYER_DISTRICT}, zoom 17 at its centre`,
  entity: `the same as District fields (via plan)`,
  floor: 'floor: measureLayer with nothing in view',
  all: '4 districts as objects (no view)',
};
/** The map's size in CSS pixels: a laptop screen less the side panel. */
const SCREEN_PX: [number, number] = [1280, 800];

interface View { west: number; south: number; east: number; north: number; zoom: number }
const views: Partial<Record<Part, View>> = {};

/**
 * With --distinct, connection i sends its own spelling (aliases d<i>, m<i>, p<i>, h<i>): the gateway's
 * fetches from plan and from measures then differ between connections and cannot be merged.
 */
function query(part: Part, i: number | null): string {
  const as = (name: string) => (i === null ? '' : `${name}${i}: `);
  const layers = `${as('m')}measureLayer(view: $v) { total clustered features } ${as('p')}presenceLayer(week: $w, view: $v) { total clustered features }`;
  if (part === 'layer' || part === 'street') {
    // What an area group's map asks for its district and one view: each layer in the view, plus the week's hours.
    return `query BenchLayer($w: IsoWeek!, $v: MapViewInput!) { ` +
      layers.replaceAll('view: $v)', `view: $v, districtId: "${LAYER_DISTRICT}")`) +
      ` ${as('h')}presenceHours(week: $w, districtIds: ["${LAYER_DISTRICT}"]) { districtId planned realised } }`;
  }
  if (part === 'floor') {
    // What any request through the gateway to the measures subgraph and back costs: one tiny answer.
    return `query BenchFloor($v: MapViewInput!) { ${as('m')}measureLayer(view: $v, districtId: "${LAYER_DISTRICT}") { total clustered features } }`;
  }
  if (part === 'entity') {
    // The same through the District entity: the gateway asks plan for the district first.
    return `query BenchLayer($w: IsoWeek!, $v: MapViewInput!) { ${as('d')}district(id: "${LAYER_DISTRICT}") { id name ${layers} ` +
      `${as('h')}presenceHours(week: $w) { planned realised } } }`;
  }
  const fields = `${as('m')}measures { id kind status geometry camera { view } } ` +
    `${as('p')}presence(week: $w) { id actorKind startsAt endsAt state geometry } ${as('h')}presenceHours(week: $w) { planned realised }`;
  return `query BenchDistrictLayer($w: IsoWeek!) { ${as('d')}districts(priority: true) { id name ${fields} } }`;
}

const variablesOf = (part: Part, week: string) => (part === 'all' ? { w: week } : part === 'floor' ? { v: views.floor } : { w: week, v: views[part] });

interface Counted { total: number; features: number; clustered: boolean }

interface DistrictAnswer {
  id: string;
  name: string;
  measures?: Counted;
  presence?: Counted;
  presenceHours?: { planned: number; realised: number } | null;
}

/** A list of objects, or a map layer (measures: not their camera views). */
function countsOf(value: unknown): Counted | undefined {
  if (Array.isArray(value)) return { total: value.length, features: value.length, clustered: false };
  const layer = value as { total: number; clustered: boolean; features: { features: { properties?: { part?: string } }[] } } | undefined;
  if (!layer) return undefined;
  return { total: layer.total, clustered: layer.clustered, features: layer.features.features.filter((f) => f.properties?.part !== 'view').length };
}

/** The answer's districts, whatever the aliases. */
function districtsOf(data: JsonValue): DistrictAnswer[] {
  const top = data as Record<string, unknown>;
  const key = Object.keys(top).find((k) => /^(d\d+|district|districts)$/.test(k));
  // Root layer fields answer for LAYER_DISTRICT alone, its hours as a list of one.
  const found = key ? top[key] : { id: LAYER_DISTRICT, name: LAYER_DISTRICT, ...Object.fromEntries(Object.entries(top).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])) };
  const root = (Array.isArray(found) ? found : [found]) as Record<string, unknown>[];
  return root.map((d) => {
    const pick = (prefix: string, ...names: string[]) => Object.entries(d).find(([k]) => names.includes(k) || new RegExp(`^${prefix}\\d+$`).test(k))?.[1];
    return {
      id: d.id as string,
      name: d.name as string,
      measures: countsOf(pick('m', 'measures', 'measureLayer')),
      presence: countsOf(pick('p', 'presence', 'presenceLayer')),
      presenceHours: pick('h', 'presenceHours') as DistrictAnswer['presenceHours'],
    };
  });
}

const EARTH_RADIUS_M = 6_378_137;
const WORLD_M = 2 * Math.PI * EARTH_RADIUS_M;
const fromMercator = ([x, y]: [number, number]): [number, number] =>
  [(x / EARTH_RADIUS_M) * (180 / Math.PI), (2 * Math.atan(Math.exp(y / EARTH_RADIUS_M)) - Math.PI / 2) * (180 / Math.PI)];

/** What a map of SCREEN_PX shows around a point at a zoom (MapLibre's 512 px tiles). */
function around(centre: [number, number], zoom: number): View {
  const metresPerPx = WORLD_M / (512 * 2 ** zoom);
  const [x, y] = toMercator(centre);
  const [west, south] = fromMercator([x - (SCREEN_PX[0] / 2) * metresPerPx, y - (SCREEN_PX[1] / 2) * metresPerPx]);
  const [east, north] = fromMercator([x + (SCREEN_PX[0] / 2) * metresPerPx, y + (SCREEN_PX[1] / 2) * metresPerPx]);
  return { west, south, east, north, zoom };
}

/** The view MapLibre's fitBounds gives for a box (no padding). */
function fitted(b: { w: number; s: number; e: number; n: number }): View {
  const [x0, y0] = toMercator([b.w, b.s]);
  const [x1, y1] = toMercator([b.e, b.n]);
  const zoom = Math.log2((Math.min(SCREEN_PX[0] / (x1 - x0), SCREEN_PX[1] / (y1 - y0)) * WORLD_M) / 512);
  return around(fromMercator([(x0 + x1) / 2, (y0 + y1) / 2]), zoom);
}

// ---------------------------------------------------------------- options

const USAGE = `Usage: tsx measures/run.ts [--connections N] [--duration S] [--part-duration S] [--warmup S]
                          [--measures N] [--shifts N] [--distinct] [--json]
  --connections N     concurrent connections (default 20)
  --duration S        measured seconds of each layer query (default 10)
  --part-duration S   measured seconds of the objects query for comparison (default 10; 0: skip it)
  --warmup S          seconds of load before each measured run, not counted (default 0: the
                      requests made one at a time before each run warm up; see bench/README.md)
  --measures N        measures to generate (default 10000)
  --shifts N          presence shifts to generate (default 100000)
  --distinct          every connection sends its own spelling of the query (own aliases)
  --json              print the results as one JSON document on stdout
Requires DATABASE_URL (a PostgreSQL server with PostGIS); makes and drops its own database there.`;

function options() {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string', default: '20' },
      duration: { type: 'string', default: '10' },
      'part-duration': { type: 'string', default: '10' },
      warmup: { type: 'string', default: '0' },
      measures: { type: 'string', default: '10000' },
      shifts: { type: 'string', default: '100000' },
      distinct: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  const int = (name: string, value: string, min: number, max: number) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      console.error(`--${name} must be a whole number ${min}–${max}, got "${value}"\n\n${USAGE}`);
      process.exit(2);
    }
    return n;
  };
  return {
    connections: int('connections', values.connections, 1, 1000),
    durationSeconds: int('duration', values.duration, 1, 600),
    partDurationSeconds: int('part-duration', values['part-duration'], 0, 600),
    warmupSeconds: int('warmup', values.warmup, 0, 600),
    measures: int('measures', values.measures, 0, 1_000_000),
    shifts: int('shifts', values.shifts, 0, 5_000_000),
    distinct: values.distinct,
    json: values.json,
  };
}

const opts = options();
if (!process.env.DATABASE_URL) {
  console.error('Set DATABASE_URL to a PostgreSQL/PostGIS server (the bench makes and drops its own database there), e.g.\n' +
    '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx measures/run.ts');
  process.exit(1);
}

// ---------------------------------------------------------------- running

const progress = (line: string) => console.error(`[measures] ${line}`);
const load1 = () => loadavg()[0]!;
const ms = (v: number) => v.toFixed(1);

let child: ChildProcess | null = null;

function runLoad(job: LoadJob): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const c = fork(LOAD_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child = c;
    c.on('message', (m: LoadMessage) => {
      if (m.type === 'result') resolve(m.result);
      if (m.type === 'failed') reject(new Error(m.message));
    });
    c.on('exit', (code) => {
      child = null;
      if (code !== 0) reject(new Error(`load generator exited with ${code}`));
    });
    c.send(job);
  });
}

interface Reference {
  bodies: string[];
  expectedBodies: string[];
  expectedData: JsonValue[];
  bytes: number;
  measures: number;
  shifts: number;
  hours: { planned: number; realised: number };
  perDistrict: { id: string; measures: number; shifts: number; drawn: number; clustered: boolean; planned: number; realised: number }[];
  /** Median of a few requests one at a time, with nothing else running (ms, as the client sees it). */
  aloneMs: number;
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<{ text: string; ms: number }> {
  const started = performance.now();
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json', ...headers }, body });
  const text = await res.text();
  const took = performance.now() - started;
  if (res.status !== 200) throw new Error(`HTTP ${res.status}: ${text.slice(0, 300)}`);
  return { text, ms: took };
}

/** Every body answered once (no errors, the data kept for checking under load), then a few timed one at a time. */
async function reference(platform: Platform, headers: Record<string, string>, part: Part, week: string): Promise<Reference> {
  const spellings = opts.distinct ? Array.from({ length: opts.connections }, (_, i) => i) : [null];
  const bodies = spellings.map((i) => JSON.stringify({ query: query(part, i), variables: variablesOf(part, week) }));
  const expectedBodies: string[] = [];
  const expectedData: JsonValue[] = [];
  for (const body of bodies) {
    const { text } = await post(platform.graphqlUrl, headers, body);
    const parsed = JSON.parse(text) as { data?: JsonValue; errors?: unknown };
    if (parsed.errors || !parsed.data) throw new Error(`the reference answer (${PART_LABEL[part]}) has errors: ${text.slice(0, 500)}`);
    expectedBodies.push(text);
    expectedData.push(parsed.data);
  }
  const times: number[] = [];
  for (let k = 0; k < 7; k += 1) times.push((await post(platform.graphqlUrl, headers, bodies[0]!)).ms);
  times.sort((a, b) => a - b);
  const districts = districtsOf(expectedData[0]!);
  const perDistrict = districts.map((d) => ({
    id: d.id, measures: d.measures?.total ?? 0, shifts: d.presence?.total ?? 0,
    drawn: (d.measures?.features ?? 0) + (d.presence?.features ?? 0), clustered: !!(d.measures?.clustered || d.presence?.clustered),
    planned: d.presenceHours?.planned ?? 0, realised: d.presenceHours?.realised ?? 0,
  }));
  const sum = (f: (d: (typeof perDistrict)[number]) => number) => perDistrict.reduce((s, d) => s + f(d), 0);
  return {
    bodies, expectedBodies, expectedData,
    bytes: Buffer.byteLength(expectedBodies[0]!),
    measures: sum((d) => d.measures),
    shifts: sum((d) => d.shifts),
    hours: { planned: Math.round(sum((d) => d.planned) * 100) / 100, realised: Math.round(sum((d) => d.realised) * 100) / 100 },
    perDistrict,
    aloneMs: times[Math.floor(times.length / 2)]!,
  };
}

interface Measured {
  part: Part;
  durationSeconds: number;
  reference: Omit<Reference, 'bodies' | 'expectedBodies' | 'expectedData'>;
  result: LoadResult;
  loadBefore: number;
  loadAfter: number;
}

async function measure(platform: Platform, headers: Record<string, string>, part: Part, week: string, durationSeconds: number): Promise<Measured> {
  const ref = await reference(platform, headers, part, week);
  progress(`${PART_LABEL[part]}: ${(ref.bytes / 1024).toFixed(0)} KiB per answer, ${ref.measures} measures, ${ref.shifts} shifts, ` +
    `alone ${ms(ref.aloneMs)} ms; ${opts.warmupSeconds} s warm-up + ${durationSeconds} s at ${opts.connections} connections …`);
  const loadBefore = load1();
  const result = await runLoad({
    url: platform.graphqlUrl, headers, bodies: ref.bodies, connections: opts.connections, durationSeconds,
    warmupSeconds: opts.warmupSeconds, expectedBodies: ref.expectedBodies, expectedData: ref.expectedData,
  });
  const { bodies: _b, expectedBodies: _e, expectedData: _d, ...summary } = ref;
  return { part, durationSeconds, reference: summary, result, loadBefore, loadAfter: load1() };
}

// ---------------------------------------------------------------- output

/** gateway/load.ts gives up on a request after this long (REQUEST_TIMEOUT_SECONDS there). */
const REQUEST_TIMEOUT_S = 10;

/** A percentile, or "–" when no response completed. */
const pct = (x: LoadResult, v: number) => (x.requests > 0 ? ms(v) : '–');

/** PASS only with completed responses, no failed ones and p95 under the target. */
function passes(x: LoadResult): boolean {
  return x.requests > 0 && x.errors === 0 && x.latencyMs.p95 < TARGET_P95_MS;
}

function verdict(x: LoadResult): string {
  if (x.requests === 0) return `MISS (no response completed within the run; ${x.timeouts} timed out after ${REQUEST_TIMEOUT_S} s)`;
  const failed = x.errors > 0 ? `, ${x.errors} failed requests (${x.timeouts} timeouts)` : '';
  return `${passes(x) ? 'PASS' : 'MISS'} (p95 ${ms(x.latencyMs.p95)} ms over ${x.requests} completed responses${failed})`;
}

function print(week: string, gen: GenerateResult, totals: Record<string, number>, runs: Measured[]): void {
  const all = runs.find((r) => r.part === 'layer')!;
  const ref = all.reference;
  const lines = [
    `District layer (measures + presence) through the gateway as EST, week ${week} (the last whole ISO week)`,
    '',
    `data: ${totals.measures} measures (${gen.measures} generated), ${totals.shifts} presence shifts (${gen.shifts} generated), ` +
      `${totals.rules} presence rules (demo), in a fresh database`,
    `generation: ${(gen.totalMs / 1000).toFixed(1)} s — measures ${(gen.measuresMs / 1000).toFixed(1)} s, shifts ${(gen.shiftsMs / 1000).toFixed(1)} s, ` +
      `ANALYZE ${(gen.analyzeMs / 1000).toFixed(1)} s (${gen.halfOffset} points placed at half their offset, ${gen.atPointOnSurface} at the point on surface)`,
    '',
    `${LAYER_DISTRICT} this week: ${ref.hours.planned} h planned + ${ref.hours.realised} h realised`,
    ...runs.filter((r) => r.part !== 'all' && r.part !== 'floor').map(({ part, reference: r }) => {
      const v = views[part]!;
      return `${PART_LABEL[part]}: view ${[v.west, v.south, v.east, v.north].map((n) => n.toFixed(4)).join(', ')} at zoom ${v.zoom.toFixed(2)} ` +
        `(${SCREEN_PX.join(' × ')} px): ${r.measures} measures and ${r.shifts} shifts in view, ${r.perDistrict[0]!.drawn} features in the answer` +
        `${r.perDistrict[0]!.clustered ? ' (clusters)' : ''}`;
    }),
    ...runs.filter((r) => r.part === 'all').flatMap(({ reference: r }) => [
      `${PART_LABEL.all}:`,
      ...r.perDistrict.map((d) => `  ${d.id.padEnd(11)} ${String(d.measures).padStart(6)} measures ${String(d.shifts).padStart(6)} shifts ` +
        `${d.planned.toFixed(1).padStart(8)} h planned ${d.realised.toFixed(1).padStart(8)} h realised`),
    ]),
    '',
    `${opts.connections} connections${opts.distinct ? ', every connection its own spelling (--distinct)' : ', every connection the same query'}; ` +
      `before each run the reference request and 7 timed ones, one at a time${opts.warmupSeconds > 0 ? `, then ${opts.warmupSeconds} s of load` : ''}`,
    '',
    `| query part                          |  KiB | alone ms |  s | requests | req/s | p50 ms | p95 ms | p99 ms | max ms | errors | timeouts | load 1m |`,
    `| ----------------------------------- | ---: | -------: | -: | -------: | ----: | -----: | -----: | -----: | -----: | -----: | -------: | ------: |`,
    ...runs.map(({ part, reference: r, result: x, durationSeconds, loadBefore }) =>
      `| ${PART_LABEL[part].padEnd(35)} | ${(r.bytes / 1024).toFixed(0).padStart(4)} | ${ms(r.aloneMs).padStart(8)} | ${String(durationSeconds).padStart(2)} | ` +
      `${String(x.requests).padStart(8)} | ${x.rps.toFixed(1).padStart(5)} | ${pct(x, x.latencyMs.p50).padStart(6)} | ${pct(x, x.latencyMs.p95).padStart(6)} | ` +
      `${pct(x, x.latencyMs.p99).padStart(6)} | ${pct(x, x.latencyMs.max).padStart(6)} | ${String(x.errors).padStart(6)} | ${String(x.timeouts).padStart(8)} | ` +
      `${loadBefore.toFixed(2).padStart(7)} |`),
    '',
    ...runs.filter((r) => r.part === 'layer' || r.part === 'street').map((r) => `target p95 < ${TARGET_P95_MS} ms, ${PART_LABEL[r.part]}: ${verdict(r.result)}`),
    '',
    `"alone": median of 7 requests one at a time before the load. "requests": responses completed in the measured run; the`,
    `percentiles are over those only — requests still running when the run ended, or cut off after ${REQUEST_TIMEOUT_S} s ("timeouts",`,
    `also counted in "errors"), are not in them. "load 1m": the 1-minute load average when the run began.`,
    `${cpus().length} CPUs, load average now ${loadavg().map((l) => l.toFixed(2)).join(' ')}. Servers (4 subgraphs + gateway) share one Node ` +
      'process and one pool of 10 database connections; the load generator runs in a child process; PostgreSQL on the same machine.',
  ];
  const bad = runs.find((r) => r.result.firstBadBody);
  if (bad) lines.push('', `first bad answer (${PART_LABEL[bad.part]}): ${bad.result.firstBadBody}`);
  if (!opts.distinct) {
    lines.push('Every connection sends the same document: the gateway may merge identical in-flight subgraph requests (--distinct prevents it).');
  }
  console.log(lines.join('\n'));
}

// ---------------------------------------------------------------- main

let database: TestDatabase | null = null;
let platform: Platform | null = null;
let closing: Promise<void> | null = null;

function closeAll(): Promise<void> {
  closing ??= (async () => {
    child?.kill();
    if (platform) await platform.close().catch((e: unknown) => console.error(`closing the platform: ${(e as Error).message}`));
    if (database) await database.drop().catch((e: unknown) => console.error(`dropping the database: ${(e as Error).message}`));
  })();
  return closing;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    progress(`${signal}: closing …`);
    void closeAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  });
}

try {
  database = await createTestDatabase();
  const config = readConfig({
    ...process.env, DATABASE_URL: database.url!, AUTH_ISSUER: '', DEMO_DATA: 'true',
    PORT: '0', PLAN_PORT: '0', INCIDENTS_PORT: '0', VENUES_PORT: '0', MEASURES_PORT: '0',
    RATE_LIMIT_BURST: '1000000', RATE_LIMIT_PER_SECOND: '1000000',
  });
  progress('starting the platform with demo data …');
  platform = await startPlatform(config, { inMemory: true });
  const db = platform.databases.get('measures')!;

  progress(`generating ${opts.measures} measures and ${opts.shifts} presence shifts …`);
  const gen = await generate(db, opts.measures, opts.shifts);
  progress(`generated in ${(gen.totalMs / 1000).toFixed(1)} s`);
  const [totals] = await db.query<{ measures: number; shifts: number; rules: number }>(
    `SELECT (SELECT count(*) FROM measures.measure WHERE deleted_at IS NULL)::int AS measures,
            (SELECT count(*) FROM measures.presence_shift WHERE deleted_at IS NULL)::int AS shifts,
            (SELECT count(*) FROM measures.presence_rule WHERE deleted_at IS NULL)::int AS rules`,
  );
  // Real time, not the platform's clock: the bench's data are generated around today.
  const week = lastCompleteWeek(new Date()).label;

  const [box] = await db.query<{ w: number; s: number; e: number; n: number; cx: number; cy: number }>(
    `SELECT ST_XMin(geom) AS w, ST_YMin(geom) AS s, ST_XMax(geom) AS e, ST_YMax(geom) AS n,
            ST_X(ST_PointOnSurface(geom)) AS cx, ST_Y(ST_PointOnSurface(geom)) AS cy FROM geo.district WHERE id = $1`,
    [LAYER_DISTRICT],
  );
  views.layer = fitted(box!);
  // The generated points crowd around the point on surface: the densest street view there is.
  views.street = around([box!.cx, box!.cy], 17);
  views.entity = views.layer;
  // A few metres of fields west of the city: nothing there.
  views.floor = { west: 15.3, south: 58.35, east: 15.3005, north: 58.3503, zoom: 19 };

  const { token } = await platform.auth.demo!.issue('est');
  const headers = { authorization: `Bearer ${token}` };

  const runs: Measured[] = [];
  for (const part of PARTS) {
    const seconds = part === 'all' ? opts.partDurationSeconds : opts.durationSeconds;
    if (seconds > 0) runs.push(await measure(platform, headers, part, week, seconds));
  }
  const districtIds = runs.find((r) => r.part === 'all')?.reference.perDistrict.map((d) => d.id).sort() ?? [];
  if (districtIds.length && districtIds.join() !== [...PRIORITY_DISTRICTS].sort().join()) progress(`note: the priority districts answered are ${districtIds.join(', ')}`);

  if (opts.json) {
    console.log(JSON.stringify({
      week, connections: opts.connections, distinct: opts.distinct, warmupSeconds: opts.warmupSeconds, targetP95Ms: TARGET_P95_MS,
      pass: runs.filter((r) => r.part === 'layer' || r.part === 'street').every((r) => passes(r.result)), generation: gen, totals,
      runs: runs.map((r) => ({ ...r, label: PART_LABEL[r.part] })), cpus: cpus().length, loadAverage: loadavg(),
    }, null, 2));
  } else {
    print(week, gen, totals!, runs);
  }
} catch (error) {
  console.error(`measures bench failed: ${(error as Error).stack ?? String(error)}`);
  process.exitCode = 1;
} finally {
  await closeAll();
}
process.exit(process.exitCode ?? 0);
