import { inject, provide, type InjectionKey } from 'vue';
import type { PublicDistrict } from '../../api/districts';
import type { DistrictFigures, MapIndicator, SurveyIndicator, YearValue } from '../../api/overview';
import type { PlanFollowUp, PlanStructure } from '../../api/plan';
import type { ValueClass } from '../../utils/choropleth';

export interface DistrictTrend {
  id: string;
  name: string;
  survey: readonly YearValue[];
  incidents: readonly YearValue[];
}

/** What the overview, the report and the plan page share: FollowUpPages holds it and provides it. */
export interface FollowUpShared {
  year: number;
  indicator: MapIndicator;
  survey: SurveyIndicator;
  districts: readonly PublicDistrict[];
  figures: ReadonlyMap<string, DistrictFigures>;
  classes: readonly ValueClass[];
  colors: Readonly<Record<string, string>>;
  trends: readonly DistrictTrend[];
  plan: PlanStructure | null;
  /** Null for roles that may not read it, and while it loads. */
  followUp: PlanFollowUp | null;
  followUpAllowed: boolean;
  format: (value: number, indicator?: MapIndicator) => string;
}

const SHARED: InjectionKey<Readonly<FollowUpShared>> = Symbol('follow-up-shared');

/** `shared` is reactive: the pages read its fields as they change. */
export function provideFollowUpShared(shared: Readonly<FollowUpShared>): void {
  provide(SHARED, shared);
}

export function useFollowUpShared(): Readonly<FollowUpShared> {
  const shared = inject(SHARED);
  if (!shared) throw new Error('useFollowUpShared() outside FollowUpPages');
  return shared;
}
