import { createRandom, type Db, type Geometry } from '@tk/gis';
import { addDays, swedishDay } from '@tk/time';
import { districtOf, insertMeasure, type MeasureDetails } from './db/measures.js';

const SEED = 4104;
/** Weeks before today that a demo measure was done: the lighting has a whole 12-week "after", the camera not yet. */
type Planned = Pick<MeasureDetails, 'kind' | 'title' | 'responsibleOrg' | 'costEstimateSek' | 'lighting' | 'camera'>;
const NONE = { lighting: null, camera: null };
const PLAN: (Planned & { shape: 'point' | 'line' | 'polygon'; doneWeeksAgo?: number })[] = [
  { kind: 'lighting', title: 'Ny belysning på gångväg', shape: 'line', doneWeeksAgo: 16, responsibleOrg: 'Tekniska förvaltningen',
    costEstimateSek: 240_000, camera: null, lighting: { kind: 'new', luxBefore: 2, luxAfter: 12 } },
  { kind: 'camera', title: 'Kamerabevakning vid torget', shape: 'point', doneWeeksAgo: 5, responsibleOrg: 'Säkerhetsenheten',
    costEstimateSek: 180_000, lighting: null, camera: { directionDeg: 135, angleDeg: 80, rangeM: 60, hours: 'fre–lör 20–04', permitState: 'granted' } },
  { kind: 'vegetation_clearing', title: 'Röjning av buskage vid parkering', shape: 'polygon', responsibleOrg: 'AB Stångåstaden', costEstimateSek: 35_000, ...NONE },
  { kind: 'graffiti_removal', title: 'Klottersanering av gångtunnel', shape: 'point', responsibleOrg: 'Tekniska förvaltningen', costEstimateSek: 12_000, ...NONE },
];

function shapeAround(shape: 'point' | 'line' | 'polygon', lon: number, lat: number): Geometry {
  const dx = 0.0015;
  const dy = 0.0008;
  if (shape === 'point') return { type: 'Point', coordinates: [lon, lat] };
  if (shape === 'line') return { type: 'LineString', coordinates: [[lon - dx, lat - dy / 2], [lon, lat], [lon + dx, lat + dy / 2]] };
  return {
    type: 'Polygon',
    coordinates: [[[lon - dx / 2, lat - dy / 2], [lon + dx / 2, lat - dy / 2], [lon + dx / 2, lat + dy / 2], [lon - dx / 2, lat + dy / 2], [lon - dx / 2, lat - dy / 2]]],
  };
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
  const districts = await db.query<{ id: string; lon: number; lat: number }>(
    `SELECT id, ST_X(p) AS lon, ST_Y(p) AS lat
       FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM geo.district WHERE priority) d ORDER BY id`,
  );
  const random = createRandom(SEED);
  let count = 0;
  await db.transaction(async (tx) => {
    for (const d of districts) {
      for (const item of PLAN) {
        const geometry = shapeAround(item.shape, d.lon + random.normal(0, 0.002), d.lat + random.normal(0, 0.001));
        const districtId = await districtOf(tx, geometry);
        if (!districtId) continue;
        const { doneWeeksAgo, shape: _shape, ...measure } = item;
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
