import type { Db } from '../db/types.js';
import { GeometryError, validateGeometry } from '../geojson/validate.js';

/**
 * Organisations and properties (owner, polygon) from files, into the reference geography. A file is
 * checked whole first: every bad entry is named and then nothing is written; a good one adds new
 * rows and replaces the ones it names again (by id). Properties need their owner among the
 * organisations (in the database or in the same import).
 */
export const ORGANISATION_KINDS = ['municipality', 'police', 'authority', 'region', 'company', 'association'] as const;

export interface ReferenceImportReport {
  read: number;
  added: number;
  changed: number;
  problems: { entry: number; message: string }[];
}

interface Organisation { id: string; name: string; kind: string }
/** `entry`: its place in the file (1-based), for the report. */
interface Property { entry: number; id: string; name: string; ownerId: string; geometry: unknown }

const ID = /^[a-z0-9-]{2,60}$/;
const text = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0 && v.length <= 200;

function checkOrganisations(json: unknown, problems: ReferenceImportReport['problems']): Organisation[] {
  const list = Array.isArray(json) ? json : (json as { organisations?: unknown })?.organisations;
  if (!Array.isArray(list)) {
    problems.push({ entry: 0, message: 'expected a list of organisations ({ "organisations": [ … ] })' });
    return [];
  }
  return (list as Record<string, unknown>[]).flatMap((o, i) => {
    const bad = (message: string) => (problems.push({ entry: i + 1, message }), []);
    if (typeof o?.id !== 'string' || !ID.test(o.id)) return bad('id: 2–60 lower-case letters, digits or hyphens');
    if (!text(o.name)) return bad('name: 1–200 characters');
    if (!(ORGANISATION_KINDS as readonly unknown[]).includes(o.kind)) return bad(`kind: one of ${ORGANISATION_KINDS.join(', ')}`);
    return [{ id: o.id, name: o.name.trim(), kind: o.kind as string }];
  });
}

function checkProperties(json: unknown, problems: ReferenceImportReport['problems']): Property[] {
  const features = (json as { type?: string; features?: unknown })?.type === 'FeatureCollection' ? (json as { features: unknown[] }).features : null;
  if (!Array.isArray(features)) {
    problems.push({ entry: 0, message: 'expected a GeoJSON FeatureCollection' });
    return [];
  }
  return (features as Record<string, unknown>[]).flatMap((f, i) => {
    const p = (f?.properties ?? {}) as Record<string, unknown>;
    const bad = (message: string) => (problems.push({ entry: i + 1, message }), []);
    if (typeof p.id !== 'string' || !ID.test(p.id)) return bad('properties.id: 2–60 lower-case letters, digits or hyphens');
    if (!text(p.name)) return bad('properties.name: 1–200 characters');
    if (typeof p.owner_id !== 'string' || !ID.test(p.owner_id)) return bad('properties.owner_id: an organisation id');
    try {
      return [{ entry: i + 1, id: p.id, name: p.name.trim(), ownerId: p.owner_id, geometry: validateGeometry(f.geometry, { allowedTypes: ['Polygon', 'MultiPolygon'] }) }];
    } catch (error) {
      if (error instanceof GeometryError) return bad(`geometry: ${error.message}`);
      throw error;
    }
  });
}

export async function importOrganisations(db: Db, json: unknown, source: string): Promise<ReferenceImportReport> {
  const problems: ReferenceImportReport['problems'] = [];
  const rows = checkOrganisations(json, problems);
  if (problems.length > 0) return { read: rows.length, added: 0, changed: 0, problems };
  const [r] = await db.query<{ added: number; changed: number }>(
    `WITH w AS (
       INSERT INTO geo.organisation AS o (id, name, kind, source)
       SELECT * , $4 FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, source = EXCLUDED.source, updated_at = now()
       RETURNING (xmax = 0) AS inserted)
     SELECT count(*) FILTER (WHERE inserted)::int AS added, count(*) FILTER (WHERE NOT inserted)::int AS changed FROM w`,
    [rows.map((o) => o.id), rows.map((o) => o.name), rows.map((o) => o.kind), source],
  );
  return { read: rows.length, ...r!, problems };
}

export async function importProperties(db: Db, json: unknown, source: string): Promise<ReferenceImportReport> {
  const problems: ReferenceImportReport['problems'] = [];
  const rows = checkProperties(json, problems);
  const owners = new Map((await db.query<{ id: string; name: string }>('SELECT id, name FROM geo.organisation')).map((o) => [o.id, o.name]));
  rows.forEach((p) => {
    if (!owners.has(p.ownerId)) problems.push({ entry: p.entry, message: `properties.owner_id: no organisation "${p.ownerId}" (import it first)` });
  });
  // Well-formed is not yet valid: a ring that crosses itself is refused here rather than by the table's check.
  const invalid = await db.query<{ i: number; reason: string }>(
    `SELECT i::int, ST_IsValidReason(g) AS reason FROM unnest($1::text[]) WITH ORDINALITY AS t(geom, i), ST_GeomFromGeoJSON(geom) AS g WHERE NOT ST_IsValid(g)`,
    [rows.map((p) => JSON.stringify(p.geometry))],
  );
  for (const { i, reason } of invalid) problems.push({ entry: rows[i - 1]!.entry, message: `geometry: ${reason}` });
  problems.sort((a, b) => a.entry - b.entry);
  if (problems.length > 0) return { read: rows.length, added: 0, changed: 0, problems };
  return db.transaction(async (tx) => {
    const [r] = await tx.query<{ added: number; changed: number }>(
      `WITH w AS (
         INSERT INTO geo.property AS p (id, name, owner_id, owner_name, approximate, source, geom)
         SELECT id, name, owner, owner_name, false, $5, ST_Multi(ST_SetSRID(ST_GeomFromGeoJSON(geom), 4326))
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(id, name, owner, geom)
           JOIN LATERAL (SELECT $6::jsonb ->> t.owner AS owner_name) n ON true
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, owner_id = EXCLUDED.owner_id, owner_name = EXCLUDED.owner_name,
           approximate = false, source = EXCLUDED.source, geom = EXCLUDED.geom, updated_at = now()
         RETURNING (xmax = 0) AS inserted)
       SELECT count(*) FILTER (WHERE inserted)::int AS added, count(*) FILTER (WHERE NOT inserted)::int AS changed FROM w`,
      [rows.map((p) => p.id), rows.map((p) => p.name), rows.map((p) => p.ownerId), rows.map((p) => JSON.stringify(p.geometry)), source,
        JSON.stringify(Object.fromEntries(owners))],
    );
    return { read: rows.length, ...r!, problems };
  });
}
