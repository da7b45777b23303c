import { SQRT3_HALF as SQRT3_HALF_VALUE, sqlCellColumns, type CellCount } from '@tk/stats';
import type { Geometry, Queryable } from '@tk/gis';
import type { IsoWeek } from '@tk/time';

/** An ISO week in Swedish time (@tk/time): the bounds every query of a week is given. */
export type Week = IsoWeek;

export interface StudyCell {
  q: number;
  r: number;
  districtId: string;
}

const CELL = sqlCellColumns('x', 'y', '$2::float8');
// The grid's row height; a centre computed here may differ from `centreOf` in the last bit, which
// matters only for a centre exactly on a district boundary.
const SQRT3_HALF = String(SQRT3_HALF_VALUE);

/**
 * The districts' area in square metres, in EPSG:3006 (the grid's plane): what the work of a hot-spot
 * analysis is priced from before the grid is built. One cheap query, each district counted once
 * (the same `= ANY` as `studyArea`, so repeating a district does not change the price or the work).
 */
export async function studyAreaSquareMetres(db: Queryable, districtIds: readonly string[]): Promise<number> {
  const [row] = await db.query<{ m2: number | null }>(
    `SELECT sum(ST_Area(ST_Transform(d.geom, 3006)))::float8 AS m2 FROM geo.district d WHERE d.id = ANY($1::text[])`,
    [districtIds],
  );
  return Number(row?.m2 ?? 0);
}

/** Every grid cell whose centre lies in one of the districts: the study area, empty cells included. */
export async function studyArea(db: Queryable, districtIds: readonly string[], size: number): Promise<StudyCell[]> {
  return db.query<StudyCell>(
    `WITH area AS (
       SELECT d.id, ST_Transform(d.geom, 3006) AS geom FROM geo.district d WHERE d.id = ANY($1::text[])
     ), box AS (SELECT ST_Extent(geom) AS b FROM area),
     rows AS (
       SELECT r FROM box, generate_series(floor(ST_YMin(b) / ($2 * ${SQRT3_HALF}))::int - 1,
                                          ceil(ST_YMax(b) / ($2 * ${SQRT3_HALF}))::int + 1) AS r
     ), cells AS (
       SELECT q, rows.r FROM box, rows,
              generate_series(floor(ST_XMin(b) / $2 - rows.r / 2.0)::int - 1, ceil(ST_XMax(b) / $2 - rows.r / 2.0)::int + 1) AS q
     )
     SELECT c.q, c.r, a.id AS "districtId"
       FROM cells c
       JOIN area a ON ST_Intersects(a.geom, ST_SetSRID(ST_MakePoint($2 * (c.q + c.r / 2.0), $2 * ${SQRT3_HALF} * c.r), 3006))
      ORDER BY c.r, c.q`,
    [districtIds, size],
  );
}

/** Incidents with a point, counted per cell and week: the same cell arithmetic as `cellOf`. */
export async function weeklyCellCounts(
  db: Queryable,
  districtIds: readonly string[],
  size: number,
  weeks: readonly Week[],
): Promise<Map<string, Map<string, number>>> {
  const rows = await db.query<{ week: string; q: number; r: number; n: number }>(
    `WITH w AS (SELECT * FROM unnest($3::text[], $4::timestamptz[], $5::timestamptz[]) AS w(label, start, stop)),
     -- Materialised: x and y are computed once per incident, not once per use in the cell arithmetic,
     -- and the planner scans the time index per week instead of joining every row with every week.
     pts AS MATERIALIZED (
       SELECT w.label, ST_X(p) AS x, ST_Y(p) AS y
         FROM incidents.incident i
         JOIN w ON i.occurred_at >= w.start AND i.occurred_at < w.stop
         CROSS JOIN LATERAL ST_Transform(i.location, 3006) AS p
        WHERE i.deleted_at IS NULL AND i.location IS NOT NULL AND i.district_id = ANY($1::text[])
     )
     SELECT label AS week, ${CELL.q} AS q, ${CELL.r} AS r, count(*)::int AS n FROM pts GROUP BY 1, 2, 3`,
    [districtIds, size, weeks.map((w) => w.label), weeks.map((w) => w.start), weeks.map((w) => w.end)],
  );
  const byWeek = new Map<string, Map<string, number>>(weeks.map((w) => [w.label, new Map()]));
  rows.forEach((row) => byWeek.get(row.week)!.set(`${row.q}:${row.r}`, row.n));
  return byWeek;
}

/** When the week's incidents in the given cells happened: what presence is compared with. */
export async function cellIncidentTimes(
  db: Queryable,
  districtIds: readonly string[],
  size: number,
  week: Week,
  keys: readonly string[],
): Promise<Map<string, Date[]>> {
  if (keys.length === 0) return new Map();
  const rows = await db.query<{ key: string; at: Date }>(
    `WITH pts AS MATERIALIZED (
       SELECT i.occurred_at AS at, ST_X(p) AS x, ST_Y(p) AS y
         FROM incidents.incident i CROSS JOIN LATERAL ST_Transform(i.location, 3006) AS p
        WHERE i.deleted_at IS NULL AND i.location IS NOT NULL AND i.district_id = ANY($1::text[])
          AND i.occurred_at >= $3 AND i.occurred_at < $4
     )
     SELECT key, at FROM (SELECT (${CELL.q})::text || ':' || (${CELL.r})::text AS key, at FROM pts) k
      WHERE key = ANY($5::text[]) ORDER BY at`,
    [districtIds, size, week.start, week.end, keys],
  );
  const byKey = new Map<string, Date[]>();
  rows.forEach((r) => byKey.set(r.key, [...(byKey.get(r.key) ?? []), r.at]));
  return byKey;
}

export const countsOf = (cells: readonly StudyCell[], counts: Map<string, number>): CellCount[] =>
  cells.map((c) => ({ q: c.q, r: c.r, count: counts.get(`${c.q}:${c.r}`) ?? 0 }));

/** Hexagons (EPSG:3006 rings) as WGS 84 GeoJSON, keyed as given. */
export async function hexagonsToWgs84(db: Queryable, rings: { key: string; ring: [number, number][] }[]): Promise<Map<string, Geometry>> {
  if (rings.length === 0) return new Map();
  const wkt = rings.map(({ ring }) => `POLYGON((${ring.map(([x, y]) => `${x.toFixed(3)} ${y.toFixed(3)}`).join(', ')}))`);
  const rows = await db.query<{ key: string; geometry: Geometry }>(
    `SELECT key, ST_AsGeoJSON(ST_Transform(ST_GeomFromText(wkt, 3006), 4326), 6)::json AS geometry
       FROM unnest($1::text[], $2::text[]) AS h(key, wkt)`,
    [rings.map((r) => r.key), wkt],
  );
  return new Map(rows.map((r) => [r.key, r.geometry]));
}
