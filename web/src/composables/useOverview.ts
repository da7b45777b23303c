import { computed, type ComputedRef, type Ref } from 'vue';
import {
  fetchIncidentTrend,
  fetchOverviewFigures,
  isSurveyIndicator,
  type DistrictFigures,
  type MapIndicator,
  type SurveyIndicator,
  type YearValue,
} from '../api/overview';
import { CURRENT_PLAN_ID, fetchPlan, fetchPlanFollowUp, type PlanFollowUp, type PlanStructure } from '../api/plan';
import { mayOpenOverview, mayReadFollowUps } from '../auth/permissions';
import type { Session } from '../auth/session';
import { useLoaded, type Loaded } from './useLoaded';

/** The public plan: its structure and citizen promises, fetched once per user. */
export function usePlan(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): Loaded<PlanStructure | null> {
  return useLoaded({
    key: () => session.value?.token ?? null,
    load: (signal) => fetchPlan(CURRENT_PLAN_ID, { token: session.value?.token ?? null, signal }),
    onTokenRefused,
  });
}

/** A year's follow-up of the plan, for the roles that may read it (else null, never asked). */
export function usePlanFollowUp(session: Readonly<Ref<Session | null>>, year: Ref<number>, onTokenRefused: () => void): Loaded<PlanFollowUp> {
  return useLoaded({
    key: () => [session.value?.token ?? null, year.value],
    load: (signal) => {
      const asked = session.value;
      if (!asked || !mayReadFollowUps(asked.user)) return null;
      return fetchPlanFollowUp(CURRENT_PLAN_ID, year.value, { token: asked.token, signal });
    },
    onTokenRefused,
  });
}

export interface OverviewState {
  /** The survey indicator the figures and trend charts carry: the chosen one, else the first. */
  survey: ComputedRef<SurveyIndicator>;
  figures: Loaded<DistrictFigures[]>;
  incidentTrend: Loaded<Map<string, YearValue[]>>;
}

/** The districts' figures for the chosen year and indicator, and the priority districts' trends. */
export function useOverview(
  session: Readonly<Ref<Session | null>>,
  year: Ref<number>,
  indicator: Ref<MapIndicator>,
  onTokenRefused: () => void,
): OverviewState {
  const survey = computed<SurveyIndicator>(() => (isSurveyIndicator(indicator.value) ? indicator.value : 'SAFE_AT_NIGHT'));
  const allowed = (): Session | null => {
    const asked = session.value;
    return asked && mayOpenOverview(asked.user) ? asked : null;
  };
  const figures = useLoaded({
    key: () => [session.value?.token ?? null, year.value, survey.value],
    load: (signal) => {
      const asked = allowed();
      return asked ? fetchOverviewFigures(year.value, survey.value, { token: asked.token, signal }) : null;
    },
    onTokenRefused,
  });
  const incidentTrend = useLoaded({
    key: () => [session.value?.token ?? null, year.value],
    load: (signal) => {
      const asked = allowed();
      return asked ? fetchIncidentTrend(year.value, { token: asked.token, signal }) : null;
    },
    onTokenRefused,
  });
  return { survey, figures, incidentTrend };
}
