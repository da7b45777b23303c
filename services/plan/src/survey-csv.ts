/**
 * Safety survey results from CSV, one row per district, year and indicator:
 *
 *   district,year,indicator,value,respondents
 *   skaggetorp,2022,safe_at_night,52.5,412
 *
 * `district` is a district id (as in the districts list), `year` 1990 to this year, `indicator` one of
 * SURVEY_INDICATORS, `value` the share of respondents in per cent (0–100, decimal point), `respondents`
 * optional (a whole number). A header row is required; columns may come in any order; commas inside a
 * field are not used. Every bad row is reported with its line number and nothing is written.
 */
export const SURVEY_INDICATORS = {
  safe_at_night: 'Känner sig trygg utomhus ensam sent på kvällen (andel, %)',
  worried_about_crime: 'Oroar sig för att utsättas för brott (andel, %)',
  avoids_places: 'Undviker vissa platser av oro för brott (andel, %)',
} as const;
export type SurveyIndicator = keyof typeof SURVEY_INDICATORS;

export interface SurveyRow {
  districtId: string;
  year: number;
  indicator: SurveyIndicator;
  value: number;
  respondents: number | null;
}

export interface RowProblem {
  line: number;
  field: string;
  message: string;
}

const COLUMNS = ['district', 'year', 'indicator', 'value', 'respondents'] as const;
const REQUIRED = ['district', 'year', 'indicator', 'value'] as const;

/** The rows of a survey file, or every problem found in it (with line numbers counted from 1, the header being line 1). */
export function parseSurveyCsv(
  text: string,
  knownDistricts: ReadonlySet<string>,
  thisYear: number,
): { rows: SurveyRow[]; problems: RowProblem[] } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().toLowerCase());
  const problems: RowProblem[] = [];
  for (const name of REQUIRED) if (!header.includes(name)) problems.push({ line: 1, field: name, message: `the header has no "${name}" column` });
  for (const name of header) if (!(COLUMNS as readonly string[]).includes(name)) problems.push({ line: 1, field: name, message: `unknown column "${name}"` });
  if (problems.length > 0) return { rows: [], problems };

  const rows: SurveyRow[] = [];
  const seen = new Map<string, number>();
  lines.slice(1).forEach((raw, i) => {
    const line = i + 2;
    if (raw.trim() === '') return;
    const cells = raw.split(',').map((c) => c.trim());
    if (cells.length !== header.length) {
      problems.push({ line, field: '', message: `${cells.length} fields where the header has ${header.length}` });
      return;
    }
    const cell = (name: string) => cells[header.indexOf(name)] ?? '';
    const bad = (field: string, message: string) => problems.push({ line, field, message });
    const districtId = cell('district');
    if (!knownDistricts.has(districtId)) bad('district', `no district "${districtId}"`);
    const year = Number(cell('year'));
    if (!Number.isInteger(year) || year < 1990 || year > thisYear) bad('year', `"${cell('year')}" is not a year 1990–${thisYear} (a survey is of a year that has come)`);
    const indicator = cell('indicator') as SurveyIndicator;
    if (!(indicator in SURVEY_INDICATORS)) bad('indicator', `"${cell('indicator')}" is not one of ${Object.keys(SURVEY_INDICATORS).join(', ')}`);
    const value = Number(cell('value'));
    if (cell('value') === '' || !Number.isFinite(value) || value < 0 || value > 100) bad('value', `"${cell('value')}" is not a per cent 0–100 (decimal point, not comma)`);
    const given = header.includes('respondents') ? cell('respondents') : '';
    const respondents = given === '' ? null : Number(given);
    if (respondents !== null && (!Number.isInteger(respondents) || respondents < 1)) bad('respondents', `"${given}" is not a whole number above 0`);
    const key = `${districtId}|${year}|${indicator}`;
    if (seen.has(key)) bad('indicator', `the same district, year and indicator as line ${seen.get(key)}`);
    seen.set(key, line);
    rows.push({ districtId, year, indicator, value: Math.round(value * 10) / 10, respondents });
  });
  if (rows.length === 0 && problems.length === 0) problems.push({ line: 2, field: '', message: 'the file has no rows' });
  return { rows: problems.length > 0 ? [] : rows, problems };
}
