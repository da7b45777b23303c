import type { Db } from '../db/types.js';
import { type ImportReport, type JsonDocument, readJsonDocument, rejectedReport } from '@tk/input';
import { importDistricts, type DistrictImportReport, type Srid } from './districts.js';
import { importOrganisations, importProperties, type ReferenceImportReport } from './reference-import.js';

/**
 * A reference geography file, as text, into every service database and the common import report:
 * all of the file or, with a problem, nothing (and the databases after the first that refuses it
 * are not tried).
 */
export type GeoFileKind = 'districts' | 'organisations' | 'properties';

export interface GeoFileOptions {
  encoding: string;
  notes: string[];
  /** Where the rows came from, stored with them. */
  source: string;
  /** Districts only: the file's CRS when its "crs" member does not say. */
  srid?: Srid;
}

export interface LabelledDb {
  label: string;
  db: Db;
}

async function intoEach<R>(dbs: readonly LabelledDb[], work: (db: Db) => Promise<R>, refused: (r: R) => boolean): Promise<Record<string, R>> {
  const reports: Record<string, R> = {};
  for (const { label, db } of dbs) {
    const r = (reports[label] = await work(db));
    if (refused(r)) break;
  }
  return reports;
}

function districtsReport(kind: GeoFileKind, encoding: string, notes: string[], document: JsonDocument, reports: Record<string, DistrictImportReport>): ImportReport {
  const first = Object.values(reports)[0]!;
  const named = (title: string, names: string[]) => (names.length ? [`${title}: ${names.join(', ')}`] : []);
  return {
    importer: kind, encoding, rows: first.read,
    imported: first.added.length + first.changed.length, alreadyImported: first.unchanged.length,
    rejected: first.refused.length > 0,
    problems: first.refused.map((x) => ({ line: document.lineOf(['features', x.feature]), column: null, message: `feature ${x.feature + 1}${x.name ? ` (${x.name})` : ''}: ${x.reason}` })),
    notes: [...notes, `read as EPSG:${first.srid}`, ...named('added', first.added), ...named('changed', first.changed)],
    details: reports,
  };
}

function referenceReport(kind: GeoFileKind, encoding: string, notes: string[], document: JsonDocument, reports: Record<string, ReferenceImportReport>): ImportReport {
  const all = Object.values(reports);
  const bad = all.find((r) => r.problems.length > 0);
  const list = kind === 'organisations' ? 'organisations' : 'features';
  const lineOf = (entry: number) => document.lineOf(entry > 0 ? [list, entry - 1] : []);
  if (bad) return { ...rejectedReport(kind, encoding, bad.read, bad.problems.map((p) => ({ line: lineOf(p.entry), column: null, message: p.message })), notes), details: reports };
  const first = all[0]!;
  return {
    importer: kind, encoding, rows: first.read, imported: first.added + first.changed, alreadyImported: first.read - first.added - first.changed,
    rejected: false, problems: [], notes, details: reports,
  };
}

export async function importGeoFile(kind: GeoFileKind, dbs: readonly LabelledDb[], text: string, options: GeoFileOptions): Promise<ImportReport> {
  const { encoding, notes, source } = options;
  const read = readJsonDocument(text);
  if (!read.ok) return rejectedReport(kind, encoding, 0, [read.problem], notes);
  const { value } = read.document;
  if (kind === 'districts') {
    const collection = value as { type?: unknown; features?: unknown } | null;
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      return rejectedReport(kind, encoding, 0, [{ line: 1, column: null, message: 'the file is not a GeoJSON FeatureCollection' }], notes);
    }
    const reports = await intoEach(dbs, (db) => importDistricts(db, value, { srid: options.srid, source }), (r) => r.refused.length > 0);
    return districtsReport(kind, encoding, notes, read.document, reports);
  }
  const importer = kind === 'organisations' ? importOrganisations : importProperties;
  const reports = await intoEach(dbs, (db) => importer(db, value, source), (r) => r.problems.length > 0);
  return referenceReport(kind, encoding, notes, read.document, reports);
}
