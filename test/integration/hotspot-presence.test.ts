import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishTime } from '../support/geodesy.js';
import { weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Where presence meets hot spots: the incidents subgraph owns the cells (shape and incident times),
// the measures subgraph says which presence was there (@requires geometry incidentTimes).

let platform: TestPlatform;
let lastWeek: string;
/** The times of the incidents the file adds in Ryd. */
let built: string[];
beforeAll(async () => {
  platform = await startTestPlatform();
  const db = platform.databases.get('incidents')!;
  lastWeek = await weekBefore(db);
  // Built, not hoped for: a tight cluster in Ryd on the Wednesday evening of the week asked about.
  built = (await db.query<{ at: Date }>(
    `INSERT INTO incidents.incident (occurred_at, category, description, precision, location, district_id, reported_by, source)
     SELECT (to_date($1, 'IYYY-"W"IW') + 2)::timestamp AT TIME ZONE 'Europe/Stockholm' + make_interval(hours => 20, mins => 7 * k),
            'vandalism', 'Testkluster', 'exact', p.geom, (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom)), 'Test', 'manual'
       FROM generate_series(0, 5) AS k
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(15.561 + 0.0002 * (k % 3), 58.404 + 0.0001 * (k / 3)), 4326) AS geom) AS p
     RETURNING occurred_at AS at`,
    [lastWeek],
  )).map((r) => new Date(r.at).toISOString());
});
afterAll(() => platform?.stop());

interface Cell {
  id: string; key: string; districtId: string; class: string; incidentTimes: string[]; geometry: { coordinates: [number, number][][] };
  presence: { week: string; incidents: number; covered: number; hasPresence: boolean; uncoveredHours: { dayOfWeek: number; hour: number }[]; shifts: { id: string; startsAt: string; endsAt: string }[] };
}
const CELLS = `query($w: IsoWeek!, $d: [ID!]) { hotspots(week: $w, districtIds: $d) { cells { id key districtId class incidentTimes geometry
  presence { week incidents covered hasPresence uncoveredHours { dayOfWeek hour } shifts { id startsAt endsAt } } } } }`;
const cells = async (as: string, d?: string[]) => {
  const res = await platform.gql<{ hotspots: { cells: Cell[] } }>(CELLS, { w: lastWeek, d }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.hotspots.cells;
};

const hoursTouched = (shift: { startsAt: string; endsAt: string }) => {
  const slots = new Set<string>();
  for (let t = Math.floor(Date.parse(shift.startsAt) / 3_600_000) * 3_600_000; t < Date.parse(shift.endsAt); t += 3_600_000) {
    const s = swedishTime(new Date(Math.max(t, Date.parse(shift.startsAt))));
    slots.add(`${s.dayOfWeek}:${s.hour}`);
  }
  return slots;
};

describe('presence at hot-spot cells through the gateway', () => {
  it('says, per cell, how many of its incidents fell in an hour with presence there', async () => {
    const before = await cells('est');
    const target = before.find((c) => c.class.startsWith('HOT') && c.incidentTimes.length > 0)!;
    expect(target).toBeDefined();
    expect(target.presence).toMatchObject({ week: lastWeek, incidents: target.incidentTimes.length });
    // A police shift at the cell's centre, the hour around its first incident.
    const ring = target.geometry.coordinates[0]!.slice(0, 6);
    const centre = [ring.reduce((s, p) => s + p[0], 0) / 6, ring.reduce((s, p) => s + p[1], 0) / 6];
    const at = Date.parse(target.incidentTimes[0]!);
    const planned = await platform.gql<{ planPresence: { id: string } }>(
      `mutation($input: PresenceInput!) { planPresence(input: $input) { id } }`,
      { input: { actorKind: 'POLICE', organisation: 'Lokalpolisområde Linköping', geometry: { type: 'Point', coordinates: centre },
        startsAt: new Date(at - 20 * 60_000).toISOString(), endsAt: new Date(at + 20 * 60_000).toISOString() } }, { as: 'polisen' });
    expect(planned.errors).toBeUndefined();

    const after = await cells('est');
    const cell = after.find((c) => c.id === target.id)!;
    expect(cell.presence.hasPresence).toBe(true);
    expect(cell.presence.shifts.map((s) => s.id)).toContain(planned.data!.planPresence.id);
    // Worked out here: the incidents whose Swedish hour of the week one of the cell's shifts touches.
    const present = new Set(cell.presence.shifts.flatMap((s) => [...hoursTouched(s)]));
    const covered = cell.incidentTimes.filter((t) => { const s = swedishTime(new Date(t)); return present.has(`${s.dayOfWeek}:${s.hour}`); });
    expect(cell.presence.covered).toBe(covered.length);
    expect(cell.presence.covered).toBeGreaterThanOrEqual(1);
    expect(cell.presence.covered + cell.incidentTimes.filter((t) => !covered.includes(t)).length).toBe(cell.presence.incidents);
    // The new shift is at this cell only: cells more than a few hundred metres away do not list it.
    const far = after.filter((c) => c.districtId !== target.districtId);
    expect(far.every((c) => !c.presence.shifts.some((s) => s.id === planned.data!.planPresence.id))).toBe(true);
  });

  it('holds another week\'s plan against this week\'s incidents, hour of the week by hour of the week', async () => {
    const cell = (await cells('est')).find((c) => c.incidentTimes.length > 0)!;
    const first = swedishTime(new Date(cell.incidentTimes[0]!));
    // Ten weeks earlier, the same weekday and hour in Swedish time.
    const db = platform.databases.get('incidents')!;
    const other = await weekBefore(db, 11);
    const [row] = await db.query<{ at: Date }>(
      `SELECT ((to_date($1, 'IYYY-"W"IW') + $2::int - 1)::timestamp + make_interval(hours => $3::int, mins => 10)) AT TIME ZONE 'Europe/Stockholm' AS at`,
      [other, first.dayOfWeek, first.hour]);
    const day = new Date(row!.at);
    const ring = cell.geometry.coordinates[0]!.slice(0, 6);
    const centre = [ring.reduce((s, p) => s + p[0], 0) / 6, ring.reduce((s, p) => s + p[1], 0) / 6];
    const planned = await platform.gql(`mutation($input: PresenceInput!) { planPresence(input: $input) { id } }`, { input: {
      actorKind: 'SAFETY_HOST', organisation: 'AB Stångåstaden', geometry: { type: 'Point', coordinates: centre },
      startsAt: day.toISOString(), endsAt: new Date(day.getTime() + 40 * 60_000).toISOString() } }, { as: 'est' });
    expect(planned.errors).toBeUndefined();
    const res = await platform.gql<{ hotspots: { cells: { id: string; presence: { week: string; covered: number; hasPresence: boolean } }[] } }>(
      `query($w: IsoWeek!, $other: IsoWeek!) { hotspots(week: $w) { cells { id presence(week: $other) { week covered hasPresence } } } }`, { w: lastWeek, other }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const answer = res.data!.hotspots.cells.find((c) => c.id === cell.id)!.presence;
    expect(answer).toMatchObject({ week: other, hasPresence: true });
    expect(answer.covered).toBeGreaterThanOrEqual(1);
    const bad = await platform.gql(`query($w: IsoWeek!) { hotspots(week: $w) { cells { presence(week: "2026-53") { week } } } }`, { w: lastWeek }, { as: 'est' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'week', reason: 'invalid_format' });
  });

  it('gives an area group its own cells and its own presence only', async () => {
    const own = await cells('omradesgrupp-ryd');
    // The cluster built above is among them, hot.
    expect(own.some((c) => c.class.startsWith('HOT') && c.incidentTimes.some((t) => built.includes(new Date(t).toISOString())))).toBe(true);
    own.forEach((c) => {
      expect(c.districtId).toBe('ryd');
    });
    const shiftIds = own.flatMap((c) => c.presence.shifts.map((s) => s.id));
    if (shiftIds.length) {
      const [row] = await platform.databases.get('measures')!.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM measures.presence_shift WHERE id::text = ANY($1) AND district_id <> 'ryd'`, [shiftIds]);
      expect(row!.n).toBe(0);
    }
  });
});

describe('the weekly picture gets what was decided from it', () => {
  it('lists the measures and presence that name the week', async () => {
    const proposed = await platform.gql<{ proposeMeasure: { id: string } }>(`mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`, {
      input: { kind: 'SIGNAGE', title: 'Skyltning vid gångtunneln', geometry: { type: 'Point', coordinates: [15.561, 58.404] }, motivation: { week: lastWeek, districtId: 'ryd' } },
    }, { as: 'est' });
    expect(proposed.errors).toBeUndefined();
    const [row] = await platform.databases.get('incidents')!.query<{ start: string }>(
      `SELECT ((to_date($1, 'IYYY-"W"IW') + 7 + 4)::timestamp AT TIME ZONE 'Europe/Stockholm' + interval '20 hours') AS start`, [lastWeek]);
    const start = new Date(row!.start);
    const shift = await platform.gql<{ planPresence: { id: string } }>(`mutation($input: PresenceInput!) { planPresence(input: $input) { id } }`, {
      input: { actorKind: 'NIGHT_WALKER', organisation: 'Nattvandrarna i Ryd', geometry: { type: 'Point', coordinates: [15.561, 58.404] },
        startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 5 * 3_600_000).toISOString(), motivationWeek: lastWeek },
    }, { as: 'omradesgrupp-ryd' });
    expect(shift.errors).toBeUndefined();
    const res = await platform.gql<{ situation: { week: string; measures: { id: string }[]; presence: { id: string }[] } }>(
      `query($w: IsoWeek!) { situation(week: $w, districtId: "ryd") { week measures { id } presence { id } } }`, { w: lastWeek }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.situation.measures.map((m) => m.id)).toContain(proposed.data!.proposeMeasure.id);
    expect(res.data!.situation.presence.map((p) => p.id)).toEqual([shift.data!.planPresence.id]);
  });
});
