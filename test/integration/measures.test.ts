import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distanceM } from '../support/geodesy.js';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const FIELDS = `id kind title status nextStatuses districtId geometry responsibleOrg costEstimateSek decidedOn startedOn doneOn rejectedOn
  motivation { week districtId cells incidentIds } lighting { kind luxBefore luxAfter }
  camera { directionDeg angleDeg rangeM hours permitState view } history { action actorName status }`;
const PROPOSE = `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: MeasureInput!) { updateMeasure(id: $id, input: $input) { ${FIELDS} } }`;
const STATUS = `mutation($id: ID!, $status: MeasureStatus!, $on: Date) { changeMeasureStatus(id: $id, status: $status, on: $on) { ${FIELDS} } }`;

interface Measure {
  id: string; kind: string; status: string; nextStatuses: string[]; districtId: string; geometry: { type: string; coordinates: [number, number] };
  decidedOn: string | null; startedOn: string | null; doneOn: string | null;
  motivation: { week: string | null; districtId: string | null; cells: string[]; incidentIds: string[] };
  lighting: { kind: string | null; luxBefore: number | null; luxAfter: number | null } | null;
  camera: { directionDeg: number; angleDeg: number; rangeM: number; hours: string | null; permitState: string; view: { type: string; coordinates: [number, number][][] } } | null;
  history: { action: string; actorName: string; status: string | null }[];
}

const inSkaggetorp: [number, number] = [15.587, 58.426];
const inRyd: [number, number] = [15.561, 58.404];
const point = (coordinates: [number, number]) => ({ type: 'Point', coordinates });
const camera = (extra: Record<string, unknown> = {}) => ({
  kind: 'CAMERA', title: 'Kamera vid busshållplatsen', geometry: point(inSkaggetorp), responsibleOrg: 'Säkerhetsenheten',
  camera: { directionDeg: 90, angleDeg: 60, rangeM: 80, hours: 'fre–lör 20–04' }, ...extra,
});
const today = () => swedishToday();

async function propose(input: Record<string, unknown>, as = 'est'): Promise<Measure> {
  const res = await platform.gql<{ proposeMeasure: Measure }>(PROPOSE, { input }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.proposeMeasure;
}

async function stored(id: string): Promise<{ status: string; title: string; district_id: string }> {
  const [row] = await platform.databases.get('measures')!.query<{ status: string; title: string; district_id: string }>(
    'SELECT status, title, district_id FROM measures.measure WHERE id = $1', [id]);
  return row!;
}

describe('a measure\'s details through the gateway', () => {
  it('keeps lighting details and what motivated the measure', async () => {
    const m = await propose({
      kind: 'LIGHTING', title: 'Ljusare belysning längs gångvägen', geometry: { type: 'LineString', coordinates: [[15.586, 58.4255], [15.588, 58.4262]] },
      costEstimateSek: 120_000, lighting: { kind: 'BRIGHTER', luxBefore: 3 },
      motivation: { week: '2026-W46', districtId: 'skaggetorp', cells: ['-21372:49837', '-21372:49837'], incidentIds: [] },
    });
    expect(m).toMatchObject({ kind: 'LIGHTING', status: 'PROPOSED', districtId: 'skaggetorp', nextStatuses: ['DECIDED', 'REJECTED'], camera: null });
    expect(m.lighting).toEqual({ kind: 'BRIGHTER', luxBefore: 3, luxAfter: null });
    expect(m.motivation).toEqual({ week: '2026-W46', districtId: 'skaggetorp', cells: ['-21372:49837'], incidentIds: [] });
    expect(m.history).toEqual([{ action: 'create', actorName: 'EST-gruppen', status: 'PROPOSED' }]);
  });

  it('computes a camera\'s view as a wedge: apex at the camera, arc at its range, centred on its direction', async () => {
    const m = await propose(camera());
    const ring = m.camera!.view.coordinates[0]!;
    expect(m.camera).toMatchObject({ directionDeg: 90, angleDeg: 60, rangeM: 80, permitState: 'NOT_APPLIED', hours: 'fre–lör 20–04' });
    expect(m.camera!.view.type).toBe('Polygon');
    // 60° in 5° steps: 13 arc points, the apex at both ends.
    expect(ring).toHaveLength(15);
    expect(distanceM(point(inSkaggetorp) as never, ring[0]!)).toBeLessThan(0.05);
    ring.slice(1, -1).forEach((p) => expect(distanceM(point(inSkaggetorp) as never, p)).toBeCloseTo(80, -0.5));
    // The middle of the arc lies due east: same latitude, larger longitude (within the grid's convergence of about half a degree).
    const middle = ring[7]!;
    expect(middle[0]).toBeGreaterThan(inSkaggetorp[0]);
    expect(Math.abs(middle[1] - inSkaggetorp[1]) * 111_320).toBeLessThan(80 * Math.sin(Math.PI / 180));
  });

  it.each([
    ['a camera without its view', { ...camera(), camera: undefined }, 'camera', 'needs its direction'],
    ['a camera drawn as a line', camera({ geometry: { type: 'LineString', coordinates: [inSkaggetorp, inRyd] } }), 'geometry', 'not accepted here'],
    ['a direction of 360°', camera({ camera: { directionDeg: 360, angleDeg: 60, rangeM: 80 } }), 'camera.directionDeg', 'under 360'],
    ['a range of 2 km', camera({ camera: { directionDeg: 10, angleDeg: 60, rangeM: 2000 } }), 'camera.rangeM', '1–500 metres'],
    ['lighting details on signage', { kind: 'SIGNAGE', title: 'Skylt', geometry: point(inSkaggetorp), lighting: { kind: 'NEW' } }, 'lighting', 'LIGHTING measure only'],
    ['a negative cost', { kind: 'SIGNAGE', title: 'Skylt', geometry: point(inSkaggetorp), costEstimateSek: -5 }, 'costEstimateSek', '0–1,000,000,000'],
    ['a week that is not one', { kind: 'SIGNAGE', title: 'Skylt', geometry: point(inSkaggetorp), motivation: { week: '2026-W60' } }, 'motivation.week', 'ISO week'],
  ])('refuses %s with BAD_USER_INPUT naming the field, writing nothing', async (_label, input, field, message) => {
    const count = async () => (await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure'))[0]!.n;
    const before = await count();
    const res = await platform.gql(PROPOSE, { input }, { as: 'est' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0]?.message).toContain(message);
    expect(await count()).toBe(before);
  });
});

describe('the status machine through the gateway', () => {
  it('moves a camera along its life, only with a granted permit past "decided", and keeps every step', async () => {
    const m = await propose(camera());
    const move = (status: string, on?: string) => platform.gql<{ changeMeasureStatus: Measure }>(STATUS, { id: m.id, status, on }, { as: 'est' });

    const skip = await move('DONE');
    expect(skip.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status', allowed: ['DECIDED', 'REJECTED'] });
    expect(skip.errors?.[0]?.message).toBe('A measure cannot go from proposed to done; allowed: decided, rejected');
    expect((await stored(m.id)).status).toBe('proposed');

    expect((await move('DECIDED')).data!.changeMeasureStatus).toMatchObject({ status: 'DECIDED', decidedOn: today(), nextStatuses: ['IN_PROGRESS', 'REJECTED'] });
    const noPermit = await move('IN_PROGRESS');
    expect(noPermit.errors?.[0]?.message).toMatch(/A camera cannot be in progress without a granted permit \(the permit is not applied\)/);
    expect((await stored(m.id)).status).toBe('decided');

    const granted = await platform.gql<{ updateMeasure: Measure }>(UPDATE, {
      id: m.id, input: { ...camera(), camera: { directionDeg: 90, angleDeg: 60, rangeM: 80, permitState: 'GRANTED' } } }, { as: 'est' });
    expect(granted.data!.updateMeasure.camera!.permitState).toBe('GRANTED');
    expect((await move('IN_PROGRESS')).data!.changeMeasureStatus.status).toBe('IN_PROGRESS');
    const done = (await move('DONE')).data!.changeMeasureStatus;
    expect(done).toMatchObject({ status: 'DONE', doneOn: today(), nextStatuses: ['EVALUATED'] });
    expect(done.history.map((h) => h.action)).toEqual(['create', 'status:decided', 'update', 'status:in_progress', 'status:done']);
    expect(done.history.map((h) => h.status)).toEqual(['PROPOSED', 'DECIDED', 'DECIDED', 'IN_PROGRESS', 'DONE']);
  });

  it('refuses a day in the future and a day before the previous step', async () => {
    const m = await propose({ kind: 'SIGNAGE', title: 'Skylt om kameraövervakning', geometry: point(inSkaggetorp) });
    const future = await platform.gql(STATUS, { id: m.id, status: 'DECIDED', on: '2199-01-01' }, { as: 'est' });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    // A year past the Date scalar's range is refused before any resolver sees it.
    const absurd = await platform.gql(STATUS, { id: m.id, status: 'DECIDED', on: '2999-01-01' }, { as: 'est' });
    expect(absurd.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tomorrow = await platform.gql(STATUS, { id: m.id, status: 'DECIDED', on: swedishToday(1) }, { as: 'est' });
    expect(tomorrow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'on' });
    expect((await platform.gql(STATUS, { id: m.id, status: 'DECIDED', on: swedishToday() }, { as: 'est' })).errors).toBeUndefined();
    const before = await platform.gql(STATUS, { id: m.id, status: 'IN_PROGRESS', on: swedishToday(-1) }, { as: 'est' });
    expect(before.errors?.[0]?.message).toBe(`The day ${swedishToday(-1)} is before the measure's previous step (${swedishToday()})`);
    const bad = await platform.gql(STATUS, { id: m.id, status: 'IN_PROGRESS', on: '2026-02-30' }, { as: 'est' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets an area group change its own district\'s measures and nothing in another district', async () => {
    const theirs = await propose({ kind: 'FENCING', title: 'Staket mot järnvägen', geometry: point(inSkaggetorp) });
    const ryd = 'omradesgrupp-ryd';
    const status = await platform.gql(STATUS, { id: theirs.id, status: 'DECIDED' }, { as: ryd });
    expect(status.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const edit = await platform.gql(UPDATE, { id: theirs.id, input: { kind: 'FENCING', title: 'Ändrad', geometry: point(inSkaggetorp) } }, { as: ryd });
    expect(edit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(theirs.id)).toMatchObject({ status: 'proposed', title: 'Staket mot järnvägen' });

    const own = await propose({ kind: 'FENCING', title: 'Staket vid skolan', geometry: point(inRyd) }, ryd);
    expect(own.districtId).toBe('ryd');
    // Moving its own measure into another district would be creating one there.
    const moved = await platform.gql(UPDATE, { id: own.id, input: { kind: 'FENCING', title: 'Staket vid skolan', geometry: point(inSkaggetorp) } }, { as: ryd });
    expect(moved.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await stored(own.id)).district_id).toBe('ryd');
    expect((await platform.gql<{ changeMeasureStatus: Measure }>(STATUS, { id: own.id, status: 'DECIDED' }, { as: ryd })).data!.changeMeasureStatus.status).toBe('DECIDED');
    const proposeThere = await platform.gql(PROPOSE, { input: { kind: 'FENCING', title: 'Staket', geometry: point(inSkaggetorp) } }, { as: ryd });
    expect(proposeThere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('one measure by id', () => {
  it('answers the caller who may see it, refuses one who may not, and says null for none', async () => {
    const m = await propose({ kind: 'SIGNAGE', title: 'Skylt vid skolan', geometry: point(inSkaggetorp) });
    const ONE = `query($id: ID!) { measure(id: $id) { id title districtId } }`;
    const own = await platform.gql<{ measure: { id: string; title: string } | null }>(ONE, { id: m.id }, { as: 'omradesgrupp-skaggetorp' });
    expect(own.data!.measure).toMatchObject({ id: m.id, title: 'Skylt vid skolan' });
    const other = await platform.gql<{ measure: unknown }>(ONE, { id: m.id }, { as: 'omradesgrupp-ryd' });
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.data?.measure ?? null).toBeNull();
    const none = await platform.gql<{ measure: unknown }>(ONE, { id: '00000000-0000-4000-8000-000000000000' }, { as: 'est' });
    expect(none.errors).toBeUndefined();
    expect(none.data!.measure).toBeNull();
    const bad = await platform.gql(ONE, { id: "1' OR '1'='1" }, { as: 'est' });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
