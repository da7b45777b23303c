import { hash } from 'node:crypto';
import { findPersonalData, type Db, type Queryable } from '@tk/gis';
import { type ImportProblem, type ImportReport, lostCharacters, readCsv, sortProblems } from '@tk/input';
import { CATEGORIES, type Category } from '../categories.js';

/**
 * The EST group's own reports from a spreadsheet. Every row is checked; if any row is bad the whole
 * file is refused and nothing is written, and the report names each bad row and why. A row already
 * imported (same content) is skipped, so importing the same file twice adds nothing.
 */
export const EST_COLUMNS = ['occurred_at', 'category', 'latitude', 'longitude', 'description', 'reported_by', 'ended_at', 'radius_m'] as const;
const REQUIRED = ['occurred_at', 'category', 'latitude', 'longitude', 'reported_by'] as const;
type Column = (typeof EST_COLUMNS)[number];

interface Row {
  line: number;
  /** Milliseconds since 1970, as JavaScript's Date holds them (finer digits in the file are dropped). */
  occurredAt: number;
  endedAt: number | null;
  category: Category;
  lat: number;
  lon: number;
  radiusM: number | null;
  description: string;
  reportedBy: string;
  key: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:?\d{2})$/;
const WITHOUT_ZONE = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(\.\d{1,6})?)?$/;
const BY_LABEL = new Map(Object.entries(CATEGORIES).flatMap(([code, label]) => [[code, code], [label.toLowerCase(), code]])) as Map<string, Category>;
const CODE_LIST = Object.keys(CATEGORIES).join(', ');

// Rows are validated and sent in chunks of this many: while the database stages one chunk, the next
// is validated, and no statement carries the whole file.
const CHUNK_ROWS = 10_000;

// Plain functions rather than closures made per row: a file has hundreds of thousands of rows, and
// the closures (and tsx's name-keeping wrappers around them) were a visible share of the time.
function cell(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '').trim();
}

type Problems = ImportProblem[];

function problem(problems: Problems, line: number, column: Column | null, message: string): void {
  problems.push({ line, column, message });
}

function readTime(line: number, raw: string, column: Column, required: boolean, problems: Problems): number | null {
  if (!raw) {
    if (required) problem(problems, line, column, `${column} is empty`);
    return null;
  }
  const ms = ISO.test(raw) ? Date.parse(raw.replace(' ', 'T')) : Number.NaN;
  if (!Number.isNaN(ms)) return ms;
  // A wall-clock time alone is an hour off half the year: the zone must be written, not guessed.
  const local = WITHOUT_ZONE.exec(raw);
  problem(problems, line, column, local
    ? `${column} "${raw}" has no time zone: write it as ${local[1]}T${local[2]}${local[3] ?? ':00'}+01:00 (Swedish winter time), +02:00 in summer time, or Z for UTC`
    : `${column} "${raw}" is not a time such as 2026-11-20T21:30:00+01:00`);
  return null;
}

function readNumber(line: number, shown: string, column: Column, min: number, max: number, required: boolean, problems: Problems): number | null {
  const raw = shown.replace(',', '.');
  if (!raw) {
    if (required) problem(problems, line, column, `${column} is empty`);
    return null;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < min || value > max) {
    problem(problems, line, column, `${column} "${shown}" must be a number between ${min} and ${max}`);
    return null;
  }
  return value;
}

/**
 * What identifies a row across imports. It must stay byte for byte what earlier versions hashed,
 * JSON.stringify([occurredAt as a Date, category, lat, lon, description, reportedBy]), or files
 * imported before would be imported again; the string is built by hand because that is cheaper.
 */
function estRowKey(occurredAt: number, category: string, lat: number, lon: number, description: string, reportedBy: string): string {
  const json = `[${JSON.stringify(new Date(occurredAt).toISOString())},${JSON.stringify(category)},${lat},${lon},${JSON.stringify(description)},${JSON.stringify(reportedBy)}]`;
  return hash('sha256', json, 'hex').slice(0, 32);
}

/** The row, or null when it is refused (its problems added to `problems`). */
function readRow(line: number, cells: readonly string[], at: Readonly<Record<Column, number>>, now: number, problems: Problems): Row | null {
  const before = problems.length;
  const occurredAt = readTime(line, cell(cells, at.occurred_at), 'occurred_at', true, problems);
  const endedAt = readTime(line, cell(cells, at.ended_at), 'ended_at', false, problems);
  if (occurredAt !== null && occurredAt > now + 5 * 60_000) problem(problems, line, 'occurred_at', 'occurred_at lies in the future');
  if (occurredAt !== null && endedAt !== null && endedAt < occurredAt) problem(problems, line, 'ended_at', 'ended_at is before occurred_at');
  const label = cell(cells, at.category);
  const category = BY_LABEL.get(label.toLowerCase());
  if (!category) problem(problems, line, 'category', `category "${label}" is not in the code list (${CODE_LIST})`);
  const lat = readNumber(line, cell(cells, at.latitude), 'latitude', -90, 90, true, problems);
  const lon = readNumber(line, cell(cells, at.longitude), 'longitude', -180, 180, true, problems);
  const radiusM = readNumber(line, cell(cells, at.radius_m), 'radius_m', 0, 5000, false, problems);
  const description = cell(cells, at.description);
  const tooLong = description.length > 1000;
  if (tooLong) problem(problems, line, 'description', 'description is longer than 1,000 characters');
  // A cell can be any length: only one within the limit is read for personal data (the row is refused either way).
  const personal = tooLong ? undefined : findPersonalData(description)[0];
  if (personal) problem(problems, line, 'description', `description contains what looks like personal data (${personal.kind.replaceAll('_', ' ')})`);
  const reportedBy = cell(cells, at.reported_by);
  if (!reportedBy) problem(problems, line, 'reported_by', 'reported_by is empty');
  if (problems.length > before || occurredAt === null || category === undefined || lat === null || lon === null) return null;
  const key = estRowKey(occurredAt, category, lat, lon, description, reportedBy);
  return { line, occurredAt, endedAt, category, lat, lon, radiusM, description, reportedBy, key };
}

// Array parameters are passed as PostgreSQL array literals built here. Given JavaScript arrays, the
// pg driver quotes and regex-escapes every element and formats every Date in local time, which cost
// several times what the server then spends parsing them; PGlite passes a string through unchanged
// as well. The literal is still a parameter value, parsed by the server as data, never as SQL.
const ARRAY_SPECIAL = /["\\]/;
const ARRAY_SPECIAL_ALL = /["\\]/g;

function textArray(rows: readonly Row[], pick: (row: Row) => string): string {
  const out: string[] = [];
  for (const row of rows) {
    const value = pick(row);
    out.push(ARRAY_SPECIAL.test(value) ? `"${value.replace(ARRAY_SPECIAL_ALL, '\\$&')}"` : `"${value}"`);
  }
  return `{${out.join(',')}}`;
}

function numberArray(rows: readonly Row[], pick: (row: Row) => number | null): string {
  const out: string[] = [];
  for (const row of rows) {
    const value = pick(row);
    out.push(value === null ? 'NULL' : String(value));
  }
  return `{${out.join(',')}}`;
}

/**
 * The staging table: one transaction's rows with their district looked up, so that the check for
 * places outside the municipality and the INSERT read them without parsing or looking up again.
 * Temporary and dropped at commit, so a refused file leaves nothing behind in incidents.incident.
 */
const CREATE_STAGE = `
  CREATE TEMPORARY TABLE est_import (
    line integer NOT NULL, occurred_at timestamptz NOT NULL, ended_at timestamptz, category text NOT NULL,
    description text NOT NULL, location geometry NOT NULL, radius_m integer, district_id text,
    reported_by text NOT NULL, source_id text NOT NULL
  ) ON COMMIT DROP`;

// Times travel as milliseconds since 1970 (exact in float8). to_timestamp(ms / 1000) would round
// to the microsecond only near our era, so whole seconds and the milliseconds are added separately.
// The district is looked up once per row here and used both for the check and for the incident.
const STAGE_CHUNK = `
  INSERT INTO pg_temp.est_import (line, occurred_at, ended_at, category, description, location, radius_m, district_id, reported_by, source_id)
  SELECT r.line,
         to_timestamp(floor(r.at / 1000)) + (r.at - 1000 * floor(r.at / 1000)) * interval '1 millisecond',
         to_timestamp(floor(r.ended / 1000)) + (r.ended - 1000 * floor(r.ended / 1000)) * interval '1 millisecond',
         r.category, r.description, p.geom, r.radius,
         (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom) ORDER BY d.id LIMIT 1),
         r.reporter, 'est:' || r.key
    FROM unnest($1::int[], $2::float8[], $3::float8[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::int[], $9::text[], $10::text[])
         AS r(line, at, ended, category, description, lon, lat, radius, reporter, key)
   CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS geom) AS p`;

// A place in no district can still lie in the municipality (its outline is wider than the districts').
const OUTSIDE_MUNICIPALITY = `
  SELECT e.line FROM pg_temp.est_import e
   WHERE e.district_id IS NULL
     AND NOT EXISTS (SELECT 1 FROM geo.municipality m WHERE ST_Intersects(m.geom, e.location))`;

// In time order: the two indexes that start with occurred_at are then filled at their right edge
// (imports are mostly newer than what is stored), which made the INSERT about a tenth faster than
// file order. Ties keep file order, so of two rows with the same key the first one is imported, as before.
const INSERT_INCIDENTS = `
  WITH inserted AS (
    INSERT INTO incidents.incident (occurred_at, ended_at, category, description, precision, location, radius_m, district_id,
                                    reported_by, source, source_id, created_by)
    SELECT e.occurred_at, e.ended_at, e.category, e.description, 'exact', e.location, e.radius_m, e.district_id,
           e.reported_by, 'import', e.source_id, 'import:est-csv'
      FROM pg_temp.est_import e
     ORDER BY e.occurred_at, e.line
    ON CONFLICT (source, source_id) DO NOTHING
    RETURNING 1)
  SELECT count(*)::int AS n FROM inserted`;

function stageChunk(tx: Queryable, rows: readonly Row[]): Promise<unknown> {
  return tx.query(STAGE_CHUNK, [
    numberArray(rows, (r) => r.line), numberArray(rows, (r) => r.occurredAt), numberArray(rows, (r) => r.endedAt),
    textArray(rows, (r) => r.category), textArray(rows, (r) => r.description), numberArray(rows, (r) => r.lon),
    numberArray(rows, (r) => r.lat), numberArray(rows, (r) => r.radiusM), textArray(rows, (r) => r.reportedBy),
    textArray(rows, (r) => r.key),
  ]);
}

export interface EstImportOptions {
  /** How the file was read (decode.ts); a string given directly is taken as UTF-8. */
  encoding?: string;
  notes?: string[];
}

/** `now`: the platform clock's instant; a row after it (beyond a few minutes' skew) is in the future. */
export async function importEstCsv(db: Db, text: string, now: Date, options: EstImportOptions = {}): Promise<ImportReport> {
  const table = readCsv(text, { known: EST_COLUMNS, required: REQUIRED });
  const lost = lostCharacters(text);
  const problems: ImportProblem[] = [...(lost ? [lost] : []), ...table.problems];
  const report: ImportReport = {
    importer: 'est-csv', encoding: options.encoding ?? 'utf-8', rows: table.records, imported: 0, alreadyImported: 0, rejected: false, problems, notes: options.notes ?? [],
  };
  const finish = (): ImportReport => ({ ...report, problems: sortProblems(problems), rejected: problems.length > 0 });
  // A header that cannot be read gives no columns to read the rows by.
  if (problems.some((p) => p.line === 1) || table.rows.length === 0) return finish();
  const at = Object.fromEntries(EST_COLUMNS.map((c) => [c, table.header.indexOf(c)])) as Record<Column, number>;
  let valid = 0;
  // One transaction: the staging table lives only in it, and the INSERT commits all rows or none.
  const imported = await db.transaction(async (tx) => {
    await tx.query(CREATE_STAGE);
    // Validating a chunk overlaps with the database staging the one before: at most one statement is
    // in flight, and it is awaited before the next is sent (the Db interface runs one at a time).
    let staging: Promise<unknown> = Promise.resolve();
    for (let from = 0; from < table.rows.length; from += CHUNK_ROWS) {
      const rows: Row[] = [];
      for (const { line, cells } of table.rows.slice(from, from + CHUNK_ROWS)) {
        const read = readRow(line, cells, at, now.getTime(), problems);
        if (read) rows.push(read);
      }
      valid += rows.length;
      await staging;
      if (rows.length > 0) {
        staging = stageChunk(tx, rows);
        // Awaited on the next round; this only keeps a failure meanwhile from counting as unhandled.
        staging.catch(() => undefined);
      }
    }
    await staging;
    const outside = valid > 0 ? await tx.query<{ line: number }>(OUTSIDE_MUNICIPALITY) : [];
    outside.forEach(({ line }) => problem(problems, line, null, 'the place lies outside the municipality of Linköping'));
    if (problems.length > 0 || valid === 0) return 0;
    const [inserted] = await tx.query<{ n: number }>(INSERT_INCIDENTS);
    return inserted!.n;
  });
  if (problems.length > 0) return finish();
  return { ...report, imported, alreadyImported: valid - imported };
}
