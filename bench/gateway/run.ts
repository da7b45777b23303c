/**
 * Gateway benchmark: the same federated query through our Hive Gateway (Rust and JS query planner),
 * through Apollo's gateway, and straight against the subgraphs, each under the same fixed load, every
 * request signed in as the demo EST user (bearer token).
 *
 *   DATABASE_URL=postgres://… npx tsx gateway/run.ts [--connections 20] [--duration 10] [--warmup 2] [--distinct] [--json]
 *
 * Everything listens on 127.0.0.1 on free ports and is closed at the end. See bench/README.md.
 */
import { GATEWAY_SECRET_HEADER, readConfig, SERVICES, type Db, type PlatformConfig, type RunningServer, type ServiceName } from '@tk/gis';
import { startPlatform, type Platform } from '@tk/gateway/platform';
import { gatewayOptions, startGateway } from '@tk/gateway/server';
import { fork, type ChildProcess } from 'node:child_process';
import { subscribe } from 'node:diagnostics_channel';
import type { Socket } from 'node:net';
import { availableParallelism, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startApolloGateway, type RunningApolloGateway } from './apollo.js';
import { jsonEqual, type JsonValue, type LoadJob, type LoadMessage, type LoadResult } from './protocol.js';
import { computeRatios, formatResults, subgraphRequestsPerRequest, type TargetKey, type TargetReport } from './report.js';

const LOAD_SCRIPT = fileURLToPath(new URL('./load.ts', import.meta.url));
const HOST = '127.0.0.1';
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
const GATEWAYS: ReadonlySet<TargetKey> = new Set(['hive-rust', 'hive-js', 'apollo']);

/**
 * With --distinct, connection i sends its own spelling of the same query: the root field and `name`
 * under aliases of its own, and `incidentCount(from:)` with its own instant on 1 January 1970 (before
 * any incident, so the counts do not change). Both subgraph fetches then differ between connections.
 */
interface Variant {
  root: string;
  name: string;
  from: string;
}

function variant(i: number): Variant {
  return { root: `c${i}`, name: `n${i}`, from: new Date(Date.UTC(1970, 0, 1) + i * 1000).toISOString() };
}

const aliased = (alias: string | undefined) => (alias ? `${alias}: ` : '');
const fromArgument = (v: Variant | null) => (v ? `(from: "${v.from}")` : '');
/** `incidentCount` needs a signed-in user and answers a count as the caller's role may see it. */
const incidentCount = (v: Variant | null) => `incidentCount${fromArgument(v)} { exact value atLeast hiddenCells }`;

/**
 * Through a gateway: `incidentCount` is resolved by the incidents subgraph on the District entity of plan.
 * With --distinct it uses 2 aliases (root field and name), well within the gateway's query limits (30).
 */
const federatedQuery = (v: Variant | null) =>
  `query BenchDistricts { ${aliased(v?.root)}districts { id ${aliased(v?.name)}name priority ${incidentCount(v)} } }`;
/** Straight to the plan subgraph: the part of the federated query that plan answers. */
const planQuery = (v: Variant | null) => `query BenchDistrictsPlan { ${aliased(v?.root)}districts { id ${aliased(v?.name)}name priority } }`;
/** Straight to the incidents subgraph: the entity fetch a gateway makes for `incidentCount`. */
const entitiesQuery = (v: Variant | null) =>
  'query BenchIncidentCounts($representations: [_Any!]!) { ' +
  `${aliased(v?.root)}_entities(representations: $representations) { ... on District { ${incidentCount(v)} } } }`;

class BenchError extends Error {
  override name = 'BenchError';
}

// ---------------------------------------------------------------- options

interface Options {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  /** Each connection sends its own spelling of the query, so no two in-flight subgraph requests are identical. */
  distinct: boolean;
  json: boolean;
}

const USAGE = `Usage: tsx gateway/run.ts [--connections N] [--duration S] [--warmup S] [--distinct] [--json]
  --connections N  concurrent connections per target (default 20)
  --duration S     measured seconds per target (default 10)
  --warmup S       unmeasured warm-up seconds per target (default 2, 0 for none)
  --distinct       every connection sends its own spelling of the same query (own aliases, own
                   incidentCount(from:) before any incident), so a gateway cannot merge
                   identical in-flight subgraph requests
  --json           print the results as JSON on stdout instead of the table
Set DATABASE_URL to a PostgreSQL/PostGIS database; without it an in-memory PGlite is used.`;

function numberOption(raw: string | undefined, name: string, fallback: number, min: number, max: number, integer: boolean): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new BenchError(`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${raw}"`);
  }
  return value;
}

function readOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      connections: { type: 'string' },
      duration: { type: 'string' },
      warmup: { type: 'string' },
      distinct: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  return {
    connections: numberOption(values.connections, 'connections', 20, 1, 1000, true),
    durationSeconds: numberOption(values.duration, 'duration', 10, 1, 600, false),
    warmupSeconds: numberOption(values.warmup, 'warmup', 2, 0, 60, false),
    distinct: values.distinct ?? false,
    json: values.json ?? false,
  };
}

// ---------------------------------------------------------------- environment

/**
 * The gateway's per-identity rate limit, set out of reach (the default, burst 300 and 20/s, would
 * answer most of the load with 429): the bench measures the gateway, not the limiter.
 */
const RATE_LIMIT_OFF = '1000000';

/**
 * The platform's own configuration, pinned to free loopback ports, demo data, the Rust planner, the
 * built-in demo sign-in (no AUTH_ISSUER: the bench issues its own token) and the rate limiter off.
 */
function benchConfig(env: NodeJS.ProcessEnv): PlatformConfig {
  return readConfig({
    ...env,
    HOST,
    PORT: '0',
    PLAN_PORT: '0',
    INCIDENTS_PORT: '0',
    VENUES_PORT: '0',
    MEASURES_PORT: '0',
    DEMO_DATA: 'true',
    GATEWAY_QUERY_PLANNER: 'rust',
    AUTH_ISSUER: '',
    RATE_LIMIT_BURST: RATE_LIMIT_OFF,
    RATE_LIMIT_PER_SECOND: RATE_LIMIT_OFF,
  });
}

/** The role every bench request is signed in as: EST sees exact counts (`exact: true`, `value` set). */
const BENCH_USER = 'est';

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

interface DatabaseInfo {
  kind: 'postgresql' | 'embedded-pglite';
  urls: string[];
  version: string | null;
  postgis: string | null;
}

async function scalar(db: Db, sql: string): Promise<string | null> {
  try {
    const [row] = await db.query<{ value: unknown }>(sql);
    return row?.value == null ? null : String(row.value);
  } catch {
    return null;
  }
}

async function describeDatabase(config: PlatformConfig, platform: Platform): Promise<DatabaseInfo> {
  const db = platform.databases.get('plan')!;
  const version = await scalar(db, "SELECT current_setting('server_version') AS value");
  const postgis = await scalar(db, 'SELECT postgis_lib_version() AS value');
  if (config.mode === 'embedded') return { kind: 'embedded-pglite', urls: [], version, postgis };
  const urls = [...new Set(Object.values(config.databaseUrls).filter((u): u is string => !!u))].map(redact);
  return { kind: 'postgresql', urls, version, postgis };
}

function databaseLine(info: DatabaseInfo): string {
  const versions = `PostgreSQL ${info.version ?? '?'}, PostGIS ${info.postgis ?? '?'}`;
  return info.kind === 'postgresql'
    ? `PostgreSQL server ${info.urls.join(', ')} (${versions})`
    : `embedded PGlite in memory (${versions}) — DATABASE_URL not set; PGlite runs one query at a time, so the figures measure PGlite more than the gateways`;
}

// ---------------------------------------------------------------- targets

interface Target {
  key: TargetKey;
  label: string;
  url: string;
  /** The GraphQL document, in the given connection's spelling with --distinct. */
  document: (v: Variant | null) => string;
  variables?: Record<string, JsonValue>;
  /** The `data` this target must answer, derived from the reference answer. */
  expected: (v: Variant | null) => JsonValue;
}

/** What the load generator sends to one target and accepts back. */
interface PreparedTarget {
  bodies: string[];
  expectedBodies: string[];
  expectedData: JsonValue[];
}

/** Type aliases, not interfaces, so that they are assignable to JsonValue. */
type IncidentCount = {
  exact: boolean;
  value: number | null;
  atLeast: number;
  hiddenCells: number;
};

type District = {
  id: string;
  name: string;
  priority: boolean;
  incidentCount: IncidentCount;
};

/** Request headers besides content-type and accept: the bearer token, sent to every target. */
type RequestHeaders = Record<string, string>;

interface Answer {
  status: number;
  text: string;
  data: JsonValue | undefined;
  errors: unknown;
}

function assertLoopback(url: string): void {
  const { hostname } = new URL(url);
  if (!LOOPBACK.has(hostname)) throw new BenchError(`Refusing to send load to a non-loopback address: ${url}`);
}

async function ask(url: string, body: string, headers: RequestHeaders): Promise<Answer> {
  assertLoopback(url);
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json', accept: 'application/json' },
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let parsed: { data?: JsonValue; errors?: unknown } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // reported below as "no data"
  }
  return { status: response.status, text, data: parsed.data, errors: parsed.errors };
}

const shorten = (text: string) => (text.length > 800 ? `${text.slice(0, 800)}…` : text);

/** Fails loudly unless the answer is a 200 with exactly the expected data and no errors. */
async function check(label: string, url: string, body: string, headers: RequestHeaders, expected: JsonValue | null): Promise<Answer> {
  const answer = await ask(url, body, headers);
  const problem =
    answer.status !== 200 ? `HTTP ${answer.status}`
    : answer.errors !== undefined ? 'GraphQL errors'
    : answer.data === undefined ? 'no data'
    : expected !== null && !jsonEqual(answer.data, expected) ? 'different data than the reference (Hive gateway, Rust planner)'
    : null;
  if (problem) throw new BenchError(`${label} (${url}) answered ${problem}:\n${shorten(answer.text)}\nrequest: ${shorten(body)}`);
  return answer;
}

/** Checks every body the target will be sent (one per variant) and keeps the raw answers to accept under load. */
async function prepare(target: Target, variants: ReadonlyArray<Variant | null>, headers: RequestHeaders): Promise<PreparedTarget> {
  const prepared: PreparedTarget = { bodies: [], expectedBodies: [], expectedData: [] };
  for (const v of variants) {
    const body = request(target.document(v), target.variables);
    const expected = target.expected(v);
    const answer = await check(target.label, target.url, body, headers, expected);
    prepared.bodies.push(body);
    prepared.expectedBodies.push(answer.text);
    prepared.expectedData.push(expected);
  }
  return prepared;
}

function districtsOf(data: JsonValue | undefined): District[] {
  const list = (data as { districts?: unknown } | undefined)?.districts;
  if (!Array.isArray(list) || list.length === 0) throw new BenchError('The reference answer has no districts: is the demo data loaded?');
  for (const d of list as Partial<District>[]) {
    if (typeof d.id !== 'string' || typeof d.incidentCount?.value !== 'number') {
      throw new BenchError(`Unexpected district in the reference answer: ${JSON.stringify(d)}`);
    }
    // The bench measures the exact-count path; another role would get the cell-suppressed one.
    if (d.incidentCount.exact !== true) {
      throw new BenchError(`Expected exact counts for the ${BENCH_USER} role, got: ${JSON.stringify(d)}`);
    }
  }
  return list as District[];
}

const request = (query: string, variables?: Record<string, JsonValue>) => JSON.stringify(variables ? { query, variables } : { query });

// ---------------------------------------------------------------- load

/**
 * HTTP requests received by every server of this process, by local port. Read for the subgraphs'
 * ports, it says how many subgraph requests the gateways really made (Hive Gateway merges identical
 * in-flight subgraph requests, so under identical concurrent queries it can make fewer than two).
 */
const requestsByPort = new Map<number, number>();
subscribe('http.server.request.start', (message) => {
  const port = (message as { socket?: Socket }).socket?.localPort;
  if (port !== undefined) requestsByPort.set(port, (requestsByPort.get(port) ?? 0) + 1);
});

function subgraphRequestCounter(subgraphUrls: Record<ServiceName, string>): () => Record<ServiceName, number> {
  const ports = SERVICES.map((name) => [name, Number(new URL(subgraphUrls[name]).port)] as const);
  return () => Object.fromEntries(ports.map(([name, port]) => [name, requestsByPort.get(port) ?? 0])) as Record<ServiceName, number>;
}

let activeChild: ChildProcess | null = null;

/**
 * Runs one LoadJob in a child process (autocannon there, servers here) and waits for its result;
 * `onMeasuring` is called when the warm-up is over.
 */
function runLoad(job: LoadJob, onMeasuring: () => void): Promise<LoadResult> {
  const budgetMs = (job.warmupSeconds + job.durationSeconds + 60) * 1000;
  return new Promise((resolve, reject) => {
    const child = fork(LOAD_SCRIPT, [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    activeChild = child;
    let settled = false;
    const finish = (error: Error | null, result?: LoadResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      activeChild = null;
      if (child.exitCode === null && child.signalCode === null) child.kill();
      if (error) reject(error);
      else resolve(result!);
    };
    const timer = setTimeout(() => finish(new BenchError(`The load generator did not finish within ${budgetMs / 1000} s`)), budgetMs);
    child.on('message', (message: LoadMessage) => {
      if (message.type === 'measuring') onMeasuring();
      else if (message.type === 'result') finish(null, message.result);
      else finish(new BenchError(`The load generator failed: ${message.message}`));
    });
    child.on('error', (error) => finish(error));
    // 'close' comes after the IPC channel is drained, so a result sent just before exiting is not lost.
    child.on('close', (code, signal) => finish(new BenchError(`The load generator exited (${signal ?? code}) without a result`)));
    child.send(job);
  });
}

// ---------------------------------------------------------------- main

const log = (line: string) => console.error(`[bench] ${line}`);
const closers: Array<{ name: string; close: () => Promise<void> }> = [];

async function closeAll(): Promise<void> {
  activeChild?.kill();
  while (closers.length > 0) {
    const { name, close } = closers.pop()!;
    try {
      await close();
    } catch (error) {
      console.error(`[bench] closing ${name} failed: ${(error as Error).message}`);
    }
  }
}

async function main(options: Options): Promise<void> {
  const config = benchConfig(process.env);
  log(`starting the platform (4 subgraphs + Hive gateway, ${config.mode === 'embedded' ? 'embedded PGlite in memory' : 'PostgreSQL'})…`);
  // inMemory: the database in embedded mode, and the demo signing key in every mode (nothing written to DATA_DIR).
  const platform = await startPlatform(config, { inMemory: true });
  closers.push({ name: 'platform', close: () => platform.close() });
  for (const note of platform.notes) log(`  ${note}`);
  const database = await describeDatabase(config, platform);
  log(`database: ${databaseLine(database)}`);

  if (!platform.auth.demo) throw new BenchError('The bench signs in with the built-in demo sign-in, which is off here (NODE_ENV=production?).');
  const signIn = await platform.auth.demo.issue(BENCH_USER);
  log(`signed in as ${signIn.user.name} (${signIn.user.roles.join(', ')}), token valid until ${signIn.expiresAt}`);
  // The secret lets the direct `_entities` target in as the gateway; the gateways ignore it.
  const headers: RequestHeaders = { authorization: `Bearer ${signIn.token}`, [GATEWAY_SECRET_HEADER]: platform.gatewaySecret };

  // Same options as the platform's gateway (auth, rate limit out of reach, body limit), JS planner, free port.
  const jsGateway: RunningServer = await startGateway({
    ...gatewayOptions(config, platform.subgraphUrls, platform.auth, platform.gatewaySecret),
    port: 0,
    host: HOST,
    rateLimit: config.rateLimit,
    queryPlanner: 'js',
  });
  closers.push({ name: 'Hive gateway (js planner)', close: () => jsGateway.close() });
  const apollo: RunningApolloGateway = await startApolloGateway(platform.subgraphUrls, platform.auth.verify, platform.gatewaySecret, HOST);
  closers.push({ name: 'Apollo gateway', close: () => apollo.close() });

  // The reference answer, then every target (every body it will be sent) checked against it before any load.
  const reference = await check('Hive gateway (rust planner)', platform.graphqlUrl, request(federatedQuery(null)), headers, null);
  const districts = districtsOf(reference.data);
  const districtRows = (v: Variant | null, incidents: boolean) =>
    districts.map((d) => ({
      id: d.id,
      [v?.name ?? 'name']: d.name,
      priority: d.priority,
      ...(incidents ? { incidentCount: d.incidentCount } : {}),
    }));
  const federated = { document: federatedQuery, expected: (v: Variant | null) => ({ [v?.root ?? 'districts']: districtRows(v, true) }) };
  const targets: Target[] = [
    { key: 'hive-rust', label: 'Hive gateway (rust planner)', url: platform.graphqlUrl, ...federated },
    { key: 'hive-js', label: 'Hive gateway (js planner)', url: `${jsGateway.url}/graphql`, ...federated },
    { key: 'apollo', label: 'Apollo gateway 2 / Server 5', url: apollo.graphqlUrl, ...federated },
    {
      key: 'direct-plan', label: 'direct: plan subgraph', url: platform.subgraphUrls.plan, document: planQuery,
      expected: (v) => ({ [v?.root ?? 'districts']: districtRows(v, false) }),
    },
    {
      key: 'direct-incidents', label: 'direct: incidents _entities', url: platform.subgraphUrls.incidents, document: entitiesQuery,
      variables: { representations: districts.map((d) => ({ __typename: 'District', id: d.id })) },
      expected: (v) => ({ [v?.root ?? '_entities']: districts.map(({ incidentCount }) => ({ incidentCount })) }),
    },
  ];
  const variants = options.distinct ? Array.from({ length: options.connections }, (_, i) => variant(i)) : [null];
  const prepared = new Map<TargetKey, PreparedTarget>();
  for (const target of targets) {
    prepared.set(target.key, await prepare(target, variants, headers));
    log(`checked ${target.label}: ${target.url} answers the expected data${variants.length > 1 ? ` (${variants.length} spellings)` : ''}`);
  }
  const incidents = districts.reduce((sum, d) => sum + d.incidentCount.value!, 0);
  log(`data: ${districts.length} districts, ${incidents} incidents in total`);

  const countSubgraphRequests = subgraphRequestCounter(platform.subgraphUrls);
  const startedAt = new Date();
  const loadBefore = loadavg();
  const reports: TargetReport[] = [];
  for (const target of targets) {
    log(`${target.label}: ${options.warmupSeconds} s warm-up + ${options.durationSeconds} s at ${options.connections} connections…`);
    let before = countSubgraphRequests();
    const result = await runLoad({
      url: target.url,
      headers,
      connections: options.connections,
      durationSeconds: options.durationSeconds,
      warmupSeconds: options.warmupSeconds,
      ...prepared.get(target.key)!,
    }, () => {
      before = countSubgraphRequests();
    });
    const after = countSubgraphRequests();
    const subgraphRequests = Object.fromEntries(SERVICES.map((name) => [name, after[name] - before[name]])) as Record<ServiceName, number>;
    log(`  ${result.rps.toFixed(0)} req/s, p50 ${result.latencyMs.p50.toFixed(2)} ms, p99 ${result.latencyMs.p99.toFixed(2)} ms, ${result.errors} errors`);
    if (result.firstBadBody) log(`  first bad response: ${result.firstBadBody}`);
    reports.push({ key: target.key, label: target.label, url: target.url, query: target.document(variants[0] ?? null), result, subgraphRequests });
  }
  const ratios = computeRatios(reports);
  const failed = reports.filter((r) => r.result.errors > 0 || r.result.non2xx > 0);
  const merging = reports.filter((r) => GATEWAYS.has(r.key) && subgraphRequestsPerRequest(r) < 1.9);
  const notes = [
    'The direct rows are one subgraph each: "direct: plan subgraph" is only the plan part of the federated query, ' +
      '"direct: incidents _entities" only the entity fetch for incidentCount. A gateway does both (one after the other) plus planning and merging.',
    '"subgraph req/req" counts the HTTP requests the subgraphs received per client request during the measured run: 2 when a gateway ' +
      'fetches plan and then incidents for every request; below 2 when a gateway merges identical in-flight subgraph requests ' +
      '(Hive Gateway does so by default for queries, Apollo Gateway does not).',
    ...(merging.length > 0
      ? [`${merging.map((r) => r.label).join(', ')} merged identical in-flight subgraph requests: every connection sends the same query, so ` +
          'their figures include that saving. Run with --distinct to compare the cost of a request that cannot be merged.']
      : []),
    `Every request is signed in (Authorization: Bearer, demo user "${BENCH_USER}"): each gateway verifies the token ` +
      '(Apollo gateway with the same verifier, in its context function) and forwards it; each subgraph verifies it again. ' +
      `The gateways' per-identity rate limiter is effectively off for the bench (burst and rate ${RATE_LIMIT_OFF}/s), so it measures the gateway, not the limiter.`,
    'Servers (4 subgraphs and 3 gateways) share one Node.js process and event loop; the load generator runs in a child process; ' +
      'the database in its own processes. On a small or busy machine the figures are indicative: compare ratios, not absolute numbers.',
    ...(database.kind === 'embedded-pglite' ? ['Embedded PGlite executes one query at a time: set DATABASE_URL to a PostGIS database for meaningful figures.'] : []),
    ...(failed.length > 0 ? [`Errors during the run: ${failed.map((r) => `${r.label} (${r.result.errors} failed, ${r.result.non2xx} non-2xx)`).join(', ')}.`] : []),
  ];

  if (options.json) {
    const document = {
      startedAt: startedAt.toISOString(),
      node: process.version,
      cpus: availableParallelism(),
      loadAverage: { before: loadBefore, after: loadavg() },
      database,
      settings: {
        connections: options.connections,
        durationSeconds: options.durationSeconds,
        warmupSeconds: options.warmupSeconds,
        distinct: options.distinct,
      },
      data: { districts: districts.length, incidents },
      auth: { user: BENCH_USER, roles: signIn.user.roles, rateLimit: config.rateLimit },
      targets: reports.map((report) => ({ ...report, subgraphRequestsPerRequest: subgraphRequestsPerRequest(report) })),
      ratios,
      notes,
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else {
    const header = [
      `Gateway benchmark — ${startedAt.toISOString()}`,
      `node ${process.version}, ${availableParallelism()} CPUs, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before / ${loadavg().map((l) => l.toFixed(2)).join(' ')} after`,
      `database: ${databaseLine(database)}`,
      `data: ${districts.length} districts, ${incidents} incidents`,
      `auth: every request signed in as demo user "${BENCH_USER}" (${signIn.user.roles.join(', ')}); gateway rate limit burst ${config.rateLimit.capacity}, ${config.rateLimit.refillPerSecond}/s (effectively off)`,
      `load: ${options.connections} connections, ${options.durationSeconds} s per target after ${options.warmupSeconds} s warm-up (autocannon, HTTP/1.1 keep-alive, POST)`,
      `query through the gateways: ${federatedQuery(null)}`,
      options.distinct
        ? `mode: --distinct — connection i sends its own spelling, e.g. ${federatedQuery(variant(0))}`
        : 'mode: every connection sends the same document (identical in-flight subgraph requests can be merged; --distinct prevents it)',
    ];
    process.stdout.write(`\n${header.join('\n')}\n\n${formatResults(reports, ratios)}\n\n${notes.map((n) => `* ${n}`).join('\n')}\n`);
  }
  if (failed.length > 0) log('WARNING: some requests failed during the measured runs; see the errors column.');
}

let options: Options | null;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
if (options === null) {
  console.log(USAGE);
} else {
  const targetsCount = 5;
  const budgetSeconds = 300 + targetsCount * (options.warmupSeconds + options.durationSeconds + 60);
  let stopping = false;
  const stop = async (code: number, reason: string) => {
    stopping = true;
    console.error(`[bench] ${reason}`);
    await closeAll();
    process.exit(code);
  };
  const watchdog = setTimeout(() => void stop(1, `stopped: the benchmark ran longer than ${budgetSeconds} s`), budgetSeconds * 1000);
  watchdog.unref();
  process.once('SIGINT', () => void stop(130, 'interrupted'));
  process.once('SIGTERM', () => void stop(143, 'terminated'));
  try {
    await main(options);
  } catch (error) {
    // After a signal or the watchdog, the run is being torn down: its failures are expected.
    if (!stopping) console.error(`[bench] ${error instanceof BenchError ? error.message : (error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  } finally {
    await closeAll();
    clearTimeout(watchdog);
  }
  // Everything is closed; should a library still hold a handle, do not hang on it.
  setTimeout(() => {
    console.error('[bench] a handle is still open after closing everything; exiting anyway');
    process.exit(process.exitCode ?? 0);
  }, 5000).unref();
}
