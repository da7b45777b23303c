import type { Geometry, Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import { MIN_PUBLISHED, type CountValue } from './counts.js';
import { PUBLISHED_CELL_REACH_M, publishedCellCentre, publishedCellColumns } from './published-cells.js';
import { scopeParams, visibleIncident } from './visibility.js';

/** 22:00–04:59 Swedish time: the hours after serving that the plan's venue work is about. */
export const LATE_HOURS = [22, 23, 0, 1, 2, 3, 4] as const;

export interface Window {
  from: Date;
  to: Date;
}

export interface HourOfWeekCount {
  /** 1 = Monday … 7 = Sunday (ISO), Swedish time. */
  dayOfWeek: number;
  hour: number;
  count: number;
}

// The GiST index on the WGS 84 point does the coarse cut (a box around the disc); the metres are SWEREF 99 TM.
const CENTRE = `ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006)`;
const IN_DISC = `i.location && ST_Transform(ST_Expand(${CENTRE}, $2::float8 + 1), 4326)
  AND ST_DWithin(ST_Transform(i.location, 3006), ${CENTRE}, $2::float8)`;
const LOCAL_TIME = `i.occurred_at AT TIME ZONE 'Europe/Stockholm'`;

/** Every hour of the week (168), with the incidents within `radiusM` of the point in the window. Exact: for callers who see every incident. */
export async function hourOfWeekCounts(db: Queryable, point: Geometry, radiusM: number, window: Window): Promise<HourOfWeekCount[]> {
  const rows = await db.query<HourOfWeekCount>(
    `SELECT extract(isodow FROM ${LOCAL_TIME})::int AS "dayOfWeek", extract(hour FROM ${LOCAL_TIME})::int AS hour, count(*)::int AS count
       FROM incidents.incident i
      WHERE i.deleted_at IS NULL AND i.location IS NOT NULL AND i.occurred_at >= $3 AND i.occurred_at < $4 AND ${IN_DISC}
      GROUP BY 1, 2`,
    [JSON.stringify(point), radiusM, window.from, window.to],
  );
  const found = new Map(rows.map((r) => [`${r.dayOfWeek}:${r.hour}`, r.count]));
  return Array.from({ length: 168 }, (_, k) => {
    const [dayOfWeek, hour] = [Math.floor(k / 24) + 1, k % 24];
    return { dayOfWeek, hour, count: found.get(`${dayOfWeek}:${hour}`) ?? 0 };
  });
}

/**
 * The incidents near a point, in all hours and in the late hours, as the caller may see them.
 *
 * For callers who see every incident: exact, within `radiusM` of the point. For the others, the
 * answer is a sum of fixed published cells in space and time: the 250 m hexagons of the published
 * grid (`published-cells.ts`) whose centre lies within `radiusM` of the point, each split by
 * calendar quarter × late-or-not. A cell counts when the incidents in it the caller cannot see one
 * by one number 0 or at least 5; the others are left out (`hiddenCells`). Moving the point changes
 * the answer only by whole published cells, so no two answers differ by the few incidents between
 * two circles.
 */
export async function nearbyCounts(
  db: Queryable,
  scope: RowScope,
  point: Geometry,
  radiusM: number,
  window: Window,
): Promise<{ total: CountValue; lateHours: CountValue }> {
  const rows = scope.all ? await exactNearby(db, point, radiusM, window) : await publishedNearby(db, scope, point, radiusM, window);
  const sum = (pick: (r: (typeof rows)[number]) => boolean): CountValue => {
    const picked = rows.filter(pick);
    const atLeast = picked.reduce((s, r) => s + r.atLeast, 0);
    const hiddenCells = picked.reduce((s, r) => s + r.hiddenCells, 0);
    return { exact: scope.all, value: hiddenCells === 0 ? atLeast : null, atLeast, hiddenCells };
  };
  return { total: sum(() => true), lateHours: sum((r) => r.late) };
}

interface NearbyRow {
  late: boolean;
  atLeast: number;
  hiddenCells: number;
}

async function exactNearby(db: Queryable, point: Geometry, radiusM: number, window: Window): Promise<NearbyRow[]> {
  return db.query<NearbyRow>(
    `SELECT extract(hour FROM ${LOCAL_TIME})::int = ANY($5::int[]) AS late, count(*)::int AS "atLeast", 0 AS "hiddenCells"
       FROM incidents.incident i
      WHERE i.deleted_at IS NULL AND i.location IS NOT NULL AND i.occurred_at >= $3 AND i.occurred_at < $4 AND ${IN_DISC}
      GROUP BY 1`,
    [JSON.stringify(point), radiusM, window.from, window.to, LATE_HOURS],
  );
}

const CELL = publishedCellColumns('x', 'y');

async function publishedNearby(db: Queryable, scope: RowScope, point: Geometry, radiusM: number, window: Window): Promise<NearbyRow[]> {
  return db.query<NearbyRow>(
    `WITH here AS (SELECT ${CENTRE} AS geom),
     -- Every incident in a cell that may be taken: the cells' centres lie within the radius, their points within radius + reach.
     pts AS MATERIALIZED (
       SELECT date_trunc('quarter', ${LOCAL_TIME}) AS quarter, extract(hour FROM ${LOCAL_TIME})::int = ANY($5::int[]) AS late,
              ${visibleIncident(7)} AS seen, ST_X(xy) AS x, ST_Y(xy) AS y
         FROM incidents.incident i CROSS JOIN here CROSS JOIN LATERAL ST_Transform(i.location, 3006) AS xy
        WHERE i.deleted_at IS NULL AND i.location IS NOT NULL AND i.occurred_at >= $3 AND i.occurred_at < $4
          AND i.location && ST_Transform(ST_Expand(here.geom, $2::float8 + $10::float8 + 1), 4326)
     ),
     cells AS (
       SELECT ${CELL.q} AS q, ${CELL.r} AS r, quarter, late, count(*)::int AS n, count(*) FILTER (WHERE NOT seen)::int AS unseen
         FROM pts GROUP BY 1, 2, 3, 4
     )
     SELECT late, COALESCE(sum(n) FILTER (WHERE unseen = 0 OR unseen >= $6), 0)::int AS "atLeast",
            count(*) FILTER (WHERE unseen > 0 AND unseen < $6)::int AS "hiddenCells"
       FROM cells, here
      WHERE ST_DWithin(${publishedCellCentre('q', 'r')}, here.geom, $2::float8)
      GROUP BY late`,
    [JSON.stringify(point), radiusM, window.from, window.to, LATE_HOURS, MIN_PUBLISHED, ...scopeParams(scope), PUBLISHED_CELL_REACH_M],
  );
}
