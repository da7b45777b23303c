import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db, Queryable } from '../db/types.js';
import { GeometryError, validateGeometry, type Geometry } from '../geojson/validate.js';

export const DEMO_DISTRICTS_FILE = fileURLToPath(new URL('../../data/districts-demo.geojson', import.meta.url));

export type Srid = 4326 | 3006;

interface Feature {
  type?: unknown;
  properties?: Record<string, unknown> | null;
  geometry?: unknown;
}

export interface DistrictImportReport {
  read: number;
  srid: Srid;
  added: string[];
  changed: string[];
  unchanged: string[];
  refused: { feature: number; name: string | null; reason: string }[];
}

/** Same slug for "Skäggetorp" from any file, so an official boundary replaces the demo one. */
export function districtSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null);

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The municipality's files say NAMN/KOD; others say name/code (a file's hand may have put anything there). */
function readProperties(given: unknown) {
  const properties = isObject(given) ? given : {};
  const pick = (...keys: string[]) => keys.map((k) => text(properties[k])).find((v) => v !== null) ?? null;
  const name = pick('NAMN', 'namn', 'Namn', 'name', 'NAME');
  return {
    name,
    id: pick('id') ?? (name ? districtSlug(name) : null),
    code: pick('KOD', 'kod', 'Kod', 'code', 'CODE'),
    priority: typeof properties.priority === 'boolean' ? properties.priority : null,
    approximate: properties.approximate === true,
  };
}

/** EPSG code from the legacy `crs` member, or guessed from the coordinates' magnitude. */
export function detectSrid(collection: { crs?: unknown; features: Feature[] }): Srid {
  const crsName = text((collection.crs as { properties?: { name?: unknown } } | undefined)?.properties?.name) ?? '';
  if (/3006/.test(crsName)) return 3006;
  if (/4326|CRS84/i.test(crsName)) return 4326;
  const first = JSON.stringify(collection.features.find((f) => isObject(f) && f.geometry)?.geometry ?? {}).match(/-?\d+(\.\d+)?/g);
  return first && first.some((n) => Math.abs(Number(n)) > 360) ? 3006 : 4326;
}

function parseCollection(json: unknown): { crs?: unknown; features: Feature[] } {
  const collection = json as { type?: unknown; features?: unknown; crs?: unknown };
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new Error('The file is not a GeoJSON FeatureCollection');
  }
  return collection as { crs?: unknown; features: Feature[] };
}

type Outcome = 'added' | 'changed' | 'unchanged';

async function upsertDistrict(
  tx: Queryable,
  d: { id: string; code: string | null; name: string; priority: boolean | null; approximate: boolean; geometry: string },
  srid: Srid,
  source: string,
): Promise<Outcome | { refused: string }> {
  const [check] = await tx.query<{ valid: boolean; reason: string }>(
    `SELECT ST_IsValid(g) AS valid, ST_IsValidReason(g) AS reason FROM (SELECT ST_GeomFromGeoJSON($1) AS g) AS s`,
    [d.geometry],
  );
  if (!check?.valid) return { refused: `invalid geometry: ${check?.reason ?? 'unreadable'}` };
  const [row] = await tx.query<{ outcome: Outcome }>(
    `WITH input AS (
       SELECT ST_Multi(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($5), $6::int), 4326)) AS geom
     ), existing AS (
       SELECT d.id, d.name, d.code, d.approximate, d.priority, d.geom FROM geo.district d
        WHERE d.id = $1 OR (d.code IS NOT NULL AND d.code = $2)
        ORDER BY d.code IS NOT DISTINCT FROM $2 DESC LIMIT 1
     ), upsert AS (
       INSERT INTO geo.district AS d (id, code, name, priority, approximate, source, geom)
       SELECT COALESCE((SELECT id FROM existing), $1), $2, $3, COALESCE($4, false), $7, $8, geom FROM input
       ON CONFLICT (id) DO UPDATE
          SET code = EXCLUDED.code, name = EXCLUDED.name, approximate = EXCLUDED.approximate,
              priority = COALESCE($4, d.priority), source = EXCLUDED.source, geom = EXCLUDED.geom,
              updated_at = now()
        WHERE d.name IS DISTINCT FROM EXCLUDED.name OR d.code IS DISTINCT FROM EXCLUDED.code
           OR d.approximate <> EXCLUDED.approximate OR d.priority <> COALESCE($4, d.priority)
           OR NOT ST_OrderingEquals(d.geom, EXCLUDED.geom)
       RETURNING d.id
     )
     SELECT CASE WHEN NOT EXISTS (SELECT 1 FROM existing) THEN 'added'
                 WHEN EXISTS (SELECT 1 FROM upsert) THEN 'changed'
                 ELSE 'unchanged' END AS outcome`,
    [d.id, d.code, d.name, d.priority, d.geometry, srid, d.approximate, source],
  );
  return row!.outcome;
}

/**
 * Imports district boundaries from a GeoJSON FeatureCollection in EPSG:4326 or EPSG:3006.
 * Idempotent: a second run of the same file reports everything unchanged. Features that cannot be
 * used are refused with a reason, and then nothing is written; otherwise all in one transaction.
 */
export async function importDistricts(
  db: Db,
  json: unknown,
  options: { srid?: Srid; source?: string } = {},
): Promise<DistrictImportReport> {
  const collection = parseCollection(json);
  const srid = options.srid ?? detectSrid(collection);
  const report: DistrictImportReport = { read: collection.features.length, srid, added: [], changed: [], unchanged: [], refused: [] };
  // One transaction, rolled back when a feature is refused: a file is imported whole or not at all.
  const refused = new Error('refused');
  await db.transaction(async (tx) => {
    for (const [index, feature] of collection.features.entries()) {
      if (!isObject(feature)) {
        report.refused.push({ feature: index, name: null, reason: 'not a GeoJSON Feature object' });
        continue;
      }
      const props = readProperties(feature.properties);
      const refuse = (reason: string) => report.refused.push({ feature: index, name: props.name, reason });
      if (!props.name || !props.id) {
        refuse('no name (expected a NAMN or name property)');
        continue;
      }
      let geometry: Geometry;
      try {
        geometry = validateGeometry(feature.geometry, { geographic: srid === 4326, allowedTypes: ['Polygon', 'MultiPolygon'] });
      } catch (error) {
        if (!(error instanceof GeometryError)) throw error;
        refuse(error.message);
        continue;
      }
      const outcome = await upsertDistrict(
        tx,
        { id: props.id, code: props.code, name: props.name, priority: props.priority, approximate: props.approximate, geometry: JSON.stringify(geometry) },
        srid,
        options.source ?? 'import',
      );
      if (typeof outcome === 'object') refuse(outcome.refused);
      else report[outcome].push(props.name);
    }
    if (report.refused.length > 0) throw refused;
  }).catch((error: unknown) => {
    if (error !== refused) throw error;
  });
  if (report.refused.length > 0) return { ...report, added: [], changed: [], unchanged: [] };
  return report;
}

export function readGeoJsonFile(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** Loads the shipped approximate demo boundaries when the table is empty. */
export async function loadDemoDistrictsIfEmpty(db: Db): Promise<DistrictImportReport | null> {
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM geo.district');
  if ((row?.n ?? 0) > 0) return null;
  return importDistricts(db, readGeoJsonFile(DEMO_DISTRICTS_FILE), { srid: 4326, source: 'demo' });
}
