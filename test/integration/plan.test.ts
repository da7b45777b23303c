import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan } from '../../services/plan/src/db/plans.js';
import { readPlanFile } from '../../services/plan/src/plan-file/read.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const PLAN_FILE = new URL('../../plans/linkoping-2019-2022.json', import.meta.url);
/** The plan as the partners wrote it (test/fixtures/aktivitetsplan-2019-2022.txt, see its first line). */
const SEED = readFileSync(new URL('../fixtures/aktivitetsplan-2019-2022.txt', import.meta.url), 'utf8')
  .split('\n').filter((line) => !line.startsWith('#')).join('\n');
const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each activity's "Mål:" and each area's "Övergripande mål:" in the seed, by code, read straight from its text. */
function goalsInSeed(): Map<string, string> {
  const goals = new Map<string, string>();
  const heading = /^\s*(6\.\d(?:\.\d)?)\s+\S/;
  let code: string | null = null;
  const lines = SEED.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const found = heading.exec(lines[i]!);
    if (found) code = found[1]!;
    const goal = /^(?:Övergripande mål|Mål):\s*(.*)$/.exec(lines[i]!.trim());
    if (code && goal) {
      const text = [goal[1]!];
      // A goal runs to the blank line after it, or to the next heading where a page break left none.
      for (let j = i + 1; j < lines.length && lines[j]!.trim() !== '' && !heading.test(lines[j]!); j += 1) text.push(lines[j]!);
      goals.set(code, squeeze(text.join(' ')));
      code = null;
    }
  }
  return goals;
}

// Flat lists: nested lists multiply a query's cost past the gateway's limit.
const PLAN = `{ plans { id title periodFrom periodTo goal agreement { reference validUntil } groups { id members }
  areas { code title goal } activities { code areaCode title goal lead cadence districtIds } } }`;
type Answer = { plans: { id: string; goal: string; agreement: { reference: string }; groups: { id: string; members: string[] }[];
  areas: { code: string; title: string; goal: string }[];
  activities: { code: string; areaCode: string; goal: string; lead: string[]; cadence: string; districtIds: string[] }[] }[] };

describe('the activity plan as data', () => {
  it('has every activity of the seed with its goal as written, under its priority area with the area\'s goal', async () => {
    const res = await platform.gql<Answer>(PLAN);
    expect(res.errors).toBeUndefined();
    const [plan] = res.data!.plans;
    const seed = goalsInSeed();
    const activityCodes = [...seed.keys()].filter((c) => c.split('.').length === 3);
    expect(activityCodes).toHaveLength(12);
    const activities = plan!.activities;
    expect(activities.map((a) => a.code)).toEqual(activityCodes);
    for (const a of activities) expect(a.code.startsWith(`${a.areaCode}.`)).toBe(true);
    for (const a of activities) expect(squeeze(a.goal)).toBe(seed.get(a.code));
    expect(plan!.areas.map((a) => a.code)).toEqual(['6.1', '6.2', '6.3']);
    for (const area of plan!.areas) expect(squeeze(area.goal)).toBe(seed.get(area.code));
    expect(squeeze(SEED)).toContain(plan!.goal);
    expect(plan!.agreement.reference).toBe('KS 2019-1011');
    // People appear by role, never by name (the seed names two signatories).
    expect(JSON.stringify(res.data)).not.toMatch(/Niklas|Lindqvist/);
  });

  it('is read by anyone, signed in or not, and shows a district the activities that name it', async () => {
    const anonymous = await platform.gql<Answer>(PLAN);
    const steering = await platform.gql<Answer>(PLAN, {}, { as: 'styrgruppen' });
    expect(steering.data).toEqual(anonymous.data);
    const res = await platform.gql<{ district: { activities: { code: string }[]; all: { code: string }[] } }>(
      `{ district(id: "skaggetorp") { activities { code } all: activities(includeMunicipalityWide: true) { code } } }`);
    expect(res.data!.district.activities.map((a) => a.code)).toEqual(['6.2.1', '6.2.2', '6.3.1']);
    expect(res.data!.district.all).toHaveLength(12);
  });

  it('imports the same file again without a change, a changed file as a whole, and a broken one not at all', async () => {
    const db = platform.databases.get('plan')!;
    const file = JSON.parse(readFileSync(PLAN_FILE, 'utf8')) as { areas: { activities: { description: string }[] }[] };
    const rows = async () => (await db.query<{ n: number }>('SELECT (SELECT count(*) FROM plan.activity) + (SELECT count(*) FROM plan.priority_area) AS n'))[0]!.n;
    const before = await rows();
    expect((await importPlan(db, readPlanFile(file))).outcome).toBe('unchanged');
    expect(await rows()).toBe(before);
    file.areas[0]!.activities[0]!.description += ' (Reviderad.)';
    expect(await importPlan(db, readPlanFile(file))).toMatchObject({ outcome: 'replaced', activities: 12, areas: 3 });
    expect(await rows()).toBe(before);
    const [stored] = await db.query<{ description: string }>(`SELECT description FROM plan.activity WHERE code = '6.1.1'`);
    expect(stored!.description).toMatch(/\(Reviderad\.\)$/);
    expect(() => readPlanFile({ ...file, areas: [] })).toThrow(/areas: a non-empty list expected/);
    expect(await rows()).toBe(before);
  });
});
