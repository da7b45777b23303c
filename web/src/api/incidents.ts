import type { ImportPolisenEventsMutation, IncidentCategory, IncidentsQuery, LocationPrecision } from '../gql/graphql';
import type { IsoWeek } from '@tk/time';
import { pointCoordinates } from '../utils/geo';
import { ApiError, request, type RequestOptions } from './client';
import { importPolisenEventsMutation, incidentsQuery } from './operations';

export type { IncidentCategory, LocationPrecision };
export type Incident = NonNullable<IncidentsQuery['incidents']>[number];
export type PolisenImportReport = NonNullable<ImportPolisenEventsMutation['importPolisenEvents']>;

/** The categories in the legend's order: the schema's (the EST method's) order, one list for the app. */
export { CATEGORIES as INCIDENT_CATEGORIES } from '../utils/situation';

/** A week of a city's incidents is a few hundred; the server's own limit is 5000. */
export const INCIDENT_LIMIT = 5000;

/** The picked week's incidents as the role may see them one by one; districtId only for an area group. */
export async function fetchIncidents(week: IsoWeek, districtId: string | null, options: RequestOptions): Promise<Incident[]> {
  const data = await request(incidentsQuery, { districtId, from: week.start.toISOString(), to: week.end.toISOString(), limit: INCIDENT_LIMIT }, options);
  return data.incidents ?? [];
}

export async function importPolisenEvents(json: string, options: RequestOptions): Promise<PolisenImportReport> {
  const data = await request(importPolisenEventsMutation, { json }, options);
  if (!data.importPolisenEvents) throw new ApiError('The response held no import report', 'BAD_RESPONSE');
  return data.importPolisenEvents;
}

export interface IncidentSplit {
  /** Drawn as points: a place is known. */
  placed: Incident[];
  /** Known only to a district (the Police's events at district level): a badge on the district. */
  byDistrict: Map<string, number>;
  /** Known only to the municipality or the county, or to a district the answer does not name: listed. */
  unplaced: Incident[];
}

/**
 * Which incidents are points and which are not. Only a point location counts as a place: a
 * district-level event drawn at some point in its district would claim a place nobody knows.
 */
export function splitIncidents(incidents: readonly Incident[]): IncidentSplit {
  const split: IncidentSplit = { placed: [], byDistrict: new Map(), unplaced: [] };
  for (const incident of incidents) {
    if (pointCoordinates(incident.location)) split.placed.push(incident);
    else if (incident.precision === 'DISTRICT' && incident.districtId)
      split.byDistrict.set(incident.districtId, (split.byDistrict.get(incident.districtId) ?? 0) + 1);
    else split.unplaced.push(incident);
  }
  return split;
}
