import { badUserInput, districtIdArg, enumValues, notFound, uuidArg, type Queryable } from '@tk/gis';
import { ACCESS, rolesFor } from '@tk/access';
import { swedishDay } from '@tk/time';
import {
  assessmentsOf, findPromise, followUpPromise, followUpsOf, insertPromise, promisesOf, saveAssessment, saveFollowUp,
  type AssessmentRow, type FollowUpRow, type PromiseRow,
} from '../db/follow-ups.js';
import { activitiesOf, areasOf, listPlans, type PlanRow } from '../db/plans.js';
import { checkedAssessment, checkedFollowUp, checkedPromise, checkedYear, FOLLOW_UP_STATUSES, type Indicator } from '../follow-up-input.js';
import { builder } from './builder.js';
import { District } from './district.js';
import { Activity, Plan } from './plan.js';

const READ = { role: rolesFor(ACCESS.followUpRead) };

const Status = builder.enumType('FollowUpStatus', {
  values: enumValues({ not_started: 'Inte påbörjad', ongoing: 'Pågår', done: 'Genomförd', paused: 'Vilande', cancelled: 'Avbruten' }),
});

const IndicatorRef = builder.objectRef<Indicator>('FollowUpIndicator').implement({
  description: 'A figure the partners chose to follow an activity by, e.g. "Tillsyner" 42 "st".',
  fields: (t) => ({ name: t.exposeString('name'), value: t.exposeFloat('value'), unit: t.exposeString('unit', { nullable: true }) }),
});

const IndicatorInput = builder.inputType('FollowUpIndicatorInput', {
  fields: (t) => ({ name: t.string({ required: true }), value: t.float({ required: true }), unit: t.string() }),
});

const FollowUp = builder.objectRef<FollowUpRow>('ActivityFollowUp').implement({
  description: 'How an activity went in a year: its status, what was done, its figures and a comment; who wrote it and when.',
  fields: (t) => ({
    activityCode: t.exposeID('activityCode'),
    year: t.exposeInt('year'),
    status: t.expose('status', { type: Status }),
    done: t.exposeString('done', { description: 'What was done.' }),
    indicators: t.expose('indicators', { type: [IndicatorRef] }),
    comment: t.exposeString('comment'),
    updatedByName: t.exposeString('updatedByName'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

const FollowUpInput = builder.inputType('FollowUpInput', {
  fields: (t) => ({
    status: t.field({ type: Status, required: true }),
    done: t.string({ description: 'What was done, up to 4,000 characters; no personal data.' }),
    indicators: t.field({ type: [IndicatorInput], description: 'At most 20, each named once.' }),
    comment: t.string({ description: 'Up to 2,000 characters; no personal data.' }),
  }),
});

interface AreaProgress {
  areaCode: string;
  title: string;
  year: number;
  activities: number;
  byStatus: Record<(typeof FOLLOW_UP_STATUSES)[number] | 'none', number>;
}

const AreaProgressRef = builder.objectRef<AreaProgress>('AreaProgress').implement({
  description: 'A priority area\'s activities in a year by the status of their follow-up; `notFollowedUp`: none written yet.',
  fields: (t) => ({
    areaCode: t.exposeID('areaCode'),
    title: t.exposeString('title'),
    year: t.exposeInt('year'),
    activities: t.exposeInt('activities'),
    done: t.int({ resolve: (p) => p.byStatus.done }),
    ongoing: t.int({ resolve: (p) => p.byStatus.ongoing }),
    notStarted: t.int({ resolve: (p) => p.byStatus.not_started }),
    paused: t.int({ resolve: (p) => p.byStatus.paused }),
    cancelled: t.int({ resolve: (p) => p.byStatus.cancelled }),
    notFollowedUp: t.int({ resolve: (p) => p.byStatus.none }),
  }),
});

const PromiseRef = builder.objectRef<PromiseRow>('CitizenPromise').implement({
  description: 'A citizen promise (medborgarlöfte) of a year, and how it was kept.',
  fields: (t) => ({
    id: t.exposeID('id'),
    year: t.exposeInt('year'),
    promise: t.exposeString('promise'),
    districtIds: t.exposeIDList('districts', { description: 'Empty: the whole municipality.' }),
    status: t.expose('status', { type: Status }),
    outcome: t.exposeString('outcome'),
  }),
});

const AssessmentRef = builder.objectRef<AssessmentRow>('InfluenceAssessment').implement({
  description: 'The yearly assessment of criminal influence in a district (6.1.1): stage 1 (none seen) to 4 (systematic). Restricted.',
  fields: (t) => ({
    districtId: t.exposeID('districtId'),
    year: t.exposeInt('year'),
    stage: t.exposeInt('stage'),
    summary: t.exposeString('summary'),
    updatedAt: t.expose('updatedAt', { type: 'DateTime' }),
  }),
});

async function progressOf(db: Queryable, plan: PlanRow, year: number): Promise<AreaProgress[]> {
  const [areas, activities, followUps] = await Promise.all([areasOf(db, [plan.id]), activitiesOf(db, [plan.id]), followUpsOf(db, [plan.id], year)]);
  const statusOf = new Map(followUps.map((f) => [f.activityCode, f.status]));
  return areas.map((a) => {
    const own = activities.filter((x) => x.areaCode === a.code);
    const byStatus = Object.fromEntries([...FOLLOW_UP_STATUSES, 'none'].map((s) => [s, 0])) as AreaProgress['byStatus'];
    for (const x of own) byStatus[statusOf.get(x.code) ?? 'none'] += 1;
    return { areaCode: a.code, title: a.title, year, activities: own.length, byStatus };
  });
}

builder.objectFields(Activity, (t) => ({
  followUps: t.field({
    type: [FollowUp],
    authScopes: READ,
    description: 'Its follow-ups, by year (one per year).',
    resolve: async (a, _args, { followUpsOfPlan }) => (await followUpsOfPlan.load(a.planId)).filter((f) => f.activityCode === a.code),
  }),
}));

builder.objectFields(Plan, (t) => ({
  progress: t.field({
    type: [AreaProgressRef],
    authScopes: READ,
    description: 'Per priority area: its activities in a year by the status of their follow-up.',
    args: { year: t.arg.int({ required: true }) },
    resolve: (p, { year }, { db }) => progressOf(db, p, year),
  }),
  citizenPromises: t.field({
    type: [PromiseRef],
    description: 'Citizen promises made under the plan, with their follow-up (public).',
    resolve: (p, _args, { db }) => promisesOf(db, [p.id]),
  }),
}));

builder.objectFields(District, (t) => ({
  influenceAssessments: t.field({
    type: [AssessmentRef],
    authScopes: { role: rolesFor(ACCESS.assessmentRead) },
    description: 'The yearly assessments of criminal influence in the district (steering group and Police only).',
    resolve: (d, _args, { db }) => assessmentsOf(db, [d.id]),
  }),
}));

async function planOrRefuse(db: Queryable, id: string): Promise<PlanRow> {
  const [plan] = await listPlans(db, [id]);
  if (!plan) throw notFound(`No plan "${id}"`);
  return plan;
}

builder.mutationFields((t) => ({
  recordFollowUp: t.field({
    type: FollowUp,
    authScopes: { role: rolesFor(ACCESS.followUpWrite) },
    description: 'Writes an activity\'s follow-up for a year (again: replaces it; the audit log keeps both).',
    args: {
      planId: t.arg.id({ required: true }), activityCode: t.arg.id({ required: true }), year: t.arg.int({ required: true }),
      input: t.arg({ type: FollowUpInput, required: true }),
    },
    resolve: (_root, { planId, activityCode, year, input }, { db, identity, now }) => {
      const fields = checkedFollowUp(input);
      return db.transaction(async (tx) => {
        const plan = await planOrRefuse(tx, planId);
        if (!(await activitiesOf(tx, [plan.id])).some((a) => a.code === activityCode)) {
          throw badUserInput(`The plan has no activity ${activityCode}`, { field: 'activityCode', reason: 'not_found' });
        }
        const y = checkedYear(year, { from: plan.periodFrom, to: plan.periodTo }, swedishDay(now));
        return saveFollowUp(tx, identity!, { planId: plan.id, activityCode, year: y }, fields);
      });
    },
  }),
  addCitizenPromise: t.field({
    type: PromiseRef,
    authScopes: { role: rolesFor(ACCESS.promiseWrite) },
    args: { planId: t.arg.id({ required: true }), year: t.arg.int({ required: true }), promise: t.arg.string({ required: true }), districtIds: t.arg.idList() },
    resolve: (_root, args, { db, identity }) => {
      const { promise } = checkedPromise({ promise: args.promise });
      const districts = (args.districtIds ?? []).map((d) => districtIdArg(d)!);
      return db.transaction(async (tx) => {
        const plan = await planOrRefuse(tx, args.planId);
        // A promise may be made for the year ahead, so only the plan's period bounds it.
        const year = checkedYear(args.year, { from: plan.periodFrom, to: plan.periodTo }, `${args.year}-01-01`);
        return insertPromise(tx, identity!, { planId: plan.id, year, promise, districts, status: 'not_started', outcome: '' });
      });
    },
  }),
  followUpCitizenPromise: t.field({
    type: PromiseRef,
    authScopes: { role: rolesFor(ACCESS.promiseWrite) },
    args: { id: t.arg.id({ required: true }), status: t.arg({ type: Status, required: true }), outcome: t.arg.string() },
    resolve: (_root, { id, status, outcome }, { db, identity }) => {
      const checked = checkedPromise({ promise: 'x', outcome });
      return db.transaction(async (tx) => {
        const before = await findPromise(tx, uuidArg(id)!);
        if (!before) throw notFound(`No citizen promise ${id}`);
        return followUpPromise(tx, identity!, before, status, checked.outcome);
      });
    },
  }),
  assessInfluence: t.field({
    type: AssessmentRef,
    authScopes: { role: rolesFor(ACCESS.assessmentWrite) },
    description: 'Writes the year\'s assessment of criminal influence in a district (again: replaces it; the audit log keeps both).',
    args: { districtId: t.arg.id({ required: true }), year: t.arg.int({ required: true }), stage: t.arg.int({ required: true }), summary: t.arg.string({ required: true }) },
    resolve: async (_root, args, { db, identity, districts, now }) => {
      const districtId = districtIdArg(args.districtId)!;
      if (!(await districts.load(districtId))) throw badUserInput(`No district "${districtId}"`, { field: 'districtId', reason: 'not_found' });
      const thisYear = Number(swedishDay(now).slice(0, 4));
      if (!Number.isInteger(args.year) || args.year < 2000 || args.year > thisYear) throw badUserInput(`year must be 2000–${thisYear}`, { field: 'year', reason: 'out_of_range', min: 2000, max: thisYear });
      const { stage, summary } = checkedAssessment(args);
      return db.transaction((tx) => saveAssessment(tx, identity!, { districtId, year: args.year, stage, summary }));
    },
  }),
}));

builder.queryFields((t) => ({
  influenceAssessments: t.field({
    type: [AssessmentRef],
    authScopes: { role: rolesFor(ACCESS.assessmentRead) },
    description: 'Assessments of criminal influence, optionally in one district (steering group and Police only).',
    args: { districtId: t.arg.id() },
    resolve: (_root, { districtId }, { db }) => assessmentsOf(db, districtId ? [districtIdArg(districtId)!] : null),
  }),
}));
