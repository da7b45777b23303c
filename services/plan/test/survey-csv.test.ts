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
    // "33,5" in quotes is a decimal comma, read as 33.5 (issue 26): line 6 is good.
    expect(problems.map((p) => [p.line, p.column])).toEqual([
      [3, 'year'], [4, 'district'], [5, 'indicator'], [7, 'value'], [7, 'respondents'], [8, 'indicator'],
    ]);
    expect(problems.at(-1)!.message).toBe('the same district, year and indicator as line 2');
  });

  it('refuses a year that has not come', () => {
    const { problems } = parseSurveyCsv('district,year,indicator,value\nryd,2027,safe_at_night,50\n', DISTRICTS, 2026);
    expect(problems).toEqual([{ line: 2, column: 'year', message: '"2027" is not a year 1990–2026 (a survey is of a year that has come)' }]);
  });

  it('refuses a header without the columns it needs, or with unknown ones, and an empty file', () => {
    expect(parseSurveyCsv('district,year,value\n', DISTRICTS, YEAR).problems.map((p) => p.message)).toEqual(['the header has no "indicator" column']);
    expect(parseSurveyCsv('district,year,indicator,value,note\n', DISTRICTS, YEAR).problems.map((p) => p.column)).toEqual(['note']);
    expect(parseSurveyCsv('district,year,indicator,value\n\n', DISTRICTS, YEAR).problems.map((p) => p.message)).toEqual(['the file has no rows']);
  });

  it("reads Swedish Excel's semicolon file with decimal commas (issue 26)", () => {
    const csv = '\uFEFFdistrict;year;indicator;value;respondents\r\nskaggetorp;2022;safe_at_night;51,3;412\r\nryd;2022;avoids_places;"30,04 %";\r\n';
    const { rows, problems } = parseSurveyCsv(csv, DISTRICTS, YEAR);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      { districtId: 'skaggetorp', year: 2022, indicator: 'safe_at_night', value: 51.3, respondents: 412 },
      { districtId: 'ryd', year: 2022, indicator: 'avoids_places', value: 30, respondents: null },
    ]);
  });

  it('refuses a column that is there twice, naming both places', () => {
    const { problems } = parseSurveyCsv('district,year,indicator,value,value\nryd,2022,safe_at_night,50,60\n', DISTRICTS, YEAR);
    expect(problems).toEqual([{ line: 1, column: 'value', message: 'the column "value" is there twice (columns 4 and 5): which one holds the value is unclear' }]);
  });

  it('names the line of a quote that is never closed, and of text after a closing quote', () => {
    expect(parseSurveyCsv('district,year,indicator,value\nryd,2022,safe_at_night,50\nryd,"2022,avoids_places,40\n', DISTRICTS, YEAR).problems)
      .toEqual([{ line: 3, column: null, message: expect.stringMatching(/^the quoted field at character 5 is never closed/) }]);
    expect(parseSurveyCsv('district,year,indicator,value\nryd,"2022" x,safe_at_night,50\n', DISTRICTS, YEAR).problems)
      .toEqual([{ line: 2, column: null, message: expect.stringMatching(/^text follows the closing quote of the field at character 5/) }]);
  });

  it('refuses a file whose letters were lost on the way (read as UTF-8 when it was not)', () => {
    const { problems } = parseSurveyCsv('district,year,indicator,value\nryd,2022,safe_at_night,50\nsk\uFFFDggetorp,2022,safe_at_night,50\n', DISTRICTS, YEAR);
    expect(problems[0]).toEqual({ line: 3, column: null, message: expect.stringMatching(/^line 3 holds a character that could not be read .*Windows-1252/) });
  });
});

