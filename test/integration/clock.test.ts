import { parseInstant } from '@tk/gis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishToday, TEST_NOW, weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// The platform reads one clock, and the tests pin it (NOW): every "now" the platform answers with is
// the pinned one, not the machine's. In the calendar sweep the pinned instant is years away from
// the real time, so an answer worked out from the real clock cannot pass here.

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const minutes = (n: number) => new Date(TEST_NOW.getTime() + n * 60_000).toISOString();
const REPORT = `mutation($input: IncidentInput!) { reportIncident(input: $input) { id occurredAt } }`;
const report = (occurredAt: string) => platform.gql<{ reportIncident: { id: string } }>(REPORT, {
  input: { occurredAt, category: 'GRAFFITI', description: 'Klotter på elskåp', location: { type: 'Point', coordinates: [15.561, 58.404] } },
}, { as: 'est' });

describe('the pinned clock', () => {
  it('is the one NOW names, and the web is told it', async () => {
    if (process.env.NOW) expect(TEST_NOW).toEqual(parseInstant(process.env.NOW));
    const config = await (await fetch(`${platform.url}/config.json`)).json();
    expect(config.now).toBe(TEST_NOW.toISOString());
  });

  it('decides what lies in the future: a minute ago is accepted, ten minutes ahead is not', async () => {
    expect((await report(minutes(-1))).errors).toBeUndefined();
    const ahead = await report(minutes(10));
    expect(ahead.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'occurredAt' });
  });

  it('decides what today is, in Sweden', async () => {
    const [venue] = (await platform.gql<{ venues: { id: string; licensed: boolean }[] }>(`{ venues(districtId: "city") { id licensed } }`, {}, { as: 'tillsyn' }))
      .data!.venues.filter((v) => v.licensed);
    const inspect = (inspectedOn: string) => platform.gql(`mutation($v: ID!, $input: InspectionInput!) { recordInspection(venueId: $v, input: $input) { inspectedOn } }`,
      { v: venue!.id, input: { inspectedOn, kind: 'ON_SITE', inspectedBy: 'JOINT', decision: 'NONE' } }, { as: 'tillsyn' });
    const tomorrow = await inspect(swedishToday(1));
    expect(tomorrow.errors?.[0]?.message).toBe(`inspectedOn cannot be in the future (today is ${swedishToday()})`);
    expect((await inspect(swedishToday())).errors).toBeUndefined();
  });

  it('decides which week is the last whole one', async () => {
    const res = await platform.gql<{ venues: { incidentsNearby: { from: string; to: string } }[] }>(
      `{ venues(districtId: "city") { incidentsNearby { from to } } }`, {}, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const [row] = await platform.databases.get('incidents')!.query<{ monday: Date }>(
      `SELECT date_trunc('week', $1::timestamptz AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'Europe/Stockholm' AS monday`, [TEST_NOW]);
    // The default window ends where the current week begins, Monday 00:00 in Sweden.
    expect(new Date(res.data!.venues[0]!.incidentsNearby.to)).toEqual(new Date(row!.monday));
  });
});

describe('the demo data, relative to the pinned now', () => {
  it('ends now', async () => {
    const [row] = await platform.databases.get('incidents')!.query<{ latest: Date }>(`SELECT max(occurred_at) AS latest FROM incidents.incident WHERE source = 'demo'`);
    expect(new Date(row!.latest).getTime()).toBeLessThanOrEqual(TEST_NOW.getTime());
    expect(new Date(row!.latest).getTime()).toBeGreaterThan(TEST_NOW.getTime() - 7 * 86_400_000);
  });

  it('shows the tour whatever the week: hot spots in every priority district in the last whole week', async () => {
    const week = await weekBefore(platform.databases.get('incidents')!);
    const res = await platform.gql<{ hotspots: { week: string; cells: { districtId: string; class: string }[] } }>(
      `query($w: IsoWeek!) { hotspots(week: $w) { week cells { districtId class } } }`, { w: week }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const hot = new Set(res.data!.hotspots.cells.filter((c) => c.class.startsWith('HOT')).map((c) => c.districtId));
    expect([...hot].sort()).toEqual(['berga', 'city', 'ryd', 'skaggetorp']);
  });
});
