import { createRandom, type Db, type Geometry } from '@tk/gis';
import { readDemoDistricts, type DemoDistrict, type LonLat } from '@tk/gis/geo/demo-places';
import { addDays, swedishDay } from '@tk/time';
import { districtOf, insertMeasure, type MeasureDetails } from './db/measures.js';

const SEED = 4104;
/** Weeks before today that a demo measure was done: the lighting has a whole 12-week "after", the camera not yet. */
type Planned = Pick<MeasureDetails, 'kind' | 'title' | 'responsibleOrg' | 'costEstimateSek' | 'lighting' | 'camera'>;
const NONE = { lighting: null, camera: null };
/** Each where the problem it answers is (the places: @tk/gis/geo/demo-places). */
const PLAN: (Planned & { at: 'path' | 'square' | 'parking' | 'underpass'; doneWeeksAgo?: number })[] = [
  { kind: 'lighting', title: 'Ny belysning på gångväg', at: 'path', doneWeeksAgo: 16, responsibleOrg: 'Tekniska förvaltningen',
    costEstimateSek: 240_000, camera: null, lighting: { kind: 'new', luxBefore: 2, luxAfter: 12 } },
  { kind: 'camera', title: 'Kamerabevakning vid torget', at: 'square', doneWeeksAgo: 5, responsibleOrg: 'Säkerhetsenheten',
    costEstimateSek: 180_000, lighting: null, camera: { directionDeg: 135, angleDeg: 80, rangeM: 60, hours: 'fre–lör 20–04', permitState: 'granted' } },
  { kind: 'vegetation_clearing', title: 'Röjning av buskage vid parkering', at: 'parking', responsibleOrg: 'AB Stångåstaden', costEstimateSek: 35_000, ...NONE },
  { kind: 'graffiti_removal', title: 'Klottersanering av gångtunnel', at: 'underpass', responsibleOrg: 'Tekniska förvaltningen', costEstimateSek: 12_000, ...NONE },
];

/** The part of a polyline from `fromM` to `toM` metres along it. */
function stretch(d: DemoDistrict, line: readonly LonLat[], fromM: number, toM: number): LonLat[] {
  const out: LonLat[] = [];
  let walked = 0;
  for (let i = 1; i < line.length; i += 1) {
    const [a, b] = [line[i - 1]!, line[i]!];
    const length = d.distanceM(a, b);
    if (length === 0) continue;
    const at = (m: number): LonLat => { const t = Math.min(1, Math.max(0, (m - walked) / length)); return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]; };
    if (walked + length > fromM && walked < toM) {
      if (out.length === 0) out.push(at(fromM));
      out.push(at(Math.min(toM, walked + length)));
    }
    walked += length;
  }
  return out;
}

const lengthOf = (d: DemoDistrict, line: readonly LonLat[]) => line.slice(1).reduce((s, p, i) => s + d.distanceM(line[i]!, p), 0);

/**
 * The lighting along the last stretch of the path from the square to the car park; the camera at
 * the square; the clearing of an 80 m square of bushes by the car park; the graffiti removal at the
 * underpass. Inside the district: a shape that would not be is drawn again, or made smaller.
 */
function geometryOf(d: DemoDistrict, at: (typeof PLAN)[number]['at'], random: ReturnType<typeof createRandom>): Geometry {
  if (at === 'square' || at === 'underpass') return { type: 'Point', coordinates: d.scatter(random, { near: at, sdM: 25 }) };
  if (at === 'path') {
    const path = d.streetTo('parking');
    const end = lengthOf(d, path) - 40;
    for (const length of [250, 120, 60]) {
      const line = stretch(d, path, Math.max(0, end - length), end);
      if (line.length >= 2 && d.distanceM(line[0]!, line.at(-1)!) > 10 && d.covers(line)) return { type: 'LineString', coordinates: line };
    }
    const p = d.places.parking;
    return { type: 'LineString', coordinates: [d.offset(p, -30, 0), d.offset(p, 30, 0)] };
  }
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const half = attempt < 40 ? 40 : 20;
    const [x, y] = [random.normal(0, 60), random.normal(0, 60)];
    const c = d.offset(d.places.parking, x, y);
    const ring = [d.offset(c, -half, -half), d.offset(c, half, -half), d.offset(c, half, half), d.offset(c, -half, half), d.offset(c, -half, -half)];
    if (d.covers(ring)) return { type: 'Polygon', coordinates: [ring] };
  }
  const p = d.places.parking;
  return { type: 'Polygon', coordinates: [[d.offset(p, -10, -10), d.offset(p, 10, -10), d.offset(p, 10, 10), d.offset(p, -10, 10), d.offset(p, -10, -10)]] };
}

// Calendar days: n × 24 hours back lands on the wrong day within an hour of midnight across a clock change.
const daysAgo = (today: Date, days: number) => addDays(swedishDay(today), -days);

function datesOf(weeksAgo: number | undefined, today: Date) {
  if (weeksAgo === undefined) return {};
  return {
    status: 'done' as const,
    decidedOn: daysAgo(today, weeksAgo * 7 + 42),
    startedOn: daysAgo(today, weeksAgo * 7 + 14),
    doneOn: daysAgo(today, weeksAgo * 7),
  };
}

export async function loadDemoMeasures(db: Db, today: Date): Promise<string | null> {
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure');
  if ((existing?.n ?? 0) > 0) return null;
  const districts = await readDemoDistricts(db, { priorityOnly: true });
  const random = createRandom(SEED);
  let count = 0;
  await db.transaction(async (tx) => {
    for (const d of districts) {
      for (const item of PLAN) {
        const geometry = geometryOf(d, item.at, random);
        const districtId = await districtOf(tx, geometry);
        if (!districtId) continue;
        const { doneWeeksAgo, at: _at, ...measure } = item;
        await insertMeasure(tx, 'system', {
          ...measure, ...datesOf(doneWeeksAgo, today), geometry, districtId, synthetic: true,
          description: 'Syntetisk demoåtgärd.', motivation: { week: null, districtId: null, cells: [], incidentIds: [] },
        });
        count += 1;
      }
    }
  });
  return `${count} synthetic demo measures`;
}
