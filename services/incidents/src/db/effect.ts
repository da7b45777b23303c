import type { Geometry, Queryable, RowScope } from '@tk/gis';
import { MIN_PUBLISHED, type CountValue } from './counts.js';
import { scopeParams, visibleIncident } from './visibility.js';

export type Zone = 'target' | 'buffer' | 'control';
export type Phase = 'before' | 'after';

export interface EffectWindows {
  beforeFrom: Date;
  beforeTo: Date;
  afterFrom: Date;
  afterTo: Date;
}

/** `weeks` before the day a measure was done, and as many after it; the day itself is in neither. */
export async function effectWindows(db: Queryable, doneOn: string, weeks: number): Promise<EffectWindows> {
  const [row] = await db.query<EffectWindows>(
    `WITH d AS (SELECT $1::date AS done)
     SELECT ((done - 7 * $2::int)::timestamp AT TIME ZONE 'Europe/Stockholm') AS "beforeFrom",
            (done::timestamp AT TIME ZONE 'Europe/Stockholm') AS "beforeTo",
            ((done + 1)::timestamp AT TIME ZONE 'Europe/Stockholm') AS "afterFrom",
            ((done + 1 + 7 * $2::int)::timestamp AT TIME ZONE 'Europe/Stockholm') AS "afterTo"
       FROM d`,
    [doneOn, weeks],
  );
  return row!;
}

/**
 * Incidents with a place, per zone and phase: the target within `radiusM` of the geometry, the
 * buffer ring out to twice that, the control the rest of the district(s) the geometry touches.
 * Each zone × phase is one cell, shown when the incidents in it the caller cannot see one by one
 * number 0 or at least 5; the windows are fixed by the measure, so answers cannot be differenced.
 */
export async function zoneCounts(
  db: Queryable,
  scope: RowScope,
  geometry: Geometry,
  radiusM: number,
  w: EffectWindows,
): Promise<Record<Zone, Record<Phase, CountValue>>> {
  const rows = await db.query<{ zone: Zone; phase: Phase; n: number; unseen: number }>(
    `WITH g AS (SELECT ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006) AS geom),
          ds AS (SELECT COALESCE(array_agg(d.id), '{}') AS ids FROM geo.district d, g
                  WHERE ST_Intersects(d.geom, ST_Transform(g.geom, 4326))),
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
