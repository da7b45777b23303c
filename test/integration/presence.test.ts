import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  // Demo presence lies around today; the tests plan in the first months of 2026, so the two never meet.
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const inRyd = { type: 'Point', coordinates: [15.561, 58.404] };
const inSkaggetorp = { type: 'Point', coordinates: [15.587, 58.426] };
const SHIFT = 'id actorKind organisation districtId startsAt endsAt hours state ruleId';
const RULE = `mutation($input: PresenceRuleInput!) { planRecurringPresence(input: $input) { id districtId weekdays startTime endTime firstDate lastDate } }`;
const PLAN = `mutation($input: PresenceInput!) { planPresence(input: $input) { ${SHIFT} } }`;
const LIST = `query($d: ID, $from: DateTime!, $to: DateTime!) { presence(districtId: $d, from: $from, to: $to) { ${SHIFT} } }`;
const HOURS = `query($w: String!, $d: [ID!]!) { presenceHours(week: $w, districtIds: $d) { districtId week planned realised byActor { actorKind planned realised } } }`;

interface Shift { id: string; actorKind: string; districtId: string; startsAt: string; endsAt: string; hours: number; state: string; ruleId: string | null }

// Fridays and Saturdays 20:00–02:00, eight weeks from Friday 2026-01-09 (winter: CET, UTC+1), 16 shifts of 6 h.
const nightWalkers = {
  actorKind: 'NIGHT_WALKER', organisation: 'Nattvandrarna i Ryd', geometry: inRyd,
  weekdays: [5, 6], startTime: '20:00', endTime: '02:00', firstDate: '2026-01-09', lastDate: '2026-03-05',
};

describe('presence through the gateway', () => {
  it('stores a recurring plan as a rule and expands it for the period asked for', async () => {
    const res = await platform.gql<{ planRecurringPresence: { id: string; districtId: string } }>(RULE, { input: nightWalkers }, { as: 'omradesgrupp-ryd' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.planRecurringPresence.districtId).toBe('ryd');
    const all = await platform.gql<{ presence: Shift[] }>(LIST, { d: 'ryd', from: '2026-01-01T00:00:00+01:00', to: '2026-03-31T00:00:00+02:00' }, { as: 'est' });
    expect(all.errors).toBeUndefined();
    const shifts = all.data!.presence;
    expect(shifts).toHaveLength(16);
    expect(shifts[0]).toMatchObject({ startsAt: '2026-01-09T19:00:00.000Z', endsAt: '2026-01-10T01:00:00.000Z', hours: 6, state: 'PLANNED', actorKind: 'NIGHT_WALKER' });
    expect(shifts[15]).toMatchObject({ startsAt: '2026-02-28T19:00:00.000Z' });
    expect(shifts.every((s) => s.ruleId === res.data!.planRecurringPresence.id)).toBe(true);
    // One week, 2026-W03 (12–18 January): Friday 16th and Saturday 17th, 12 h planned.
    const hours = await platform.gql<{ presenceHours: { planned: number; realised: number }[] }>(HOURS, { w: '2026-W03', d: ['ryd'] }, { as: 'styrgruppen' });
    expect(hours.errors).toBeUndefined();
    expect(hours.data!.presenceHours[0]).toMatchObject({ planned: 12, realised: 0 });
  });

  it('records an occurrence as realised, cancels another, and counts the hours so', async () => {
    const week = { d: 'ryd', from: '2026-01-19T00:00:00+01:00', to: '2026-01-26T00:00:00+01:00' }; // 2026-W04
    const before = (await platform.gql<{ presence: Shift[] }>(LIST, week, { as: 'est' })).data!.presence;
    expect(before.map((s) => s.id)).toHaveLength(2);
    const realised = await platform.gql<{ recordPresenceRealised: Shift }>(
      `mutation($id: ID!) { recordPresenceRealised(id: $id) { ${SHIFT} } }`, { id: before[0]!.id }, { as: 'omradesgrupp-ryd' });
    expect(realised.errors).toBeUndefined();
    expect(realised.data!.recordPresenceRealised).toMatchObject({ state: 'REALISED', startsAt: before[0]!.startsAt });
    expect(realised.data!.recordPresenceRealised.id).toMatch(/^[0-9a-f-]{36}$/);
    const cancelled = await platform.gql(`mutation($id: ID!) { cancelPresence(id: $id, reason: "Inställt p.g.a. storm") }`, { id: before[1]!.id }, { as: 'omradesgrupp-ryd' });
    expect(cancelled.errors).toBeUndefined();
    const after = (await platform.gql<{ presence: Shift[] }>(LIST, week, { as: 'est' })).data!.presence;
    expect(after.map((s) => [s.startsAt, s.state])).toEqual([[before[0]!.startsAt, 'REALISED']]);
    const hours = await platform.gql<{ presenceHours: { planned: number; realised: number; byActor: unknown[] }[] }>(HOURS, { w: '2026-W04', d: ['ryd'] }, { as: 'est' });
    expect(hours.data!.presenceHours[0]).toEqual({ districtId: 'ryd', week: '2026-W04', planned: 0, realised: 6, byActor: [{ actorKind: 'NIGHT_WALKER', planned: 0, realised: 6 }] });
  });

  it('plans a one-off shift and counts only the part inside the week', async () => {
    // Sunday 2026-02-01 22:00 – Monday 03:00 (CET): 2 h in 2026-W05, 3 h in 2026-W06.
    const res = await platform.gql<{ planPresence: Shift }>(PLAN, { input: {
      actorKind: 'POLICE', organisation: 'Lokalpolisområde Linköping', geometry: inSkaggetorp,
      startsAt: '2026-02-01T22:00:00+01:00', endsAt: '2026-02-02T03:00:00+01:00', state: 'REALISED' } }, { as: 'polisen' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.planPresence).toMatchObject({ districtId: 'skaggetorp', hours: 5, state: 'REALISED', ruleId: null });
    const hours = await platform.gql<{ presenceHours: { districtId: string; realised: number }[] }>(HOURS, { w: '2026-W05', d: ['skaggetorp'] }, { as: 'admin' });
    expect(hours.data!.presenceHours[0]!.realised).toBe(2);
    const next = await platform.gql<{ presenceHours: { districtId: string; realised: number }[] }>(HOURS, { w: '2026-W06', d: ['skaggetorp'] }, { as: 'admin' });
    expect(next.data!.presenceHours[0]!.realised).toBe(3);
  });

  it.each([
    ['an end before the start', { startsAt: '2026-02-01T22:00:00+01:00', endsAt: '2026-02-01T21:00:00+01:00' }, 'endsAt'],
    ['a shift longer than a day', { startsAt: '2026-02-01T22:00:00+01:00', endsAt: '2026-02-03T03:00:00+01:00' }, 'endsAt'],
    ['a realised shift in the future', { startsAt: '2099-02-01T22:00:00+01:00', endsAt: '2099-02-02T03:00:00+01:00', state: 'REALISED' }, 'startsAt'],
    ['a line for a place', { geometry: { type: 'LineString', coordinates: [[15.56, 58.40], [15.57, 58.41]] } }, 'geometry'],
    ['a self-intersecting area', { geometry: { type: 'Polygon', coordinates: [[[15.556, 58.4025], [15.558, 58.4035], [15.558, 58.4025], [15.556, 58.4035], [15.556, 58.4025]]] } }, 'geometry'],
    ['a place outside the municipality', { geometry: { type: 'Point', coordinates: [18.07, 59.33] } }, 'geometry'],
    ['a phone number in the note', { note: 'Ring 070-123 45 67' }, 'note'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_label, change, field) => {
    const count = async () => (await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.presence_shift'))[0]!.n;
    const before = await count();
    const input = { actorKind: 'SAFETY_HOST', organisation: 'Stångåstaden', geometry: inRyd, startsAt: '2026-02-01T18:00:00+01:00', endsAt: '2026-02-01T22:00:00+01:00', ...change };
    const res = await platform.gql(PLAN, { input }, { as: 'est' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (field !== 'startsAt') expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await count()).toBe(before);
  });

  it('refuses a recurring plan that is not one, naming each problem', async () => {
    const res = await platform.gql(RULE, { input: { ...nightWalkers, weekdays: [5, 9], startTime: '25:00', lastDate: '2025-12-01' } }, { as: 'est' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule' });
    expect(res.errors?.[0]?.message).toContain('weekdays must be 1–7');
    expect(res.errors?.[0]?.message).toContain('startTime "25:00" is not a time');
    expect(res.errors?.[0]?.message).toContain('lastDate is before firstDate');
  });

  it('keeps an area group to its own district, and shows the steering group hours, not shifts', async () => {
    const elsewhere = await platform.gql(RULE, { input: { ...nightWalkers, geometry: inSkaggetorp } }, { as: 'omradesgrupp-ryd' });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await platform.gql(LIST, { d: 'skaggetorp', from: '2026-01-01T00:00:00+01:00', to: '2026-03-01T00:00:00+01:00' }, { as: 'omradesgrupp-ryd' });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const steering = await platform.gql(LIST, { d: 'ryd', from: '2026-01-01T00:00:00+01:00', to: '2026-03-01T00:00:00+01:00' }, { as: 'styrgruppen' });
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const owner = await platform.gql(HOURS, { w: '2026-W03', d: ['ryd'] }, { as: 'stangastaden' });
    expect(owner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shifts = (await platform.gql<{ presence: Shift[] }>(LIST, { d: 'ryd', from: '2026-01-19T00:00:00+01:00', to: '2026-01-26T00:00:00+01:00' }, { as: 'omradesgrupp-ryd' })).data!.presence;
    const other = await platform.gql(`mutation($id: ID!) { cancelPresence(id: $id, reason: "Prov") }`, { id: shifts[0]!.id }, { as: 'omradesgrupp-skaggetorp' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
