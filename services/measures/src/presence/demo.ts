import { createRandom, type Db } from '@tk/gis';
import { HOT_PLACES, readDemoDistricts, type Spot } from '@tk/gis/geo/demo-places';
import { addDays, localToUtc, swedishDay } from '@tk/time';
import { districtOf } from '../db/measures.js';
import { insertRule, insertShift, type ActorKind } from '../db/presence.js';

const SEED = 4105;
/** The Swedish calendar day `n` days from today's (calendar days, not n × 24 hours). */
const day = (today: number, n: number) => addDays(swedishDay(new Date(today)), n);

/**
 * Recurring plans per priority district, from eight weeks ago to four weeks ahead, each where its
 * actors meet people (the places: @tk/gis/geo/demo-places): the night walkers start out somewhere
 * along the streets, the guards at the square, the field assistants at the school yard.
 */
const PLANS: { actorKind: ActorKind; organisation: string; weekdays: number[]; startTime: string; endTime: string; at: Spot }[] = [
  { actorKind: 'night_walker', organisation: 'Nattvandrarna', weekdays: [5, 6], startTime: '20:00', endTime: '02:00', at: 'street' },
  { actorKind: 'municipal_guard', organisation: 'Linköpings kommun, kommunväktare', weekdays: [4, 5, 6], startTime: '19:00', endTime: '23:00', at: { near: 'square', sdM: 60 } },
  { actorKind: 'field_assistant', organisation: 'Råd och stöd, fältsekreterare', weekdays: [3], startTime: '16:00', endTime: '21:00', at: { near: 'schoolyard', sdM: 80 } },
];

/**
 * Synthetic presence, labelled so: recurring plans in each priority district and a few realised
 * police shifts on evenings of the last four weeks, each at one of the district's hot places.
 * Seeded, so every machine agrees.
 */
export async function loadDemoPresence(db: Db, now: Date): Promise<string | null> {
  const today = now.getTime();
  const [existing] = await db.query<{ n: number }>('SELECT (SELECT count(*) FROM measures.presence_rule) + (SELECT count(*) FROM measures.presence_shift) AS n');
  if (Number(existing?.n ?? 0) > 0) return null;
  const districts = await readDemoDistricts(db, { priorityOnly: true });
  const random = createRandom(SEED);
  let [rules, shifts] = [0, 0];
  await db.transaction(async (tx) => {
    for (const d of districts) {
      // Inside the district; the district is still the one the point falls in.
      const place = async (at: Spot) => {
        const geometry = { type: 'Point' as const, coordinates: d.scatter(random, at) };
        return { geometry, districtId: (await districtOf(tx, geometry)) ?? d.id };
      };
      for (const { at, ...plan } of PLANS) {
        await insertRule(tx, 'system', {
          ...plan, ...(await place(at)), firstDate: day(today, -56), lastDate: day(today, 27),
          motivationWeek: null, note: 'Syntetisk demoplan.', synthetic: true,
        });
        rules += 1;
      }
      for (let k = 0; k < 6; k += 1) {
        const evening = localToUtc(day(today, -random.int(1, 28)), '18:00');
        await insertShift(tx, 'system', {
          actorKind: 'police', organisation: 'Lokalpolisområde Linköping', ...(await place({ near: random.pick(HOT_PLACES), sdM: 80 })),
          startsAt: evening, endsAt: new Date(evening.getTime() + random.int(2, 5) * 3_600_000), state: 'realised',
          motivationWeek: null, note: 'Syntetiskt demopass.', synthetic: true,
        });
        shifts += 1;
      }
    }
  });
  return `${rules} synthetic presence plans and ${shifts} shifts`;
}
