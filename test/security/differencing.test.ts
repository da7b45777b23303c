import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '@tk/time';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Counts under 5 must not be learnt by subtracting two published answers (security item 10): the
// licensing role moved a venue about 12 m at a time and read 70 → 68 → 70 incidents nearby; a measure's
// effect could be read around made-up geometries and days. For the roles that see only published
// figures, every answer is a sum of fixed published cells (250 m hexagons × quarter or 4-week block,
// each 0 or at least 5), so as a question moves or grows its answers change only by whole cells.
//
// The questions here are moved or grown step by step, as an attacker would, and every two answers
// compared figure by figure. Where two answers differ by 1–4, the step between them is halved again
// and again (down to half a metre): on the old code that ends with one incident crossing the edge of
// a circle; with fixed cells every change, taken down to a single step, is one whole published cell.
// Two cells can enter and leave between two answers (a cell of 6 in, one of 5 out), so answers far
// apart may differ by 1 without saying anything about fewer than 5 incidents; what is asserted is that
// each change, taken down to its smallest step, is 0 or at least 5. Questions that contain each other
// (a window extended, a geometry grown) are compared directly.

const MIN_PUBLISHED = 5;
/** The smallest step a move is halved down to, in metres. */
const FINEST_M = 0.5;
/** How many small differences to collect before giving up halving (the old code has plenty). */
const ENOUGH = 3;

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

type Figures = Record<string, number>;
interface Count { value: number | null; atLeast: number }

/** A count's published figures: the lower bound, and the value when it is complete. */
function countFigures(prefix: string, count: Count | null | undefined, into: Figures): void {
  if (!count) return;
  into[`${prefix}.atLeast`] = count.atLeast;
  if (count.value !== null) into[`${prefix}.value`] = count.value;
}

/** The figures in which two answers differ by 1–4. */
function smallDifferences(a: Figures, b: Figures): string[] {
  return Object.keys(a)
    .filter((k) => k in b)
    .filter((k) => {
      const d = Math.abs(a[k]! - b[k]!);
      return d > 0 && d < MIN_PUBLISHED;
    })
    .map((k) => `${k} ${a[k]} → ${b[k]}`);
}

/**
 * Reads the answer at each position along a path (metres) in turn; where two neighbouring answers
 * differ by 1–4 in some figure, reads the midpoint and looks at both halves, down to `FINEST_M`.
 * Returns the smallest steps that still differ by 1–4, and every answer read.
 */
async function walk(read: (t: number) => Promise<Figures>, positions: number[]): Promise<{ small: string[]; answers: Figures[] }> {
  const seen = new Map<number, Figures>();
  const at = async (t: number) => {
    if (!seen.has(t)) seen.set(t, await read(t));
    return seen.get(t)!;
  };
  const small: string[] = [];
  const between = async (t0: number, t1: number): Promise<void> => {
    if (small.length >= ENOUGH) return;
    const diff = smallDifferences(await at(t0), await at(t1));
    if (diff.length === 0) return;
    if (t1 - t0 <= FINEST_M) {
      small.push(`${t0.toFixed(2)}–${t1.toFixed(2)} m: ${diff.join(', ')}`);
      return;
    }
    const mid = (t0 + t1) / 2;
    await between(t0, mid);
    await between(mid, t1);
  };
  for (let i = 0; i < positions.length; i += 1) await at(positions[i]!);
  for (let i = 1; i < positions.length; i += 1) await between(positions[i - 1]!, positions[i]!);
  return { small, answers: positions.map((t) => seen.get(t)!) };
}

/** 40 steps of 7–12 m (uneven, as a careful attacker would take them): the positions along a line, 0 first. */
const PATH = ((): number[] => {
  const positions = [0];
  for (let i = 0; i < 40; i += 1) positions.push(positions[i]! + 7 + ((i * 7) % 6));
  return positions;
})();

const EARTH_RADIUS_M = 6_371_008.8;
/** The point `t` metres from `origin` along a bearing (degrees from north), on a local plane. */
function along(origin: [number, number], bearingDeg: number, t: number): [number, number] {
  const [east, north] = [t * Math.sin((bearingDeg * Math.PI) / 180), t * Math.cos((bearingDeg * Math.PI) / 180)];
  const k = 180 / Math.PI / EARTH_RADIUS_M;
  return [origin[0] + (east * k) / Math.cos((origin[1] * Math.PI) / 180), origin[1] + north * k];
}

/** A rectangle of half-width `w` and half-height `h` metres around a centre, as a GeoJSON polygon. */
function rectangle(centre: [number, number], w: number, h: number) {
  const corner = (e: number, n: number) => along(along(centre, 90, e), 0, n);
  const ring = [corner(-w, -h), corner(w, -h), corner(w, h), corner(-w, h), corner(-w, -h)];
  return { type: 'Polygon', coordinates: [ring] };
}

/** Not along a row or a diagonal of the grid, so that cells enter and leave one at a time. */
const BEARING = 73;

async function ok<T>(query: string, variables: Record<string, unknown>, as: string): Promise<T> {
  const res = await platform.gql<T>(query, variables, { as });
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!;
}

const COUNT = 'value atLeast';
const NEARBY = `incidentsNearby { total { ${COUNT} } lateHours { ${COUNT} } }`;
type Nearby = { total: Count; lateHours: Count };

/** Where incidents are many (the busiest demo venue of a priority district): where a small difference would tell most. */
async function startingPoint(): Promise<{ districtId: string; location: [number, number] }> {
  const { venues } = await ok<{ venues: ({ location: { coordinates: [number, number] } } & { incidentsNearby: Nearby })[] }>(
    `{ venues(districtId: "skaggetorp") { location ${NEARBY} } }`, {}, 'tillsyn');
  const busiest = [...venues].sort((a, b) => b.incidentsNearby.total.atLeast - a.incidentsNearby.total.atLeast)[0]!;
  expect(busiest.incidentsNearby.total.atLeast).toBeGreaterThanOrEqual(MIN_PUBLISHED);
  return { districtId: 'skaggetorp', location: busiest.location.coordinates };
}

describe('Venue.incidentsNearby for roles that see published figures', () => {
  it('changes only by whole published cells as the licensing unit moves a venue 7–12 m at a time', async () => {
    const start = await startingPoint();
    const created = await ok<{ createVenue: { id: string } }>(
      `mutation($input: VenueInput!) { createVenue(input: $input) { id } }`,
      { input: { name: 'Baren som flyttar', kind: 'BAR', location: { type: 'Point', coordinates: start.location } } }, 'tillsyn');
    const id = created.createVenue.id;
    const read = async (t: number): Promise<Figures> => {
      const location = { type: 'Point', coordinates: along(start.location, BEARING, t) };
      // The licensing unit moves the venue and reads what is around it in the same request.
      const moved = await ok<{ updateVenue: { districtId: string } & { incidentsNearby: Nearby; supervisionRisk: { parts: { factor: string; value: number | null }[] } } }>(
        `mutation($id: ID!, $input: VenueInput!) { updateVenue(id: $id, input: $input) { districtId ${NEARBY} supervisionRisk { parts { factor value } } } }`,
        { id, input: { name: 'Baren som flyttar', kind: 'BAR', location } }, 'tillsyn');
      const figures: Figures = {};
      countFigures('tillsyn.total', moved.updateVenue.incidentsNearby.total, figures);
      countFigures('tillsyn.late', moved.updateVenue.incidentsNearby.lateHours, figures);
      const late = moved.updateVenue.supervisionRisk.parts.find((p) => p.factor === 'LATE_INCIDENTS')?.value;
      if (typeof late === 'number') figures['tillsyn.risk.lateIncidents'] = late;
      // The steering group reads the same venue.
      const { venues } = await ok<{ venues: ({ id: string } & { incidentsNearby: Nearby })[] }>(
        `query($d: ID) { venues(districtId: $d) { id ${NEARBY} } }`, { d: moved.updateVenue.districtId }, 'styrgruppen');
      const venue = venues.find((v) => v.id === id)!;
      countFigures('styrgruppen.total', venue.incidentsNearby.total, figures);
      countFigures('styrgruppen.late', venue.incidentsNearby.lateHours, figures);
      return figures;
    };
    const { small, answers } = await walk(read, PATH);
    // The walk went where there is something to tell: the answers were not all 0 and they changed.
    expect(Math.max(...answers.map((a) => a['tillsyn.total.atLeast']!))).toBeGreaterThanOrEqual(MIN_PUBLISHED);
    expect(new Set(answers.map((a) => a['tillsyn.total.atLeast'])).size).toBeGreaterThan(1);
    expect(small).toEqual([]);
  });
});

const ZONE = `{ before { ${COUNT} } after { ${COUNT} } }`;
const EFFECT = `effect { beforeFrom beforeTo afterFrom afterTo afterComplete exact target ${ZONE} buffer ${ZONE} control ${ZONE} }`;
interface Effect {
  beforeFrom: string; beforeTo: string; afterFrom: string; afterTo: string; afterComplete: boolean; exact: boolean;
  target: { before: Count | null; after: Count | null }; buffer: { before: Count | null; after: Count | null }; control: { before: Count | null; after: Count | null };
}

function effectFigures(prefix: string, e: Effect): Figures {
  const figures: Figures = {};
  for (const zone of ['target', 'buffer', 'control'] as const) {
    countFigures(`${prefix}.${zone}.before`, e[zone].before, figures);
    countFigures(`${prefix}.${zone}.after`, e[zone].after, figures);
  }
  return figures;
}

const MEASURE = `id doneOn ${EFFECT}`;

/** A measure proposed by the admin and done on `doneOn` (decided and started the same day). */
async function doneMeasure(geometry: unknown, doneOn: string, title = 'Skylt som flyttas'): Promise<string> {
  const { proposeMeasure } = await ok<{ proposeMeasure: { id: string } }>(
    `mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`,
    { input: { kind: 'SIGNAGE', title, geometry } }, 'admin');
  for (const status of ['DECIDED', 'IN_PROGRESS', 'DONE']) {
    await ok(`mutation($id: ID!, $s: MeasureStatus!, $on: Date) { changeMeasureStatus(id: $id, status: $s, on: $on) { id } }`,
      { id: proposeMeasure.id, s: status, on: doneOn }, 'admin');
  }
  return proposeMeasure.id;
}

async function steeringEffect(id: string): Promise<Effect> {
  const { measure } = await ok<{ measure: { effect: Effect } }>(`query($id: ID!) { measure(id: $id) { ${MEASURE} } }`, { id }, 'styrgruppen');
  expect(measure.effect.exact).toBe(false);
  return measure.effect;
}

async function moveMeasure(id: string, geometry: unknown): Promise<void> {
  await ok(`mutation($id: ID!, $input: MeasureInput!) { updateMeasure(id: $id, input: $input) { id } }`,
    { id, input: { kind: 'SIGNAGE', title: 'Skylt som flyttas', geometry } }, 'admin');
}

describe('Measure.effect for roles that see published figures', () => {
  // Done 30 weeks ago: its "after" is over, for every way of cutting the windows.
  const doneOn = () => swedishToday(-210);

  it('changes only by whole published cells as a measure is moved 7–12 m at a time', async () => {
    const start = await startingPoint();
    const shape = (t: number) => rectangle(along(start.location, BEARING, t), 30, 15);
    const id = await doneMeasure(shape(0), doneOn());
    const { small, answers } = await walk(async (t) => {
      await moveMeasure(id, shape(t));
      const e = await steeringEffect(id);
      expect(e.afterComplete).toBe(true);
      return effectFigures('styrgruppen', e);
    }, PATH);
    expect(Math.max(...answers.map((a) => a['styrgruppen.target.before.atLeast']!))).toBeGreaterThanOrEqual(MIN_PUBLISHED);
    expect(small).toEqual([]);
  });

  it('changes only by whole published cells as a measure is grown a few metres at a time', async () => {
    const start = await startingPoint();
    const shape = (t: number) => rectangle(start.location, 5 + t, 3 + t / 2);
    const id = await doneMeasure(shape(0), doneOn());
    const { small, answers } = await walk(async (t) => {
      await moveMeasure(id, shape(t));
      return effectFigures('styrgruppen', await steeringEffect(id));
    }, PATH.slice(0, 16));
    expect(Math.max(...answers.map((a) => a['styrgruppen.target.before.atLeast']!))).toBeGreaterThanOrEqual(MIN_PUBLISHED);
    expect(small).toEqual([]);
    // The target only grows: any two of its answers differ by 0 or at least 5.
    const targets = answers.map((a) => ({ before: a['styrgruppen.target.before.atLeast']!, after: a['styrgruppen.target.after.atLeast']! }));
    for (const a of targets) for (const b of targets) expect(smallDifferences(a, b)).toEqual([]);
  });

  it('gives the same answer for every day a measure may have been done within a 4-week block, and moves by whole blocks', async () => {
    const start = await startingPoint();
    const geometry = rectangle(start.location, 30, 15);
    const first = doneOn();
    const days = Array.from({ length: 35 }, (_, k) => addDays(first, k));
    const ids: string[] = [];
    for (const day of days) ids.push(await doneMeasure(geometry, day, `Skylt ${day}`));
    const effects = [];
    for (const id of ids) effects.push(await steeringEffect(id));
    const small: string[] = [];
    let blocksCrossed = 0;
    for (let k = 1; k < effects.length; k += 1) {
      const [a, b] = [effects[k - 1]!, effects[k]!];
      const moved = (new Date(b.beforeTo).getTime() - new Date(a.beforeTo).getTime()) / 86_400_000;
      if (Math.abs(moved - 28) < 0.05) {
        // A whole block later (28 days, ± an hour across a clock change): both windows move by a block.
        expect(Math.abs((new Date(b.afterTo).getTime() - new Date(a.afterTo).getTime()) / 86_400_000 - 28)).toBeLessThan(0.05);
        blocksCrossed += 1;
        continue;
      }
      // Another day of the same block: the very same cells, so the very same answer.
      if (moved !== 0) small.push(`${days[k - 1]} → ${days[k]}: the windows moved by ${moved.toFixed(2)} days`);
      small.push(...smallDifferences(effectFigures('styrgruppen', a), effectFigures('styrgruppen', b)).map((d) => `${days[k - 1]} → ${days[k]}: ${d}`));
      if (moved === 0) expect(b).toEqual(a);
    }
    expect(small).toEqual([]);
    expect(blocksCrossed).toBeGreaterThanOrEqual(1);
    expect(blocksCrossed).toBeLessThanOrEqual(2);
  });
});

describe('District.incidentCount for roles that see published figures', () => {
  it('differs by 0 or at least 5 between any two windows that contain each other, day by day', async () => {
    const first = swedishToday(-120);
    const days = Array.from({ length: 29 }, (_, k) => addDays(first, 7 + k));
    const asInstant = (day: string) => `${day}T00:00:00+01:00`;
    for (const as of ['styrgruppen', 'tillsyn', 'omradesgrupp-ryd']) {
      for (const districtId of ['skaggetorp', 'city']) {
        // The window's end moved a day at a time, then its start: each window holds the next or lies within it.
        const growing = days.map((day, k) => `g${k}: incidentCount(from: "${asInstant(first)}", to: "${asInstant(day)}") { ${COUNT} }`);
        const shrinking = days.map((day, k) => `s${k}: incidentCount(from: "${asInstant(addDays(first, k))}", to: "${asInstant(days.at(-1)!)}") { ${COUNT} }`);
        for (const fields of [growing, shrinking]) {
          const { district } = await ok<{ district: Record<string, Count> }>(`{ district(id: "${districtId}") { ${fields.join(' ')} } }`, {}, as);
          const answers = Object.values(district).map((c) => {
            const figures: Figures = {};
            countFigures('count', c, figures);
            return figures;
          });
          for (const a of answers) for (const b of answers) expect(smallDifferences(a, b), `${as} ${districtId}`).toEqual([]);
        }
      }
    }
  });
});
