import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let week: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  week = await weekBefore(platform.databases.get('incidents')!);
});
afterAll(() => platform?.stop());

const FIELDS = `week districtId version status text publishedAt
  figures { total previousFourWeeksAverage sameWeekLastYear byCategory { category count previousFourWeeksAverage change } hotCells { key count } }`;
const SAVE = `mutation($w: IsoWeek!, $d: ID!, $t: String!) { saveSituationDraft(week: $w, districtId: $d, text: $t) { ${FIELDS} } }`;
const PUBLISH = `mutation($w: IsoWeek!, $d: ID!) { publishSituation(week: $w, districtId: $d) { ${FIELDS} } }`;

interface Figures { total: number; previousFourWeeksAverage: number; byCategory: { category: string; count: number }[]; hotCells: unknown[] }
interface Situation { version: number; status: string; text: string; figures: Figures }

async function truth(sql: string): Promise<number> {
  const [row] = await platform.databases.get('incidents')!.query<{ n: number }>(sql, [week]);
  return row!.n;
}
const WEEK = `occurred_at >= (to_date($1, 'IYYY-"W"IW')::timestamp AT TIME ZONE 'Europe/Stockholm')
  AND occurred_at < ((to_date($1, 'IYYY-"W"IW') + 7)::timestamp AT TIME ZONE 'Europe/Stockholm')`;

describe('the weekly situational picture', () => {
  it('drafts with live figures checked against the database', async () => {
    const res = await platform.gql<{ saveSituationDraft: Situation }>(SAVE, { w: week, d: 'ryd', t: 'Lugn vecka, klotter vid centrum.' }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const s = res.data!.saveSituationDraft;
    expect(s).toMatchObject({ version: 1, status: 'DRAFT', text: 'Lugn vecka, klotter vid centrum.' });
    expect(s.figures.total).toBe(await truth(`SELECT count(*)::int AS n FROM incidents.incident WHERE deleted_at IS NULL AND district_id = 'ryd' AND ${WEEK}`));
    const before = await truth(`SELECT count(*)::int AS n FROM incidents.incident WHERE deleted_at IS NULL AND district_id = 'ryd'
      AND occurred_at >= (to_date($1, 'IYYY-"W"IW')::timestamp AT TIME ZONE 'Europe/Stockholm') - interval '28 days'
      AND occurred_at < (to_date($1, 'IYYY-"W"IW')::timestamp AT TIME ZONE 'Europe/Stockholm')`);
    expect(s.figures.previousFourWeeksAverage).toBeCloseTo(before / 4, 6);
    expect(s.figures.byCategory.reduce((sum, c) => sum + c.count, 0)).toBe(s.figures.total);
  });

  it('publishes: the figures are frozen, the database refuses any change, and a correction is a new version', async () => {
    const published = (await platform.gql<{ publishSituation: Situation }>(PUBLISH, { w: week, d: 'ryd' }, { as: 'est' })).data!.publishSituation;
    expect(published.status).toBe('PUBLISHED');
    // A late report in that week changes the live figures but not the published picture.
    const [monday] = await platform.databases.get('incidents')!.query<{ at: string }>(
      `SELECT ((to_date($1, 'IYYY-"W"IW') + 2)::timestamp AT TIME ZONE 'Europe/Stockholm' + interval '20 hours')::text AS at`, [week]);
    const late = await platform.gql(`mutation($i: IncidentInput!) { reportIncident(input: $i) { id } }`,
      { i: { occurredAt: new Date(monday!.at).toISOString(), category: 'VANDALISM', location: { type: 'Point', coordinates: [15.561, 58.404] } } }, { as: 'est' });
    expect(late.errors).toBeUndefined();
    const again = (await platform.gql<{ situation: Situation }>(`query($w: IsoWeek!, $d: ID!) { situation(week: $w, districtId: $d) { ${FIELDS} } }`,
      { w: week, d: 'ryd' }, { as: 'est' })).data!.situation;
    expect(again.figures).toEqual(published.figures);
    await expect(platform.databases.get('incidents')!.query(`UPDATE incidents.situation SET text = 'ändrad' WHERE week = $1 AND district_id = 'ryd'`, [week]))
      .rejects.toThrow(/published and cannot change/);
    await expect(platform.databases.get('incidents')!.query(`DELETE FROM incidents.situation WHERE week = $1 AND district_id = 'ryd'`, [week]))
      .rejects.toThrow(/published and cannot change/);
    // TRUNCATE fires no row trigger; a statement trigger refuses it.
    await expect(platform.databases.get('incidents')!.query('TRUNCATE incidents.situation')).rejects.toThrow(/cannot be removed/);
    const correction = (await platform.gql<{ saveSituationDraft: Situation }>(SAVE, { w: week, d: 'ryd', t: 'Rättelse: en sen anmälan.' }, { as: 'est' })).data!.saveSituationDraft;
    expect(correction).toMatchObject({ version: 2, status: 'DRAFT' });
    expect(correction.figures.total).toBe(published.figures.total + 1);
    const versions = await platform.gql<{ situation: { versions: { version: number; status: string }[] } }>(
      `query($w: IsoWeek!, $d: ID!) { situation(week: $w, districtId: $d) { versions { version status } } }`, { w: week, d: 'ryd' }, { as: 'est' });
    expect(versions.data!.situation.versions).toEqual([{ version: 2, status: 'DRAFT' }, { version: 1, status: 'PUBLISHED' }]);
  });

  it('is part of the District through the gateway, for the roles that may read it', async () => {
    const res = await platform.gql<{ district: { name: string; situation: { version: number; status: string } } }>(
      `query($w: IsoWeek!) { district(id: "ryd") { name situation(week: $w) { version status } } }`, { w: week }, { as: 'omradesgrupp-ryd' });
    expect(res.data!.district).toEqual({ name: 'Ryd', situation: { version: 2, status: 'DRAFT' } });
    const other = await platform.gql(`query($w: IsoWeek!) { situation(week: $w, districtId: "berga") { text } }`, { w: week }, { as: 'omradesgrupp-ryd' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const steering = await platform.gql(`query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { text } }`, { w: week }, { as: 'styrgruppen' });
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await platform.gql(SAVE, { w: week, d: 'ryd', t: 'x' }, { as: 'omradesgrupp-ryd' });
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses personal data in the text, an unknown week or district, and writes nothing', async () => {
    const count = async () => (await platform.databases.get('incidents')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.situation`))[0]!.n;
    const before = await count();
    for (const [vars, code] of [
      [{ w: week, d: 'berga', t: 'Ring 070-123 45 67 för mer' }, 'BAD_USER_INPUT'],
      [{ w: '2026-W60', d: 'berga', t: 'x' }, 'BAD_USER_INPUT'],
      [{ w: week, d: 'atlantis', t: 'x' }, 'NOT_FOUND'],
    ] as const) {
      const res = await platform.gql(SAVE, vars, { as: 'est' });
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
    }
    expect(await count()).toBe(before);
  });
});
