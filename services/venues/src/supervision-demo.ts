import { createRandom, type Db } from '@tk/gis';
import { addDays, swedishDay } from '@tk/time';
import type { Decision, InspectionKind, Inspector, LicenceKind, VenueKind } from './kinds.js';

const SEED = 6252;

type Weighted<T> = readonly (readonly [T, number])[];
const LICENCE: Weighted<LicenceKind> = [['permanent_public', 9], ['permanent_private', 1]];
const INSPECTION_KIND: Weighted<InspectionKind> = [['on_site', 7], ['internal_control', 3]];
const BY: Weighted<Inspector> = [['joint', 4], ['police', 3], ['municipality', 3]];
const DECISION: Weighted<Decision> = [['none', 76], ['remark', 16], ['warning', 8]];
const FINDINGS: Record<Decision, readonly string[]> = {
  none: ['Ingen anmärkning.', 'Ordning och tillsyn fungerade; personalen kände till reglerna.'],
  remark: ['Matutbud saknades efter kl. 23.', 'Serveringsansvarig kunde inte visa upp utbildningsbevis.'],
  warning: ['Märkbart berusade gäster serverades.', 'Ordningsvakter saknades trots villkor i tillståndet.'],
  revocation: ['Upprepade allvarliga brister efter varning.'],
};
/** Serving until, ordinary nights and Friday–Saturday: nightclubs have extended hours. */
const HOURS: Record<string, readonly (readonly [string, string])[]> = {
  restaurant: [['23:00', '01:00'], ['01:00', '01:00']],
  bar: [['01:00', '02:00'], ['01:00', '01:00']],
  nightclub: [['01:00', '03:00'], ['02:00', '03:00']],
};

function picker<T>(random: ReturnType<typeof createRandom>, table: Weighted<T>): () => T {
  const total = table.reduce((s, [, w]) => s + w, 0);
  return () => {
    let u = random.next() * total;
    for (const [value, w] of table) if ((u -= w) < 0) return value;
    return table[table.length - 1]![0];
  };
}


/**
 * Synthetic licences, inspections over the last two years, network memberships and training for the
 * demo venues, seeded so every machine gets the same; only when no licence exists yet.
 */
export async function loadDemoSupervision(db: Db, now: Date): Promise<string | null> {
  const dayBefore = (days: number) => addDays(swedishDay(now), -days);
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM venues.licence');
  if ((existing?.n ?? 0) > 0) return null;
  const venues = await db.query<{ id: string; kind: VenueKind }>(
    'SELECT id::text, kind FROM venues.venue WHERE synthetic AND deleted_at IS NULL ORDER BY name, id',
  );
  const random = createRandom(SEED);
  const [licenceKind, inspectionKind, by, decision] = [picker(random, LICENCE), picker(random, INSPECTION_KIND), picker(random, BY), picker(random, DECISION)];
  const licences: unknown[][] = [[], [], [], [], []];
  const inspections: unknown[][] = [[], [], [], [], [], []];
  const members: unknown[][] = [[], [], []];
  const trainings: unknown[][] = [[], [], []];
  for (const v of venues) {
    if (v.kind === 'gym' && random.next() < 0.5) [v.id, 'ren_hardtraning', dayBefore(random.int(60, 900))].forEach((x, i) => members[i]!.push(x));
    const hours = HOURS[v.kind];
    if (!hours) continue;
    const [until, weekend] = random.pick(hours);
    [v.id, licenceKind(), until, weekend, dayBefore(random.int(400, 3000))].forEach((x, i) => licences[i]!.push(x));
    for (let k = random.int(0, 4); k > 0; k -= 1) {
      const d = decision();
      [v.id, dayBefore(random.int(7, 730)), inspectionKind(), by(), random.pick(FINDINGS[d]), d].forEach((x, i) => inspections[i]!.push(x));
    }
    if (random.next() < 0.5) [v.id, 'krogar_mot_knark', dayBefore(random.int(90, 1500))].forEach((x, i) => members[i]!.push(x));
    for (let k = random.int(0, 2); k > 0; k -= 1) [v.id, dayBefore(random.int(30, 700)), random.int(3, 15)].forEach((x, i) => trainings[i]!.push(x));
  }
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO venues.licence (venue_id, kind, serves_until, serves_until_weekend, valid_from, synthetic, created_by)
       SELECT * , true, 'demo' FROM unnest($1::uuid[], $2::text[], $3::time[], $4::time[], $5::date[])`, licences);
    await tx.query(
      `INSERT INTO venues.inspection (venue_id, inspected_on, kind, inspected_by, findings, decision, synthetic, created_by)
       SELECT *, true, 'demo' FROM unnest($1::uuid[], $2::date[], $3::text[], $4::text[], $5::text[], $6::text[])`, inspections);
    await tx.query(
      `INSERT INTO venues.network_membership (venue_id, network, joined_on, synthetic, created_by)
       SELECT *, true, 'demo' FROM unnest($1::uuid[], $2::text[], $3::date[])`, members);
    await tx.query(
      `INSERT INTO venues.training_session (venue_id, held_on, course, participants, synthetic, created_by)
       SELECT v, d, 'ansvarsfull_alkoholservering', n, true, 'demo' FROM unnest($1::uuid[], $2::date[], $3::int[]) AS t(v, d, n)`, trainings);
  });
  return `${licences[0]!.length} licences, ${inspections[0]!.length} inspections, ${members[0]!.length} network memberships, ` +
    `${trainings[0]!.length} training sessions (synthetic)`;
}
