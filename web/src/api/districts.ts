import type { DistrictsQuery } from '../gql/graphql';
import { recentPeriod } from '../utils/dates';
import { request } from './client';
import { districtsQuery } from './operations';

/** One district as the Districts query returns it. */
export type District = NonNullable<DistrictsQuery['districts']>[number];

/** The side panel reports incidents over the last four weeks, counted up to the moment of loading. */
export const INCIDENT_WINDOW_DAYS = 28;

export async function fetchDistricts(now: Date, signal?: AbortSignal): Promise<District[]> {
  const data = await request(districtsQuery, recentPeriod(now, INCIDENT_WINDOW_DAYS), { signal });
  return data.districts ?? [];
}
