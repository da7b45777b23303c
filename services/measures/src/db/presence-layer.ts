import type { Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import { SHIFT_LOOK_BACK } from '../presence/limits.js';
import { clusterCellM, MAX_FEATURES_IN_VIEW, NEVER_CLUSTER_FROM_ZOOM, type GridCell, type MapView } from '../layer/view.js';
import type { Window } from './presence.js';

/** A stored shift as the presence layer draws it (GeoJSON Feature; kinds and states as the enums spell them). */
export interface ShiftFeature {
  type: 'Feature';
  geometry: unknown;
  properties: { id: string; actorKind: string; state: string; startsAt: string; endsAt: string };
}

/** Stored shifts in view: each one while they are few, else counted per square of the grid. */
export type StoredInView = { total: number; features: ShiftFeature[]; cells: null } | { total: number; features: null; cells: GridCell[] };

/*
 * Like the measures' layer (db/layer.ts): one statement counts the stored shifts of the window in
 * view and answers either each of them or, above MAX_FEATURES_IN_VIEW, sums per square and actor
 * kind, so a busy week is never carried row by row into Node. The caller adds the rules' occurrences.
 */
const SQL = `
WITH env AS (SELECT ST_MakeEnvelope($6::float8, $7::float8, $8::float8, $9::float8, 4326)::box2d AS box),
-- A week is a thin slice of the table: the (district, start) index finds it, and the view's box
-- filters what it found. Compared as boxes so the planner does not also scan the GiST index for the
-- view, which over a whole district matches a year of shifts.
s AS (
  SELECT id, actor_kind, state, starts_at, ends_at, geom, ST_XMin(b) AS w, ST_YMin(b) AS s, ST_XMax(b) AS e, ST_YMax(b) AS n
    FROM (SELECT *, Box2D(geom) AS b FROM measures.presence_shift
           WHERE deleted_at IS NULL AND ($1::boolean OR district_id = ANY($2::text[])) AND ($3::text[] IS NULL OR district_id = ANY($3))
             AND starts_at >= $4::timestamptz - ${SHIFT_LOOK_BACK} AND starts_at < $5 AND ends_at > $4) shift, env
   WHERE b && env.box
),
n AS (SELECT count(*)::int AS total FROM s),
cells AS (
  SELECT json_build_object('i', i, 'j', j, 'kind', kind, 'count', count(*), 'sumLon', sum(lon), 'sumLat', sum(lat),
           'bounds', json_build_array(min(w), min(s), max(e), max(n))) AS cell
    FROM (SELECT upper(actor_kind) AS kind, w, s, e, n, (w + e) / 2 AS lon, (s + n) / 2 AS lat,
                 floor(6378137 * radians((w + e) / 2) / $10::float8)::bigint AS i,
                 floor(6378137 * ln(tan(pi() / 4 + radians((s + n) / 2) / 2)) / $10::float8)::bigint AS j FROM s) c
   GROUP BY i, j, kind
),
features AS (
  SELECT json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(geom, 6)::json,
           'properties', json_build_object('id', id::text, 'actorKind', upper(actor_kind), 'state', upper(state),
             'startsAt', to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'endsAt', to_char(ends_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))) AS feature, starts_at, id FROM s
)
SELECT n.total, n.total > $11::int AS summed,
       CASE WHEN n.total > $11::int THEN (SELECT COALESCE(json_agg(cell), '[]'::json) FROM cells)
            ELSE (SELECT COALESCE(json_agg(feature ORDER BY starts_at, id), '[]'::json) FROM features) END AS items
  FROM n`;

interface SummedCell {
  i: number;
  j: number;
  kind: string;
  count: number;
  sumLon: number;
  sumLat: number;
  bounds: GridCell['bounds'];
}

export async function storedShiftsInView(
  db: Queryable,
  scope: RowScope,
  districtIds: readonly string[] | null,
  w: Window,
  view: MapView,
): Promise<StoredInView> {
  // From NEVER_CLUSTER_FROM_ZOOM on the rows always come one by one.
  const sumAbove = view.zoom < NEVER_CLUSTER_FROM_ZOOM ? MAX_FEATURES_IN_VIEW : 2 ** 31 - 1;
  const [row] = await db.query<{ total: number; summed: boolean; items: unknown[] }>(SQL, [
    scope.all, scope.districtIds, districtIds, w.from, w.to, view.west, view.south, view.east, view.north, clusterCellM(view.zoom), sumAbove,
  ]);
  const { total, summed, items } = row!;
  if (!summed) return { total, features: items as ShiftFeature[], cells: null };
  const cells = (items as SummedCell[]).map(({ i, j, kind, count, sumLon, sumLat, bounds }) => ({ i, j, kinds: { [kind]: count }, sumLon, sumLat, bounds }));
  return { total, features: null, cells };
}
