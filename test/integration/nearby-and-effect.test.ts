import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceM, swedishTime, type SimpleGeometry } from '../support/geodesy.js';
import { TEST_NOW } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Venue.incidentsNearby (@requires location) and Measure.effect (@requires geometry doneOn): the
// incidents subgraph answers from fields another subgraph owns. Expected values are worked out
// here from the raw rows, with the test's own distance and calendar arithmetic.

let platform: TestPlatform;
let incidents: { at: Date; point: [number, number] }[];

beforeAll(async () => {
  platform = await startTestPlatform();
  const rows = await platform.databases.get('incidents')!.query<{ at: Date; lon: number; lat: number }>(
    'SELECT occurred_at AS at, ST_X(location) AS lon, ST_Y(location) AS lat FROM incidents.incident WHERE deleted_at IS NULL AND location IS NOT NULL',
  );
  incidents = rows.map((r) => ({ at: new Date(r.at), point: [r.lon, r.lat] }));
});
afterAll(() => platform?.stop());

const SLACK_M = 1;
/** The incidents surely within r (and those possibly: within r + slack) of a geometry in [from, to). */
function within(geometry: SimpleGeometry, radiusM: number, from: Date, to: Date) {
  const inWindow = incidents.filter((i) => i.at >= from && i.at < to);
  return {
    surely: inWindow.filter((i) => distanceM(geometry, i.point) < radiusM - SLACK_M),
    possibly: inWindow.filter((i) => distanceM(geometry, i.point) <= radiusM + SLACK_M),
  };
}

interface Count { exact: boolean; value: number | null; atLeast: number; hiddenCells: number }
interface Nearby {
  radiusM: number; from: string; to: string; exact: boolean; total: Count; lateHours: Count;
  byHour: { dayOfWeek: number; hour: number; count: number }[] | null;
}
const COUNT = 'exact value atLeast hiddenCells';
const NEARBY = `query($radius: Int, $week: String, $weeks: Int) {
  venues { id name location incidentsNearby(radiusM: $radius, lastWeek: $week, weeks: $weeks) {
    radiusM from to exact total { ${COUNT} } lateHours { ${COUNT} } byHour { dayOfWeek hour count } } } }`;
type Venues = { venues: { id: string; name: string; location: SimpleGeometry; incidentsNearby: Nearby }[] };
const LATE = new Set([22, 23, 0, 1, 2, 3, 4]);

describe('Venue.incidentsNearby through the gateway', () => {
  it('gives the EST group exact counts by hour of the week, matching the rows', async () => {
    const res = await platform.gql<Venues>(NEARBY, { radius: 250, weeks: 26 }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const venues = res.data!.venues;
    expect(venues.length).toBeGreaterThan(3);
    let checked = 0;
    for (const venue of venues) {
      const n = venue.incidentsNearby;
      expect(n.exact).toBe(true);
      expect(n.radiusM).toBe(250);
      expect((new Date(n.to).getTime() - new Date(n.from).getTime()) / 86_400_000).toBeCloseTo(26 * 7, 0);
      expect(n.byHour).toHaveLength(168);
      const sum = n.byHour!.reduce((s, h) => s + h.count, 0);
      expect(n.total.value).toBe(sum);
      expect(n.lateHours.value).toBe(n.byHour!.filter((h) => LATE.has(h.hour)).reduce((s, h) => s + h.count, 0));
      const { surely, possibly } = within(venue.location, 250, new Date(n.from), new Date(n.to));
      expect(sum).toBeGreaterThanOrEqual(surely.length);
      expect(sum).toBeLessThanOrEqual(possibly.length);
      if (surely.length === possibly.length) {
        // No incident on the edge: the hours must match one by one.
        const expected = new Map<string, number>();
        surely.forEach((i) => {
          const t = swedishTime(i.at);
          expected.set(`${t.dayOfWeek}:${t.hour}`, (expected.get(`${t.dayOfWeek}:${t.hour}`) ?? 0) + 1);
        });
        n.byHour!.forEach((h) => expect(h.count).toBe(expected.get(`${h.dayOfWeek}:${h.hour}`) ?? 0));
        checked += sum > 0 ? 1 : 0;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the licensing role published cells over whole quarters, at 200 m, without the hours', async () => {
    const est = await platform.gql<Venues>(NEARBY, {}, { as: 'est' });
    const res = await platform.gql<Venues>(NEARBY, {}, { as: 'tillsyn' });
    expect(res.errors).toBeUndefined();
    const withSomething = res.data!.venues.filter((v) => v.incidentsNearby.total.atLeast > 0 || v.incidentsNearby.total.hiddenCells > 0);
    expect(withSomething.length).toBeGreaterThan(0);
    for (const venue of res.data!.venues) {
      const n = venue.incidentsNearby;
      expect(n).toMatchObject({ exact: false, radiusM: 200, byHour: null });
      const [from, to] = [new Date(n.from), new Date(n.to)];
      // Whole quarters: the window starts and ends at midnight on the first of January, April, July or October.
      for (const edge of [from, to]) {
        expect(edge.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })).toMatch(/^\d{4}-(01|04|07|10)-01 00:00:00$/);
      }
      expect(to.getTime() - from.getTime()).toBeGreaterThan(364 * 86_400_000);
      // Cells: quarter × late or not. The role sees none of them one by one: a cell shows when it holds 0 or ≥ 5.
      const cells = new Map<string, number>();
      within(venue.location, 200, from, to).possibly.forEach((i) => {
        const t = swedishTime(i.at);
        const key = `${t.year}Q${t.quarter}:${LATE.has(t.hour)}`;
        cells.set(key, (cells.get(key) ?? 0) + 1);
      });
      const published = [...cells.values()].filter((c) => c >= 5);
      const hidden = [...cells.values()].filter((c) => c < 5);
      const { surely, possibly } = within(venue.location, 200, from, to);
      if (surely.length !== possibly.length) continue;
      expect(n.total.atLeast).toBe(published.reduce((s, c) => s + c, 0));
      expect(n.total.hiddenCells).toBe(hidden.length);
      expect(n.total.value).toBe(hidden.length === 0 ? n.total.atLeast : null);
      expect(n.lateHours.atLeast).toBeLessThanOrEqual(n.total.atLeast);
      const exact = est.data!.venues.find((v) => v.id === venue.id)!.incidentsNearby;
      expect(exact.exact).toBe(true);
    }
  });

  it('refuses another radius for a role that does not see single incidents, and bad arguments for everyone', async () => {
    const radius = await platform.gql(NEARBY, { radius: 500 }, { as: 'tillsyn' });
    expect(radius.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusM' });
    expect(radius.errors?.[0]?.message).toMatch(/200 m only/);
    const tooFar = await platform.gql(NEARBY, { radius: 5000 }, { as: 'est' });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusM' });
    const week = await platform.gql(NEARBY, { week: '2026-47' }, { as: 'est' });
    expect(week.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'week' });
  });

  it('checks a location sent straight to the incidents subgraph (a representation bypasses the scalar)', async () => {
    const token = await platform.token('est');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Venue { incidentsNearby { total { value } } } } }`;
    const polygon = { type: 'Polygon', coordinates: [[[15.6, 58.4], [15.61, 58.4], [15.61, 58.41], [15.6, 58.4]]] };
    const res = await platform.gql(query, { r: [{ __typename: 'Venue', id: 'x', location: polygon }] }, { url: platform.subgraphUrls.incidents, authorization: `Bearer ${token}` });
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toMatch(/Invalid location/);
  });
});

interface Zone { before: Count | null; after: Count | null }
interface Effect {
  doneOn: string; radiusM: number; weeks: number; beforeFrom: string; beforeTo: string; afterFrom: string; afterTo: string;
  afterComplete: boolean; exact: boolean; target: Zone; buffer: Zone; control: Zone;
  targetChange: number | null; controlChange: number | null; relativeChange: number | null; successMeasure: number | null; wdq: number | null;
}
const ZONE = `{ before { ${COUNT} } after { ${COUNT} } }`;
const EFFECT = `query($radius: Int, $weeks: Int) { measures { id kind status doneOn geometry districtId effect(radiusM: $radius, weeks: $weeks) {
  doneOn radiusM weeks beforeFrom beforeTo afterFrom afterTo afterComplete exact target ${ZONE} buffer ${ZONE} control ${ZONE}
  targetChange controlChange relativeChange successMeasure wdq } } }`;
type Measures = { measures: { id: string; kind: string; status: string; doneOn: string | null; geometry: SimpleGeometry; districtId: string; effect: Effect | null }[] };

describe('Measure.effect through the gateway', () => {
  it('counts the target zone before and after the day a measure was done, as the rows say', async () => {
    const res = await platform.gql<Measures>(EFFECT, {}, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const done = res.data!.measures.filter((m) => m.doneOn !== null);
    const proposed = res.data!.measures.filter((m) => m.doneOn === null);
    expect(done.length).toBeGreaterThan(0);
    proposed.forEach((m) => expect(m.effect).toBeNull());
    let compared = 0;
    for (const m of done) {
      const e = m.effect!;
      expect(e).toMatchObject({ doneOn: m.doneOn, radiusM: 200, weeks: 12, exact: true });
      // 12 weeks on each side of the day it was done, the day itself left out.
      expect(new Date(e.beforeTo).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })).toBe(`${m.doneOn} 00:00:00`);
      expect((new Date(e.afterFrom).getTime() - new Date(e.beforeTo).getTime()) / 3_600_000).toBeCloseTo(24, -1);
      expect(e.afterComplete).toBe(new Date(e.afterTo).getTime() <= TEST_NOW.getTime());
      for (const [phase, from, to] of [['before', e.beforeFrom, e.beforeTo], ['after', e.afterFrom, e.afterTo]] as const) {
        const { surely, possibly } = within(m.geometry, 200, new Date(from), new Date(to));
        const value = e.target[phase]!.value!;
        expect(value).toBeGreaterThanOrEqual(surely.length);
        expect(value).toBeLessThanOrEqual(possibly.length);
        compared += surely.length;
      }
      const t = e.target;
      const c = e.control;
      if (t.before!.value! > 0 && c.before!.value! > 0 && c.after!.value! > 0) {
        expect(e.relativeChange).toBeCloseTo((t.after!.value! / t.before!.value!) / (c.after!.value! / c.before!.value!), 10);
      }
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('gives the steering group published cells only, no running "after" window, and the defaults only', async () => {
    const res = await platform.gql<Measures>(EFFECT, {}, { as: 'styrgruppen' });
    expect(res.errors).toBeUndefined();
    const done = res.data!.measures.filter((m) => m.doneOn !== null);
    expect(done.length).toBeGreaterThan(0);
    for (const m of done) {
      const e = m.effect!;
      expect(e.exact).toBe(false);
      for (const zone of [e.target, e.buffer, e.control]) {
        for (const count of [zone.before, ...(e.afterComplete ? [zone.after] : [])]) {
          expect(count!.value === null || count!.value === 0 || count!.value >= 5).toBe(true);
          expect(count!.hiddenCells === 1).toBe(count!.value === null);
        }
        if (!e.afterComplete) expect(zone.after).toBeNull();
      }
    }
    const other = await platform.gql(EFFECT, { radius: 300 }, { as: 'styrgruppen' });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const est = await platform.gql<Measures>(EFFECT, { radius: 300, weeks: 8 }, { as: 'est' });
    expect(est.errors).toBeUndefined();
    expect(est.data!.measures.find((m) => m.effect)!.effect).toMatchObject({ radiusM: 300, weeks: 8 });
  });
});
