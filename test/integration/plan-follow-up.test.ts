import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPlan } from '../../services/plan/src/db/plans.js';
import { readPlanFile } from '../../services/plan/src/plan-file/read.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { readFileSync } from 'node:fs';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

const PLAN = 'linkoping-2019-2022';
const RECORD = `mutation($a: ID!, $y: Int!, $input: FollowUpInput!) { recordFollowUp(planId: "${PLAN}", activityCode: $a, year: $y, input: $input) {
  activityCode year status done indicators { name value unit } comment updatedByName } }`;
const PROGRESS = `query($y: Int!) { plan(id: "${PLAN}") { progress(year: $y) { areaCode activities done ongoing notStarted notFollowedUp } } }`;
const ASSESS = `mutation($d: ID!, $y: Int!, $s: Int!, $t: String!) { assessInfluence(districtId: $d, year: $y, stage: $s, summary: $t) { districtId year stage } }`;

describe('following the plan up', () => {
  it('records a year\'s follow-up of an activity, replaces it when written again, and counts it in its area\'s progress', async () => {
    const first = await platform.gql<{ recordFollowUp: { status: string; indicators: unknown[]; updatedByName: string } }>(RECORD, {
      a: '6.2.3', y: 2022, input: { status: 'ONGOING', done: 'Tillsyn på 40 serveringsställen, varav 12 gemensamma.', indicators: [{ name: 'Tillsyner', value: 40, unit: 'st' }] },
    }, { as: 'beredningsgruppen' });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordFollowUp).toMatchObject({ status: 'ONGOING', updatedByName: 'Beredningsgruppen', indicators: [{ name: 'Tillsyner', value: 40, unit: 'st' }] });
    const again = await platform.gql<{ recordFollowUp: { status: string } }>(RECORD, { a: '6.2.3', y: 2022, input: { status: 'DONE', done: 'Klart.' } }, { as: 'est' });
    expect(again.data!.recordFollowUp.status).toBe('DONE');
    await platform.gql(RECORD, { a: '6.2.1', y: 2022, input: { status: 'ONGOING' } }, { as: 'est' });
    const progress = await platform.gql<{ plan: { progress: { areaCode: string; activities: number; done: number; ongoing: number; notFollowedUp: number }[] } }>(PROGRESS, { y: 2022 }, { as: 'styrgruppen' });
    expect(progress.data!.plan.progress.find((p) => p.areaCode === '6.2')).toEqual({ areaCode: '6.2', activities: 5, done: 1, ongoing: 1, notStarted: 0, notFollowedUp: 3 });
    const [log] = await platform.databases.get('plan')!.query<{ n: number }>(`SELECT count(*)::int AS n FROM plan.audit_log WHERE entity = 'FollowUp' AND entity_id = $1`, [`${PLAN}:6.2.3:2022`]);
    expect(log!.n).toBe(2);
  });

  it('keeps the follow-ups when a revised plan file is imported', async () => {
    const db = platform.databases.get('plan')!;
    const file = JSON.parse(readFileSync(new URL('../../plans/linkoping-2019-2022.json', import.meta.url), 'utf8')) as { title: string };
    file.title += ' (reviderad)';
    expect((await importPlan(db, readPlanFile(file))).outcome).toBe('replaced');
    const [row] = await db.query<{ status: string }>(`SELECT status FROM plan.follow_up WHERE plan_id = $1 AND activity_code = '6.2.3' AND year = 2022`, [PLAN]);
    expect(row!.status).toBe('done');
  });

  it('refuses what cannot be right, naming the field, and other roles', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ a: '6.9.9', y: 2022, input: { status: 'DONE' } }, 'activityCode'],
      [{ a: '6.2.3', y: 2030, input: { status: 'DONE' } }, 'year'],
      [{ a: '6.2.3', y: 2022, input: { status: 'DONE', indicators: [{ name: 'A', value: 1 }, { name: 'a', value: 2 }] } }, 'indicators'],
      [{ a: '6.2.3', y: 2022, input: { status: 'DONE', comment: 'x'.repeat(2001) } }, 'comment'],
    ];
    for (const [vars, field] of cases) {
      const res = await platform.gql(RECORD, vars, { as: 'est' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    const personal = await platform.gql(RECORD, { a: '6.2.3', y: 2022, input: { status: 'DONE', comment: 'Ring 070-123 45 67.' } }, { as: 'est' });
    expect(personal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    for (const as of ['styrgruppen', 'polisen', 'tillsyn', 'omradesgrupp-ryd']) {
      expect((await platform.gql(RECORD, { a: '6.2.3', y: 2022, input: { status: 'DONE' } }, { as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('the assessment of criminal influence', () => {
  it('is written by the Police and read only by the steering group, the Police and admins', async () => {
    const res = await platform.gql<{ assessInfluence: { stage: number } }>(ASSESS, { d: 'skaggetorp', y: 2022, s: 2, t: 'Tecken på påverkan i näringslivet kring centrum.' }, { as: 'polisen' });
    expect(res.data!.assessInfluence.stage).toBe(2);
    const read = `{ influenceAssessments(districtId: "skaggetorp") { year stage } }`;
    for (const as of ['styrgruppen', 'polisen', 'admin']) expect((await platform.gql<{ influenceAssessments: unknown[] }>(read, {}, { as })).data!.influenceAssessments).toEqual([{ year: 2022, stage: 2 }]);
    for (const as of ['est', 'beredningsgruppen', 'omradesgrupp-skaggetorp', 'tillsyn']) {
      expect((await platform.gql(read, {}, { as })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    expect((await platform.gql(read)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await platform.gql(ASSESS, { d: 'skaggetorp', y: 2022, s: 5, t: 'x' }, { as: 'polisen' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'stage' });
    expect((await platform.gql(ASSESS, { d: 'skaggetorp', y: 2022, s: 1, t: 'x' }, { as: 'styrgruppen' })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('citizen promises', () => {
  it('are made and followed up by the partners and read by anyone', async () => {
    const made = await platform.gql<{ addCitizenPromise: { id: string; status: string } }>(
      `mutation { addCitizenPromise(planId: "${PLAN}", year: 2022, promise: "Fler gemensamma trygghetsvandringar i Skäggetorp.", districtIds: ["skaggetorp"]) { id status } }`,
      {}, { as: 'polisen' });
    expect(made.data!.addCitizenPromise.status).toBe('NOT_STARTED');
    await platform.gql(`mutation($id: ID!) { followUpCitizenPromise(id: $id, status: DONE, outcome: "Sex vandringar genomförda.") { status } }`,
      { id: made.data!.addCitizenPromise.id }, { as: 'beredningsgruppen' });
    const read = await platform.gql<{ plan: { citizenPromises: { status: string; outcome: string; districtIds: string[] }[] } }>(`{ plan(id: "${PLAN}") { citizenPromises { status outcome districtIds } } }`);
    expect(read.data!.plan.citizenPromises).toEqual([{ status: 'DONE', outcome: 'Sex vandringar genomförda.', districtIds: ['skaggetorp'] }]);
  });
});
