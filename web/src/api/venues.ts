import type {
  InspectionDecision, InspectionInput, InspectionKind, Inspector, SupervisionRiskFactor, VenueDetailFieldsFragment, VenueKind, VenuesQuery,
} from '../gql/graphql';
import { ApiError, request, type RequestOptions } from './client';
import { recordInspectionMutation, venueDetailsQuery, venuesQuery } from './venueOperations';

export type { InspectionDecision, InspectionInput, InspectionKind, Inspector, SupervisionRiskFactor, VenueKind };
export type VenueSummary = NonNullable<VenuesQuery['venues']>[number];
export type VenueDetails = VenueDetailFieldsFragment;
export type NearbyIncidents = NonNullable<VenueDetails['incidentsNearby']>;
export type RecordedInspection = NonNullable<VenueDetails['inspections']>[number];

/** The schema's kinds, licensed premises first (the order of the legend). */
export const VENUE_KINDS = ['RESTAURANT', 'BAR', 'NIGHTCLUB', 'GYM', 'SCHOOL', 'YOUTH_CENTRE'] as const satisfies readonly VenueKind[];
export const INSPECTION_KINDS = ['ON_SITE', 'INTERNAL_CONTROL'] as const satisfies readonly InspectionKind[];
export const INSPECTORS = ['MUNICIPALITY', 'POLICE', 'JOINT'] as const satisfies readonly Inspector[];
/** Mildest first, as the schema orders them. */
export const INSPECTION_DECISIONS = ['NONE', 'REMARK', 'WARNING', 'REVOCATION'] as const satisfies readonly InspectionDecision[];

/** Every venue the user may see (the server scopes the rows). */
export async function fetchVenues(options: RequestOptions): Promise<VenueSummary[]> {
  return (await request(venuesQuery, {}, options)).venues ?? [];
}

/** One venue with its details, asked for with the others of its district and kind; null when it is gone. */
export async function fetchVenueDetails(venue: Pick<VenueSummary, 'id' | 'districtId' | 'kind'>, options: RequestOptions): Promise<VenueDetails | null> {
  if (!venue.id || !venue.districtId) return null;
  const data = await request(venueDetailsQuery, { districtId: venue.districtId, kind: venue.kind ?? null }, options);
  return data.venues?.find((v) => v.id === venue.id) ?? null;
}

export async function recordInspection(venueId: string, input: InspectionInput, options: RequestOptions): Promise<RecordedInspection> {
  const recorded = (await request(recordInspectionMutation, { venueId, input }, options)).recordInspection;
  if (!recorded) throw new ApiError('The response held no inspection', 'BAD_RESPONSE');
  return recorded;
}
