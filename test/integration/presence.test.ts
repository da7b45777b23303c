import { addDays, isoWeekday } from '@tk/time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

// The tests plan 30 weeks before the clock's week: long past (so shifts may be realised), within two
// years (so they may be planned), and before the demo presence, which lies around today.
const TODAY = swedishToday();
const MONDAY = addDays(TODAY, 1 - isoWeekday(TODAY) - 30 * 7);
const day = (offset: number) => addDays(MONDAY, offset);

/** The instant the wall clock in Sweden shows `time` on day `offset` — worked out by PostgreSQL. */
async function at(offset: number, time: string): Promise<string> {
  const [row] = await platform.databases.get('measures')!.query<{ at: Date }>(
    `SELECT ($1::date + $2::time) AT TIME ZONE 'Europe/Stockholm' AS at`, [day(offset), time]);
  return new Date(row!.at).toISOString();
}
/** The ISO week label of day `offset`. */
async function weekOf(offset: number): Promise<string> {
  const [row] = await platform.databases.get('measures')!.query<{ w: string }>(`SELECT to_char($1::date, 'IYYY-"W"IW') AS w`, [day(offset)]);
  return row!.w;
}

const inRyd = { type: 'Point', coordinates: [15.561, 58.404] };
const inSkaggetorp = { type: 'Point', coordinates: [15.587, 58.426] };
const SHIFT = 'id actorKind organisation districtId startsAt endsAt hours state ruleId';
const RULE = `mutation($input: PresenceRuleInput!) { planRecurringPresence(input: $input) { id districtId weekdays startTime endTime firstDate lastDate } }`;
const PLAN = `mutation($input: PresenceInput!) { planPresence(input: $input) { ${SHIFT} } }`;
const LIST = `query($d: ID, $from: DateTime!, $to: DateTime!) { presence(districtId: $d, from: $from, to: $to) { ${SHIFT} } }`;
const HOURS = `query($w: IsoWeek!, $d: [ID!]!) { presenceHours(week: $w, districtIds: $d) { districtId week planned realised byActor { actorKind planned realised } } }`;

interface Shift { id: string; actorKind: string; districtId: string; startsAt: string; endsAt: string; hours: number; state: string; ruleId: string | null }

// Fridays and Saturdays 20:00–02:00, eight weeks from the Friday of the first week: 16 shifts of 6 h
// (across a clock change too: 02:00 on a spring-forward night is read as 03:00, on a fall-back night as its first occurrence).
const nightWalkers = {
  actorKind: 'NIGHT_WALKER', organisation: 'Nattvandrarna i Ryd', geometry: inRyd,
  weekdays: [5, 6], startTime: '20:00', endTime: '02:00', firstDate: day(4), lastDate: day(59),
};
const secondWeek = async () => ({ d: 'ryd', from: await at(14, '00:00'), to: await at(21, '00:00') });

describe('presence through the gateway', () => {
  it('stores a recurring plan as a rule and expands it for the period asked for', async () => {
    const res = await platform.gql<{ planRecurringPresence: { id: string; districtId: string } }>(RULE, { input: nightWalkers }, { as: 'omradesgrupp-ryd' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.planRecurringPresence.districtId).toBe('ryd');
    const all = await platform.gql<{ presence: Shift[] }>(LIST, { d: 'ryd', from: await at(-7, '00:00'), to: await at(70, '00:00') }, { as: 'est' });
    expect(all.errors).toBeUndefined();
    const shifts = all.data!.presence;
    expect(shifts).toHaveLength(16);
    expect(shifts[0]).toMatchObject({ startsAt: await at(4, '20:00'), endsAt: await at(5, '02:00'), hours: 6, state: 'PLANNED', actorKind: 'NIGHT_WALKER' });
    expect(shifts[15]).toMatchObject({ startsAt: await at(54, '20:00') });
    expect(shifts.every((s) => s.hours === 6)).toBe(true);
    expect(shifts.every((s) => s.ruleId === res.data!.planRecurringPresence.id)).toBe(true);
    // The second week: its Friday and Saturday, 12 h planned.
    const hours = await platform.gql<{ presenceHours: { planned: number; realised: number }[] }>(HOURS, { w: await weekOf(7), d: ['ryd'] }, { as: 'styrgruppen' });
    expect(hours.errors).toBeUndefined();
    expect(hours.data!.presenceHours[0]).toMatchObject({ planned: 12, realised: 0 });
  });

  it('records an occurrence as realised, cancels another, and counts the hours so', async () => {
    const week = await secondWeek();
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
    const w = await weekOf(14);
    const hours = await platform.gql<{ presenceHours: { planned: number; realised: number; byActor: unknown[] }[] }>(HOURS, { w, d: ['ryd'] }, { as: 'est' });
    expect(hours.data!.presenceHours[0]).toEqual({ districtId: 'ryd', week: w, planned: 0, realised: 6, byActor: [{ actorKind: 'NIGHT_WALKER', planned: 0, realised: 6 }] });
  });

  it('plans a one-off shift and counts only the part inside the week', async () => {
    // The ninth week's Sunday 22:00 – Monday 03:00: 2 h in that week, 3 h in the next.
    const res = await platform.gql<{ planPresence: Shift }>(PLAN, { input: {
      actorKind: 'POLICE', organisation: 'Lokalpolisområde Linköping', geometry: inSkaggetorp,
      startsAt: await at(62, '22:00'), endsAt: await at(63, '03:00'), state: 'REALISED' } }, { as: 'polisen' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.planPresence).toMatchObject({ districtId: 'skaggetorp', hours: 5, state: 'REALISED', ruleId: null });
    const hours = await platform.gql<{ presenceHours: { districtId: string; realised: number }[] }>(HOURS, { w: await weekOf(62), d: ['skaggetorp'] }, { as: 'admin' });
    expect(hours.data!.presenceHours[0]!.realised).toBe(2);
    const next = await platform.gql<{ presenceHours: { districtId: string; realised: number }[] }>(HOURS, { w: await weekOf(63), d: ['skaggetorp'] }, { as: 'admin' });
    expect(next.data!.presenceHours[0]!.realised).toBe(3);
  });

  // Times as [day, "HH:MM"], read when the test runs.
  type When = [number, string];
  it.each<[string, Record<string, unknown>, string]>([
    ['an end before the start', { startsAt: [21, '22:00'], endsAt: [21, '21:00'] }, 'endsAt'],
    ['a shift longer than a day', { startsAt: [21, '22:00'], endsAt: [23, '03:00'] }, 'endsAt'],
    // Next week's Tuesday night: always after the clock's now.
    ['a realised shift in the future', { startsAt: [30 * 7 + 8, '22:00'], endsAt: [30 * 7 + 9, '03:00'], state: 'REALISED' }, 'startsAt'],
    ['a line for a place', { geometry: { type: 'LineString', coordinates: [[15.56, 58.40], [15.57, 58.41]] } }, 'geometry'],
    ['a self-intersecting area', { geometry: { type: 'Polygon', coordinates: [[[15.556, 58.4025], [15.558, 58.4035], [15.558, 58.4025], [15.556, 58.4035], [15.556, 58.4025]]] } }, 'geometry'],
    ['a place outside the municipality', { geometry: { type: 'Point', coordinates: [18.07, 59.33] } }, 'geometry'],
    ['a phone number in the note', { note: 'Ring 070-123 45 67' }, 'note'],
  ])('refuses %s with BAD_USER_INPUT, writing nothing', async (_label, change, field) => {
    const count = async () => (await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.presence_shift'))[0]!.n;
    const before = await count();
    const times = Object.entries({ startsAt: [21, '18:00'], endsAt: [21, '22:00'], ...change }).filter(([, v]) => Array.isArray(v)) as [string, When][];
    const resolved = Object.fromEntries(await Promise.all(times.map(async ([k, [d, t]]) => [k, await at(d, t)])));
    const input = { actorKind: 'SAFETY_HOST', organisation: 'Stångåstaden', geometry: inRyd, ...change, ...resolved };
    const res = await platform.gql(PLAN, { input }, { as: 'est' });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    if (field !== 'startsAt') expect(res.errors?.[0]?.extensions?.field).toBe(field);
    expect(await count()).toBe(before);
  });

  it('refuses a recurring plan that is not one, naming each problem', async () => {
    const res = await platform.gql(RULE, { input: { ...nightWalkers, weekdays: [5, 9], startTime: '25:00', lastDate: day(-30) } }, { as: 'est' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rule' });
    expect(res.errors?.[0]?.message).toContain('weekdays must be 1–7');
    expect(res.errors?.[0]?.message).toContain('startTime "25:00" is not a time');
    expect(res.errors?.[0]?.message).toContain('lastDate is before firstDate');
  });

  it('keeps an area group to its own district, and shows the steering group hours, not shifts', async () => {
    const elsewhere = await platform.gql(RULE, { input: { ...nightWalkers, geometry: inSkaggetorp } }, { as: 'omradesgrupp-ryd' });
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const list = await platform.gql(LIST, { d: 'skaggetorp', from: await at(-7, '00:00'), to: await at(56, '00:00') }, { as: 'omradesgrupp-ryd' });
    expect(list.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const steering = await platform.gql(LIST, { d: 'ryd', from: await at(-7, '00:00'), to: await at(56, '00:00') }, { as: 'styrgruppen' });
    expect(steering.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const owner = await platform.gql(HOURS, { w: await weekOf(7), d: ['ryd'] }, { as: 'stangastaden' });
    expect(owner.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const shifts = (await platform.gql<{ presence: Shift[] }>(LIST, await secondWeek(), { as: 'omradesgrupp-ryd' })).data!.presence;
    const other = await platform.gql(`mutation($id: ID!) { cancelPresence(id: $id, reason: "Prov") }`, { id: shifts[0]!.id }, { as: 'omradesgrupp-skaggetorp' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
