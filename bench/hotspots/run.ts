/**
 * Hot-spot benchmark at scale: analyseHotspots (the whole District.hotspots analysis) on real PostGIS
 * with a million synthetic incidents over one year, against the issue's targets — one week under
 * 300 ms, emerging classes over 52 weeks under 5 s — and against "the floor", the plain SQL count per
 * cell without any statistics.
 *
 *   DATABASE_URL=postgres://… npx tsx hotspots/run.ts [--rows 1000000] [--runs 5] [--warmup 1] [--explain] [--json]
 *
 * It creates a fresh database on that server (createTestDatabase), migrates it, loads the demo
 * districts, generates the incidents in one INSERT … SELECT (generate.ts) and drops the database at
 * the end (also on errors and Ctrl-C). Then, each as warm-up + measured runs:
 *   (a) analyseHotspots for the last week over the priority districts, split into its SQL statements
 *       and the rest (TypeScript); (b) the same with trendWeeks 52;
 *   (c) the floor: the plain SQL count per cell (and week), the same cell expression, no statistics;
 *   (d) the statistics alone, in process, on the floor's counts;
 *   (e) (a) and (b) again with jit = off for the session — a diagnosis, not a target.
 * See bench/README.md.
 */
import { createPgDb, loadDemoDistrictsIfEmpty, prepareDatabase, realClock, type Db } from '@tk/gis';
import { parseIsoWeek, weeksEndingWith } from '@tk/time';
import { classifyHotSpots, emergingHotSpots, getisOrdGiStar, sqlCellColumns } from '@tk/stats';
import { createTestDatabase, type TestDatabase } from '@tk/gis/testing/database';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { CLUSTER_SHARE, generateIncidents, RANDOM_SEED, WEEKS, type GenerateResult } from './generate.js';
import { analyseHotspots, countsOf, createHotspotBudget, incidentsService, MIN_HOT_NEIGHBOURHOOD, studyArea, type HotspotAnalysis, type StudyCell } from './incidents.js';
import { compareWithR, describeAgreement, type Agreement } from '../../test/reference/compare.js';
import { fixed, formatMeasurements, formatTargets, ms, thousands, type TableRow, type TargetRow } from './report.js';
import { recordingDb, repeat, SQL_KINDS, summarise, type SqlKind, type Statement, type Summary } from './timing.js';

/** The data covers the WEEKS weeks before this one; the analysed week is the last of them. */
const ANCHOR_WEEK = '2026-W48';
const ANALYSED_WEEK = '2026-W47';
const TARGET_WEEK_MS = 300;
const TARGET_TREND_MS = 5000;

class BenchError extends Error {
  override name = 'BenchError';
}

// ---------------------------------------------------------------- options

interface Options {
  rows: number;
  runs: number;
  warmup: number;
  cellSizeM: number;
  explain: boolean;
  json: boolean;
  reference: boolean;
}

const USAGE = `Usage: tsx hotspots/run.ts [--rows N] [--runs N] [--warmup N] [--cell-size M] [--explain] [--json]
  --rows N        synthetic incidents to generate (default 1000000)
  --runs N        measured runs per measurement (default 5)
  --warmup N      unmeasured runs before them (default 1)
  --cell-size M   hexagon size across the flats in metres (default 150)
  --explain       also print EXPLAIN (ANALYZE, BUFFERS) of the analysis' cell-count and study-area
                  statements and of the floor's (server settings, jit as configured)
  --json          print the results as JSON on stdout instead of the table
  --reference     also compare the ${WEEKS}-week analysis with R's (test/reference: spdep, p.adjust,
                  cor.test, Esri's rules in R); needs Rscript with spdep
DATABASE_URL (required) names a PostgreSQL server with PostGIS; a fresh database is created there and
dropped at the end.`;

function integerOption(raw: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < min || value > max) throw new BenchError(`--${name} must be an integer from ${min} to ${max}, got "${raw}"`);
  return value;
}

function readOptions(argv: string[]): Options | null {
  const { values } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'string' },
      runs: { type: 'string' },
      warmup: { type: 'string' },
      'cell-size': { type: 'string' },
      explain: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      reference: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return null;
  return {
    rows: integerOption(values.rows, 'rows', 1_000_000, 1000, 20_000_000),
    runs: integerOption(values.runs, 'runs', 5, 1, 100),
    warmup: integerOption(values.warmup, 'warmup', 1, 0, 10),
    cellSizeM: integerOption(values['cell-size'], 'cell-size', 150, 50, 2000),
    explain: values.explain ?? false,
    json: values.json ?? false,
    reference: values.reference ?? false,
  };
}

// ---------------------------------------------------------------- database

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

interface DatabaseInfo {
  url: string;
  version: string;
  postgis: string;
  settings: Record<string, string>;
}

const SETTINGS = ['shared_buffers', 'work_mem', 'effective_cache_size', 'random_page_cost', 'jit', 'max_parallel_workers_per_gather'];

async function describeDatabase(db: Db, url: string): Promise<DatabaseInfo> {
  const [row] = await db.query<{ version: string; postgis: string }>(
    `SELECT current_setting('server_version') AS version, postgis_full_version() AS postgis`,
  );
  const settings = await db.query<{ name: string; setting: string }>(
    `SELECT name, current_setting(name) AS setting FROM unnest($1::text[]) AS name`,
    [SETTINGS],
  );
  const postgis = /POSTGIS="([^"]+)"/.exec(row!.postgis)?.[1] ?? row!.postgis;
  return { url: redact(url), version: row!.version, postgis, settings: Object.fromEntries(settings.map((s) => [s.name, s.setting])) };
}

// ---------------------------------------------------------------- the floor

const CELL = sqlCellColumns('x', 'y', '$2::float8');

/**
 * The floor: the incidents of [$3, $4) in the districts counted per cell (and per ISO week with
 * `weekly`: the week's number in the series, found among the weeks' starts in $5 as the analysis is
 * given them), with the analysis' own cell expression and the same filter — a plain range scan and
 * GROUP BY, no study area, no statistics, no geometry out.
 */
const floorSql = (weekly: boolean) => `
SELECT ${weekly ? 'width_bucket(occurred_at, $5::timestamptz[]) AS week, ' : ''}${CELL.q} AS q, ${CELL.r} AS r, count(*)::int AS n
  FROM (SELECT i.occurred_at, ST_X(p) AS x, ST_Y(p) AS y
          FROM incidents.incident i
          CROSS JOIN LATERAL ST_Transform(i.location, 3006) AS p
         WHERE i.deleted_at IS NULL AND i.location IS NOT NULL AND i.district_id = ANY($1::text[])
           AND i.occurred_at >= $3 AND i.occurred_at < $4) AS pts
 GROUP BY ${weekly ? '1, 2, 3' : '1, 2'}`;

interface WeekRange {
  labels: string[];
  starts: Date[];
  start: Date;
  end: Date;
}

/** The `count` ISO weeks ending with `last`, oldest first, and their bounds in Swedish time. */
function weekRange(last: string, count: number): WeekRange {
  const weeks = weeksEndingWith(parseIsoWeek(last)!, count);
  return { labels: weeks.map((w) => w.label), starts: weeks.map((w) => w.start), start: weeks[0]!.start, end: weeks[weeks.length - 1]!.end };
}

/** `week`: the week's number (1 = the first) in the floor's series. */
type FloorRow = { week?: number; q: number; r: number; n: number };

function countsByWeek(rows: readonly FloorRow[], labels: readonly string[]): Map<string, Map<string, number>> {
  const byWeek = new Map<string, Map<string, number>>();
  for (const row of rows) {
    const week = labels[(row.week ?? 1) - 1]!;
    if (!byWeek.has(week)) byWeek.set(week, new Map());
    byWeek.get(week)!.set(`${row.q}:${row.r}`, row.n);
  }
  return byWeek;
}

// ---------------------------------------------------------------- measuring the analysis

interface AnalysisRuns {
  total: Summary;
  load1: number;
  /** per kind of SQL statement: its time per run (summed when a kind runs more than once) */
  sql: Partial<Record<SqlKind, Summary>>;
  /** total minus all SQL: the statistics and everything else in TypeScript */
  rest: Summary;
  last: HotspotAnalysis;
  lastStatements: Statement[];
}

async function measureAnalysis(db: Db, options: Options, request: Parameters<typeof analyseHotspots>[1], label: string): Promise<AnalysisRuns> {
  const recorder = recordingDb(db);
  const work = async () => {
    recorder.take();
    // A fresh request budget per run, as each request gets one.
    const result = await analyseHotspots(recorder.db, request, createHotspotBudget());
    return { result, statements: recorder.take() };
  };
  const { samples, results, load1 } = await repeat(options.runs, options.warmup, work, (time, i) => log(`  ${label} run ${i + 1}: ${ms(time)} ms`));
  const sqlPerRun = results.map(({ statements }) => {
    const byKind = new Map<SqlKind, number>();
    for (const s of statements) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + s.ms);
    return byKind;
  });
  const sql: Partial<Record<SqlKind, Summary>> = {};
  for (const kind of SQL_KINDS) {
    if (sqlPerRun.some((m) => m.has(kind))) sql[kind] = summarise(sqlPerRun.map((m) => m.get(kind) ?? 0));
  }
  const rest = summarise(samples.map((total, i) => total - [...sqlPerRun[i]!.values()].reduce((a, b) => a + b, 0)));
  const last = results[results.length - 1]!;
  return { total: summarise(samples), load1, sql, rest, last: last.result, lastStatements: last.statements };
}

const SQL_LABELS: Record<SqlKind, string> = {
  'cell counts': 'SQL: weekly cell counts',
  'study area': 'SQL: study area cells',
  weeks: 'SQL: ISO week bounds',
  hexagons: 'SQL: hexagons to WGS 84',
  other: 'SQL: other',
};

function analysisRows(label: string, runs: AnalysisRuns): TableRow[] {
  return [
    { label, summary: runs.total, load1: runs.load1 },
    ...SQL_KINDS.filter((k) => runs.sql[k]).map((k) => ({ label: `  ${SQL_LABELS[k]}`, summary: runs.sql[k]! })),
    { label: '  TypeScript (total − SQL)', summary: runs.rest, note: 'Gi*, FDR, emerging, assembling' },
  ];
}

function tally<T extends string>(values: readonly (T | null)[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const v of values) if (v !== null) counts[v] = (counts[v] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

const describeTally = (counts: Record<string, number>) =>
  Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';

/** The cell expression makes Group Key and Sort Key lines thousands of characters long. */
const PLAN_LINE = 160;
const shortPlan = (text: string) => text.split('\n').map((line) => (line.length > PLAN_LINE ? `${line.slice(0, PLAN_LINE - 1)}…` : line)).join('\n');

// ---------------------------------------------------------------- main

const log = (line: string) => console.error(`[bench] ${line}`);

let database: TestDatabase | null = null;
/** every pool opened on the bench database, closed before it is dropped */
const pools: Db[] = [];
let cleanup: Promise<void> | null = null;

function openPool(url: string): Db {
  const pool = createPgDb(url);
  pools.push(pool);
  return pool;
}

/** The bench database's URL with a session setting for every connection (libpq's `options`). */
function withSetting(url: string, setting: string): string {
  const parsed = new URL(url);
  parsed.searchParams.set('options', `-c ${setting}`);
  return parsed.toString();
}

/**
 * Closes the pools and drops the bench database. After a signal a statement may still be running (the
 * INSERT, a measurement): it is cancelled first, so that its connection goes back to the pool and the
 * pool can close before DROP DATABASE … WITH (FORCE) would end the session under it.
 */
function cleanUp(interrupted: boolean): Promise<void> {
  cleanup ??= (async () => {
    if (interrupted && database?.url && pools.length > 0) {
      const admin = createPgDb(database.url, { max: 1 });
      await admin
        .query(`SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
        .catch(() => undefined);
      await admin.close().catch(() => undefined);
    }
    for (const pool of pools.splice(0)) {
      await Promise.race([pool.close(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]).catch(() => undefined);
    }
    if (database) {
      try {
        await database.drop();
        log(`dropped the bench database`);
      } catch (error) {
        console.error(`[bench] could not drop the bench database (${database.url ? redact(database.url) : '?'}): ${(error as Error).message}`);
      }
      database = null;
    }
  })();
  return cleanup;
}

async function main(options: Options, serverUrl: string): Promise<void> {
  const startedAt = new Date();
  const loadBefore = loadavg();
  database = await createTestDatabase();
  log(`created the bench database ${redact(database.url!)}`);
  const db = openPool(database.url!);
  const notes = await prepareDatabase(incidentsService, db, false, realClock);
  const districts = await loadDemoDistrictsIfEmpty(db);
  log(`migrated (${notes.length} migrations), ${districts?.added.length ?? 0} demo districts loaded`);
  const info = await describeDatabase(db, serverUrl);
  log(`PostgreSQL ${info.version}, PostGIS ${info.postgis}`);

  // 1. data
  log(`generating ${thousands(options.rows)} incidents in the ${WEEKS} weeks before ${ANCHOR_WEEK} (one INSERT … SELECT)…`);
  const generated: GenerateResult = await generateIncidents(db, options.rows, ANCHOR_WEEK);
  log(`  ${thousands(generated.inserted)} rows in ${fixed(generated.generateMs / 1000, 1)} s (${thousands(generated.rowsPerSecond)} rows/s), VACUUM ANALYZE ${fixed(generated.analyzeMs / 1000, 1)} s`);
  if (generated.inserted !== generated.requested) log(`  NOTE: ${generated.requested - generated.inserted} fewer rows than requested (too few cluster candidates inside the districts)`);

  const priority = (await db.query<{ id: string }>(`SELECT id FROM geo.district WHERE priority ORDER BY id`)).map((r) => r.id);
  if (priority.length === 0) throw new BenchError('No priority districts: the demo districts did not load?');
  const week = weekRange(ANALYSED_WEEK, 1);
  const year = weekRange(ANALYSED_WEEK, WEEKS);
  const area: StudyCell[] = await studyArea(db, priority, options.cellSizeM);
  const [weekAll] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM incidents.incident WHERE deleted_at IS NULL AND occurred_at >= $1 AND occurred_at < $2`,
    [week.start, week.end],
  );
  log(`study area: ${priority.join(', ')} at ${options.cellSizeM} m: ${thousands(area.length)} cells; ${ANALYSED_WEEK}: ${thousands(weekAll!.n)} incidents in all districts`);

  // 2. measurements
  const weekRequest = { week: parseIsoWeek(ANALYSED_WEEK)!, districtIds: priority, cellSizeM: options.cellSizeM, trendWeeks: 1 };
  const trendRequest = { ...weekRequest, trendWeeks: WEEKS };
  log(`(a) analyseHotspots, ${ANALYSED_WEEK}: ${options.warmup} warm-up + ${options.runs} runs`);
  const a = await measureAnalysis(db, options, weekRequest, '(a)');
  log(`(b) analyseHotspots, trendWeeks ${WEEKS}: ${options.warmup} warm-up + ${options.runs} runs`);
  const b = await measureAnalysis(db, options, trendRequest, '(b)');

  // (e) diagnosis: the same with PostgreSQL's JIT compilation off for the session (the server's
  // default, jit = on, compiles any statement whose estimated cost exceeds jit_above_cost).
  const noJit = openPool(withSetting(database.url!, 'jit=off'));
  log('(e) the same two with jit = off for the session (diagnosis)');
  const aNoJit = await measureAnalysis(noJit, options, weekRequest, '(a, jit off)');
  const bNoJit = await measureAnalysis(noJit, options, trendRequest, '(b, jit off)');

  const floorWeekParams = [priority, options.cellSizeM, week.start, week.end];
  const floorYearParams = [priority, options.cellSizeM, year.start, year.end, year.starts];
  log('(c) the floor: plain SQL counts per cell');
  const floorWeek = await repeat(options.runs, options.warmup, () => db.query<FloorRow>(floorSql(false), floorWeekParams));
  const floorYear = await repeat(options.runs, options.warmup, () => db.query<FloorRow>(floorSql(true), floorYearParams));

  // (d) the statistics alone, in process, on the floor's counts in the study area's cells
  const weekCounts = countsByWeek(floorWeek.results[0]!, week.labels);
  const yearCounts = countsByWeek(floorYear.results[0]!, year.labels);
  const lastWeek = countsOf(area, weekCounts.get(ANALYSED_WEEK) ?? new Map());
  const series = year.labels.map((label) => countsOf(area, yearCounts.get(label) ?? new Map()));
  log('(d) the statistics alone (TypeScript, in process)');
  const statsWeek = await repeat(options.runs, options.warmup, () => {
    const gi = getisOrdGiStar(lastWeek);
    return classifyHotSpots(gi.cells).length;
  });
  const statsYear = await repeat(options.runs, options.warmup, () => emergingHotSpots(series).length);

  // consistency: the floor counts what the analysis counts (in the study area's cells)
  const floorInArea = lastWeek.reduce((sum, c) => sum + c.count, 0);
  const floorWeekTotal = floorWeek.results[0]!.reduce((sum, r) => sum + r.n, 0);
  const yearInArea = series.reduce((sum, cells) => sum + cells.reduce((s, c) => s + c.count, 0), 0);
  const consistent = floorInArea === a.last.incidentsCounted && series[series.length - 1]!.every((c, i) => c.count === lastWeek[i]!.count);

  // Agreement with R on the same weekly counts (the bench's series, every cell of the study area).
  let reference: Agreement | null = null;
  if (options.reference) {
    log(`reference: the ${WEEKS}-week analysis against R…`);
    reference = compareWithR({
      name: `bench data, ${year.labels[0]} … ${ANALYSED_WEEK}`, size: options.cellSizeM, minHot: MIN_HOT_NEIGHBOURHOOD,
      cells: area, counts: series.map((week) => week.map((c) => c.count)),
    });
  }

  let explain: Record<string, string> | null = null;
  if (options.explain) {
    log('EXPLAIN (ANALYZE, BUFFERS)…');
    const plan = async (sql: string, params: readonly unknown[]) =>
      (await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params)).map((r) => r['QUERY PLAN']).join('\n');
    const countsOfRun = (runs: AnalysisRuns) => runs.lastStatements.find((s) => s.kind === 'cell counts')!;
    const studyAreaStatement = a.lastStatements.find((s) => s.kind === 'study area');
    explain = {
      '(a) weekly cell counts, 1 week': await plan(countsOfRun(a).text, countsOfRun(a).params),
      [`(b) weekly cell counts, ${WEEKS} weeks`]: await plan(countsOfRun(b).text, countsOfRun(b).params),
      'floor, 1 week': await plan(floorSql(false), floorWeekParams),
      [`floor, ${WEEKS} weeks`]: await plan(floorSql(true), floorYearParams),
      ...(studyAreaStatement ? { 'study area cells': await plan(studyAreaStatement.text, studyAreaStatement.params) } : {}),
    };
  }
  const loadAfter = loadavg();

  // 3. report
  const floorWeekSummary = summarise(floorWeek.samples);
  const floorYearSummary = summarise(floorYear.samples);
  const ratios = {
    weekOverFloor: a.total.medianMs / floorWeekSummary.medianMs,
    trendOverFloor: b.total.medianMs / floorYearSummary.medianMs,
    weekJitOffOverFloor: aNoJit.total.medianMs / floorWeekSummary.medianMs,
    trendJitOffOverFloor: bNoJit.total.medianMs / floorYearSummary.medianMs,
  };
  const targets: TargetRow[] = [
    { name: `(a) hot spots for one week`, targetMs: TARGET_WEEK_MS, medianMs: a.total.medianMs, maxMs: a.total.maxMs, pass: a.total.medianMs < TARGET_WEEK_MS },
    { name: `(b) emerging classes over ${WEEKS} weeks`, targetMs: TARGET_TREND_MS, medianMs: b.total.medianMs, maxMs: b.total.maxMs, pass: b.total.medianMs < TARGET_TREND_MS },
  ];
  const classes = tally(a.last.cells.map((c) => c.class));
  const emerging = tally(b.last.cells.map((c) => c.emerging));
  const perWeekAll = generated.inserted / WEEKS;

  if (options.json) {
    const document = {
      startedAt: startedAt.toISOString(),
      node: process.version,
      cpus: availableParallelism(),
      loadAverage: { before: loadBefore, after: loadAfter },
      database: info,
      options: { rows: options.rows, runs: options.runs, warmup: options.warmup, cellSizeM: options.cellSizeM },
      data: {
        ...generated,
        seed: RANDOM_SEED,
        clusterShare: CLUSTER_SHARE,
        anchorWeek: ANCHOR_WEEK,
        weeks: year.labels,
        incidentsPerWeekAllDistricts: perWeekAll,
        analysedWeekAllDistricts: weekAll!.n,
        analysedWeekPriorityDistricts: floorWeekTotal,
        analysedWeekStudyArea: a.last.incidentsCounted,
        yearStudyArea: yearInArea,
      },
      studyArea: { districtIds: priority, cellSizeM: options.cellSizeM, cells: area.length },
      measurements: {
        week: { total: a.total, load1: a.load1, sql: a.sql, typescript: a.rest },
        trend: { total: b.total, load1: b.load1, sql: b.sql, typescript: b.rest },
        weekJitOff: { total: aNoJit.total, load1: aNoJit.load1, sql: aNoJit.sql, typescript: aNoJit.rest },
        trendJitOff: { total: bNoJit.total, load1: bNoJit.load1, sql: bNoJit.sql, typescript: bNoJit.rest },
        floorWeek: { ...floorWeekSummary, load1: floorWeek.load1 },
        floorTrend: { ...floorYearSummary, load1: floorYear.load1 },
        statisticsWeek: { ...summarise(statsWeek.samples), load1: statsWeek.load1 },
        statisticsTrend: { ...summarise(statsYear.samples), load1: statsYear.load1 },
      },
      ratios,
      targets,
      result: {
        week: { status: a.last.status, cellsReturned: a.last.cells.length, classes },
        trend: { status: b.last.status, cellsReturned: b.last.cells.length, emerging },
        floorMatchesAnalysis: consistent,
      },
      ...(reference ? { reference } : {}),
      ...(explain ? { explain } : {}),
    };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
    return;
  }

  const rows: TableRow[] = [
    ...analysisRows(`(a) analyseHotspots, ${ANALYSED_WEEK}`, a),
    ...analysisRows(`(b) analyseHotspots, trendWeeks ${WEEKS}`, b),
    { label: '(c) floor: SQL count per cell, 1 week', summary: floorWeekSummary, load1: floorWeek.load1, note: `${thousands(floorWeek.results[0]!.length)} groups` },
    { label: `(c) floor: SQL count per cell and week, ${WEEKS} weeks`, summary: floorYearSummary, load1: floorYear.load1, note: `${thousands(floorYear.results[0]!.length)} groups` },
    { label: '(d) statistics only: Gi* + FDR, 1 week', summary: summarise(statsWeek.samples), load1: statsWeek.load1, note: 'in process, no database' },
    { label: `(d) statistics only: emerging, ${WEEKS} weeks`, summary: summarise(statsYear.samples), load1: statsYear.load1, note: `Gi* + FDR × ${WEEKS}, Mann-Kendall × ${thousands(area.length)}` },
    ...analysisRows(`(e) = (a) with jit = off (diagnosis)`, aNoJit),
    ...analysisRows(`(e) = (b) with jit = off (diagnosis)`, bNoJit),
  ];
  const header = [
    `Hot-spot benchmark — ${startedAt.toISOString()}`,
    `node ${process.version}, ${availableParallelism()} CPUs, load average ${loadBefore.map((l) => l.toFixed(2)).join(' ')} before / ${loadAfter.map((l) => l.toFixed(2)).join(' ')} after`,
    `database: PostgreSQL ${info.version}, PostGIS ${info.postgis}, fresh database on ${info.url.replace(/\/[^/]*$/, '/')} (dropped at the end)`,
    `settings: ${Object.entries(info.settings).map(([k, v]) => `${k} ${v}`).join(', ')}`,
    `data: ${thousands(generated.inserted)} incidents in the ${WEEKS} weeks ${year.labels[0]} … ${year.labels[year.labels.length - 1]} ` +
      `(${Math.round(CLUSTER_SHARE * 100)} % around ${generated.centres} centres in the priority districts, the rest uniform in all 13 districts; setseed ${RANDOM_SEED})`,
    `generation: one INSERT … SELECT ${fixed(generated.generateMs / 1000, 1)} s = ${thousands(generated.rowsPerSecond)} rows/s (with the table's 5 indexes in place); ` +
      `VACUUM ANALYZE ${fixed(generated.analyzeMs / 1000, 1)} s; table ${thousands(generated.tableBytes / 1048576)} MB, indexes ${thousands(generated.indexBytes / 1048576)} MB`,
    `study area: ${priority.length} priority districts (${priority.join(', ')}), ${options.cellSizeM} m hexagons: ${thousands(area.length)} cells`,
    `incidents per week: ${thousands(perWeekAll)} on average in all districts; ${ANALYSED_WEEK}: ${thousands(weekAll!.n)} in all districts, ` +
      `${thousands(floorWeekTotal)} in the priority districts, ${thousands(a.last.incidentsCounted)} in the study area's cells; ` +
      `${WEEKS} weeks in the study area's cells: ${thousands(yearInArea)} (${thousands(yearInArea / WEEKS)}/week)`,
    `runs: ${options.warmup} warm-up + ${options.runs} measured per row, one after the other; "load 1m" is the 1-minute load average when the measured runs began`,
  ];
  const ratioLines = [
    `(a) / floor 1 week:   ${fixed(ratios.weekOverFloor, 1)}×  (median ${ms(a.total.medianMs)} ms vs ${ms(floorWeekSummary.medianMs)} ms)`,
    `(b) / floor ${WEEKS} weeks: ${fixed(ratios.trendOverFloor, 1)}×  (median ${ms(b.total.medianMs)} ms vs ${ms(floorYearSummary.medianMs)} ms)`,
    `with jit = off: (a) / floor ${fixed(aNoJit.total.medianMs / floorWeekSummary.medianMs, 1)}×, (b) / floor ${fixed(bNoJit.total.medianMs / floorYearSummary.medianMs, 1)}×`,
  ];
  const resultLines = [
    `${ANALYSED_WEEK}: status ${a.last.status}, ${a.last.cells.length} cells returned — ${describeTally(classes)}`,
    `trendWeeks ${WEEKS}: ${b.last.cells.length} cells returned — emerging: ${describeTally(emerging)}`,
    consistent
      ? `check: the floor's counts in the study area's cells equal the analysis' (${thousands(floorInArea)} incidents in ${ANALYSED_WEEK})`
      : `WARNING: the floor counts ${thousands(floorInArea)} incidents in the study area's cells, the analysis ${thousands(a.last.incidentsCounted)}`,
  ];
  const sections = [
    header.join('\n'),
    formatMeasurements(rows),
    `ratios (median / median):\n${ratioLines.join('\n')}`,
    `targets (median of the measured runs; figures only, this is not a test):\n${formatTargets(targets)}`,
    `what was found:\n${resultLines.join('\n')}`,
    ...(reference ? [`against R:\n${describeAgreement(reference)}`] : []),
    ...(explain
      ? Object.entries(explain).map(([label, text]) => `EXPLAIN (ANALYZE, BUFFERS) — ${label} (lines cut at ${PLAN_LINE} characters; --json has them whole):\n${shortPlan(text)}`)
      : []),
  ];
  process.stdout.write(`\n${sections.join('\n\n')}\n`);
}

// ---------------------------------------------------------------- entry

let options: Options | null;
try {
  options = readOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const serverUrl = process.env.DATABASE_URL;
if (options === null) {
  console.log(USAGE);
} else if (!serverUrl) {
  console.error(
    '[bench] DATABASE_URL is not set. The hot-spot benchmark needs a real PostgreSQL server with PostGIS ' +
      '(the embedded PGlite is not meant for a million rows), e.g.\n' +
      '  DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx hotspots/run.ts\n' +
      'It creates its own database on that server and drops it at the end.',
  );
  process.exitCode = 2;
} else {
  // Generation of a million rows takes a minute or two; the measurements less. Far beyond that, stop.
  const budgetSeconds = 600 + Math.ceil(options.rows / 2000) + options.runs * 120;
  let stopping = false;
  const stop = async (code: number, reason: string) => {
    if (stopping) return;
    stopping = true;
    console.error(`[bench] ${reason}`);
    await cleanUp(true);
    process.exit(code);
  };
  const watchdog = setTimeout(() => void stop(1, `stopped: the benchmark ran longer than ${budgetSeconds} s`), budgetSeconds * 1000);
  watchdog.unref();
  // `on`, not `once`: a second Ctrl-C while cleaning up must not kill the process before the database is dropped.
  process.on('SIGINT', () => void stop(130, 'interrupted'));
  process.on('SIGTERM', () => void stop(143, 'terminated'));
  try {
    await main(options, serverUrl);
  } catch (error) {
    if (!stopping) console.error(`[bench] ${error instanceof BenchError ? error.message : (error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  } finally {
    if (!stopping) await cleanUp(false);
    clearTimeout(watchdog);
  }
  setTimeout(() => {
    console.error('[bench] a handle is still open after closing everything; exiting anyway');
    process.exit(process.exitCode ?? 0);
  }, 5000).unref();
}
