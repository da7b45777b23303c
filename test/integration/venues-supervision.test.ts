import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

interface Inspection { id: string; inspectedOn: string; kind: string; inspectedBy: string; joint: boolean; findings: string; decision: string }
interface VenueAnswer {
  id: string; name: string; kind: string; districtId: string;
  licences: { kind: string; servesUntil: string; servesUntilWeekend: string; validFrom: string; validTo: string | null }[];
  inspections: Inspection[];
  networks: { network: string; joinedOn: string; leftOn: string | null }[];
  trainings: { heldOn: string; course: string; participants: number }[];
}

const VENUES = `query($district: ID) { venues(districtId: $district) { id name kind districtId
  licences { kind servesUntil servesUntilWeekend validFrom validTo }
  inspections { id inspectedOn kind inspectedBy joint findings decision }
  networks { network joinedOn leftOn } trainings { heldOn course participants } } }`;
const RECORD = `mutation($venue: ID!, $input: InspectionInput!) { recordInspection(venueId: $venue, input: $input) { id inspectedOn kind inspectedBy joint findings decision } }`;

const db = () => platform.databases.get('venues')!;
const today = () => swedishToday();
const daysAgo = (n: number) => swedishToday(-n);
const count = async (table: string) => (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM venues.${table}`))[0]!.n;

async function venuesIn(district: string, as = 'tillsyn'): Promise<VenueAnswer[]> {
  const res = await platform.gql<{ venues: VenueAnswer[] }>(VENUES, { district }, { as });
  expect(res.errors).toBeUndefined();
  return res.data!.venues;
}

describe('a venue\'s licence, inspections, networks and training', () => {
  it('are read with the venue: licensed premises have licences, the demo has inspections, memberships and training', async () => {
    const city = await venuesIn('city');
    const licensed = city.filter((v) => ['RESTAURANT', 'BAR', 'NIGHTCLUB'].includes(v.kind));
    expect(licensed.length).toBeGreaterThan(5);
    expect(licensed.every((v) => v.licences.length === 1)).toBe(true);
    expect(city.filter((v) => !licensed.includes(v)).every((v) => v.licences.length === 0)).toBe(true);
    const nightclub = licensed.find((v) => v.kind === 'NIGHTCLUB')!;
    expect(nightclub.licences[0]!.servesUntilWeekend).toBe('03:00');
    const inspections = licensed.flatMap((v) => v.inspections);
    expect(inspections.length).toBeGreaterThan(3);
    // The latest first, and never in the future.
    for (const v of licensed) expect(v.inspections.map((i) => i.inspectedOn)).toEqual([...v.inspections.map((i) => i.inspectedOn)].sort().reverse());
    expect(inspections.every((i) => i.inspectedOn <= today() && i.joint === (i.inspectedBy === 'JOINT'))).toBe(true);
    expect(city.some((v) => v.networks.some((n) => n.network === 'KROGAR_MOT_KNARK'))).toBe(true);
    expect(city.flatMap((v) => v.trainings).every((t) => t.participants >= 1 && t.course === 'ANSVARSFULL_ALKOHOLSERVERING')).toBe(true);
  });

  it('are shown to an area group for the venues of its own district only', async () => {
    const own = await venuesIn('ryd', 'omradesgrupp-ryd');
    expect(own.length).toBeGreaterThan(0);
    const refused = await platform.gql(VENUES, { district: 'city' }, { as: 'omradesgrupp-ryd' });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('recording an inspection', () => {
  const input = (extra: Record<string, unknown> = {}) => ({
    inspectedOn: daysAgo(1), kind: 'ON_SITE', inspectedBy: 'JOINT', findings: 'Ordningsvakter saknades vid entrén kl. 00.30.', decision: 'REMARK', ...extra,
  });

  it('keeps it with the venue, the latest first, and the audit log says who did it', async () => {
    const bar = (await venuesIn('city')).find((v) => v.kind === 'BAR')!;
    const res = await platform.gql<{ recordInspection: Inspection }>(RECORD, { venue: bar.id, input: input() }, { as: 'tillsyn' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.recordInspection).toMatchObject({ inspectedOn: daysAgo(1), kind: 'ON_SITE', inspectedBy: 'JOINT', joint: true, decision: 'REMARK' });
    const again = (await venuesIn('city')).find((v) => v.id === bar.id)!;
    expect(again.inspections[0]!.id).toBe(res.data!.recordInspection.id);
    const [entry] = await db().query<{ actor_name: string; action: string; entity: string }>(
      'SELECT actor_name, action, entity FROM venues.audit_log WHERE entity_id = $1', [res.data!.recordInspection.id]);
    expect(entry).toEqual({ actor_name: 'Tillsyn', action: 'create', entity: 'Inspection' });
  });

  it('may be done by the Police too, and not by the EST group or an area group', async () => {
    const bar = (await venuesIn('city')).find((v) => v.kind === 'BAR')!;
    const police = await platform.gql(RECORD, { venue: bar.id, input: input({ inspectedBy: 'POLICE', decision: 'NONE', findings: '' }) }, { as: 'polisen' });
    expect(police.errors).toBeUndefined();
    for (const as of ['est', 'omradesgrupp-skaggetorp', 'styrgruppen']) {
      const res = await platform.gql(RECORD, { venue: bar.id, input: input() }, { as });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });

  it('refuses what cannot be right, naming the field, and writes nothing', async () => {
    const city = await venuesIn('city');
    const bar = city.find((v) => v.kind === 'BAR')!;
    const gym = city.find((v) => v.kind === 'GYM')!;
    const before = await count('inspection');
    const cases: [string, Record<string, unknown>, string][] = [
      [bar.id, input({ inspectedOn: daysAgo(-2) }), 'inspectedOn'],
      [bar.id, input({ inspectedOn: '1999-12-31' }), 'inspectedOn'],
      [bar.id, input({ findings: 'x'.repeat(2001) }), 'findings'],
      [gym.id, input(), 'venueId'],
    ];
    for (const [venue, given, field] of cases) {
      const res = await platform.gql(RECORD, { venue, input: given }, { as: 'tillsyn' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message.length).toBeGreaterThan(10);
    }
    const personal = await platform.gql(RECORD, { venue: bar.id, input: input({ findings: 'Ägaren 19121212-1212 var inte på plats.' }) }, { as: 'tillsyn' });
    expect(personal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badDay = await platform.gql(RECORD, { venue: bar.id, input: input({ inspectedOn: '2026-02-30' }) }, { as: 'tillsyn' });
    expect(badDay.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await platform.gql(RECORD, { venue: '00000000-0000-4000-8000-000000000000', input: input() }, { as: 'tillsyn' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await count('inspection')).toBe(before);
  });
});

describe('the supervision risk score, through federation', () => {
  const RISK = `query($district: ID) { venues(districtId: $district) { id kind licensed lastInspectedOn remarksLast3Years warningsLast3Years servesUntilWeekend inNetwork
    incidentsNearby { lateHours { exact value atLeast } }
    supervisionRisk { score parts { factor points limit value exact } } } }`;
  interface Risky {
    id: string; kind: string; licensed: boolean; lastInspectedOn: string | null; remarksLast3Years: number; warningsLast3Years: number;
    servesUntilWeekend: string | null; inNetwork: boolean;
    incidentsNearby: { lateHours: { exact: boolean; value: number | null; atLeast: number } };
    supervisionRisk: { score: number; parts: { factor: string; points: number; limit: number; value: number | null; exact: boolean }[] } | null;
  }
  const months = (from: string, to: string) => {
    const [a, b] = [from.split('-').map(Number), to.split('-').map(Number)] as [number[], number[]];
    return (b[0]! - a[0]!) * 12 + (b[1]! - a[1]!) - (b[2]! < a[2]! ? 1 : 0);
  };

  for (const as of ['tillsyn', 'polisen']) {
    it(`is the sum of its parts, each from the venue's own facts and the late incidents ${as} may see`, async () => {
      const res = await platform.gql<{ venues: Risky[] }>(RISK, { district: 'city' }, { as });
      expect(res.errors).toBeUndefined();
      const venues = res.data!.venues;
      expect(venues.filter((v) => !v.licensed).every((v) => v.supervisionRisk === null)).toBe(true);
      const licensed = venues.filter((v) => v.licensed);
      expect(licensed.length).toBeGreaterThan(5);
      for (const v of licensed) {
        const parts = Object.fromEntries(v.supervisionRisk!.parts.map((p) => [p.factor, p]));
        expect(v.supervisionRisk!.score).toBe(Math.max(0, v.supervisionRisk!.parts.reduce((s, p) => s + p.points, 0)));
        expect(parts.SINCE_INSPECTION!.value).toBe(v.lastInspectedOn ? months(v.lastInspectedOn, today()) : null);
        expect(parts.SINCE_INSPECTION!.points).toBe(v.lastInspectedOn ? Math.min(30, months(v.lastInspectedOn, today())) : 30);
        expect(parts.REMARKS!.points).toBe(Math.min(30, 5 * v.remarksLast3Years + 15 * v.warningsLast3Years));
        expect(parts.NETWORK!.points).toBe(v.inNetwork ? -10 : 0);
        const late = v.incidentsNearby.lateHours;
        expect(parts.LATE_INCIDENTS).toMatchObject({ value: late.value ?? late.atLeast, exact: late.value !== null, points: Math.min(30, late.value ?? late.atLeast) });
        if (as === 'polisen') expect(late.exact).toBe(true);
      }
      // The demo's nightclubs serve until 03:00 at weekends: the most for serving hours.
      const club = licensed.find((v) => v.kind === 'NIGHTCLUB' && v.servesUntilWeekend === '03:00')!;
      expect(club.supervisionRisk!.parts.find((p) => p.factor === 'SERVING_HOURS')!.points).toBe(10);
      // A warning recorded today moves the venue up by fifteen (up to the cap).
      if (as === 'tillsyn') {
        const target = licensed.find((v) => v.warningsLast3Years === 0 && v.remarksLast3Years === 0)!;
        const before = target.supervisionRisk!.score;
        const since = target.supervisionRisk!.parts.find((p) => p.factor === 'SINCE_INSPECTION')!.points;
        await platform.gql(RECORD, { venue: target.id, input: { inspectedOn: today(), kind: 'ON_SITE', inspectedBy: 'MUNICIPALITY', decision: 'WARNING', findings: 'Berusade gäster serverades.' } }, { as });
        const after = (await platform.gql<{ venues: Risky[] }>(RISK, { district: 'city' }, { as })).data!.venues.find((v) => v.id === target.id)!;
        expect(after.lastInspectedOn).toBe(today());
        expect(after.supervisionRisk!.score).toBe(Math.max(0, before - since + 15));
      }
    });
  }
});
