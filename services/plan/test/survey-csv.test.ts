import { describe, expect, it } from 'vitest';
import { parseSurveyCsv } from '../src/survey-csv.js';

const DISTRICTS = new Set(['skaggetorp', 'ryd']);
// The year the file is read in: a survey of a later year is refused.
const YEAR = 2026;

describe('a safety survey file', () => {
  it('reads rows in any column order, rounding to a tenth, respondents optional', () => {
    const { rows, problems } = parseSurveyCsv('\uFEFFyear,district,value,indicator\r\n2022,skaggetorp,52.46,safe_at_night\r\n2022,ryd,30,avoids_places\r\n', DISTRICTS, YEAR);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { districtId: 'skaggetorp', year: 2022, indicator: 'safe_at_night', value: 52.5, respondents: null },
      { districtId: 'ryd', year: 2022, indicator: 'avoids_places', value: 30, respondents: null },
    ]);
  });

  it('names every bad row with its line and field, and gives no rows then', () => {
    const csv = [
      'district,year,indicator,value,respondents',
      'skaggetorp,2022,safe_at_night,52.5,400',
      'ryd,22,safe_at_night,50,400',
      'atlantis,2022,safe_at_night,50,400',
      'ryd,2022,happiness,50,400',
      'ryd,2022,worried_about_crime,"33,5",400',
      'ryd,2022,avoids_places,101,0',
      'skaggetorp,2022,safe_at_night,51,400',
    ].join('\n');
    const { rows, problems } = parseSurveyCsv(csv, DISTRICTS, YEAR);
    expect(rows).toEqual([]);
    expect(problems.map((p) => [p.line, p.field])).toEqual([
      [3, 'year'], [4, 'district'], [5, 'indicator'], [6, ''], [7, 'value'], [7, 'respondents'], [8, 'indicator'],
    ]);
    expect(problems.at(-1)!.message).toBe('the same district, year and indicator as line 2');
  });

  it('refuses a year that has not come', () => {
    const { problems } = parseSurveyCsv('district,year,indicator,value\nryd,2027,safe_at_night,50\n', DISTRICTS, 2026);
    expect(problems).toEqual([{ line: 2, field: 'year', message: '"2027" is not a year 1990–2026 (a survey is of a year that has come)' }]);
  });

  it('refuses a header without the columns it needs, or with unknown ones, and an empty file', () => {
    expect(parseSurveyCsv('district,year,value\n', DISTRICTS, YEAR).problems.map((p) => p.message)).toEqual(['the header has no "indicator" column']);
    expect(parseSurveyCsv('district,year,indicator,value,note\n', DISTRICTS, YEAR).problems.map((p) => p.field)).toEqual(['note']);
    expect(parseSurveyCsv('district,year,indicator,value\n\n', DISTRICTS, YEAR).problems.map((p) => p.message)).toEqual(['the file has no rows']);
  });
});
