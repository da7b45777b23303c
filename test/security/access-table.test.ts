/**
 * The README's "Who may read and write what" table, cell by cell: each cell is a probe through the
 * gateway as a demo user of that role, checked against the database.
 */
import { DEMO_USERS, type Db } from '@tk/gis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAccessTable } from '../support/access-table.js';
import { daysAgo, hoursAgo, swedishToday, weekBefore } from '../support/clock.js';
import { startTestPlatform, type RawResponse, type TestPlatform } from '../support/platform.js';
import { leaksIn, protectedValues } from '../support/protected-values.js';

const USER_OF_ROLE: Record<string, string | undefined> = {
  anonymous: undefined,
  steering_group: 'styrgruppen',
  preparation_group: 'beredningsgruppen',
  est: 'est',
  area_group: 'omradesgrupp-skaggetorp',
  property_owner: 'stangastaden',
  licensing: 'tillsyn',
  police: 'polisen',
  admin: 'admin',
};

let platform: TestPlatform;
let secrets: string[];
let incidentIds: string[];
const db = (service: 'incidents' | 'venues' | 'measures') => platform.databases.get(service) as Db;

beforeAll(async () => {
  platform = await startTestPlatform();
  secrets = await protectedValues({ incidents: db('incidents'), venues: db('venues'), measures: db('measures') });
  incidentIds = await ids('incidents', 'SELECT id::text FROM incidents.incident');
});
afterAll(() => platform?.stop());

const userOf = (id: string | undefined) => DEMO_USERS.find((u) => u.id === id);
const sorted = (values: string[]) => [...values].sort();
const parse = (res: RawResponse) => JSON.parse(res.text) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };

/** A refusal: the right code, no data for the field, and nothing protected anywhere in the body. */
function expectRefused(res: RawResponse, field: string, userId: string | undefined): void {
  const body = parse(res);
  expect(body.errors?.map((e) => e.extensions?.code)).toContain(userId ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  expect(body.data?.[field] ?? null).toBeNull();
  expect(leaksIn(res.text, secrets)).toEqual([]);
}

async function ids(service: 'incidents' | 'venues' | 'measures', sql: string, params: unknown[] = []): Promise<string[]> {
  return (await db(service).query<{ id: string }>(sql, params)).map((r) => r.id);
}

/** The rows a rule lets a user see, straight from the database. */
const ROWS: Record<string, Record<string, (userId: string) => Promise<string[]>>> = {
  incidents: {
    all: () => ids('incidents', `SELECT id::text FROM incidents.incident WHERE deleted_at IS NULL`),
    'own district': (u) => ids('incidents', `SELECT id::text FROM incidents.incident WHERE deleted_at IS NULL AND district_id = ANY($1)`, [userOf(u)!.districts]),
    'own properties': (u) => ids('incidents', `SELECT i.id::text FROM incidents.incident i WHERE i.deleted_at IS NULL AND EXISTS (
      SELECT 1 FROM geo.property p WHERE p.owner_id = $1 AND ST_Intersects(p.geom, i.location))`, [userOf(u)!.organisation]),
  },
  venues: {
    all: () => ids('venues', `SELECT id::text FROM venues.venue WHERE deleted_at IS NULL`),
    'own district': (u) => ids('venues', `SELECT id::text FROM venues.venue WHERE deleted_at IS NULL AND district_id = ANY($1)`, [userOf(u)!.districts]),
  },
  measures: {
    all: () => ids('measures', `SELECT id::text FROM measures.measure WHERE deleted_at IS NULL`),
    'own district': (u) => ids('measures', `SELECT id::text FROM measures.measure WHERE deleted_at IS NULL AND district_id = ANY($1)`, [userOf(u)!.districts]),
    'own properties': (u) => ids('measures', `SELECT m.id::text FROM measures.measure m WHERE m.deleted_at IS NULL AND EXISTS (
      SELECT 1 FROM geo.property p WHERE p.owner_id = $1 AND ST_Intersects(p.geom, m.geom))`, [userOf(u)!.organisation]),
  },
};

function listProbe(service: 'incidents' | 'venues' | 'measures', query: string) {
  return async (userId: string | undefined, rule: string) => {
    const res = await platform.raw(query, {}, { as: userId });
    if (rule === '–') return expectRefused(res, service, userId);
    const body = parse(res);
    expect(body.errors).toBeUndefined();
    const got = (body.data![service] as { id: string }[]).map((r) => r.id);
    const expected = await ROWS[service]![rule]!(userId!);
    // A rule that narrows must narrow to something: an empty demo set would prove nothing.
    expect(expected.length).toBeGreaterThan(0);
    expect(sorted(got)).toEqual(sorted(expected));
  };
}

interface Count {
  exact: boolean;
  value: number | null;
  atLeast: number;
  hiddenCells: number;
}

/** Per district: the exact count, and the published sum when the caller sees `seen` one by one. */
async function countTruth(ownerId: string | null): Promise<Map<string, { exact: number; published: number; hidden: number }>> {
  const rows = await db('incidents').query<{ id: string; exact: number; published: number; hidden: number }>(
    `WITH cells AS (
       SELECT i.district_id AS id, count(*) AS n,
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM geo.property p WHERE p.owner_id = $1 AND ST_Intersects(p.geom, i.location))) AS unseen
         FROM incidents.incident i WHERE i.deleted_at IS NULL AND i.district_id IS NOT NULL
        GROUP BY 1, date_trunc('week', i.occurred_at AT TIME ZONE 'Europe/Stockholm'))
     SELECT id, sum(n)::int AS exact, COALESCE(sum(n) FILTER (WHERE unseen = 0 OR unseen >= 5), 0)::int AS published,
            count(*) FILTER (WHERE unseen BETWEEN 1 AND 4)::int AS hidden
       FROM cells GROUP BY id`,
    [ownerId],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

async function countsProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`{ districts { id incidentCount { exact value atLeast hiddenCells } } }`, {}, { as: userId });
  const body = parse(res);
  const districts = (body.data?.districts ?? []) as { id: string; incidentCount: Count | null }[];
  if (rule === '–') {
    expect(body.errors?.map((e) => e.extensions?.code)).toContain('UNAUTHENTICATED');
    expect(districts.every((d) => d.incidentCount === null)).toBe(true);
    return;
  }
  expect(body.errors).toBeUndefined();
  const user = userOf(userId);
  const truth = await countTruth(user?.organisation ?? null);
  const exactIn = (id: string) => rule === 'exact' || (rule.startsWith('exact in own district') && user!.districts!.includes(id));
  let hiddenSomewhere = 0;
  for (const d of districts) {
    const t = truth.get(d.id) ?? { exact: 0, published: 0, hidden: 0 };
    if (exactIn(d.id)) {
      expect(d.incidentCount).toEqual({ exact: true, value: t.exact, atLeast: t.exact, hiddenCells: 0 });
    } else {
      expect(d.incidentCount).toEqual({ exact: false, value: t.hidden === 0 ? t.published : null, atLeast: t.published, hiddenCells: t.hidden });
      hiddenSomewhere += t.hidden;
    }
  }
  // The demo data has small cells outside the priority districts: a published view must hide some.
  if (rule !== 'exact') expect(hiddenSomewhere).toBeGreaterThan(0);
}

async function pointIn(districtId: string): Promise<number[]> {
  const [row] = await db('measures').query<{ lon: number; lat: number }>(
    `SELECT ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT ST_PointOnSurface(geom) AS p FROM geo.district WHERE id = $1) s`,
    [districtId],
  );
  return [row!.lon, row!.lat];
}

const PROPOSE = `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id districtId } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawMeasure(id: $id, reason: "Prov i säkerhetstest") }`;
const measureCount = async () => (await ids('measures', `SELECT id::text FROM measures.measure`)).length;

async function propose(userId: string | undefined, districtId: string): Promise<RawResponse> {
  const input = { kind: 'SIGNAGE', title: `Skylt i ${districtId}`, geometry: { type: 'Point', coordinates: await pointIn(districtId) } };
  return platform.raw(PROPOSE, { input }, { as: userId });
}

async function writesProbe(userId: string | undefined, rule: string): Promise<void> {
  const before = await measureCount();
  if (rule === '–') {
    expectRefused(await propose(userId, 'ryd'), 'proposeMeasure', userId);
    expect(await measureCount()).toBe(before);
    return;
  }
  const own = rule === 'all' ? 'ryd' : userOf(userId)!.districts![0]!;
  const created = parse(await propose(userId, own));
  expect(created.errors).toBeUndefined();
  const id = (created.data!.proposeMeasure as { id: string; districtId: string }).id;
  if (rule === 'own district') {
    expectRefused(await propose(userId, 'ryd'), 'proposeMeasure', userId);
    const [ryds] = await db('measures').query<{ id: string }>(`SELECT id::text FROM measures.measure WHERE district_id = 'ryd' AND deleted_at IS NULL LIMIT 1`);
    expectRefused(await platform.raw(WITHDRAW, { id: ryds!.id }, { as: userId }), 'withdrawMeasure', userId);
  }
  const withdrawn = parse(await platform.raw(WITHDRAW, { id }, { as: userId }));
  expect(withdrawn.data?.withdrawMeasure).toBe(true);
  expect(await measureCount()).toBe(before + 1); // withdrawn, not deleted
  const [audit] = await db('measures').query<{ n: number }>(
    `SELECT count(*)::int AS n FROM measures.audit_log WHERE entity_id = $1 AND actor = $2`, [id, `demo:${userId}`]);
  expect(audit!.n).toBe(2);
}

const REPORT = `mutation($input: IncidentInput!) { reportIncident(input: $input) { id districtId } }`;
const incidentCount = async () => (await ids('incidents', `SELECT id::text FROM incidents.incident`)).length;

async function incidentWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const before = await incidentCount();
  const input = { occurredAt: hoursAgo(1).toISOString(), category: 'GRAFFITI', description: 'Klotter på elskåp', location: { type: 'Point', coordinates: await pointIn('ryd') } };
  const res = await platform.raw(REPORT, { input }, { as: userId });
  if (rule === '–') {
    expectRefused(res, 'reportIncident', userId);
    expect(await incidentCount()).toBe(before);
    return;
  }
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  const { id, districtId } = body.data!.reportIncident as { id: string; districtId: string };
  expect(districtId).toBe('ryd');
  const removed = parse(await platform.raw(`mutation($id: ID!) { removeIncident(id: $id, reason: "Prov i säkerhetstest") }`, { id }, { as: userId }));
  expect(removed.data?.removeIncident).toBe(true);
  expect(await incidentCount()).toBe(before + 1); // removed, not deleted
}

/** Inspections are read with their venue: the rows a rule shows are those of the venues it shows. */
async function supervisionProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`{ venues { id inspections { id } licences { id } } }`, {}, { as: userId });
  if (rule === '–') return expectRefused(res, 'venues', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  const got = (body.data!.venues as { inspections: { id: string }[] }[]).flatMap((v) => v.inspections.map((i) => i.id));
  const districts = rule === 'all' ? null : userOf(userId)!.districts!;
  const expected = await ids('venues', `SELECT i.id::text FROM venues.inspection i JOIN venues.venue v ON v.id = i.venue_id
    WHERE i.deleted_at IS NULL AND v.deleted_at IS NULL AND ($1::text[] IS NULL OR v.district_id = ANY($1))`, [districts]);
  expect(expected.length).toBeGreaterThan(0);
  expect(sorted(got)).toEqual(sorted(expected));
}

async function inspectionWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const count = async () => (await db('venues').query<{ n: number }>(`SELECT count(*)::int AS n FROM venues.inspection`))[0]!.n;
  const [bar] = await ids('venues', `SELECT id::text FROM venues.venue WHERE kind = 'bar' AND district_id = 'city' ORDER BY name LIMIT 1`);
  const before = await count();
  const input = { inspectedOn: swedishToday(-1), kind: 'ON_SITE', inspectedBy: 'JOINT', decision: 'NONE' };
  const res = await platform.raw(`mutation($v: ID!, $i: InspectionInput!) { recordInspection(venueId: $v, input: $i) { id } }`, { v: bar, i: input }, { as: userId });
  if (rule === '–') {
    expectRefused(res, 'recordInspection', userId);
    expect(await count()).toBe(before);
    return;
  }
  expect(parse(res).errors).toBeUndefined();
  expect(await count()).toBe(before + 1);
}

async function venueWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const count = async () => (await db('venues').query<{ n: number }>(`SELECT count(*)::int AS n FROM venues.venue`))[0]!.n;
  const before = await count();
  const input = { name: 'Provbaren', kind: 'BAR', location: { type: 'Point', coordinates: await pointIn('city') } };
  const res = await platform.raw(`mutation($i: VenueInput!) { createVenue(input: $i) { id districtId } }`, { i: input }, { as: userId });
  if (rule === '–') {
    expectRefused(res, 'createVenue', userId);
    expect(await count()).toBe(before);
    return;
  }
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  expect((body.data!.createVenue as { districtId: string }).districtId).toBe('city');
  expect(await count()).toBe(before + 1);
}

async function planProbe(userId: string | undefined, rule: string): Promise<void> {
  expect(rule).toBe('all');
  const body = parse(await platform.raw(`{ plans { id activities { code goal } } }`, {}, { as: userId }));
  expect(body.errors).toBeUndefined();
  expect((body.data!.plans as { activities: unknown[] }[])[0]!.activities).toHaveLength(12);
}

async function followUpsProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`{ plan(id: "linkoping-2019-2022") { progress(year: 2022) { areaCode activities } } }`, {}, { as: userId });
  if (rule === '–') return expectRefused(res, 'progress', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  expect((body.data!.plan as { progress: unknown[] }).progress).toHaveLength(3);
}

async function followUpWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const count = async () => (await platform.databases.get('plan')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM plan.audit_log WHERE entity = 'FollowUp'`))[0]!.n;
  const before = await count();
  const res = await platform.raw(`mutation { recordFollowUp(planId: "linkoping-2019-2022", activityCode: "6.2.2", year: 2022, input: { status: ONGOING }) { status } }`, {}, { as: userId });
  if (rule === '–') {
    expectRefused(res, 'recordFollowUp', userId);
    expect(await count()).toBe(before);
    return;
  }
  expect(parse(res).errors).toBeUndefined();
  expect(await count()).toBe(before + 1);
}

async function assessmentProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`{ influenceAssessments { districtId year stage } }`, {}, { as: userId });
  if (rule === '–') return expectRefused(res, 'influenceAssessments', userId);
  expect(parse(res).errors).toBeUndefined();
}

async function surveysProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`{ district(id: "ryd") { surveyResults { year value } } }`, {}, { as: userId });
  if (rule === '–') return expectRefused(res, 'surveyResults', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  expect((body.data!.district as { surveyResults: unknown[] }).surveyResults.length).toBeGreaterThan(0);
}

async function surveyWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`mutation { importSurveyResults(csv: "district,year,indicator,value\\nryd,2023,avoids_places,30") { rows problems { message } } }`, {}, { as: userId });
  if (rule === '–') return expectRefused(res, 'importSurveyResults', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  expect((body.data!.importSurveyResults as { rows: number }).rows).toBe(1);
}

async function hotspotsProbe(userId: string | undefined, rule: string): Promise<void> {
  const week = await lastWeek();
  const res = await platform.raw(`query($w: IsoWeek!) { hotspots(week: $w) { districtIds cells { districtId } } }`, { w: week }, { as: userId });
  if (rule === '–') return expectRefused(res, 'hotspots', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  const analysis = body.data!.hotspots as { districtIds: string[]; cells: { districtId: string }[] };
  const expected = rule === 'all' ? ['berga', 'city', 'ryd', 'skaggetorp'] : userOf(userId)!.districts!;
  expect(analysis.districtIds).toEqual(expected);
  expect(analysis.cells.every((c) => expected.includes(c.districtId))).toBe(true);
  if (rule === 'own district') {
    const other = await platform.raw(`query($w: IsoWeek!) { hotspots(week: $w, districtIds: ["ryd"]) { week } }`, { w: week }, { as: userId });
    expectRefused(other, 'hotspots', userId);
  }
}

const lastWeek = () => weekBefore(db('incidents'));

async function situationProbe(userId: string | undefined, rule: string): Promise<void> {
  const district = rule === 'own district' ? userOf(userId)!.districts![0]! : 'berga';
  const query = `query($w: IsoWeek!, $d: ID!) { situation(week: $w, districtId: $d) { week districtId figures { total } } }`;
  const res = await platform.raw(query, { w: await lastWeek(), d: district }, { as: userId });
  if (rule === '–') return expectRefused(res, 'situation', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  expect((body.data!.situation as { districtId: string }).districtId).toBe(district);
  if (rule === 'own district') expectRefused(await platform.raw(query, { w: await lastWeek(), d: 'ryd' }, { as: userId }), 'situation', userId);
}

async function situationWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const count = async () => (await db('incidents').query<{ n: number }>(`SELECT count(*)::int AS n FROM incidents.situation`))[0]!.n;
  const before = await count();
  const res = await platform.raw(`mutation($w: IsoWeek!) { saveSituationDraft(week: $w, districtId: "tornby", text: "Prov") { version } }`,
    { w: await lastWeek() }, { as: userId });
  if (rule === '–') {
    expectRefused(res, 'saveSituationDraft', userId);
    expect(await count()).toBe(before);
    return;
  }
  expect(parse(res).errors).toBeUndefined();
}

async function auditProbe(userId: string | undefined, rule: string): Promise<void> {
  const res = await platform.raw(`{ measuresAuditLog(limit: 5) { id action actorName } }`, {}, { as: userId });
  if (rule === '–') return expectRefused(res, 'measuresAuditLog', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  expect((body.data!.measuresAuditLog as unknown[]).length).toBeGreaterThan(0);
}

async function districtsProbe(userId: string | undefined, rule: string): Promise<void> {
  expect(rule).toBe('all');
  const body = parse(await platform.raw(`{ districts { id name geometry } }`, {}, { as: userId }));
  expect(body.errors).toBeUndefined();
  expect((body.data!.districts as unknown[]).length).toBeGreaterThanOrEqual(12);
}

/**
 * A federated field computed from another subgraph's entity: `exact` roles get exact counts (and
 * the detail), `published` roles counts from published cells only, and nothing protected leaks.
 */
function derivedCountsProbe(list: 'venues' | 'measures', field: 'incidentsNearby' | 'effect', selection: string, detail?: string) {
  const query = (radius: number) => `{ ${list} { id ${field}(radiusM: ${radius}) { exact ${selection} } } }`;
  return async (userId: string | undefined, rule: string): Promise<void> => {
    const res = await platform.raw(query(200), {}, { as: userId });
    if (rule === '–') return expectRefused(res, list, userId);
    const body = parse(res);
    expect(body.errors).toBeUndefined();
    const answers = (body.data![list] as Record<string, Record<string, unknown> | null>[]).map((row) => row[field]).filter((a) => a);
    expect(answers.length).toBeGreaterThan(0);
    const exact = rule.startsWith('exact');
    answers.forEach((a) => {
      expect(a!.exact).toBe(exact);
      if (detail) expect(a![detail] === null).toBe(!exact);
    });
    if (exact) return;
    // The venues and measures are the caller's to see; no single incident is.
    expect(leaksIn(res.text, incidentIds)).toEqual([]);
    // Another radius would let two answers be subtracted: refused for published-only roles.
    expect(parse(await platform.raw(query(300), {}, { as: userId })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  };
}

const PRIORITY = ['berga', 'city', 'ryd', 'skaggetorp'];
const aroundToday = () => ({ from: daysAgo(14).toISOString(), to: daysAgo(-14).toISOString() });
const districtsOf = (userId: string | undefined, rule: string) => (rule === 'all' ? PRIORITY : userOf(userId)!.districts!);
const otherThan = (districts: string[]) => PRIORITY.find((d) => !districts.includes(d))!;

async function presenceProbe(userId: string | undefined, rule: string): Promise<void> {
  const query = `query($d: ID, $from: DateTime!, $to: DateTime!) { presence(districtId: $d, from: $from, to: $to) { id districtId } }`;
  const res = await platform.raw(query, aroundToday(), { as: userId });
  if (rule === '–') return expectRefused(res, 'presence', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  const seen = new Set((body.data!.presence as { districtId: string }[]).map((s) => s.districtId));
  expect([...seen].sort()).toEqual(districtsOf(userId, rule));
  if (rule === 'own district') {
    expectRefused(await platform.raw(query, { ...aroundToday(), d: otherThan(districtsOf(userId, rule)) }, { as: userId }), 'presence', userId);
  }
}

async function presenceWritesProbe(userId: string | undefined, rule: string): Promise<void> {
  const count = async () => (await db('measures').query<{ n: number }>('SELECT count(*)::int AS n FROM measures.presence_shift'))[0]!.n;
  const plan = async (districtId: string) => platform.raw(`mutation($input: PresenceInput!) { planPresence(input: $input) { id districtId } }`, { input: {
    actorKind: 'SAFETY_HOST', organisation: 'Prov', geometry: { type: 'Point', coordinates: await pointIn(districtId) },
    startsAt: hoursAgo(-24).toISOString(), endsAt: hoursAgo(-25).toISOString() } }, { as: userId });
  const before = await count();
  const own = districtsOf(userId, rule === '–' ? 'all' : rule)[0]!;
  if (rule === '–') {
    expectRefused(await plan(own), 'planPresence', userId);
    expect(await count()).toBe(before);
    return;
  }
  const body = parse(await plan(own));
  expect(body.errors).toBeUndefined();
  expect((body.data!.planPresence as { districtId: string }).districtId).toBe(own);
  if (rule === 'own district') {
    expectRefused(await plan(otherThan(districtsOf(userId, rule))), 'planPresence', userId);
    expect(await count()).toBe(before + 1);
  }
}

async function presenceHoursProbe(userId: string | undefined, rule: string): Promise<void> {
  const query = `query($w: IsoWeek!, $d: [ID!]!) { presenceHours(week: $w, districtIds: $d) { districtId planned realised } }`;
  const districts = rule === '–' ? PRIORITY : districtsOf(userId, rule);
  const res = await platform.raw(query, { w: await lastWeek(), d: districts }, { as: userId });
  if (rule === '–') return expectRefused(res, 'presenceHours', userId);
  const body = parse(res);
  expect(body.errors).toBeUndefined();
  const hours = body.data!.presenceHours as { districtId: string; planned: number; realised: number }[];
  expect(hours.map((h) => h.districtId)).toEqual(districts);
  // The demo plans and shifts give every priority district hours in the last whole week.
  expect(hours.every((h) => h.planned + h.realised > 0)).toBe(true);
  if (rule === 'own district') expectRefused(await platform.raw(query, { w: await lastWeek(), d: [otherThan(districts)] }, { as: userId }), 'presenceHours', userId);
}

const PROBES: Record<string, (userId: string | undefined, rule: string) => Promise<void>> = {
  districts: districtsProbe,
  plan: planProbe,
  surveys: surveysProbe,
  'survey-writes': surveyWritesProbe,
  'follow-ups': followUpsProbe,
  'follow-up-writes': followUpWritesProbe,
  'influence-assessment': assessmentProbe,
  'incident-counts': countsProbe,
  incidents: listProbe('incidents', `{ incidents(limit: 5000) { id districtId location } }`),
  venues: listProbe('venues', `{ venues { id districtId name } }`),
  measures: listProbe('measures', `{ measures { id districtId title } }`),
  'measure-writes': writesProbe,
  'incident-writes': incidentWritesProbe,
  hotspots: hotspotsProbe,
  situation: situationProbe,
  'situation-writes': situationWritesProbe,
  'audit-log': auditProbe,
  supervision: supervisionProbe,
  'inspection-writes': inspectionWritesProbe,
  'venue-writes': venueWritesProbe,
  'venue-nearby': derivedCountsProbe('venues', 'incidentsNearby', 'byHour { count } total { atLeast }', 'byHour'),
  presence: presenceProbe,
  'presence-writes': presenceWritesProbe,
  'presence-hours': presenceHoursProbe,
  'measure-effect': derivedCountsProbe('measures', 'effect', 'afterComplete beforeFrom target { before { value } }'),
};

const cells = readAccessTable();

describe('the README access table', () => {
  it('names a probe for every resource and a demo user for every role', () => {
    expect(cells.length).toBeGreaterThanOrEqual(60);
    expect(cells.filter((c) => !PROBES[c.resource] || !(c.role in USER_OF_ROLE))).toEqual([]);
  });

  it.each(cells)('$resource as $role: $rule', async ({ resource, role, rule }) => {
    await PROBES[resource]!(USER_OF_ROLE[role], rule);
  });
});
