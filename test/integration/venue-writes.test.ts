import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const CREATE = `mutation($input: VenueInput!) { createVenue(input: $input) { id name kind districtId location licensed history { action entity actorName } } }`;
const UPDATE = `mutation($id: ID!, $input: VenueInput!) { updateVenue(id: $id, input: $input) { id name districtId } }`;
const LICENCE = `mutation($v: ID!, $input: LicenceInput!) { grantLicence(venueId: $v, input: $input) { id kind servesUntil servesUntilWeekend validFrom validTo } }`;
const JOIN = `mutation($v: ID!, $on: Date!) { joinNetwork(venueId: $v, network: KROGAR_MOT_KNARK, on: $on) { id network joinedOn leftOn } }`;
const LEAVE = `mutation($v: ID!, $on: Date!) { leaveNetwork(venueId: $v, network: KROGAR_MOT_KNARK, on: $on) { joinedOn leftOn } }`;
const TRAINING = `mutation($v: ID!, $input: TrainingInput!) { recordTraining(venueId: $v, input: $input) { heldOn course participants } }`;
const VENUE = `query($d: ID) { venues(districtId: $d) { id name servesUntilWeekend inNetwork licences { kind } networks { joinedOn leftOn } trainings { participants }
  history { action entity actorName } } }`;

/** Inside City (Innerstaden), by Stora torget; outside every district: Lake Roxen. */
const IN_CITY = { type: 'Point', coordinates: [15.6216, 58.4108] };
const IN_RYD = { type: 'Point', coordinates: [15.561, 58.404] };
const OUTSIDE = { type: 'Point', coordinates: [15.75, 58.52] };
const day = (offset: number) => swedishToday(offset);
const count = async () => (await platform.databases.get('venues')!.query<{ n: number }>('SELECT count(*)::int AS n FROM venues.venue'))[0]!.n;

describe('registering venues, licences, networks and training', () => {
  let barId = '';

  it('registers a bar in the district its point lies in, with its history', async () => {
    const res = await platform.gql<{ createVenue: { id: string; name: string; districtId: string; licensed: boolean; history: unknown[] } }>(
      CREATE, { input: { name: ' Baren  vid torget ', kind: 'BAR', location: IN_CITY } }, { as: 'tillsyn' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createVenue).toMatchObject({ name: 'Baren vid torget', districtId: 'city', licensed: true });
    expect(res.data!.createVenue.history).toEqual([{ action: 'create', entity: 'Venue', actorName: 'Tillsyn' }]);
    barId = res.data!.createVenue.id;
  });

  it('moves it to another district and keeps both versions', async () => {
    const res = await platform.gql<{ updateVenue: { districtId: string } }>(UPDATE, { id: barId, input: { name: 'Baren vid torget', kind: 'BAR', location: IN_RYD } }, { as: 'tillsyn' });
    expect(res.data!.updateVenue.districtId).toBe('ryd');
    const [row] = await platform.databases.get('venues')!.query<{ before: { districtId: string }; after: { districtId: string } }>(
      `SELECT before, after FROM venues.audit_log WHERE entity = 'Venue' AND entity_id = $1 AND action = 'update'`, [barId]);
    expect([row!.before.districtId, row!.after.districtId]).toEqual(['city', 'ryd']);
  });

  it('grants a licence, joins and leaves Krogar mot knark and records training — all in its history', async () => {
    const licence = await platform.gql(LICENCE, { v: barId, input: { kind: 'PERMANENT_PUBLIC', servesUntil: '01:00', servesUntilWeekend: '02:00', validFrom: day(-30) } }, { as: 'tillsyn' });
    expect(licence.errors).toBeUndefined();
    expect((await platform.gql(JOIN, { v: barId, on: day(-20) }, { as: 'tillsyn' })).errors).toBeUndefined();
    const twice = await platform.gql(JOIN, { v: barId, on: day(-10) }, { as: 'tillsyn' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
    expect((await platform.gql(TRAINING, { v: barId, input: { heldOn: day(-5), participants: 8 } }, { as: 'tillsyn' })).errors).toBeUndefined();
    let venue = (await platform.gql<{ venues: { id: string; servesUntilWeekend: string; inNetwork: boolean; history: { entity: string }[] }[] }>(VENUE, { d: 'ryd' }, { as: 'tillsyn' }))
      .data!.venues.find((v) => v.id === barId)!;
    expect(venue).toMatchObject({ servesUntilWeekend: '02:00', inNetwork: true });
    expect(venue.history.map((h) => h.entity)).toEqual(['Venue', 'Venue', 'Licence', 'NetworkMembership', 'TrainingSession']);
    const left = await platform.gql<{ leaveNetwork: { joinedOn: string; leftOn: string } }>(LEAVE, { v: barId, on: day(0) }, { as: 'tillsyn' });
    expect(left.data!.leaveNetwork).toEqual({ joinedOn: day(-20), leftOn: day(0) });
    venue = (await platform.gql<{ venues: { id: string; servesUntilWeekend: string; inNetwork: boolean; history: { entity: string }[] }[] }>(VENUE, { d: 'ryd' }, { as: 'tillsyn' }))
      .data!.venues.find((v) => v.id === barId)!;
    expect(venue.inNetwork).toBe(false);
  });

  it('refuses a point outside the municipality, a bad licence, training ahead of time, and other roles — writing nothing', async () => {
    const before = await count();
    const outside = await platform.gql(CREATE, { input: { name: 'Sjöbaren', kind: 'BAR', location: OUTSIDE } }, { as: 'tillsyn' });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'location' });
    const late = await platform.gql(LICENCE, { v: barId, input: { kind: 'PERMANENT_PUBLIC', servesUntil: '01:00', servesUntilWeekend: '07:00', validFrom: day(0) } }, { as: 'tillsyn' });
    expect(late.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'servesUntilWeekend' });
    const ahead = await platform.gql(TRAINING, { v: barId, input: { heldOn: day(3), participants: 5 } }, { as: 'tillsyn' });
    expect(ahead.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    for (const as of ['est', 'polisen', 'omradesgrupp-ryd']) {
      const res = await platform.gql(CREATE, { input: { name: 'Ny bar', kind: 'BAR', location: IN_CITY } }, { as });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect(await count()).toBe(before);
  });
});
