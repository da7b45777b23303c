import type { DistrictActivitiesQuery, FollowUpInput, FollowUpStatus, PlanFollowUpQuery, PlanStructureQuery } from '../gql/graphql';
import { request, type RequestOptions } from './client';
import { districtActivitiesQuery, planFollowUpQuery, planStructureQuery, recordFollowUpMutation } from './planOperations';

export type { FollowUpStatus };
export type PlanStructure = NonNullable<PlanStructureQuery['plan']>;
export type PlanArea = NonNullable<PlanStructure['areas']>[number];
export type PlanActivity = NonNullable<PlanStructure['activities']>[number];
export type CitizenPromise = NonNullable<PlanStructure['citizenPromises']>[number];
export type AreaProgress = NonNullable<NonNullable<PlanFollowUpQuery['plan']>['progress']>[number];
export type ActivityFollowUp = NonNullable<NonNullable<NonNullable<PlanFollowUpQuery['plan']>['activities']>[number]['followUps']>[number];
export type DistrictActivity = NonNullable<NonNullable<DistrictActivitiesQuery['district']>['activities']>[number];

/** The plan in force (Linköping's 2019–2022 plan, extended to 2023); the API keeps older ones too. */
export const CURRENT_PLAN_ID = 'linkoping-2019-2022';

/** The schema's statuses in the order of the plan's follow-up template. */
export const FOLLOW_UP_STATUSES = ['DONE', 'ONGOING', 'NOT_STARTED', 'PAUSED', 'CANCELLED'] as const satisfies readonly FollowUpStatus[];

export async function fetchPlan(id: string, options: RequestOptions): Promise<PlanStructure | null> {
  return (await request(planStructureQuery, { id }, options)).plan ?? null;
}

export interface PlanFollowUp {
  progress: AreaProgress[];
  /** Each activity's follow-up for the year, by activity code; absent: not followed up. */
  byActivity: Map<string, ActivityFollowUp>;
}

export async function fetchPlanFollowUp(id: string, year: number, options: RequestOptions): Promise<PlanFollowUp> {
  const plan = (await request(planFollowUpQuery, { id, year }, options)).plan;
  const byActivity = new Map<string, ActivityFollowUp>();
  for (const activity of plan?.activities ?? []) {
    const followUp = activity.followUps?.find((f) => f.year === year);
    if (activity.code && followUp) byActivity.set(activity.code, followUp);
  }
  return { progress: plan?.progress ?? [], byActivity };
}

export async function fetchDistrictActivities(districtId: string, options: RequestOptions): Promise<DistrictActivity[]> {
  return (await request(districtActivitiesQuery, { id: districtId }, options)).district?.activities ?? [];
}

export async function recordFollowUp(planId: string, code: string, year: number, input: FollowUpInput, options: RequestOptions): Promise<void> {
  await request(recordFollowUpMutation, { planId, code, year, input }, options);
}
