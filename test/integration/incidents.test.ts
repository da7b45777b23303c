import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoursAgo, weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const REPORT = `mutation($input: IncidentInput!) { reportIncident(input: $input) { id districtId category precision location description } }`;
const hourAgo = () => hoursAgo(1).toISOString();
const inSkaggetorp = { type: 'Point', coordinates: [15.587, 58.426] };

async function rows(): Promise<number> {
  const [row] = await platform.databases.get('incidents')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.incident`);
  return row!.n;
}

describe('reporting incidents through the gateway', () => {
  it('stores a report in the district its point lies in, with an audit entry by the reporter', async () => {
    const res = await platform.gql<{ reportIncident: { id: string; districtId: string; precision: string } }>(
      REPORT, { input: { occurredAt: hourAgo(), category: 'STONE_THROWING', description: 'Stenkastning mot buss', location: inSkaggetorp } }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.reportIncident).toMatchObject({ districtId: 'skaggetorp', precision: 'EXACT' });
    const [audit] = await platform.databases.get('incidents')!.query<{ actor: string; action: string }>(
      `SELECT actor, action FROM incidents.audit_log WHERE entity_id = $1`, [res.data!.reportIncident.id]);
    expect(audit).toEqual({ actor: 'demo:est', action: 'create' });
  });

  it.each([
    ['a time in the future', { occurredAt: hoursAgo(-24).toISOString() }, 'occurredAt', 'future'],
    ['an end before the start', { endedAt: hoursAgo(2).toISOString() }, 'endedAt', 'before occurredAt'],
    ['a place outside the municipality', { location: { type: 'Point', coordinates: [18.07, 59.33] } }, 'location', 'outside the municipality'],
    ['a line instead of a point', { location: { type: 'LineString', coordinates: [[15.58, 58.42], [15.59, 58.43]] } }, 'location', 'not accepted here'],
    ['a description that is too long', { description: 'x'.repeat(1001) }, 'description', 'at most 1000'],
    ['a personal identity number in the description', { description: 'Anmälare 19121212-1212' }, 'description', 'personal identity number'],
    ['a personal identity number written with a space', { description: 'Anmälare 811218 9876 hördes' }, 'description', 'personal identity number'],
    ['a radius out of range', { radiusM: 99_999 }, 'radiusM', 'between 0 and 5,000'],
  ])('refuses %s with BAD_USER_INPUT naming the field, and writes nothing', async (_label, change, field, message) => {
    const before = await rows();
    const input = { occurredAt: hourAgo(), category: 'VANDALISM', description: 'Krossad ruta', location: inSkaggetorp, ...change };
    const res = await platform.gql(REPORT, { input }, { as: 'est' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toContain(message);
    expect(await rows()).toBe(before);
  });

  it('refuses a category outside the code list', async () => {
    const res = await platform.gql(REPORT, { input: { occurredAt: hourAgo(), category: 'JAYWALKING', location: inSkaggetorp } }, { as: 'est' });
    expect(res.errors?.[0]?.message).toMatch(/JAYWALKING/);
  });

  it('corrects a report (audit keeps before and after) and removes it from lists and counts, keeping the row', async () => {
    const created = await platform.gql<{ reportIncident: { id: string } }>(
      REPORT, { input: { occurredAt: hourAgo(), category: 'LITTERING', description: 'Nedskräpning', location: inSkaggetorp } }, { as: 'polisen' });
    const id = created.data!.reportIncident.id;
    const corrected = await platform.gql<{ correctIncident: { category: string; districtId: string } }>(
      `mutation($id: ID!, $input: IncidentInput!) { correctIncident(id: $id, input: $input) { category districtId } }`,
      { id, input: { occurredAt: hourAgo(), category: 'GRAFFITI', description: 'Klotter', location: { type: 'Point', coordinates: [15.561, 58.404] } } },
      { as: 'polisen' });
    expect(corrected.data!.correctIncident).toEqual({ category: 'GRAFFITI', districtId: 'ryd' });
    const [update] = await platform.databases.get('incidents')!.query<{ before: { category: string }; after: { category: string } }>(
      `SELECT before, after FROM incidents.audit_log WHERE entity_id = $1 AND action = 'update'`, [id]);
    expect([update!.before.category, update!.after.category]).toEqual(['littering', 'graffiti']);

    const HISTORY = `query($from: DateTime!) { incidents(districtId: "ryd", from: $from) { id history { action actorName changes { field before after } } } }`;
    type History = { incidents: { id: string; history: { action: string; actorName: string; changes: { field: string; before: string | null; after: string | null }[] }[] }[] };
    const from = hoursAgo(3).toISOString();
    const history = await platform.gql<History>(HISTORY, { from }, { as: 'est' });
    expect(history.errors).toBeUndefined();
    const [create, correction] = history.data!.incidents.find((i) => i.id === id)!.history;
    expect(create).toMatchObject({ action: 'create', actorName: 'Polisen' });
    expect(correction!.action).toBe('update');
    expect(correction!.changes).toEqual(expect.arrayContaining([
      { field: 'category', before: 'littering', after: 'graffiti' },
      { field: 'description', before: 'Nedskräpning', after: 'Klotter' },
      { field: 'districtId', before: 'skaggetorp', after: 'ryd' },
    ]));
    expect(correction!.changes.map((c) => c.field)).not.toContain('updatedAt');
    const refused = await platform.gql(HISTORY, { from }, { as: 'omradesgrupp-ryd' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const count = async () => (await platform.gql<{ district: { incidentCount: { value: number } } }>(
      `{ district(id: "ryd") { incidentCount { value } } }`, {}, { as: 'est' })).data!.district.incidentCount.value;
    const before = await count();
    const removed = await platform.gql(`mutation($id: ID!) { removeIncident(id: $id, reason: "Dubblett") }`, { id }, { as: 'polisen' });
    expect(removed.errors).toBeUndefined();
    expect(await count()).toBe(before - 1);
    const [row] = await platform.databases.get('incidents')!.query<{ deleted: boolean }>(
      `SELECT deleted_at IS NOT NULL AS deleted FROM incidents.incident WHERE id = $1`, [id]);
    expect(row!.deleted).toBe(true);
  });
});

describe('importing the Police\'s open events from the web', () => {
  const IMPORT = `mutation($json: String!) { importPolisenEvents(json: $json) { read imported updated unchanged districtPrecision countyPrecision invalid { index reason } } }`;
  const events = [
    { id: 999001, datetime: '2026-11-20 21:40:00 +01:00', name: '20 november 21.30, Skadegörelse, Linköping', summary: 'Fönster krossat i Skäggetorp.',
      url: '/aktuellt/handelser/2026/november/20/x/', type: 'Skadegörelse', location: { name: 'Linköping', gps: '58.410807,15.621373' } },
  ];

  it('lets EST import a file and reports what it did; a second time changes nothing', async () => {
    const first = await platform.gql<{ importPolisenEvents: Record<string, unknown> }>(IMPORT, { json: JSON.stringify(events) }, { as: 'est' });
    expect(first.data!.importPolisenEvents).toMatchObject({ read: 1, imported: 1, districtPrecision: 1, invalid: [] });
    const again = await platform.gql<{ importPolisenEvents: Record<string, unknown> }>(IMPORT, { json: JSON.stringify(events) }, { as: 'est' });
    expect(again.data!.importPolisenEvents).toMatchObject({ imported: 0, unchanged: 1 });
  });

  it('refuses other roles and files that are not an array of events', async () => {
    const steering = await platform.gql(IMPORT, { json: '[]' }, { as: 'styrgruppen' });
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const notJson = await platform.gql(IMPORT, { json: '{oops' }, { as: 'est' });
    expect(notJson.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'json' });
  });

  it('names the line of a syntax error and of lost letters, as the command does (issue 26)', async () => {
    const broken = await platform.gql(IMPORT, { json: '[\n  {"id": 1}\n  {"id": 2}\n]' }, { as: 'est' });
    expect(broken.errors?.[0]?.message).toBe('not JSON at line 3, character 3: a comma was expected');
    expect(broken.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'json', reason: 'invalid_format', line: 3 });
    const lost = await platform.gql(IMPORT, { json: '[\n  {"summary": "Sk\uFFFDggetorp"}\n]' }, { as: 'est' });
    expect(lost.errors?.[0]?.extensions).toMatchObject({ field: 'json', reason: 'not_utf8', line: 2 });
  });
});

describe('weekly trend per district', () => {
  const TREND = `query($w: IsoWeek!) { district(id: "tornby") { weeklyIncidents(lastWeek: $w, weeks: 12) { week count exact } } }`;
  const lastWeek = () => weekBefore(platform.databases.get('incidents')!);

  async function truth(week: string): Promise<number> {
    const [row] = await platform.databases.get('incidents')!.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM incidents.incident WHERE deleted_at IS NULL AND district_id = 'tornby'
          AND occurred_at >= (to_date($1, 'IYYY-"W"IW')::timestamp AT TIME ZONE 'Europe/Stockholm')
          AND occurred_at < ((to_date($1, 'IYYY-"W"IW') + 7)::timestamp AT TIME ZONE 'Europe/Stockholm')`, [week]);
    return row!.n;
  }

  it('gives EST the exact weekly counts, and the steering group only weeks of 0 or at least 5', async () => {
    const w = await lastWeek();
    const est = (await platform.gql<{ district: { weeklyIncidents: { week: string; count: number; exact: boolean }[] } }>(TREND, { w }, { as: 'est' })).data!.district.weeklyIncidents;
    expect(est).toHaveLength(12);
    expect(est[11]!.week).toBe(w);
    for (const point of est) expect(point.count).toBe(await truth(point.week));
    const steering = (await platform.gql<{ district: { weeklyIncidents: { count: number | null; exact: boolean }[] } }>(TREND, { w }, { as: 'styrgruppen' })).data!.district.weeklyIncidents;
    steering.forEach((point, i) => {
      expect(point.exact).toBe(false);
      const real = est[i]!.count;
      expect(point.count).toBe(real === 0 || real >= 5 ? real : null);
    });
    expect(steering.some((p) => p.count === null)).toBe(true);
  });
});
