import { findPersonalData, PERSONAL_DATA_MAX_LENGTH, type Db, type Queryable } from '@tk/gis';
import { mapPolisenEvent, parsePolisenFile, withDefaultAliases, type InvalidItem, type MappedEvent } from './polisen.js';

/**
 * Stores the Police's open events for the municipality: upsert by the Police's id, so a second run
 * changes nothing and a changed text updates; a file with an invalid item writes nothing. An event known only to the municipality or the county
 * is stored as belonging to that area, with no point: the API's coordinates are the area's centre.
 */
export interface PolisenImportReport {
  read: number;
  invalid: InvalidItem[];
  imported: number;
  updated: number;
  unchanged: number;
  outsideMunicipality: number;
  precision: { district: number; municipality: number; county: number };
  districts: Record<string, number>;
  /** Summaries left out because they looked like personal data (this system holds none). */
  summariesWithheld: number;
}

const MUNICIPALITY = 'Linköping';
// The Police's summaries are a few hundred characters. A longer one is withheld unread, as if it held
// personal data: one file holds thousands of summaries, and each is read in full before it is cut to 1,000.
const MAX_SUMMARY_READ = PERSONAL_DATA_MAX_LENGTH;
const AREA_NAMES = { municipality: 'Linköpings kommun', county: 'Östergötlands län' } as const;

type Outcome = 'imported' | 'updated' | 'unchanged';

async function upsert(tx: Queryable, e: MappedEvent, description: string): Promise<Outcome> {
  const rows = await tx.query<{ inserted: boolean }>(
    `INSERT INTO incidents.incident AS i
       (occurred_at, category, description, precision, district_id, area_name, reported_by, source, source_id,
        original_type, title, source_url)
     VALUES ($1, $2, $3, $4, $5, $6, 'Polisen (öppna händelser)', 'import', $7, $8, $9, $10)
     ON CONFLICT (source, source_id) DO UPDATE
        SET occurred_at = EXCLUDED.occurred_at, category = EXCLUDED.category, description = EXCLUDED.description,
            precision = EXCLUDED.precision, district_id = EXCLUDED.district_id, area_name = EXCLUDED.area_name,
            original_type = EXCLUDED.original_type, title = EXCLUDED.title, source_url = EXCLUDED.source_url,
            updated_at = now()
      WHERE (i.occurred_at, i.category, i.description, i.precision, i.district_id, i.area_name, i.original_type, i.title, i.source_url)
            IS DISTINCT FROM (EXCLUDED.occurred_at, EXCLUDED.category, EXCLUDED.description, EXCLUDED.precision, EXCLUDED.district_id,
                              EXCLUDED.area_name, EXCLUDED.original_type, EXCLUDED.title, EXCLUDED.source_url)
     RETURNING (xmax = 0) AS inserted`,
    [
      e.occurredAt, e.category, description, e.precision, e.districtId,
      e.precision === 'district' ? null : AREA_NAMES[e.precision], `polisen:${e.sourceId}`, e.originalType, e.title, e.url,
    ],
  );
  if (rows.length === 0) return 'unchanged';
  return rows[0]!.inserted ? 'imported' : 'updated';
}

export async function importPolisenEvents(
  db: Db,
  json: unknown,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<PolisenImportReport> {
  const { events, invalid } = parsePolisenFile(json);
  const districts = withDefaultAliases(await db.query<{ id: string; name: string }>('SELECT id, name FROM geo.district'));
  const report: PolisenImportReport = {
    read: events.length + invalid.length, invalid, imported: 0, updated: 0, unchanged: 0, outsideMunicipality: 0,
    precision: { district: 0, municipality: 0, county: 0 }, districts: {}, summariesWithheld: 0,
  };
  // A file is imported whole or not at all (issue 26): with an invalid item, nothing is written.
  if (invalid.length > 0) return report;
  await db.transaction(async (tx) => {
    for (const [i, event] of events.entries()) {
      const mapped = mapPolisenEvent(event, districts);
      if (!mapped.countyLevel && mapped.municipality !== MUNICIPALITY) {
        report.outsideMunicipality += 1;
      } else {
        const personal = mapped.summary.length > MAX_SUMMARY_READ || findPersonalData(mapped.summary).length > 0;
        if (personal) report.summariesWithheld += 1;
        report[await upsert(tx, mapped, personal ? '' : mapped.summary.slice(0, 1000))] += 1;
        report.precision[mapped.precision] += 1;
        if (mapped.districtId) report.districts[mapped.districtId] = (report.districts[mapped.districtId] ?? 0) + 1;
      }
      if ((i + 1) % 500 === 0 || i + 1 === events.length) onProgress(i + 1, events.length);
    }
  });
  return report;
}
