import type { Geometry, Queryable } from '@tk/gis';
import type { RowScope } from '@tk/access';
import { MIN_PUBLISHED, type CountValue } from './counts.js';
import type { EffectWindows } from '../effect.js';
import { PUBLISHED_CELL_REACH_M, blockOf, publishedCellCentre, publishedCellColumns } from './published-cells.js';
import { scopeParams, visibleIncident } from './visibility.js';

export type Zone = 'target' | 'buffer' | 'control';
export type Phase = 'before' | 'after';

/** Both zone queries start from the geometry ($1) in EPSG:3006 and the districts it touches. */
const GEOMETRY_AND_DISTRICTS = `g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006) AS geom),
          ds AS (SELECT COALESCE(array_agg(d.id), '{}') AS ids FROM geo.district d, g
                  WHERE ST_Intersects(d.geom, ST_Transform(g.geom, 4326)))`;

/**
 * Incidents with a place, per zone and phase: the target within `radiusM` of the geometry, the
 * buffer ring out to twice that, the control the rest of the district(s) the geometry touches.
 * Each zone × phase is one cell, shown when the incidents in it the caller cannot see one by one
 * number 0 or at least 5. For callers who see every incident; the others get `publishedZoneCounts`.
 */
export async function zoneCounts(
  db: Queryable,
  scope: RowScope,
  geometry: Geometry,
  radiusM: number,
  w: EffectWindows,
): Promise<Record<Zone, Record<Phase, CountValue>>> {
  const rows = await db.query<{ zone: Zone; phase: Phase; n: number; unseen: number }>(
    `WITH ${GEOMETRY_AND_DISTRICTS},
          z AS (
            SELECT CASE WHEN ST_DWithin(p.geom, g.geom, $2::float8) THEN 'target'
                        WHEN ST_DWithin(p.geom, g.geom, 2 * $2::float8) THEN 'buffer'
                        WHEN i.district_id = ANY(ds.ids) THEN 'control' END AS zone,
                   CASE WHEN i.occurred_at < $4 THEN 'before' ELSE 'after' END AS phase,
                   ${visibleIncident(7)} AS seen
              FROM incidents.incident i, g, ds, LATERAL (SELECT ST_Transform(i.location, 3006) AS geom) p
             WHERE i.deleted_at IS NULL AND i.location IS NOT NULL
               AND ((i.occurred_at >= $3 AND i.occurred_at < $4) OR (i.occurred_at >= $5 AND i.occurred_at < $6))
               AND (i.district_id = ANY(ds.ids)
                    OR i.location && ST_Transform(ST_Expand(g.geom, 2 * $2::float8 + 1), 4326)))
     SELECT zone, phase, count(*)::int AS n, count(*) FILTER (WHERE NOT seen)::int AS unseen FROM z WHERE zone IS NOT NULL GROUP BY 1, 2`,
    [JSON.stringify(geometry), radiusM, w.beforeFrom, w.beforeTo, w.afterFrom, w.afterTo, ...scopeParams(scope)],
  );
  const cell = (zone: Zone, phase: Phase): CountValue => {
    const { n, unseen } = rows.find((r) => r.zone === zone && r.phase === phase) ?? { n: 0, unseen: 0 };
    const shown = unseen === 0 || unseen >= MIN_PUBLISHED;
    return { exact: scope.all, value: shown ? n : null, atLeast: shown ? n : 0, hiddenCells: shown ? 0 : 1 };
  };
  const zone = (z: Zone) => ({ before: cell(z, 'before'), after: cell(z, 'after') });
  return { target: zone('target'), buffer: zone('buffer'), control: zone('control') };
}

const CELL = publishedCellColumns('x', 'y');

/**
 * The zones' counts for callers who see only published figures, as sums of fixed published cells:
 * the 250 m hexagons of the published grid (`published-cells.ts`) × district × 4-week block. The
 * target is the cells whose centre lies within `radiusM` of the geometry, the buffer those whose
 * centre lies within twice that, the control the other cells of the district(s) the geometry
 * touches. A cell counts when the incidents in it the caller cannot see one by one number 0 or at
 * least 5; the others are left out (`hiddenCells`). The windows must be whole blocks
 * (`publishedEffectWindows`). Moving or resizing the geometry, or choosing another measure, changes
 * an answer only by whole published cells.
 */
export async function publishedZoneCounts(
  db: Queryable,
  scope: RowScope,
  geometry: Geometry,
  radiusM: number,
  w: EffectWindows,
): Promise<Record<Zone, Record<Phase, CountValue>>> {
  const rows = await db.query<{ zone: Zone; phase: Phase; atLeast: number; hiddenCells: number }>(
    `WITH ${GEOMETRY_AND_DISTRICTS},
          -- Every incident of the districts, and every one in a cell that may be in the buffer (its centre within 2 × radius).
          pts AS MATERIALIZED (
            SELECT i.district_id, ${blockOf('i.occurred_at')} AS block,
                   CASE WHEN i.occurred_at < $4 THEN 'before' ELSE 'after' END AS phase,
                   ${visibleIncident(7)} AS seen, ST_X(xy) AS x, ST_Y(xy) AS y
              FROM incidents.incident i CROSS JOIN g CROSS JOIN ds CROSS JOIN LATERAL ST_Transform(i.location, 3006) AS xy
             WHERE i.deleted_at IS NULL AND i.location IS NOT NULL
               AND ((i.occurred_at >= $3 AND i.occurred_at < $4) OR (i.occurred_at >= $5 AND i.occurred_at < $6))
               AND (i.district_id = ANY(ds.ids)
                    OR i.location && ST_Transform(ST_Expand(g.geom, 2 * $2::float8 + $11::float8 + 1), 4326))),
          cells AS (
            SELECT ${CELL.q} AS q, ${CELL.r} AS r, district_id, block, phase, count(*)::int AS n, count(*) FILTER (WHERE NOT seen)::int AS unseen
              FROM pts GROUP BY 1, 2, 3, 4, 5),
          zoned AS (
            SELECT CASE WHEN ST_DWithin(c.centre, g.geom, $2::float8) THEN 'target'
                        WHEN ST_DWithin(c.centre, g.geom, 2 * $2::float8) THEN 'buffer'
                        WHEN c.district_id = ANY(ds.ids) THEN 'control' END AS zone,
                   c.phase, c.n, c.unseen
              FROM (SELECT cells.*, ${publishedCellCentre('q', 'r')} AS centre FROM cells) c, g, ds)
     SELECT zone, phase, COALESCE(sum(n) FILTER (WHERE unseen = 0 OR unseen >= $10), 0)::int AS "atLeast",
            count(*) FILTER (WHERE unseen > 0 AND unseen < $10)::int AS "hiddenCells"
       FROM zoned WHERE zone IS NOT NULL GROUP BY 1, 2`,
    [JSON.stringify(geometry), radiusM, w.beforeFrom, w.beforeTo, w.afterFrom, w.afterTo, ...scopeParams(scope), MIN_PUBLISHED, PUBLISHED_CELL_REACH_M],
  );
  const cell = (zone: Zone, phase: Phase): CountValue => {
    const { atLeast, hiddenCells } = rows.find((r) => r.zone === zone && r.phase === phase) ?? { atLeast: 0, hiddenCells: 0 };
    return { exact: false, value: hiddenCells === 0 ? atLeast : null, atLeast, hiddenCells };
  };
  const zone = (z: Zone) => ({ before: cell(z, 'before'), after: cell(z, 'after') });
  return { target: zone('target'), buffer: zone('buffer'), control: zone('control') };
}
