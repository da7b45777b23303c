/**
 * Measures and presence shifts at scale for the district-layer benchmark: the random draws are made
 * in TypeScript with the seeded `createRandom` of @tk/gis (the same rows on every machine, relative
 * to the day it runs), sent as a few arrays, and each table is filled by ONE set-based
 * `INSERT … SELECT … FROM unnest(…)` — nothing is inserted row by row.
 *
 * - Where: the four priority districts. Every row is a point at `ST_PointOnSurface` of its district
 *   plus a normally distributed offset in EPSG:3006 (standard deviation OFFSET_SD_M). The point is
 *   kept when it lies in the district (`ST_Intersects`), else the offset halved, else the point on
 *   surface itself, so `district_id` is always the district that contains the point.
 * - Measures: mixed kinds, cameras included (a point, a view of 60–360° computed in SQL as the
 *   service's wedgeRing does: arc every 5° at the range, in EPSG:3006, to WGS 84); fencing is a
 *   short line and vegetation clearing a small polygon around the point, the rest points. Statuses
 *   with the days of their steps in order (decided ≤ started ≤ done ≤ evaluated), `done_on` set
 *   exactly for done/evaluated; camera permits granted once work has started. created_at over the
 *   last two years, no two equal (the list is ordered by it).
 * - Presence shifts: one year around today (±182 days), starting on an evening hour 16–23 Swedish
 *   time, 2–6 h long (15-minute steps), actor kinds from the table's CHECK list; shifts that have
 *   begun are mostly realised, the rest planned. created_by 'bench', synthetic.
 */
import { createRandom, type Db } from '@tk/gis';

export const SEED = 20_261;
export const PRIORITY_DISTRICTS = ['skaggetorp', 'ryd', 'berga', 'city'] as const;
/** Standard deviation of the offset from the district's point on surface, metres. */
export const OFFSET_SD_M = 350;

type Weighted<T extends string> = readonly (readonly [T, number])[];

const MEASURE_KINDS: Weighted<string> = [
  ['lighting', 30], ['camera', 10], ['signage', 15], ['vegetation_clearing', 15], ['fencing', 10], ['graffiti_removal', 15], ['other', 5],
];
const STATUSES: Weighted<string> = [['proposed', 25], ['decided', 20], ['in_progress', 15], ['done', 20], ['evaluated', 10], ['rejected', 10]];
const ACTOR_ORGANISATIONS: Weighted<string> = [
  ['police', 25], ['municipal_guard', 15], ['security_guard', 10], ['field_assistant', 15],
  ['leisure_leader', 10], ['safety_host', 10], ['night_walker', 15],
];
const ORGANISATION: Record<string, string> = {
  police: 'Lokalpolisområde Linköping',
  municipal_guard: 'Linköpings kommun, kommunväktare',
  security_guard: 'Bevakningsbolag (bench)',
  field_assistant: 'Råd och stöd, fältsekreterare',
  leisure_leader: 'Fritidsgården (bench)',
  safety_host: 'Bostadsbolag, trygghetsvärdar',
  night_walker: 'Nattvandrarna',
};
const LIGHTING_KINDS = ['new', 'brighter', 'repair'] as const;
const CAMERA_ANGLES = [60, 90, 120, 360] as const;
/** Share of the shifts that have begun recorded as realised (the rest are still "planned"). */
const REALISED_SHARE = 0.85;

function weightedPicker<T extends string>(random: ReturnType<typeof createRandom>, table: Weighted<T>): () => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  return () => {
    let u = random.next() * total;
    for (const [value, w] of table) if ((u -= w) < 0) return value;
    return table[table.length - 1]![0];
  };
}

/**
 * The placement, shared by both tables: `input` must have district_id, dx, dy (metres). Gives
 * `placed` with `p` (WGS 84 point in the district) and `p3006` (the same in SWEREF 99 TM).
 */
const PLACE_SQL = `
centre AS (
  SELECT id, geom, ST_PointOnSurface(geom) AS pos, ST_Transform(ST_PointOnSurface(geom), 3006) AS c FROM geo.district
), placed AS (
  SELECT i.*, ST_Transform(pick.p, 3006) AS p3006, pick.p, pick.how
    FROM input i
    JOIN centre d ON d.id = i.district_id
    CROSS JOIN LATERAL (SELECT ST_Transform(ST_Translate(d.c, i.dx, i.dy), 4326) AS full_offset,
                               ST_Transform(ST_Translate(d.c, i.dx / 2, i.dy / 2), 4326) AS half_offset) AS q
    CROSS JOIN LATERAL (SELECT CASE WHEN ST_Intersects(d.geom, q.full_offset) THEN q.full_offset
                                    WHEN ST_Intersects(d.geom, q.half_offset) THEN q.half_offset
                                    ELSE d.pos END AS p,
                               CASE WHEN ST_Intersects(d.geom, q.full_offset) THEN 0
                                    WHEN ST_Intersects(d.geom, q.half_offset) THEN 1 ELSE 2 END AS how) AS pick
)`;

/** What one generating statement reports: rows inserted, and how many were placed by a fallback. */
const COUNTS_SQL = `SELECT (SELECT count(*) FROM inserted)::int AS inserted,
       count(*) FILTER (WHERE how = 1)::int AS "halfOffset", count(*) FILTER (WHERE how = 2)::int AS "atPointOnSurface"
  FROM placed`;

interface Counts {
  inserted: number;
  halfOffset: number;
  atPointOnSurface: number;
}

/**
 * $1 district · $2 dx · $3 dy · $4 kind · $5 status · $6 age (days) · $7 days proposed→decided ·
 * $8 decided→started · $9 started→done · $10 done→evaluated · $11 lighting kind · $12 camera direction ·
 * $13 camera angle · $14 camera range · $15 size (m, lines and polygons) · $16 cost (SEK)
 */
const MEASURES_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[], $5::text[], $6::int[], $7::int[], $8::int[], $9::int[],
                       $10::int[], $11::text[], $12::float8[], $13::float8[], $14::float8[], $15::float8[], $16::int[])
           WITH ORDINALITY AS t(district_id, dx, dy, kind, status, age, d1, d2, d3, d4, lighting_kind, direction, angle, range_m, size_m, cost, n)
), ${PLACE_SQL}, dated AS (
  SELECT placed.*,
         -- created n seconds apart on top of whole days: no two rows share created_at
         now() - make_interval(days => age, secs => n::float8) AS created,
         current_date - age + d1 AS decided,
         current_date - age + d1 + d2 AS started,
         current_date - age + d1 + d2 + d3 AS done,
         current_date - age + d1 + d2 + d3 + d4 AS evaluated
    FROM placed
), inserted AS (
INSERT INTO measures.measure (kind, title, description, status, geom, district_id, synthetic, created_by, created_at, updated_at,
                              decided_on, started_on, done_on, evaluated_on, rejected_on, responsible_org, cost_estimate_sek,
                              lighting_kind, camera_direction_deg, camera_angle_deg, camera_range_m, camera_hours, permit_state, camera_view)
SELECT kind, 'Bench ' || kind || ' ' || n, 'Syntetisk åtgärd (bench).', status,
       CASE kind
         WHEN 'fencing' THEN ST_Transform(ST_MakeLine(p3006, ST_Translate(p3006, size_m * sin(radians(direction)), size_m * cos(radians(direction)))), 4326)
         WHEN 'vegetation_clearing' THEN ST_Transform(ST_Buffer(p3006, size_m / 4, 2), 4326)
         ELSE p
       END,
       district_id, true, 'bench', created, created,
       CASE WHEN status IN ('decided', 'in_progress', 'done', 'evaluated') OR (status = 'rejected' AND d1 % 2 = 0) THEN decided END,
       CASE WHEN status IN ('in_progress', 'done', 'evaluated') THEN started END,
       CASE WHEN status IN ('done', 'evaluated') THEN done END,
       CASE WHEN status = 'evaluated' THEN evaluated END,
       CASE WHEN status = 'rejected' THEN decided + d2 END,
       'Linköpings kommun (bench)', cost,
       CASE WHEN kind = 'lighting' THEN lighting_kind END,
       CASE WHEN kind = 'camera' THEN direction END,
       CASE WHEN kind = 'camera' THEN angle END,
       CASE WHEN kind = 'camera' THEN range_m END,
       CASE WHEN kind = 'camera' THEN 'fre–lör 20–04' END,
       CASE WHEN kind <> 'camera' THEN NULL
            WHEN status IN ('in_progress', 'done', 'evaluated') THEN 'granted'
            WHEN status = 'decided' THEN 'applied' ELSE 'not_applied' END,
       CASE WHEN kind = 'camera' THEN (
         -- the service's wedgeRing: the apex, the arc every ≤ 5° at the range, the apex again (a full circle: the arc alone)
         SELECT ST_Transform(ST_SetSRID(ST_MakePolygon(ST_MakeLine(pt ORDER BY k)), 3006), 4326)
           FROM (SELECT -1 AS k, p3006 AS pt WHERE angle < 360
                 UNION ALL
                 SELECT s, ST_Translate(p3006, range_m * sin(radians(direction - angle / 2 + angle * s / steps)),
                                               range_m * cos(radians(direction - angle / 2 + angle * s / steps)))
                   FROM (SELECT ceil(angle / 5)::int AS steps) AS st, generate_series(0, steps - CASE WHEN angle >= 360 THEN 1 ELSE 0 END) AS s
                 UNION ALL
                 SELECT 1000000, CASE WHEN angle < 360 THEN p3006
                                      ELSE ST_Translate(p3006, range_m * sin(radians(direction - angle / 2)), range_m * cos(radians(direction - angle / 2))) END
                ) AS ring
       ) END
  FROM dated
 ORDER BY n
RETURNING 1
)
${COUNTS_SQL}
`;

/** $1 district · $2 dx · $3 dy · $4 actor kind · $5 day offset from today · $6 start minute of the day · $7 minutes long · $8 u (realised?) */
const SHIFTS_SQL = `
WITH input AS (
  SELECT * FROM unnest($1::text[], $2::float8[], $3::float8[], $4::text[], $5::int[], $6::int[], $7::int[], $8::float8[])
           WITH ORDINALITY AS t(district_id, dx, dy, actor_kind, day, start_minute, minutes, u, n)
), ${PLACE_SQL}, timed AS (
  SELECT placed.*, ((current_date + day)::timestamp + make_interval(mins => start_minute)) AT TIME ZONE 'Europe/Stockholm' AS starts_at
    FROM placed
), inserted AS (
INSERT INTO measures.presence_shift (actor_kind, organisation, geom, district_id, starts_at, ends_at, state, note, synthetic, created_by)
SELECT actor_kind, ($9::jsonb ->> actor_kind), p, district_id, starts_at, starts_at + make_interval(mins => minutes),
       CASE WHEN starts_at <= now() AND u < ${REALISED_SHARE} THEN 'realised' ELSE 'planned' END,
       'Syntetiskt pass (bench).', true, 'bench'
  FROM timed
 ORDER BY n
RETURNING 1
)
${COUNTS_SQL}
`;

export interface GenerateResult {
  measures: number;
  shifts: number;
  /** Rows whose offset point fell outside the district: placed at half the offset, or at the point on surface. */
  halfOffset: number;
  atPointOnSurface: number;
  measuresMs: number;
  shiftsMs: number;
  analyzeMs: number;
  totalMs: number;
}

function placements(random: ReturnType<typeof createRandom>, n: number) {
  const district: string[] = [];
  const dx: number[] = [];
  const dy: number[] = [];
  for (let i = 0; i < n; i += 1) {
    district.push(PRIORITY_DISTRICTS[Math.floor(random.next() * PRIORITY_DISTRICTS.length)]!);
    dx.push(Math.round(random.normal(0, OFFSET_SD_M) * 100) / 100);
    dy.push(Math.round(random.normal(0, OFFSET_SD_M) * 100) / 100);
  }
  return { district, dx, dy };
}

function measureParams(count: number): unknown[] {
  const random = createRandom(SEED);
  const kind = weightedPicker(random, MEASURE_KINDS);
  const status = weightedPicker(random, STATUSES);
  const { district, dx, dy } = placements(random, count);
  const cols = Array.from({ length: 13 }, () => [] as unknown[]);
  for (let i = 0; i < count; i += 1) {
    const row = [
      kind(), status(), random.int(0, 730), random.int(0, 60), random.int(0, 60), random.int(0, 120), random.int(30, 180),
      random.pick(LIGHTING_KINDS), random.int(0, 359), random.pick(CAMERA_ANGLES), random.int(20, 80), random.int(20, 120),
      random.int(1, 500) * 1000,
    ];
    row.forEach((v, c) => cols[c]!.push(v));
  }
  return [district, dx, dy, ...cols];
}

function shiftParams(count: number): unknown[] {
  const random = createRandom(SEED + 1);
  const actor = weightedPicker(random, ACTOR_ORGANISATIONS);
  const { district, dx, dy } = placements(random, count);
  const cols = Array.from({ length: 5 }, () => [] as unknown[]);
  for (let i = 0; i < count; i += 1) {
    // evening: start 16:00–23:45 Swedish time in 15-minute steps, 2–6 h long
    const row = [actor(), random.int(-182, 182), random.int(16 * 4, 23 * 4 + 3) * 15, random.int(8, 24) * 15, random.next()];
    row.forEach((v, c) => cols[c]!.push(v));
  }
  return [district, dx, dy, ...cols, JSON.stringify(ORGANISATION)];
}

/** Adds `measures` measures and `shifts` presence shifts (each one INSERT … SELECT), then ANALYZE; all timed. */
export async function generate(db: Db, measures: number, shifts: number): Promise<GenerateResult> {
  const started = performance.now();
  const [measureRows] = await db.query<Counts>(MEASURES_SQL, measureParams(measures));
  const measuresMs = performance.now() - started;
  const [shiftRows] = await db.query<Counts>(SHIFTS_SQL, shiftParams(shifts));
  const shiftsMs = performance.now() - started - measuresMs;
  const analyzeStarted = performance.now();
  await db.exec('ANALYZE measures.measure; ANALYZE measures.presence_shift');
  const analyzeMs = performance.now() - analyzeStarted;
  return {
    measures: measureRows!.inserted,
    shifts: shiftRows!.inserted,
    halfOffset: measureRows!.halfOffset + shiftRows!.halfOffset,
    atPointOnSurface: measureRows!.atPointOnSurface + shiftRows!.atPointOnSurface,
    measuresMs,
    shiftsMs,
    analyzeMs,
    totalMs: performance.now() - started,
  };
}
