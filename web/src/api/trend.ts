import type { WeeklyIncidentsQuery } from '../gql/graphql';
import { type IsoWeek } from '@tk/time';
import { ApiError, request, type RequestOptions } from './client';
import { weeklyIncidentsQuery } from './operations';

export type WeekCount = NonNullable<NonNullable<WeeklyIncidentsQuery['district']>['weeklyIncidents']>[number];

/** Half a year of weeks: long enough to see a season turn, short enough for a narrow panel. */
export const TREND_CHART_WEEKS = 26;

/** The district's weekly counts for the weeks ending with `lastWeek`, oldest first. */
export async function fetchWeeklyIncidents(districtId: string, lastWeek: IsoWeek, options: RequestOptions): Promise<WeekCount[]> {
  const data = await request(
    weeklyIncidentsQuery,
    { districtId, lastWeek: lastWeek.label, weeks: TREND_CHART_WEEKS },
    options,
  );
  if (!data.district) throw new ApiError('The response held no district', 'BAD_RESPONSE');
  return data.district.weeklyIncidents ?? [];
}
