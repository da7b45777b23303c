/**
 * Synthetic incidents at scale for the hot-spot benchmark: ONE set-based INSERT … SELECT (no rows
 * built in JavaScript), seeded, so the same --rows give the same data on every PostgreSQL/PostGIS.
 *
 * - Space (EPSG:3006, metres): a share of the rows (CLUSTER_SHARE) around a few centres per priority
 *   district — the centres drawn with ST_GeneratePoints inside the district shrunk by CENTRE_INSET_M,
 *   the points normally distributed around them (Box–Muller on random(); standard deviation
 *   150–350 m by centre) — and the rest uniform within the union of all districts
 *   (ST_GeneratePoints). Cluster points that land outside every district are dropped (the
 *   candidates are oversampled and cut with LIMIT), so every row lies in a district; district_id is
 *   the district containing the point (the first by id should two overlap).
 * - Time: the WEEKS weeks before the anchor week, Swedish local time. Background and "steady"
 *   centres are uniform over the weeks; "rising" centres grow linearly, "fading" ones shrink,
 *   "new" ones appear in the last 4 weeks only (so the emerging classes have something to find).
 *   Day of week and hour of day follow the demo data's rhythm (more in the evenings and at weekends).
 * - Category from a small list per centre (background: its own list), precision 'exact',
 *   source 'demo', reported_by 'Bench (synthetic)'.
 *
 * Determinism: `SELECT setseed(0.42)` on the same connection right before the INSERT (random()), and a
 * fixed seed for ST_GeneratePoints. INSERT never runs a parallel plan, so random() is drawn in one order.
 */
import type { Db } from '@tk/gis';
import { parseIsoWeek } from '@tk/time';

export const RANDOM_SEED = 0.42;
/** ST_GeneratePoints' own seed (PostGIS ≥ 3.0); the background uses POINTS_SEED + 1. */
const POINTS_SEED = 42;
export const WEEKS = 52;
export const CENTRES_PER_PRIORITY_DISTRICT = 3;
export const CLUSTER_SHARE = 0.6;
const CENTRE_INSET_M = 300;
/** standard deviation of a cluster: SD_BASE_M + SD_STEP_M · (k mod 5) metres for centre k */
const SD_BASE_M = 150;
const SD_STEP_M = 50;

/** Monday … Sunday, and hours 0–23: the rhythm of the demo data (services/incidents/src/demo.ts). */
const DAY_WEIGHTS = [0.8, 0.8, 0.9, 1.0, 1.4, 1.8, 1.2];
const HOUR_WEIGHTS = [6, 5, 3, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 5, 6, 7, 8, 9, 10, 10, 9, 8];

/** Lower bounds of the buckets in [0, 1) for width_bucket(random(), bounds): bucket b (1-based) has weight b. */
function lowerBounds(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  let running = 0;
  return weights.map((w) => {
    const bound = running / total;
    running += w;
    return bound;
  });
}

const sqlText = (values: readonly string[]) => `ARRAY[${values.map((v) => `'${v}'`).join(', ')}]`;
const CLUSTER_CATEGORIES = [
  ['vandalism', 'graffiti', 'littering'],
  ['drug_dealing', 'public_disorder', 'youth_gathering'],
  ['unsafe_place', 'threat_violence', 'stone_throwing', 'fire'],
];
const BACKGROUND_CATEGORIES = ['vandalism', 'graffiti', 'burglary', 'littering', 'other', 'public_disorder'];
const pickFrom = (values: readonly string[]) => `(${sqlText(values)})[1 + floor(u * ${values.length})::int]`;

const SD = `(${SD_BASE_M} + ${SD_STEP_M} * (c.k % 5))`;

/**
 * $1 anchor week's Monday · $2 weeks · $3 cluster rows · $4 cluster candidates · $5 background rows ·
 * $6 background candidates · $7 centres per priority district · $8 day bounds · $9 hour bounds · $10 points seed
 */
export const GENERATE_SQL = `
INSERT INTO incidents.incident (occurred_at, category, precision, location, district_id, reported_by, source)
WITH anchor AS (
  SELECT $1::date AS monday
), area AS (
  SELECT id, priority, ST_Transform(geom, 3006) AS g FROM geo.district
), centres AS (
  SELECT (row_number() OVER (ORDER BY a.id, d.path) - 1)::int AS k, d.geom AS c
    FROM area a
    CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(ST_Buffer(a.g, -${CENTRE_INSET_M}), $7::int, $10::int)) AS d
   WHERE a.priority
), cluster_draws AS (
  -- random() makes this CTE materialised: drawn once, in generate_series order
  SELECT s, floor(random() * n.n)::int AS k, 1 - random() AS u1, random() AS u2
    FROM (SELECT count(*)::int AS n FROM centres) AS n, generate_series(1, $4::int) AS s
), candidates AS (
  SELECT 'cluster' AS kind, c.k,
         ST_SetSRID(ST_MakePoint(ST_X(c.c) + ${SD} * sqrt(-2 * ln(u1)) * cos(2 * pi() * u2),
                                 ST_Y(c.c) + ${SD} * sqrt(-2 * ln(u1)) * sin(2 * pi() * u2)), 3006) AS p
    FROM cluster_draws JOIN centres c USING (k)
  UNION ALL
  SELECT 'background', -1, d.geom
    FROM (SELECT ST_Union(g) AS g FROM area) AS u
    CROSS JOIN LATERAL ST_Dump(ST_GeneratePoints(u.g, $6::int, $10::int + 1)) AS d
), located AS (
  SELECT kind, k, loc, inside.id AS district_id
    FROM candidates
    CROSS JOIN LATERAL ST_Transform(p, 4326) AS loc
    CROSS JOIN LATERAL (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, loc) ORDER BY d.id LIMIT 1) AS inside
), kept AS (
  (SELECT * FROM located WHERE kind = 'cluster' LIMIT $3::int)
  UNION ALL
  (SELECT * FROM located WHERE kind = 'background' LIMIT $5::int)
), drawn AS (
  SELECT kept.*,
         (CASE WHEN kind = 'background' OR k % 4 = 0 THEN floor($2::int * random())          -- steady
               WHEN k % 4 = 1 THEN floor($2::int * sqrt(random()))                          -- rising
               WHEN k % 4 = 2 THEN $2::int - 1 - floor($2::int * sqrt(random()))            -- fading
               ELSE $2::int - 4 + floor(4 * random()) END)::int AS w,                       -- new
         width_bucket(random(), $8::float8[]) - 1 AS day,
         width_bucket(random(), $9::float8[]) - 1 AS hour,
         floor(60 * random())::int AS minute,
         random() AS u
    FROM kept
)
SELECT ((anchor.monday - 7 * ($2::int - w) + day)::timestamp + make_interval(hours => hour, mins => minute))
         AT TIME ZONE 'Europe/Stockholm' AS occurred_at,
       CASE WHEN kind = 'background' THEN ${pickFrom(BACKGROUND_CATEGORIES)}
            ${CLUSTER_CATEGORIES.map((list, i) => `WHEN k % ${CLUSTER_CATEGORIES.length} = ${i} THEN ${pickFrom(list)}`).join('\n            ')}
       END,
       'exact', loc, district_id, 'Bench (synthetic)', 'demo'
  FROM drawn, anchor
 ORDER BY 1  -- stored in time order, as reports arrive
`;

export interface GenerateResult {
  requested: number;
  inserted: number;
  clusterRows: number;
  backgroundRows: number;
  centres: number;
  generateMs: number;
  analyzeMs: number;
  rowsPerSecond: number;
  tableBytes: number;
  indexBytes: number;
}

/**
 * Fills incidents.incident with `rows` synthetic incidents in the WEEKS weeks before `anchorWeek`
 * (an ISO week label), then VACUUM ANALYZE; both timed.
 */
export async function generateIncidents(db: Db, rows: number, anchorWeek: string): Promise<GenerateResult> {
  const clusterRows = Math.round(rows * CLUSTER_SHARE);
  const backgroundRows = rows - clusterRows;
  const params = [
    parseIsoWeek(anchorWeek)!.monday,
    WEEKS,
    clusterRows,
    Math.ceil(clusterRows * 1.25) + 1000,
    backgroundRows,
    Math.ceil(backgroundRows * 1.01) + 100,
    CENTRES_PER_PRIORITY_DISTRICT,
    lowerBounds(DAY_WEIGHTS),
    lowerBounds(HOUR_WEIGHTS),
    POINTS_SEED,
  ];
  const started = performance.now();
  await db.transaction(async (tx) => {
    await tx.query('SELECT setseed($1)', [RANDOM_SEED]);
    await tx.query(GENERATE_SQL, params);
  });
  const generateMs = performance.now() - started;
  const analyzeStarted = performance.now();
  // VACUUM as well: a table that has been in use has its visibility map and hint bits set.
  await db.exec('VACUUM (ANALYZE) incidents.incident');
  const analyzeMs = performance.now() - analyzeStarted;
  const [stats] = await db.query<{ inserted: number; centres: number; table: string; indexes: string }>(
    `SELECT (SELECT count(*)::int FROM incidents.incident) AS inserted,
            (SELECT count(*)::int FROM geo.district WHERE priority) * $1::int AS centres,
            pg_table_size('incidents.incident') AS "table",
            pg_indexes_size('incidents.incident') AS indexes`,
    [CENTRES_PER_PRIORITY_DISTRICT],
  );
  return {
    requested: rows,
    inserted: stats!.inserted,
    clusterRows,
    backgroundRows,
    centres: stats!.centres,
    generateMs,
    analyzeMs,
    rowsPerSecond: stats!.inserted / (generateMs / 1000),
    tableBytes: Number(stats!.table),
    indexBytes: Number(stats!.indexes),
  };
}
