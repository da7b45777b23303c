import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Last year: a whole year of demo incidents, whatever the day (this year may be an hour old).
const YEAR = Number(swedishToday().slice(0, 4)) - 1;

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
  // Demo presence is realised only in the last four weeks: a realised evening in June of YEAR per district, built here.
  for (const [districtId, point] of Object.entries(CENTRES)) {
    const res = await platform.gql<{ planPresence: { districtId: string } }>(`mutation($input: PresenceInput!) { planPresence(input: $input) { id districtId } }`, { input: {
      actorKind: 'POLICE', organisation: 'Lokalpolisområde Linköping', geometry: { type: 'Point', coordinates: point },
      startsAt: `${YEAR}-06-12T19:00:00+02:00`, endsAt: `${YEAR}-06-12T22:30:00+02:00`, state: 'REALISED' } }, { as: 'polisen' });
    expect(res.errors, districtId).toBeUndefined();
    expect(res.data!.planPresence.districtId).toBe(districtId);
  }
});
afterAll(() => platform?.stop());
const CENTRES: Record<string, [number, number]> = { skaggetorp: [15.587, 58.426], ryd: [15.561, 58.404], berga: [15.637, 58.392], city: [15.622, 58.411] };
const OVERVIEW = `query($y: Int!) { districts(priority: true) { id population { value approximate } populationCount
  incidentRate(year: $y) { count { exact value } population perThousand }
  measuresDoneInYear(year: $y) presenceHoursInYear(year: $y) { planned realised }
  surveyResults(indicator: SAFE_AT_NIGHT) { year value respondents } } }`;
interface Row {
  id: string; population: { value: number; approximate: boolean } | null; populationCount: number | null;
  incidentRate: { count: { exact: boolean; value: number | null }; population: number | null; perThousand: number | null };
  measuresDoneInYear: number; presenceHoursInYear: { planned: number; realised: number } | null;
  surveyResults: { year: number; value: number; respondents: number | null }[];
}
const yearWindow = [`${YEAR}-01-01T00:00:00+01:00`, `${YEAR + 1}-01-01T00:00:00+01:00`];

describe('the steering group\'s overview, figure by figure against the database', () => {
  it('gives each priority district its population, incidents per 1,000, measures done, presence hours and survey results', async () => {
    const res = await platform.gql<{ districts: Row[] }>(OVERVIEW, { y: YEAR }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const plan = platform.databases.get('plan')!;
    const incidents = platform.databases.get('incidents')!;
    const measures = platform.databases.get('measures')!;
    expect(res.data!.districts).toHaveLength(4);
    for (const d of res.data!.districts) {
      const [pop] = await plan.query<{ population: number }>('SELECT population FROM plan.district_population WHERE district_id = $1 ORDER BY year DESC LIMIT 1', [d.id]);
      expect(d.population).toEqual({ value: pop!.population, approximate: true });
      const [inc] = await incidents.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM incidents.incident WHERE deleted_at IS NULL AND district_id = $1 AND occurred_at >= $2 AND occurred_at < $3', [d.id, ...yearWindow]);
      expect(d.incidentRate.count).toEqual({ exact: true, value: inc!.n });
      expect(inc!.n).toBeGreaterThan(0);
      expect(d.incidentRate.perThousand).toBe(Math.round((inc!.n / pop!.population) * 10_000) / 10);
      const [done] = await measures.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM measures.measure WHERE deleted_at IS NULL AND district_id = $1 AND extract(year FROM done_on) = $2`, [d.id, YEAR]);
      expect(d.measuresDoneInYear).toBe(done!.n);
      // Realised hours are stored shifts only (a recurring plan's occurrences are planned until recorded).
      const [realised] = await measures.query<{ h: number }>(
        `SELECT COALESCE(sum(extract(epoch FROM least(ends_at, $3::timestamptz) - greatest(starts_at, $2::timestamptz))), 0)::float8 / 3600 AS h
           FROM measures.presence_shift WHERE deleted_at IS NULL AND district_id = $1 AND state = 'realised' AND starts_at < $3 AND ends_at > $2`,
        [d.id, ...yearWindow]);
      expect(d.presenceHoursInYear!.realised).toBeCloseTo(realised!.h, 1);
      expect(d.presenceHoursInYear!.realised).toBeGreaterThan(0);
      const surveys = await plan.query<{ year: number; value: number }>(
        `SELECT year, value::float8 AS value FROM plan.survey_result WHERE district_id = $1 AND indicator = 'safe_at_night' ORDER BY year`, [d.id]);
      expect(d.surveyResults.map((s) => ({ year: s.year, value: s.value }))).toEqual(surveys);
      expect(surveys.length).toBeGreaterThanOrEqual(5);
    }
  });

  it('gives roles that see published counts the rate only as "at least" when cells are hidden', async () => {
    type Rate = { id: string; populationCount: number; incidentRate: { count: { value: number | null; atLeast: number }; perThousand: number | null; perThousandAtLeast: number } };
    const res = await platform.gql<{ districts: Rate[] }>(
      `query($y: Int!) { districts(priority: true) { id populationCount incidentRate(year: $y) { count { value atLeast } perThousand perThousandAtLeast } } }`, { y: YEAR }, { as: 'styrgruppen' });
    for (const d of res.data!.districts) {
      const r = d.incidentRate;
      expect(r.perThousand).toBe(r.count.value === null ? null : Math.round((r.count.value / d.populationCount) * 10_000) / 10);
      expect(r.perThousandAtLeast).toBe(Math.round((r.count.atLeast / d.populationCount) * 10_000) / 10);
    }
  });
});

describe('importing safety survey results', () => {
  const IMPORT = `mutation($csv: String!) { importSurveyResults(csv: $csv, source: "Test 2023") { rows created replaced problems { line field message } } }`;
  const count = async () => (await platform.databases.get('plan')!.query<{ n: number }>('SELECT count(*)::int AS n FROM plan.survey_result'))[0]!.n;

  it('refuses a bad file with a report by line and writes nothing', async () => {
    const before = await count();
    const csv = 'district,year,indicator,value\nskaggetorp,2023,safe_at_night,55\nberga,2023,safe_at_night,150\nnowhere,2023,avoids_places,10\n';
    const res = await platform.gql<{ importSurveyResults: { rows: number; problems: { line: number; field: string }[] } }>(IMPORT, { csv }, { as: 'beredningsgruppen' });
    expect(res.data!.importSurveyResults).toMatchObject({ rows: 0, problems: [{ line: 3, field: 'value' }, { line: 4, field: 'district' }] });
    expect(await count()).toBe(before);
  });

  it('stores a good one, replacing the rows it repeats, and is only for the preparation group and admins', async () => {
    const before = await count();
    const csv = 'district,year,indicator,value,respondents\nskaggetorp,2017,safe_at_night,55.5,380\nskaggetorp,2022,safe_at_night,51.0,410\n';
    const res = await platform.gql<{ importSurveyResults: { rows: number; created: number; replaced: number } }>(IMPORT, { csv }, { as: 'beredningsgruppen' });
    expect(res.data!.importSurveyResults).toEqual({ rows: 2, created: 1, replaced: 1, problems: [] });
    expect(await count()).toBe(before + 1);
    for (const as of ['est', 'styrgruppen', 'polisen']) expect((await platform.gql(IMPORT, { csv }, { as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  // The same pipeline as the command (issue 26): Swedish Excel's file, and the files it refuses by name.
  it("stores Swedish Excel's semicolon file with decimal commas", async () => {
    const csv = '\uFEFFdistrict;year;indicator;value;respondents\r\nberga;2016;avoids_places;"31,4";290\r\n';
    const res = await platform.gql<{ importSurveyResults: unknown }>(IMPORT, { csv }, { as: 'beredningsgruppen' });
    expect(res.data!.importSurveyResults).toEqual({ rows: 1, created: 1, replaced: 0, problems: [] });
    const [row] = await platform.databases.get('plan')!.query<{ value: string }>(
      `SELECT value::text FROM plan.survey_result WHERE district_id = 'berga' AND year = 2016 AND indicator = 'avoids_places'`);
    expect(row).toEqual({ value: '31.4' });
  });

  it.each([
    ['a column there twice', 'district,year,indicator,value,district\nryd,2021,safe_at_night,50,city\n', { line: 1, field: 'district', message: expect.stringMatching(/is there twice \(columns 1 and 5\)/) }],
    ['a quote never closed', 'district,year,indicator,value\nryd,2021,safe_at_night,50\nryd,"2021,safe_at_night,50\n', { line: 3, field: '', message: expect.stringMatching(/never closed/) }],
    ['letters lost to another encoding', 'district,year,indicator,value\nsk\uFFFDggetorp,2021,safe_at_night,50\n', { line: 2, field: '', message: expect.stringMatching(/could not be read.*Windows-1252/) }],
  ])('refuses %s, by line, and writes nothing', async (_what, csv, problem) => {
    const before = await count();
    const res = await platform.gql<{ importSurveyResults: { problems: unknown[] } }>(IMPORT, { csv }, { as: 'beredningsgruppen' });
    expect(res.data!.importSurveyResults.problems[0]).toEqual(problem);
    expect(await count()).toBe(before);
  });
});
