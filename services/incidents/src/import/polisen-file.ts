import type { Db } from '@tk/gis';
import { type ImportReport, readJsonDocument, rejectedReport } from '@tk/input';
import { importPolisenEvents } from './polisen-store.js';

/**
 * A file of the Police's open events, as text, into the common import report: every invalid event
 * named by its line, and then nothing is written.
 */
export async function importPolisenFile(db: Db, text: string, read: { encoding: string; notes: string[] }): Promise<ImportReport> {
  const { encoding, notes } = read;
  const parsed = readJsonDocument(text);
  if (!parsed.ok) return rejectedReport('polisen', encoding, 0, [parsed.problem], notes);
  const { value, lineOf } = parsed.document;
  if (!Array.isArray(value)) {
    return rejectedReport('polisen', encoding, 0, [{ line: 1, column: null, message: "expected a JSON array of events, as the Police's /api/events gives" }], notes);
  }
  const r = await importPolisenEvents(db, value);
  const named = Object.entries(r.districts).map(([d, n]) => `${d} ${n}`).join(', ') || 'none';
  return {
    importer: 'polisen',
    encoding,
    rows: r.read,
    imported: r.imported + r.updated,
    alreadyImported: r.unchanged,
    rejected: r.invalid.length > 0,
    problems: r.invalid.map((x) => ({ line: lineOf([x.index]), column: x.fields[0] ?? null, message: `event ${x.index + 1}: ${x.reason}` })),
    notes: [
      ...notes,
      `imported ${r.imported} new, updated ${r.updated}; outside the municipality (not stored) ${r.outsideMunicipality}`,
      `precision: district ${r.precision.district}, municipality ${r.precision.municipality}, county ${r.precision.county} (none as points); districts named: ${named}`,
      ...(r.summariesWithheld ? [`summaries withheld as possible personal data: ${r.summariesWithheld}`] : []),
    ],
    details: { ...r },
  };
}
