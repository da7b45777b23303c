/**
 * Safety survey results from CSV, one row per district, year and indicator:
 *
 *   district,year,indicator,value,respondents
 *   skaggetorp,2022,safe_at_night,52.5,412
 *
 * `district` is a district id (as in the districts list), `year` 1990 to this year, `indicator` one of
 * SURVEY_INDICATORS, `value` the share of respondents in per cent (0–100, decimal point or comma), `respondents`
 * optional (a whole number). A header row is required; columns may come in any order. Swedish Excel's
 * semicolon files with decimal commas are read too (the one CSV reader, readCsv in @tk/input). Every
 * bad row is reported with its line number and nothing is written.
 */
import type { Db } from '@tk/gis';
import { lostCharacters, readCsv, rejectedReport, sortProblems, type ImportProblem, type ImportReport } from '@tk/input';
import { storeSurveyResults } from './db/reference.js';
import { SURVEY_INDICATORS, type SurveyIndicator, type SurveyRow } from './survey.js';

const COLUMNS = ['district', 'year', 'indicator', 'value', 'respondents'] as const;
const REQUIRED = ['district', 'year', 'indicator', 'value'] as const;

/** A per cent as people type it: 52.5, 52,5 (Swedish Excel), a space or % after it. */
function perCent(raw: string): number {
  const plain = raw.replace(/\s*%$/, '').replace(',', '.');
  return plain === '' || !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(plain) ? Number.NaN : Number(plain);
}

/** The rows of a survey file, or every problem found in it (with line numbers counted from 1, the header being line 1). */
export function parseSurveyCsv(
  text: string,
  knownDistricts: ReadonlySet<string>,
  thisYear: number,
): { rows: SurveyRow[]; records: number; problems: ImportProblem[] } {
  const table = readCsv(text, { known: COLUMNS, required: REQUIRED });
  const lost = lostCharacters(text);
  const problems: ImportProblem[] = [...(lost ? [lost] : []), ...table.problems];
  if (problems.some((p) => p.line === 1)) return { rows: [], records: table.records, problems: sortProblems(problems) };

  const rows: SurveyRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of table.rows) {
    const cell = (name: string) => (cells[table.header.indexOf(name)] ?? '').trim();
    const bad = (column: string, message: string) => problems.push({ line, column, message });
    const districtId = cell('district');
    if (!knownDistricts.has(districtId)) bad('district', `no district "${districtId}"`);
    const year = Number(cell('year'));
    if (!Number.isInteger(year) || year < 1990 || year > thisYear) bad('year', `"${cell('year')}" is not a year 1990–${thisYear} (a survey is of a year that has come)`);
    const indicator = cell('indicator') as SurveyIndicator;
    if (!(indicator in SURVEY_INDICATORS)) bad('indicator', `"${cell('indicator')}" is not one of ${Object.keys(SURVEY_INDICATORS).join(', ')}`);
    const value = perCent(cell('value'));
    if (!Number.isFinite(value) || value < 0 || value > 100) bad('value', `"${cell('value')}" is not a per cent 0–100`);
    const given = table.header.includes('respondents') ? cell('respondents') : '';
    const respondents = given === '' ? null : Number(given);
    if (respondents !== null && (!Number.isInteger(respondents) || respondents < 1)) bad('respondents', `"${given}" is not a whole number above 0`);
    const key = `${districtId}|${year}|${indicator}`;
    if (seen.has(key)) bad('indicator', `the same district, year and indicator as line ${seen.get(key)}`);
    seen.set(key, line);
    rows.push({ districtId, year, indicator, value: Math.round(value * 10) / 10, respondents });
  }
  if (table.records === 0 && problems.length === 0) problems.push({ line: 1, column: null, message: 'the file has no rows' });
  return { rows: problems.length > 0 ? [] : rows, records: table.records, problems: sortProblems(problems) };
}

export interface SurveyImportOptions {
  thisYear: number;
  /** Where the figures come from, stored with them. */
  source: string;
  encoding?: string;
  notes?: string[];
}

/** Reads and stores a survey file: all rows or, with any problem, none. */
export async function importSurveyCsv(db: Db, text: string, options: SurveyImportOptions): Promise<ImportReport> {
  const districts = new Set((await db.query<{ id: string }>('SELECT id FROM geo.district')).map((d) => d.id));
  const { rows, records, problems } = parseSurveyCsv(text, districts, options.thisYear);
  const encoding = options.encoding ?? 'utf-8';
  if (problems.length > 0) return rejectedReport('survey', encoding, records, problems, options.notes);
  const stored = await db.transaction((tx) => storeSurveyResults(tx, rows, options.source));
  const notes = [...(options.notes ?? []), ...(stored.replaced > 0 ? [`${stored.replaced} of the results replaced figures stored before`] : [])];
  return { importer: 'survey', encoding, rows: records, imported: stored.created + stored.replaced, alreadyImported: 0, rejected: false, problems: [], notes };
}
