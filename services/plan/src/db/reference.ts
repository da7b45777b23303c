import type { Queryable } from '@tk/gis';
import type { SurveyIndicator, SurveyRow } from '../survey.js';

export interface PopulationRow { districtId: string; year: number; value: number; approximate: boolean; source: string }
export interface SurveyResultRow { districtId: string; year: number; indicator: SurveyIndicator; value: number; respondents: number | null }

/** Each district's latest population figure. */
export function latestPopulation(db: Queryable, districtIds: readonly string[]): Promise<PopulationRow[]> {
  return db.query<PopulationRow>(
    `SELECT DISTINCT ON (district_id) district_id AS "districtId", year, population AS value, approximate, source
       FROM plan.district_population WHERE district_id = ANY($1) ORDER BY district_id, year DESC`,
    [districtIds],
  );
}

export function surveyResults(db: Queryable, districtIds: readonly string[], indicator: SurveyIndicator | null): Promise<SurveyResultRow[]> {
  return db.query<SurveyResultRow>(
    `SELECT district_id AS "districtId", year, indicator, value::float8 AS value, respondents FROM plan.survey_result
      WHERE district_id = ANY($1) AND ($2::text IS NULL OR indicator = $2) ORDER BY district_id, indicator, year`,
    [districtIds, indicator],
  );
}

export interface SurveyImport { rows: number; created: number; replaced: number }

/** Stores checked rows in one statement: all or none; a row already stored for its key is replaced. */
export async function storeSurveyResults(db: Queryable, rows: readonly SurveyRow[], source: string, synthetic = false): Promise<SurveyImport> {
  const [r] = (await db.query<{ created: number; replaced: number }>(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::numeric[], $5::int[]) AS t(district_id, year, indicator, value, respondents)
     ), written AS (
       INSERT INTO plan.survey_result AS s (district_id, year, indicator, value, respondents, source, synthetic)
       SELECT district_id, year, indicator, value, respondents, $6, $7 FROM input
       ON CONFLICT (district_id, year, indicator) DO UPDATE SET value = EXCLUDED.value, respondents = EXCLUDED.respondents,
         source = EXCLUDED.source, synthetic = EXCLUDED.synthetic, imported_at = now()
       RETURNING (xmax = 0) AS inserted
     )
     SELECT count(*) FILTER (WHERE inserted)::int AS created, count(*) FILTER (WHERE NOT inserted)::int AS replaced FROM written`,
    [rows.map((x) => x.districtId), rows.map((x) => x.year), rows.map((x) => x.indicator), rows.map((x) => x.value), rows.map((x) => x.respondents), source, synthetic],
  )) as [{ created: number; replaced: number }];
  return { rows: rows.length, ...r };
}

/** Rounded guesses for the demo districts, labelled approximate: enough to show rates, not for decisions. */
const DEMO_POPULATION: Record<string, number> = {
  berga: 5500, city: 15000, ekholmen: 8000, gottfridsberg: 9500, hjulsbro: 4000, johannelund: 5000, lambohov: 8500,
  ryd: 10000, skaggetorp: 9000, tannefors: 7000, tornby: 1000, valla: 4500, vasastaden: 8000,
};

export async function loadDemoPopulation(db: Queryable, year: number): Promise<number> {
  const rows = await db.query<{ id: string }>(
    `INSERT INTO plan.district_population (district_id, year, population, approximate, source)
     SELECT d.id, $2, p.population, true, 'demo: ungefärliga värden' FROM geo.district d
       JOIN unnest($1::text[], $3::int[]) AS p(id, population) ON p.id = d.id
     ON CONFLICT DO NOTHING RETURNING district_id AS id`,
    [Object.keys(DEMO_POPULATION), year, Object.values(DEMO_POPULATION)],
  );
  return rows.length;
}
