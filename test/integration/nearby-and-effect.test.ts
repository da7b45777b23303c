import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { daysBetween, distanceM, hexCellOf, hexCellsNear, swedishDayAndClock, swedishMidnightOf, swedishTime, type SimpleGeometry } from '../support/geodesy.js';
import { swedishToday, TEST_NOW } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Venue.incidentsNearby (@requires location) and Measure.effect (@requires geometry doneOn): the
// incidents subgraph answers from fields another subgraph owns. Expected values are worked out
// here from the raw rows, with the test's own distance and calendar arithmetic.

let platform: TestPlatform;
interface Row {
  at: Date;
  point: [number, number];
  districtId: string | null;
  /** The published cell (250 m hexagon) the incident's point lies in, and how sure that is (metres from the next cell's edge). */
  cell: { q: number; r: number; margin: number };
}
let incidents: Row[];

/** Roles that see only published figures get sums of fixed cells: 250 m hexagons on the hot-spot grid (see the README). */
const CELL_M = 250;

beforeAll(async () => {
  platform = await startTestPlatform();
  const rows = await platform.databases.get('incidents')!.query<{ at: Date; lon: number; lat: number; x: number; y: number; districtId: string | null }>(
    `SELECT occurred_at AS at, ST_X(location) AS lon, ST_Y(location) AS lat, district_id AS "districtId",
            ST_X(ST_Transform(location, 3006)) AS x, ST_Y(ST_Transform(location, 3006)) AS y
       FROM incidents.incident WHERE deleted_at IS NULL AND location IS NOT NULL`,
  );
  incidents = rows.map((r) => ({ at: new Date(r.at), point: [r.lon, r.lat], districtId: r.districtId, cell: hexCellOf([r.x, r.y], CELL_M) }));
});

/** A WGS 84 geometry in SWEREF 99 TM (EPSG:3006), projected by PostGIS, and the districts it touches. */
async function inSweref(geometry: SimpleGeometry): Promise<{ geometry: SimpleGeometry; districtIds: string[] }> {
  const [row] = await platform.databases.get('incidents')!.query<{ g: SimpleGeometry; ids: string[] | null }>(
    `SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($1), 4326), 3006))::json AS g,
            (SELECT array_agg(id) FROM geo.district WHERE ST_Intersects(geom, ST_SetSRID(ST_GeomFromGeoJSON($1), 4326))) AS ids`,
    [JSON.stringify(geometry)],
  );
  return { geometry: row!.g, districtIds: row!.ids ?? [] };
}

/** Published cells: what the sum of those with at least 5 is, and how many hold 1–4 (the role sees none of them one by one). */
function published(cells: Map<string, number>): { atLeast: number; hiddenCells: number } {
  const counts = [...cells.values()];
  return { atLeast: counts.filter((c) => c >= 5).reduce((s, c) => s + c, 0), hiddenCells: counts.filter((c) => c > 0 && c < 5).length };
}
const add = (cells: Map<string, number>, key: string) => cells.set(key, (cells.get(key) ?? 0) + 1);
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
const NEARBY = `query($radius: Int, $week: IsoWeek, $weeks: Int) {
  venues { id name location incidentsNearby(radiusM: $radius, lastWeek: $week, weeks: $weeks) {
    radiusM from to exact total { ${COUNT} } lateHours { ${COUNT} } byHour { dayOfWeek hour count } } } }`;
type Venues = { venues: { id: string; name: string; location: SimpleGeometry; incidentsNearby: Nearby }[] };
const LATE = new Set([22, 23, 0, 1, 2, 3, 4]);
/** The first day of the 4-week blocks a measure's published effect is counted in. */
const BLOCK_EPOCH = '2000-01-03';

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

  it('gives the licensing role sums of published cells (250 m hexagon × quarter × late or not) over whole quarters, without the hours', async () => {
    const est = await platform.gql<Venues>(NEARBY, {}, { as: 'est' });
    const res = await platform.gql<Venues>(NEARBY, {}, { as: 'tillsyn' });
    expect(res.errors).toBeUndefined();
    const withSomething = res.data!.venues.filter((v) => v.incidentsNearby.total.atLeast > 0);
    expect(withSomething.length).toBeGreaterThan(0);
    let checked = 0;
    for (const venue of res.data!.venues) {
      const n = venue.incidentsNearby;
      expect(n).toMatchObject({ exact: false, radiusM: 200, byHour: null });
      const [from, to] = [new Date(n.from), new Date(n.to)];
      // Whole quarters: the window starts and ends at midnight on the first of January, April, July or October.
      for (const edge of [from, to]) {
        expect(edge.toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm' })).toMatch(/^\d{4}-(01|04|07|10)-01 00:00:00$/);
      }
      expect(to.getTime() - from.getTime()).toBeGreaterThan(364 * 86_400_000);
      // The cells whose centre lies within 200 m of the venue, whatever the distance of each incident.
      const { geometry } = await inSweref(venue.location);
      const near = hexCellsNear(geometry, 200, CELL_M);
      if (near.onEdge) continue;
      const taken = new Set(near.cells.map((c) => `${c.q}:${c.r}`));
      expect(taken.size).toBeGreaterThanOrEqual(1);
      expect(taken.size).toBeLessThanOrEqual(3);
      const [all, late] = [new Map<string, number>(), new Map<string, number>()];
      const counted = incidents.filter((i) => i.at >= from && i.at < to && taken.has(`${i.cell.q}:${i.cell.r}`));
      if (counted.some((i) => i.cell.margin < 0.001)) continue;
      counted.forEach((i) => {
        const t = swedishTime(i.at);
        const key = `${i.cell.q}:${i.cell.r}:${t.year}Q${t.quarter}`;
        add(all, `${key}:${LATE.has(t.hour)}`);
        if (LATE.has(t.hour)) add(late, key);
      });
      const total = published(all);
      expect({ atLeast: n.total.atLeast, hiddenCells: n.total.hiddenCells }, venue.name).toEqual(total);
      expect(n.total.value).toBe(total.hiddenCells === 0 ? total.atLeast : null);
      expect({ atLeast: n.lateHours.atLeast, hiddenCells: n.lateHours.hiddenCells }).toEqual(published(late));
      // Every published cell holds at least 5, so the answer is 0 or at least 5.
      expect(n.total.atLeast === 0 || n.total.atLeast >= 5).toBe(true);
      const exact = est.data!.venues.find((v) => v.id === venue.id)!.incidentsNearby;
      expect(exact.exact).toBe(true);
      checked += total.atLeast > 0 ? 1 : 0;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the same published answer wherever in the same cells a venue stands', async () => {
    const { venues } = (await platform.gql<Venues>(NEARBY, {}, { as: 'tillsyn' })).data!;
    const busiest = [...venues].sort((a, b) => b.incidentsNearby.total.atLeast - a.incidentsNearby.total.atLeast)[0]!;
    // A second venue a metre away: the same cells' centres lie within 200 m (unless one is on the edge), so the same answer.
    const [lon, lat] = (busiest.location as { coordinates: [number, number] }).coordinates;
    const location = { type: 'Point' as const, coordinates: [lon + 0.00001, lat] as [number, number] };
    const [a, b] = [hexCellsNear((await inSweref(busiest.location)).geometry, 200, CELL_M), hexCellsNear((await inSweref(location)).geometry, 200, CELL_M)];
    const created = await platform.gql<{ createVenue: { id: string; incidentsNearby: Nearby } }>(
      `mutation($input: VenueInput!) { createVenue(input: $input) { id incidentsNearby { radiusM from to exact total { ${COUNT} } lateHours { ${COUNT} } byHour { hour } } } }`,
      { input: { name: 'Grannbaren', kind: 'BAR', location } }, { as: 'tillsyn' });
    expect(created.errors).toBeUndefined();
    if (!a.onEdge && !b.onEdge && JSON.stringify(a.cells.map((c) => [c.q, c.r])) === JSON.stringify(b.cells.map((c) => [c.q, c.r]))) {
      const { total, lateHours } = created.data!.createVenue.incidentsNearby;
      expect({ total, lateHours }).toEqual({ total: busiest.incidentsNearby.total, lateHours: busiest.incidentsNearby.lateHours });
    }
  });

  it('refuses another radius for a role that does not see single incidents, and bad arguments for everyone', async () => {
    const radius = await platform.gql(NEARBY, { radius: 500 }, { as: 'tillsyn' });
    expect(radius.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusM' });
    expect(radius.errors?.[0]?.message).toMatch(/200 m only/);
    const tooFar = await platform.gql(NEARBY, { radius: 5000 }, { as: 'est' });
    expect(tooFar.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'radiusM' });
    const week = await platform.gql(NEARBY, { week: '2026-47' }, { as: 'est' });
    expect(week.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'lastWeek' });
  });

  it('checks a location sent straight to the incidents subgraph (a representation bypasses the scalar)', async () => {
    const token = await platform.token('est');
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Venue { incidentsNearby { total { value } } } } }`;
    const polygon = { type: 'Polygon', coordinates: [[[15.6, 58.4], [15.61, 58.4], [15.61, 58.41], [15.6, 58.4]]] };
    const res = await platform.gql(query, { r: [{ __typename: 'Venue', id: 'x', location: polygon }] }, { url: platform.subgraphUrls.incidents, authorization: `Bearer ${token}`, asGateway: true });
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

/**
 * The days an "after" window has run, worked out here: whole Swedish calendar days, and of today the
 * part elapsed against today's own length (23, 24 or 25 hours).
 */
function afterDaysOf(e: Effect): number {
  const start = swedishDayAndClock(new Date(e.afterFrom)).day;
  if (e.afterComplete) return daysBetween(start, swedishDayAndClock(new Date(e.afterTo)).day);
  const today = swedishToday();
  const [midnight, next] = [swedishMidnightOf(today), swedishMidnightOf(swedishToday(1))];
  return daysBetween(start, today) + (TEST_NOW.getTime() - midnight.getTime()) / (next.getTime() - midnight.getTime());
}

/** The last Sunday of March or October (Sweden's clock changes) on or before `day`, at least `daysBefore` days before it. */
function clockChangeBefore(day: string, daysBefore: number): string {
  const year = Number(day.slice(0, 4));
  const lastSunday = (y: number, month: number) => {
    const last = new Date(Date.UTC(y, month, 0));
    return new Date(last.getTime() - last.getUTCDay() * 86_400_000).toISOString().slice(0, 10);
  };
  return [year, year - 1].flatMap((y) => [lastSunday(y, 10), lastSunday(y, 3)])
    .filter((d) => daysBetween(d, day) >= daysBefore).sort().pop()!;
}

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
      if (t.before!.value! > 0) expect(e.targetChange).toBeCloseTo(t.after!.value! / afterDaysOf(e) / (t.before!.value! / 84) - 1, 12);
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('gives the steering group sums of published cells (250 m hexagon × district × 4-week block) over whole blocks, no running "after" window, the defaults only', async () => {
    const res = await platform.gql<Measures>(EFFECT, {}, { as: 'styrgruppen' });
    expect(res.errors).toBeUndefined();
    const done = res.data!.measures.filter((m) => m.doneOn !== null);
    expect(done.length).toBeGreaterThan(0);
    let checked = 0;
    for (const m of done) {
      const e = m.effect!;
      expect(e).toMatchObject({ exact: false, radiusM: 200, weeks: 12 });
      // The windows are whole 4-week blocks from Monday 3 January 2000, Swedish time: three before the
      // block the measure was done in, three from the first block that starts after that day.
      const edges = [e.beforeFrom, e.beforeTo, e.afterFrom, e.afterTo].map((at) => swedishDayAndClock(new Date(at)));
      edges.forEach((edge) => {
        expect(edge.clock).toBe('00:00:00');
        expect(daysBetween(BLOCK_EPOCH, edge.day) % 28).toBe(0);
      });
      const [beforeFrom, beforeTo, afterFrom, afterTo] = edges.map((edge) => edge.day);
      expect(daysBetween(beforeTo!, m.doneOn!)).toBeGreaterThanOrEqual(0);
      expect(daysBetween(beforeTo!, m.doneOn!)).toBeLessThan(28);
      expect(daysBetween(m.doneOn!, afterFrom!)).toBeGreaterThanOrEqual(1);
      expect(daysBetween(m.doneOn!, afterFrom!)).toBeLessThanOrEqual(28);
      expect(daysBetween(beforeFrom!, beforeTo!)).toBe(84);
      expect(daysBetween(afterFrom!, afterTo!)).toBe(84);
      expect(e.afterComplete).toBe(new Date(e.afterTo).getTime() <= TEST_NOW.getTime());
      if (!e.afterComplete) [e.target, e.buffer, e.control].forEach((zone) => expect(zone.after).toBeNull());

      // The cells, worked out from the rows: a cell is in the target when its centre lies within 200 m
      // of the measure, in the buffer within 400 m, else in the control when it is in the measure's district(s).
      const { geometry, districtIds } = await inSweref(m.geometry);
      const [target, buffer] = [hexCellsNear(geometry, 200, CELL_M), hexCellsNear(geometry, 400, CELL_M)];
      if (target.onEdge || buffer.onEdge) continue;
      const zoneOf = (i: Row): keyof typeof expected | null =>
        target.cells.some((c) => c.q === i.cell.q && c.r === i.cell.r) ? 'target'
          : buffer.cells.some((c) => c.q === i.cell.q && c.r === i.cell.r) ? 'buffer'
            : i.districtId !== null && districtIds.includes(i.districtId) ? 'control' : null;
      const expected = { target: { before: new Map<string, number>(), after: new Map<string, number>() }, buffer: { before: new Map<string, number>(), after: new Map<string, number>() }, control: { before: new Map<string, number>(), after: new Map<string, number>() } };
      const windows = { before: [new Date(e.beforeFrom), new Date(e.beforeTo)], after: [new Date(e.afterFrom), new Date(e.afterTo)] } as const;
      let unsure = false;
      for (const i of incidents) {
        for (const phase of ['before', 'after'] as const) {
          if (i.at < windows[phase][0] || i.at >= windows[phase][1]) continue;
          const zone = zoneOf(i);
          if (!zone) continue;
          unsure ||= i.cell.margin < 0.001;
          const block = Math.floor(daysBetween(BLOCK_EPOCH, swedishDayAndClock(i.at).day) / 28);
          add(expected[zone][phase], `${i.cell.q}:${i.cell.r}:${i.districtId}:${block}`);
        }
      }
      if (unsure) continue;
      for (const zone of ['target', 'buffer', 'control'] as const) {
        for (const phase of ['before', ...(e.afterComplete ? ['after' as const] : [])] as const) {
          const count = e[zone][phase]!;
          const want = published(expected[zone][phase]);
          expect({ atLeast: count.atLeast, hiddenCells: count.hiddenCells }, `${m.id} ${zone} ${phase}`).toEqual(want);
          expect(count.value).toBe(want.hiddenCells === 0 ? want.atLeast : null);
          expect(count.atLeast === 0 || count.atLeast >= 5).toBe(true);
        }
      }
      // The figures are worked out from the published sums.
      if (e.afterComplete && e.target.before!.atLeast > 0 && e.control.before!.atLeast > 0 && e.control.after!.atLeast > 0) {
        const [t, c] = [e.target, e.control];
        // Daily rates over 84 calendar days on each side, whatever the clocks did in between.
        expect(e.targetChange).toBeCloseTo(t.after!.atLeast / t.before!.atLeast - 1, 12);
        expect(e.relativeChange).toBeCloseTo((t.after!.atLeast / t.before!.atLeast) / (c.after!.atLeast / c.before!.atLeast), 10);
      }
      checked += e.target.before!.atLeast > 0 ? 1 : 0;
    }
    expect(checked).toBeGreaterThan(0);
    const other = await platform.gql(EFFECT, { radius: 300 }, { as: 'styrgruppen' });
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const est = await platform.gql<Measures>(EFFECT, { radius: 300, weeks: 8 }, { as: 'est' });
    expect(est.errors).toBeUndefined();
    expect(est.data!.measures.find((m) => m.effect)!.effect).toMatchObject({ radiusM: 300, weeks: 8 });
  });

  it('divides by Swedish calendar days: a window across a clock change gives exactly after ÷ before − 1', async () => {
    // Done ten days before a clock change, late enough that the twelve weeks "after" are over: the
    // "after" window holds the 23- or 25-hour day (84 × 24 ± 1 hours), the "before" window does not
    // (clock changes are at least 154 days apart). Elapsed hours over 24 gave 84 ± 1/24 days there.
    const change = clockChangeBefore(swedishToday(), 80);
    const doneOn = new Date(Date.parse(change) - 10 * 86_400_000).toISOString().slice(0, 10);
    const propose = await platform.gql<{ proposeMeasure: { id: string } }>(
      `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`,
      { input: { kind: 'SIGNAGE', title: 'Skyltning över klockbytet', geometry: { type: 'Point', coordinates: [15.587, 58.426] } } },
      { as: 'est' },
    );
    expect(propose.errors).toBeUndefined();
    const id = propose.data!.proposeMeasure.id;
    for (const status of ['DECIDED', 'IN_PROGRESS', 'DONE']) {
      const moved = await platform.gql(`mutation($id: ID!, $status: MeasureStatus!, $on: Date) { changeMeasureStatus(id: $id, status: $status, on: $on) { id } }`,
        { id, status, on: doneOn }, { as: 'est' });
      expect(moved.errors).toBeUndefined();
    }
    const res = await platform.gql<{ measure: { effect: Effect } }>(
      `query($id: ID!) { measure(id: $id) { effect(radiusM: 300, weeks: 12) {
        doneOn radiusM weeks beforeFrom beforeTo afterFrom afterTo afterComplete exact target ${ZONE} buffer ${ZONE} control ${ZONE}
        targetChange controlChange relativeChange successMeasure wdq } } }`,
      { id }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const e = res.data!.measure.effect;
    const hours = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 3_600_000;
    expect(e).toMatchObject({ doneOn, afterComplete: true });
    expect(hours(e.beforeFrom, e.beforeTo)).toBe(84 * 24);
    expect(Math.abs(hours(e.afterFrom, e.afterTo) - 84 * 24)).toBe(1);
    const [t, c] = [e.target, e.control];
    expect(t.before!.value).toBeGreaterThan(0);
    expect(c.before!.value).toBeGreaterThan(0);
    expect(e.targetChange).toBeCloseTo(t.after!.value! / t.before!.value! - 1, 14);
    expect(e.controlChange).toBeCloseTo(c.after!.value! / c.before!.value! - 1, 14);
  });
});
