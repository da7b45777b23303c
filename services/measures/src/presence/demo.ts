import { createRandom, type Db } from '@tk/gis';
import { addDays, localToUtc, swedishDay } from '@tk/time';
import { districtOf } from '../db/measures.js';
import { insertRule, insertShift, type ActorKind } from '../db/presence.js';

const SEED = 4105;
/** The Swedish calendar day `n` days from today's (calendar days, not n × 24 hours). */
const day = (today: number, n: number) => addDays(swedishDay(new Date(today)), n);

/** Recurring plans per priority district, from eight weeks ago to four weeks ahead. */
const PLANS: { actorKind: ActorKind; organisation: string; weekdays: number[]; startTime: string; endTime: string }[] = [
  { actorKind: 'night_walker', organisation: 'Nattvandrarna', weekdays: [5, 6], startTime: '20:00', endTime: '02:00' },
  { actorKind: 'municipal_guard', organisation: 'Linköpings kommun, kommunväktare', weekdays: [4, 5, 6], startTime: '19:00', endTime: '23:00' },
  { actorKind: 'field_assistant', organisation: 'Råd och stöd, fältsekreterare', weekdays: [3], startTime: '16:00', endTime: '21:00' },
];

/**
 * Synthetic presence, labelled so: recurring plans around each priority district's centre and a
 * few realised police shifts on evenings of the last four weeks. Seeded, so every machine agrees.
 */
export async function loadDemoPresence(db: Db, now: Date): Promise<string | null> {
  const today = now.getTime();
  const [existing] = await db.query<{ n: number }>('SELECT (SELECT count(*) FROM measures.presence_rule) + (SELECT count(*) FROM measures.presence_shift) AS n');
  if (Number(existing?.n ?? 0) > 0) return null;
  const districts = await db.query<{ id: string; lon: number; lat: number }>(
    `SELECT id, ST_X(p) AS lon, ST_Y(p) AS lat FROM (SELECT id, ST_PointOnSurface(geom) AS p FROM geo.district WHERE priority) d ORDER BY id`,
  );
  const random = createRandom(SEED);
  let [rules, shifts] = [0, 0];
  await db.transaction(async (tx) => {
    for (const d of districts) {
      // Scattered around the centre; the district is still the one the point falls in.
      const place = async () => {
        const geometry = { type: 'Point' as const, coordinates: [d.lon + random.normal(0, 0.0015), d.lat + random.normal(0, 0.0008)] as [number, number] };
        return { geometry, districtId: (await districtOf(tx, geometry)) ?? d.id };
      };
      for (const plan of PLANS) {
        await insertRule(tx, 'system', {
          ...plan, ...(await place()), firstDate: day(today, -56), lastDate: day(today, 27),
          motivationWeek: null, note: 'Syntetisk demoplan.', synthetic: true,
        });
        rules += 1;
      }
      for (let k = 0; k < 6; k += 1) {
        const evening = localToUtc(day(today, -random.int(1, 28)), '18:00');
        await insertShift(tx, 'system', {
          actorKind: 'police', organisation: 'Lokalpolisområde Linköping', ...(await place()),
          startsAt: evening, endsAt: new Date(evening.getTime() + random.int(2, 5) * 3_600_000), state: 'realised',
          motivationWeek: null, note: 'Syntetiskt demopass.', synthetic: true,
        });
        shifts += 1;
      }
    }
  });
  return `${rules} synthetic presence plans and ${shifts} shifts`;
}
