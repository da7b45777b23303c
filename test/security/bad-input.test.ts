/**
 * Input that is wrong (or merely unusual) must get an answer the caller can act on: BAD_USER_INPUT,
 * or, where the input has a sensible reading, that reading. Never INTERNAL_SERVER_ERROR, never a 500:
 * altitudes in geometries, NUL characters, camera angles at the edge of a float, absurd years,
 * fragments nested hundreds deep, integers over 32 bits. Also the presence rules, which answered
 * INTERNAL_SERVER_ERROR on PostgreSQL for every role.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hoursAgo, swedishToday, weekBefore } from '../support/clock.js';
import { startTestPlatform, type GraphQLResponse, type RawResponse, type RequestOptions, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
let lastWeek: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  lastWeek = await weekBefore(platform.databases.get('incidents')!);
});
afterAll(() => platform?.stop());

type Body<T> = GraphQLResponse<T>;

/** The request, with the checks every answer here must pass: no 500, no internal error. */
async function ask<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = { as: 'est' }): Promise<Body<T> & { status: number }> {
  const res: RawResponse = await platform.raw(query, variables, options);
  expect(res.status, res.text.slice(0, 300)).not.toBe(500);
  const body = JSON.parse(res.text) as Body<T>;
  expect(body.errors?.map((e) => e.extensions?.code) ?? [], res.text.slice(0, 300)).not.toContain('INTERNAL_SERVER_ERROR');
  return { ...body, status: res.status };
}

/** Refused as the caller's mistake, naming the field when given. */
async function refused(query: string, variables: Record<string, unknown> = {}, field?: string, options: RequestOptions = { as: 'est' }) {
  const body = await ask(query, variables, options);
  expect(body.errors?.[0]?.extensions?.code, JSON.stringify(body.errors)).toBe('BAD_USER_INPUT');
  if (field !== undefined) expect(body.errors?.[0]?.extensions?.['field']).toBe(field);
  return body;
}

/** Accepted: no error at all. */
async function accepted<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = { as: 'est' }): Promise<T> {
  const body = await ask<T>(query, variables, options);
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  return body.data!;
}

async function dimensions(service: 'measures' | 'venues' | 'incidents', sql: string, id: string): Promise<number> {
  const [row] = await platform.databases.get(service)!.query<{ n: number }>(sql, [id]);
  return row!.n;
}

const PROPOSE = `mutation($i: MeasureInput!) { proposeMeasure(input: $i) { id geometry camera { directionDeg angleDeg view } lighting { luxBefore } } }`;
interface Proposed { proposeMeasure: { id: string; geometry: { type: string; coordinates: unknown }; camera: { directionDeg: number; angleDeg: number; view: { type: string } } | null; lighting: { luxBefore: number | null } | null } }

// Points and a small square in Skäggetorp, each position with an altitude in metres.
const point3d = { type: 'Point', coordinates: [15.587, 58.426, 102.5] };
const ring2d = [[15.586, 58.4255], [15.588, 58.4255], [15.588, 58.4265], [15.586, 58.4265], [15.586, 58.4255]];
const square3d = { type: 'Polygon', coordinates: [ring2d.map(([x, y]) => [x, y, 95])] };
const inSkaggetorp = { type: 'Point', coordinates: [15.587, 58.426] };
const camera = (c: Record<string, unknown>) => ({ kind: 'CAMERA', title: 'Kamera vid torget', geometry: inSkaggetorp, camera: { directionDeg: 90, angleDeg: 60, rangeM: 50, ...c } });

describe('(a) positions with an altitude', () => {
  const MEASURE_NDIMS = 'SELECT ST_NDims(geom) AS n FROM measures.measure WHERE id::text = $1';

  it('are accepted as 2D for a measure\'s Point and Polygon, and stored in 2D', async () => {
    for (const geometry of [point3d, square3d]) {
      const { proposeMeasure: m } = await accepted<Proposed>(PROPOSE, { i: { kind: 'SIGNAGE', title: 'Skylt', geometry } });
      expect(m.geometry).toEqual(geometry === point3d ? inSkaggetorp : { type: 'Polygon', coordinates: [ring2d] });
      expect(await dimensions('measures', MEASURE_NDIMS, m.id)).toBe(2);
    }
  });

  it('are accepted as 2D for a camera, whose view is computed from the 2D point', async () => {
    const { proposeMeasure: m } = await accepted<Proposed>(PROPOSE, { i: { ...camera({}), geometry: point3d } });
    expect(m.geometry).toEqual(inSkaggetorp);
    expect(m.camera!.view.type).toBe('Polygon');
    expect(await dimensions('measures', 'SELECT ST_NDims(camera_view) AS n FROM measures.measure WHERE id::text = $1', m.id)).toBe(2);
  });

  it('are accepted as 2D in a GeoJSON literal written in the query', async () => {
    const data = await accepted<Proposed>(
      `mutation { proposeMeasure(input: { kind: SIGNAGE, title: "Skylt", geometry: { type: "Point", coordinates: [15.587, 58.426, 12] } }) { id geometry } }`);
    expect(data.proposeMeasure.geometry).toEqual(inSkaggetorp);
  });

  it('are accepted as 2D for a venue, an incident and presence', async () => {
    const venue = await accepted<{ createVenue: { id: string; location: unknown } }>(
      `mutation($i: VenueInput!) { createVenue(input: $i) { id location } }`, { i: { name: 'Kaféet vid torget', kind: 'RESTAURANT', location: point3d } }, { as: 'admin' });
    expect(venue.createVenue.location).toEqual(inSkaggetorp);
    expect(await dimensions('venues', 'SELECT ST_NDims(location) AS n FROM venues.venue WHERE id::text = $1', venue.createVenue.id)).toBe(2);

    const incident = await accepted<{ reportIncident: { id: string } }>(`mutation($i: IncidentInput!) { reportIncident(input: $i) { id } }`,
      { i: { occurredAt: hoursAgo(2).toISOString(), category: 'GRAFFITI', location: point3d } });
    expect(await dimensions('incidents', 'SELECT ST_NDims(location) AS n FROM incidents.incident WHERE id::text = $1', incident.reportIncident.id)).toBe(2);

    const shift = await accepted<{ planPresence: { id: string; geometry: unknown } }>(`mutation($i: PresenceInput!) { planPresence(input: $i) { id geometry } }`, {
      i: { actorKind: 'POLICE', organisation: 'Lokalpolisområde Linköping', geometry: square3d, startsAt: hoursAgo(-24).toISOString(), endsAt: hoursAgo(-28).toISOString() },
    });
    expect(shift.planPresence.geometry).toEqual({ type: 'Polygon', coordinates: [ring2d] });
    expect(await dimensions('measures', 'SELECT ST_NDims(geom) AS n FROM measures.presence_shift WHERE id::text = $1', shift.planPresence.id)).toBe(2);
  });

  it('still refuses a position of four numbers', async () => {
    await refused(PROPOSE, { i: { kind: 'SIGNAGE', title: 'Skylt', geometry: { type: 'Point', coordinates: [15.587, 58.426, 1, 2] } } }, 'geometry');
  });
});

describe('(b) a NUL character', () => {
  const MEASURE = `query($id: ID!) { measure(id: $id) { id } }`;

  it('in a text variable is refused before anything is written', async () => {
    const [before] = await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure');
    await refused(PROPOSE, { i: { kind: 'SIGNAGE', title: 'Sky\u0000lt', geometry: inSkaggetorp } }, 'title');
    await refused(PROPOSE, { i: { ...camera({ hours: 'fre–lör\u0000' }) } }, 'camera.hours');
    const [after] = await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure');
    expect(after!.n).toBe(before!.n);
  });

  it('in a string literal of the query, or in an id, is refused', async () => {
    await refused(`mutation { proposeMeasure(input: { kind: SIGNAGE, title: "Sky\\u0000lt", geometry: { type: "Point", coordinates: [15.587, 58.426] } }) { id } }`);
    await refused(`mutation($w: IsoWeek!, $t: String!) { saveSituationDraft(week: $w, districtId: "ryd", text: $t) { version } }`, { w: lastWeek, t: 'Lugnt\u0000' });
    await refused(MEASURE, { id: '00000000-0000-4000-8000-00000000000\u0000' });
    await refused(`{ district(id: "ryd\\u0000") { id } }`);
  });


  it('is refused by a subgraph reached directly as well', async () => {
    await refused(PROPOSE, { i: { kind: 'SIGNAGE', title: 'Sky\u0000lt', geometry: inSkaggetorp } }, 'title', { as: 'est', url: platform.subgraphUrls.measures });
  });
});

describe('(c) camera angles at the edge of a float', () => {
  it('round a direction to 0.01° and read 360° as north', async () => {
    for (const [given, stored] of [[359.9999999, 0], [1e-320, 0], [359.994, 359.99], [12.346, 12.35]] as const) {
      const { proposeMeasure: m } = await accepted<Proposed>(PROPOSE, { i: camera({ directionDeg: given }) });
      expect(m.camera!.directionDeg).toBeCloseTo(stored, 4);
    }
  });

  it('refuse an angle below 1°, tiny or denormal, and a direction of 360 or more', async () => {
    await refused(PROPOSE, { i: camera({ angleDeg: 1e-320 }) }, 'camera.angleDeg');
    await refused(PROPOSE, { i: camera({ angleDeg: 5e-324 }) }, 'camera.angleDeg');
    await refused(PROPOSE, { i: camera({ angleDeg: 0.5 }) }, 'camera.angleDeg');
    await refused(PROPOSE, { i: camera({ directionDeg: 360 }) }, 'camera.directionDeg');
    await refused(PROPOSE, { i: camera({ directionDeg: -1e-320 }) }, 'camera.directionDeg');
  });

  it('accept lux too small for a real column as 0', async () => {
    const { proposeMeasure: m } = await accepted<Proposed>(PROPOSE, { i: { kind: 'LIGHTING', title: 'Belysning', geometry: inSkaggetorp, lighting: { luxBefore: 1e-50 } } });
    expect(m.lighting!.luxBefore).toBe(0);
  });
});

describe('(d) absurd years', () => {
  const VIEW = { west: 15.5, south: 58.3, east: 15.7, north: 58.5, zoom: 12 };

  it.each(['9999-W52', '0000-W10', '1899-W52', '2200-W01'])('week %s is refused everywhere a week is asked for', async (week) => {
    await refused(`query($w: IsoWeek!, $v: MapViewInput!) { district(id: "ryd") { presenceLayer(week: $w, view: $v) { __typename } } }`, { w: week, v: VIEW }, 'week');
    await refused(`query($w: IsoWeek!) { district(id: "ryd") { presence(week: $w) { id } } }`, { w: week }, 'week');
    await refused(`query($w: IsoWeek!) { presenceHours(week: $w, districtIds: ["ryd"]) { planned } }`, { w: week }, 'week');
    await refused(`query($w: IsoWeek!) { hotspots(week: $w) { __typename } }`, { w: week }, 'week');
    await refused(`query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { week } }`, { w: week }, 'week');
    await refused(`query($w: IsoWeek!) { district(id: "ryd") { weeklyIncidents(lastWeek: $w) { week } } }`, { w: week }, 'lastWeek');
    await refused(PROPOSE, { i: { kind: 'SIGNAGE', title: 'Skylt', geometry: inSkaggetorp, motivation: { week } } }, 'motivation.week');
  });

  it('week 53 of a year that has 52 is refused as a variable and as a literal, naming its field, with the reason the web translates', async () => {
    const asVariable = await refused(`query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { week } }`, { w: '2025-W53' }, 'week');
    expect(asVariable.errors?.[0]?.extensions?.['reason']).toBe('invalid_format');
    const asLiteral = await refused(`{ district(id: "ryd") { weeklyIncidents(lastWeek: "2025-W53") { week } } }`, {}, 'lastWeek');
    expect(asLiteral.errors?.[0]?.extensions?.['reason']).toBe('invalid_format');
    await refused(`{ hotspots(week: 202647) { week } }`, {}, 'week');
    await refused(PROPOSE, { i: { kind: 'SIGNAGE', title: 'Skylt', geometry: inSkaggetorp, motivation: { week: '2025-W53' } } }, 'motivation.week');
    // 2026 has a week 53 (it starts on a Thursday).
    expect(await accepted<{ situation: { week: string } }>(`{ situation(week: "2026-W53", districtId: "ryd") { week } }`)).toEqual({ situation: { week: '2026-W53' } });
  });

  it('weeks at the ends of the range are accepted', async () => {
    for (const week of ['1900-W01', '2199-W52']) {
      await accepted(`query($w: IsoWeek!, $v: MapViewInput!) { district(id: "ryd") { presenceLayer(week: $w, view: $v) { __typename } } }`, { w: week, v: VIEW });
      await accepted(`query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { week } }`, { w: week });
    }
  });

  it('dates and instants in year 9999 are refused', async () => {
    await refused(`query($f: DateTime!, $t: DateTime!) { presence(districtId: "ryd", from: $f, to: $t) { id } }`,
      { f: '9999-12-30T00:00:00Z', t: '9999-12-31T23:00:00Z' });
    await refused(`mutation($i: PresenceRuleInput!) { planRecurringPresence(input: $i) { id } }`, {
      i: { actorKind: 'POLICE', organisation: 'Polisen', geometry: inSkaggetorp, weekdays: [5], startTime: '20:00', endTime: '02:00', firstDate: '9999-12-01', lastDate: '9999-12-31' },
    });
  });
});

describe('(e) fragments nested hundreds deep', () => {
  const nested = (n: number) => `{ ${'... on Query { '.repeat(n)}__typename${' }'.repeat(n)} }`;

  it('are refused with the query limits\' error, at the gateway and at a subgraph', async () => {
    for (const url of [undefined, platform.subgraphUrls.plan]) {
      const body = await refused(nested(300), {}, undefined, { as: 'est', url });
      expect(body.errors![0]!.extensions).toMatchObject({ limit: 'fragmentNesting', max: 30 });
    }
  });

  it('are fine a few levels deep', async () => {
    await accepted(nested(30));
  });
});

describe('(f) an Int over 32 bits in a variable', () => {
  const QUERY = `query($n: Int) { incidents(limit: $n) { id } }`;

  it('is BAD_USER_INPUT, through the gateway and at a subgraph', async () => {
    for (const url of [undefined, platform.subgraphUrls.incidents]) {
      await refused(QUERY, { n: 2 ** 40 }, undefined, { as: 'est', url });
      await refused(QUERY, { n: 2 ** 31 }, undefined, { as: 'est', url });
    }
    await refused(`query($w: IsoWeek!, $n: Int) { district(id: "ryd") { weeklyIncidents(lastWeek: $w, weeks: $n) { week } } }`, { w: lastWeek, n: -(2 ** 31) - 1 });
  });
});

describe('(g) recurring presence plans', () => {
  const RULE = `mutation($i: PresenceRuleInput!) { planRecurringPresence(input: $i) { id } }`;
  let ruleId: string;

  beforeAll(async () => {
    const created = await accepted<{ planRecurringPresence: { id: string } }>(RULE, {
      i: {
        actorKind: 'NIGHT_WALKER', organisation: 'Nattvandrarna i Ryd', geometry: { type: 'Point', coordinates: [15.561, 58.404] },
        weekdays: [5, 6], startTime: '20:00', endTime: '02:00', firstDate: swedishToday(), lastDate: swedishToday(30), motivationWeek: lastWeek,
      },
    });
    ruleId = created.planRecurringPresence.id;
  });

  it.each(['admin', 'est', 'polisen', 'omradesgrupp-ryd'])('are listed for %s', async (as) => {
    const data = await accepted<{ presenceRules: { id: string }[] }>(`{ presenceRules { id } }`, {}, { as });
    expect(data.presenceRules.map((r) => r.id)).toContain(ruleId);
    const ryd = await accepted<{ presenceRules: { id: string }[] }>(`{ presenceRules(districtId: "ryd") { id } }`, {}, { as });
    expect(ryd.presenceRules.map((r) => r.id)).toContain(ruleId);
  });

  it('are none of another area group\'s business', async () => {
    const data = await accepted<{ presenceRules: { id: string }[] }>(`{ presenceRules { id } }`, {}, { as: 'omradesgrupp-berga' });
    expect(data.presenceRules.map((r) => r.id)).not.toContain(ruleId);
  });

  it('are listed on the weekly picture they answer (Situation.presenceRules)', async () => {
    const data = await accepted<{ situation: { presenceRules: { id: string }[] } }>(
      `query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { week presenceRules { id } } }`, { w: lastWeek });
    expect(data.situation.presenceRules.map((r) => r.id)).toContain(ruleId);
  });
});
