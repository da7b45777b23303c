import type { Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import type { MeasureKind, MeasureStatus } from '../kinds.js';
import { clusterCellM, MAX_FEATURES_IN_VIEW, NEVER_CLUSTER_FROM_ZOOM, type MapView } from '../layer/view.js';
import { scopeParams, visible } from './measures.js';

export interface MapLayer {
  /** Objects in view that match the filters. */
  total: number;
  /** True when `features` holds clusters rather than the objects themselves. */
  clustered: boolean;
  features: { type: 'FeatureCollection'; features: unknown[] };
}

export const EMPTY_LAYER: MapLayer = { total: 0, clustered: false, features: { type: 'FeatureCollection', features: [] } };

export interface MeasureLayerFilter {
  districtIds: readonly string[] | null;
  statuses: readonly MeasureStatus[] | null;
  kinds: readonly MeasureKind[] | null;
}

/*
 * One statement, one round trip: the measures in view (the GiST index on geom and on camera_view),
 * counted; then either each of them as GeoJSON (cameras also as their view, part "view") or, above
 * MAX_FEATURES_IN_VIEW, clusters on the Web Mercator grid of layer/view.ts — the centre of each
 * measure's bounds falls in one square; a cluster has the members' mean centre, count, count per
 * kind, the most common kind and the members' bounds. The branch not taken is never evaluated.
 * Kinds and statuses are spelled as the GraphQL enums spell them (LIGHTING, IN_PROGRESS).
 */
const LAYER_SQL = `
WITH env AS (SELECT ST_MakeEnvelope($1::float8, $2::float8, $3::float8, $4::float8, 4326) AS g),
m AS (
  SELECT m.id, m.kind, Box2D(m.geom) AS b
    FROM measures.measure m, env
   WHERE m.deleted_at IS NULL AND (m.geom && env.g OR m.camera_view && env.g)
     AND ($5::text[] IS NULL OR m.district_id = ANY($5)) AND ($6::text[] IS NULL OR m.status = ANY($6))
     AND ($7::text[] IS NULL OR m.kind = ANY($7)) AND ${visible(8)}
),
n AS (SELECT count(*)::int AS total FROM m),
-- The bounds once per measure (a box is cheap to read; the geometry would be unpacked for each corner).
c AS (SELECT kind, ST_XMin(b) AS w, ST_YMin(b) AS s, ST_XMax(b) AS e, ST_YMax(b) AS n FROM m),
cell AS (
  -- EPSG:3857 by its formula (x = R·λ, y = R·ln tan(π/4 + φ/2)): the same numbers as ST_Transform, without a call per row.
  SELECT upper(kind) AS kind, w, s, e, n, (w + e) / 2 AS lon, (s + n) / 2 AS lat,
         floor(6378137 * radians((w + e) / 2) / $13::float8)::bigint AS i,
         floor(6378137 * ln(tan(pi() / 4 + radians((s + n) / 2) / 2)) / $13::float8)::bigint AS j
    FROM c
),
per_kind AS (
  SELECT i, j, kind, count(*) AS k, sum(lon) AS sx, sum(lat) AS sy, min(w) AS w, min(s) AS s, max(e) AS e, max(n) AS n
    FROM cell GROUP BY i, j, kind
),
clusters AS (
  SELECT i, j, json_build_object('type', 'Feature',
           'geometry', json_build_object('type', 'Point', 'coordinates', json_build_array(round((sum(sx) / sum(k))::numeric, 6), round((sum(sy) / sum(k))::numeric, 6))),
           'properties', json_build_object('id', 'cluster:' || $14::int || ':' || i || ':' || j, 'cluster', true, 'count', sum(k)::int,
             'kind', (array_agg(kind ORDER BY k DESC, kind COLLATE "C"))[1], 'kinds', json_object_agg(kind, k),
             'bbox', json_build_array(round(min(w)::numeric, 6), round(min(s)::numeric, 6), round(max(e)::numeric, 6), round(max(n)::numeric, 6)))) AS feature
    FROM per_kind GROUP BY i, j
),
-- Shown one by one: at most MAX_FEATURES_IN_VIEW rows, read again by id for what the map draws.
shown AS (
  SELECT x.id, upper(x.kind) AS kind, upper(x.status) AS status, x.title, x.geom, x.camera_view FROM m JOIN measures.measure x ON x.id = m.id
),
features AS (
  SELECT json_build_object('type', 'Feature', 'id', id, 'geometry', ST_AsGeoJSON(geom, 6)::json,
           'properties', json_build_object('id', id, 'kind', kind, 'status', status, 'title', title, 'part', 'measure')) AS feature, 0 AS o, id FROM shown
  UNION ALL
  SELECT json_build_object('type', 'Feature', 'geometry', ST_AsGeoJSON(camera_view, 6)::json,
           'properties', json_build_object('id', id, 'kind', kind, 'status', status, 'part', 'view')), 1, id FROM shown WHERE camera_view IS NOT NULL
)
SELECT n.total, ($11::boolean AND n.total > $12::int) AS clustered,
       CASE WHEN $11::boolean AND n.total > $12::int
            THEN (SELECT COALESCE(json_agg(feature ORDER BY i, j), '[]'::json) FROM clusters)
            ELSE (SELECT COALESCE(json_agg(feature ORDER BY o, id), '[]'::json) FROM features) END AS features
  FROM n`;

/** The measures in a map view that a caller may see, one by one or in clusters (see LAYER_SQL). */
export async function measureLayer(db: Queryable, scope: RowScope, filter: MeasureLayerFilter, view: MapView): Promise<MapLayer> {
  const [row] = await db.query<{ total: number; clustered: boolean; features: unknown[] }>(LAYER_SQL, [
    view.west, view.south, view.east, view.north,
    filter.districtIds, filter.statuses, filter.kinds, ...scopeParams(scope),
    view.zoom < NEVER_CLUSTER_FROM_ZOOM, MAX_FEATURES_IN_VIEW, clusterCellM(view.zoom), Math.floor(view.zoom),
  ]);
  return { total: row!.total, clustered: row!.clustered, features: { type: 'FeatureCollection', features: row!.features } };
}
