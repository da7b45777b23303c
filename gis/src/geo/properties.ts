import type { Db } from '../db/types.js';

/**
 * Synthetic demo properties: blocks of about 300 × 200 m near the middle of the priority
 * districts, owned by AB Stångåstaden (the plan's housing company) and by a made-up second owner,
 * so that each owner's view can be shown to hold only its own properties.
 */
const DEMO_PROPERTIES = [
  { id: 'demo-skaggetorp-1', name: 'Skäggetorp kv. Demo 1', owner: 'stangastaden', district: 'skaggetorp', dx: 0, dy: 0 },
  { id: 'demo-ryd-1', name: 'Ryd kv. Demo 1', owner: 'stangastaden', district: 'ryd', dx: 0, dy: 0 },
  { id: 'demo-berga-1', name: 'Berga kv. Demo 1', owner: 'stangastaden', district: 'berga', dx: 0, dy: 0 },
  { id: 'demo-ryd-2', name: 'Ryd kv. Demo 2', owner: 'lingonet', district: 'ryd', dx: 0, dy: -450 },
  { id: 'demo-berga-2', name: 'Berga kv. Demo 2', owner: 'lingonet', district: 'berga', dx: 450, dy: 0 },
] as const;

const OWNER_NAMES: Record<string, string> = { stangastaden: 'AB Stångåstaden', lingonet: 'Fastighets AB Lingonet (demo)' };

export async function loadDemoPropertiesIfEmpty(db: Db): Promise<number | null> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM geo.property');
  if ((row?.n ?? 0) > 0) return null;
  const [inserted] = await db.query<{ n: number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::float8[], $6::float8[])
         AS p(id, name, owner, district, dx, dy)
     ), placed AS (
       SELECT p.id, p.name, p.owner, d.geom AS district_geom,
              ST_Translate(ST_Transform(ST_PointOnSurface(d.geom), 3006), p.dx, p.dy) AS centre
         FROM input p JOIN geo.district d ON d.id = p.district
     ), ins AS (
       INSERT INTO geo.property (id, name, owner_id, owner_name, source, geom)
       SELECT id, name, owner, ($7::jsonb ->> owner), 'demo',
              ST_Multi(ST_Intersection(district_geom,
                ST_Transform(ST_MakeEnvelope(ST_X(centre) - 150, ST_Y(centre) - 100, ST_X(centre) + 150, ST_Y(centre) + 100, 3006), 4326)))
         FROM placed
       RETURNING 1
     )
     SELECT count(*)::int AS n FROM ins`,
    [
      DEMO_PROPERTIES.map((p) => p.id), DEMO_PROPERTIES.map((p) => p.name), DEMO_PROPERTIES.map((p) => p.owner),
      DEMO_PROPERTIES.map((p) => p.district), DEMO_PROPERTIES.map((p) => p.dx), DEMO_PROPERTIES.map((p) => p.dy),
      JSON.stringify(OWNER_NAMES),
    ],
  );
  return inserted?.n ?? 0;
}
