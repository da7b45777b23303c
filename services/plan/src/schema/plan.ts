import { districtIdArg } from '@tk/gis';
import { activitiesOf, areasOf, groupsOf, listPlans, type ActivityRow, type AreaRow, type GroupRow, type PlanRow } from '../db/plans.js';
import { CADENCES } from '../plan-file/read.js';
import { builder } from './builder.js';
import { District } from './district.js';

/*
 * The activity plan is the partners' public document: every caller may read it, signed in or not.
 * Follow-ups and assessments, which are not public, come with their own rules.
 */

const Cadence = builder.enumType('PlanCadence', {
  description: 'How often: every week, month or year, regularly, continuously, or when needed.',
  values: Object.fromEntries(CADENCES.map((c) => [c.toUpperCase(), { value: c }])) as Record<Uppercase<(typeof CADENCES)[number]>, { value: (typeof CADENCES)[number] }>,
});

const Agreement = builder.objectRef<PlanRow['agreement']>('PlanAgreement').implement({
  description: 'The cooperation agreement (samverkansöverenskommelse) the plan rests on; signatories by role.',
  fields: (t) => ({
    decided: t.exposeString('decided', { description: 'When it was decided, e.g. "2019-06".' }),
    reference: t.exposeString('reference', { description: 'The decision\'s reference, e.g. "KS 2019-1011".' }),
    signedBy: t.exposeStringList('signedBy'),
    validUntil: t.expose('validUntil', { type: 'Date' }),
  }),
});

const PlanGroup = builder.objectRef<GroupRow>('PlanGroup').implement({
  description: 'A group of the plan\'s organisation, its members by role and its task.',
  fields: (t) => ({
    id: t.exposeID('id'),
    code: t.exposeString('code', { description: 'The plan\'s section, e.g. "5.3".' }),
    name: t.exposeString('name'),
    members: t.exposeStringList('members'),
    task: t.exposeString('task'),
    cadence: t.expose('cadence', { type: Cadence }),
    districtIds: t.exposeIDList('districts', { description: 'The districts it works in; empty: the whole municipality.' }),
  }),
});

export const Activity = builder.objectRef<ActivityRow>('PlanActivity').implement({
  description: 'One of the plan\'s activities (6.1.1–6.3.4): its goal as written, who leads it and who takes part.',
  fields: (t) => ({
    code: t.exposeID('code', { description: 'E.g. "6.2.2".' }),
    planId: t.exposeID('planId'),
    areaCode: t.exposeString('areaCode'),
    title: t.exposeString('title'),
    goal: t.exposeString('goal', { description: 'The goal (mål) as written in the plan.' }),
    description: t.exposeString('description'),
    lead: t.exposeStringList('lead', { description: 'Who leads or coordinates it.' }),
    participants: t.exposeStringList('participants'),
    cadence: t.expose('cadence', { type: Cadence }),
    districtIds: t.exposeIDList('districts', { description: 'The districts it concerns; empty: the whole municipality.' }),
  }),
});

const PriorityArea = builder.objectRef<AreaRow>('PriorityArea').implement({
  description: 'A priority area of cooperation (prioriterat samverkansområde) with its overall goal.',
  fields: (t) => ({
    code: t.exposeID('code', { description: 'E.g. "6.2".' }),
    title: t.exposeString('title'),
    goal: t.exposeString('goal', { description: 'The overall goal (övergripande mål) as written.' }),
    activities: t.field({
      type: [Activity],
      resolve: async (a, _args, { activitiesOfPlan }) => (await activitiesOfPlan.load(a.planId)).filter((x) => x.areaCode === a.code),
    }),
  }),
});

export const Plan = builder.objectRef<PlanRow>('Plan').implement({
  description: 'An activity plan (aktivitetsplan) of the municipality and the Police, as imported from its plan file.',
  fields: (t) => ({
    id: t.exposeID('id'),
    title: t.exposeString('title'),
    parties: t.exposeStringList('parties'),
    periodFrom: t.expose('periodFrom', { type: 'Date' }),
    periodTo: t.expose('periodTo', { type: 'Date' }),
    agreement: t.expose('agreement', { type: Agreement }),
    purpose: t.exposeString('purpose'),
    goal: t.exposeString('goal', { description: 'The overall goal of the cooperation.' }),
    priorityDistrictIds: t.exposeIDList('priorityDistricts'),
    groups: t.field({ type: [PlanGroup], resolve: (p, _args, { db }) => groupsOf(db, [p.id]) }),
    areas: t.field({ type: [PriorityArea], resolve: (p, _args, { db }) => areasOf(db, [p.id]) }),
    activities: t.field({ type: [Activity], resolve: (p, _args, { activitiesOfPlan }) => activitiesOfPlan.load(p.id) }),
  }),
});

builder.queryFields((t) => ({
  plans: t.field({
    type: [Plan],
    description: 'The activity plans imported, the latest period first.',
    resolve: (_root, _args, { db }) => listPlans(db, null),
  }),
  plan: t.field({
    type: Plan,
    nullable: true,
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, { id }, { db }) => (await listPlans(db, [id]))[0] ?? null,
  }),
}));

builder.objectFields(District, (t) => ({
  activities: t.field({
    type: [Activity],
    description: 'Activities of the plans that name this district (and, with includeMunicipalityWide, those for the whole municipality).',
    args: { includeMunicipalityWide: t.arg.boolean({ defaultValue: false }) },
    resolve: async (d, { includeMunicipalityWide }, { db }) => {
      const id = districtIdArg(d.id)!;
      const rows = await activitiesOf(db, null, id);
      return includeMunicipalityWide ? rows : rows.filter((x) => x.districts.includes(id));
    },
  }),
}));
