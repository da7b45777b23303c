import { createHash } from 'node:crypto';
import { findPersonalData, type Db } from '@tk/gis';
import { CATEGORIES, type Category } from '../categories.js';
import { parseCsv } from './csv.js';

/**
 * The EST group's own reports from a spreadsheet. Every row is checked; if any row is bad the whole
 * file is refused and nothing is written, and the report names each bad row and why. A row already
 * imported (same content) is skipped, so importing the same file twice adds nothing.
 */
export const EST_COLUMNS = ['occurred_at', 'category', 'latitude', 'longitude', 'description', 'reported_by', 'ended_at', 'radius_m'] as const;
const REQUIRED = ['occurred_at', 'category', 'latitude', 'longitude', 'reported_by'] as const;

export interface EstImportReport {
  rows: number;
  imported: number;
  alreadyImported: number;
  refused: { line: number; reasons: string[] }[];
  /** True when nothing was written because of refused rows or a bad header. */
  rejected: boolean;
  headerProblems: string[];
}

interface Row {
  line: number;
  occurredAt: Date;
  endedAt: Date | null;
  category: Category;
  lat: number;
  lon: number;
  radiusM: number | null;
  description: string;
  reportedBy: string;
  key: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const BY_LABEL = new Map(Object.entries(CATEGORIES).flatMap(([code, label]) => [[code, code], [label.toLowerCase(), code]])) as Map<string, Category>;

function readRow(line: number, get: (column: string) => string, now: number): { row?: Row; reasons: string[] } {
  const reasons: string[] = [];
  const time = (column: string, required: boolean): Date | null => {
    const raw = get(column);
    if (!raw) {
      if (required) reasons.push(`${column} is empty`);
      return null;
    }
    if (!ISO.test(raw) || Number.isNaN(Date.parse(raw.replace(' ', 'T')))) {
      reasons.push(`${column} "${raw}" is not a time such as 2026-11-20T21:30:00+01:00`);
      return null;
    }
    return new Date(raw.replace(' ', 'T'));
  };
  const number = (column: string, min: number, max: number, required: boolean): number | null => {
    const raw = get(column).replace(',', '.');
    if (!raw) {
      if (required) reasons.push(`${column} is empty`);
      return null;
    }
    const value = Number(raw);
    if (!Number.isFinite(value) || value < min || value > max) {
      reasons.push(`${column} "${get(column)}" must be a number between ${min} and ${max}`);
      return null;
    }
    return value;
  };
  const occurredAt = time('occurred_at', true);
  const endedAt = time('ended_at', false);
  if (occurredAt && occurredAt.getTime() > now + 5 * 60_000) reasons.push('occurred_at lies in the future');
  if (occurredAt && endedAt && endedAt < occurredAt) reasons.push('ended_at is before occurred_at');
  const category = BY_LABEL.get(get('category').trim().toLowerCase());
  if (!category) reasons.push(`category "${get('category')}" is not in the code list (${Object.keys(CATEGORIES).join(', ')})`);
  const lat = number('latitude', -90, 90, true);
  const lon = number('longitude', -180, 180, true);
  const radiusM = number('radius_m', 0, 5000, false);
  const description = get('description').trim();
  if (description.length > 1000) reasons.push('description is longer than 1,000 characters');
  const personal = findPersonalData(description)[0];
  if (personal) reasons.push(`description contains what looks like personal data (${personal.kind.replaceAll('_', ' ')})`);
  const reportedBy = get('reported_by').trim();
  if (!reportedBy) reasons.push('reported_by is empty');
  if (reasons.length > 0) return { reasons };
  const key = createHash('sha256').update(JSON.stringify([occurredAt, category, lat, lon, description, reportedBy])).digest('hex').slice(0, 32);
  return { reasons, row: { line, occurredAt: occurredAt!, endedAt, category: category!, lat: lat!, lon: lon!, radiusM, description, reportedBy, key } };
}

/** Rows whose point lies outside the municipality (one query for the whole file). */
async function outsideMunicipality(db: Db, rows: Row[]): Promise<Set<number>> {
  const found = await db.query<{ line: number }>(
    `SELECT r.line FROM unnest($1::int[], $2::float8[], $3::float8[]) AS r(line, lon, lat)
      WHERE NOT EXISTS (SELECT 1 FROM geo.municipality m WHERE ST_Intersects(m.geom, ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)))
        AND NOT EXISTS (SELECT 1 FROM geo.district d WHERE ST_Intersects(d.geom, ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326)))`,
    [rows.map((r) => r.line), rows.map((r) => r.lon), rows.map((r) => r.lat)],
  );
  return new Set(found.map((f) => f.line));
}

async function insertAll(db: Db, rows: Row[]): Promise<number> {
  const [inserted] = await db.query<{ n: number }>(
    `WITH ins AS (
       INSERT INTO incidents.incident (occurred_at, ended_at, category, description, precision, location, radius_m, district_id,
                                       reported_by, source, source_id, created_by)
       SELECT r.at, r.ended, r.category, r.description, 'exact', p.geom, r.radius,
              (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom) ORDER BY d.id LIMIT 1),
              r.reporter, 'import', 'est:' || r.key, 'import:est-csv'
         FROM unnest($1::timestamptz[], $2::timestamptz[], $3::text[], $4::text[], $5::float8[], $6::float8[], $7::int[], $8::text[], $9::text[])
              AS r(at, ended, category, description, lon, lat, radius, reporter, key)
        CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS geom) AS p
       ON CONFLICT (source, source_id) DO NOTHING
       RETURNING 1)
     SELECT count(*)::int AS n FROM ins`,
    [rows.map((r) => r.occurredAt), rows.map((r) => r.endedAt), rows.map((r) => r.category), rows.map((r) => r.description),
      rows.map((r) => r.lon), rows.map((r) => r.lat), rows.map((r) => r.radiusM), rows.map((r) => r.reportedBy), rows.map((r) => r.key)],
  );
  return inserted!.n;
}

export async function importEstCsv(db: Db, text: string, now = Date.now()): Promise<EstImportReport> {
  const table = parseCsv(text);
  const report: EstImportReport = { rows: table.rows.length, imported: 0, alreadyImported: 0, refused: [], rejected: false, headerProblems: [] };
  const missing = REQUIRED.filter((c) => !table.header.includes(c));
  const unknown = table.header.filter((c) => !(EST_COLUMNS as readonly string[]).includes(c));
  report.headerProblems = [...missing.map((c) => `missing column ${c}`), ...unknown.map((c) => `unknown column ${c}`)];
  if (report.headerProblems.length > 0) return { ...report, rejected: true };
  const index = new Map(table.header.map((h, i) => [h, i]));
  const rows: Row[] = [];
  for (const { line, cells } of table.rows) {
    const get = (column: string) => (index.has(column) ? (cells[index.get(column)!] ?? '').trim() : '');
    const { row, reasons } = cells.length === table.header.length
      ? readRow(line, get, now)
      : { row: undefined, reasons: [`has ${cells.length} fields, the header has ${table.header.length}`] };
    if (row) rows.push(row);
    else report.refused.push({ line, reasons });
  }
  if (rows.length > 0) {
    const outside = await outsideMunicipality(db, rows);
    outside.forEach((line) => report.refused.push({ line, reasons: ['the place lies outside the municipality of Linköping'] }));
  }
  report.refused.sort((a, b) => a.line - b.line);
  if (report.refused.length > 0) return { ...report, rejected: true };
  // One INSERT: all rows or none.
  report.imported = await insertAll(db, rows);
  report.alreadyImported = rows.length - report.imported;
  return report;
}
