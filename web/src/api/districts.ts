import type { DocumentNode } from 'graphql';
import { getOperationAST } from 'graphql';
import { partsFor, type DataPart } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import type { DistrictIncidentCountsQuery, PublicDistrictsQuery } from '../gql/graphql';
import { swedishDaysBefore } from '@tk/time';

/** A period as the API's DateTime arguments take it. */
interface Period {
  from: string;
  to: string;
}
import { isUnauthenticated, request, toRefusal, type Refusal, type RequestOptions } from './client';
import { districtIncidentCountsQuery, districtMeasuresQuery, districtVenuesQuery, publicDistrictsQuery } from './operations';

/** One district as anyone may see it. */
export type PublicDistrict = NonNullable<PublicDistrictsQuery['districts']>[number];

export type IncidentCount = NonNullable<NonNullable<DistrictIncidentCountsQuery['districts']>[number]['incidentCount']>;

/** What the restricted parts add to a district. */
export interface DistrictPartValues {
  incidentCount?: IncidentCount | null;
  venueCount?: number | null;
  measureCount?: number | null;
}

/** A district with the parts the user may see; a part that was not fetched stays undefined. */
export type District = PublicDistrict & DistrictPartValues;

/**
 * How each restricted part fared: fetched, not asked for (anonymous, or the role may not), or
 * asked for and refused (FORBIDDEN, a failing service …), which the panel must say.
 */
export type PartStatus =
  | { state: 'loaded' }
  | { state: 'notPermitted' }
  | ({ state: 'refused' } & Refusal);

export interface DistrictData {
  districts: District[];
  parts: Record<DataPart, PartStatus>;
}

/**
 * The side panel reports incidents over the last 28 Swedish calendar days and today so far, counted
 * up to the moment of loading (see swedishDaysBefore).
 */
export const INCIDENT_WINDOW_DAYS = 28;

const PART_DOCUMENTS: Record<DataPart, DocumentNode> = {
  incidentCounts: districtIncidentCountsQuery,
  venues: districtVenuesQuery,
  measures: districtMeasuresQuery,
};

/** The names of the operations sent for this user, public first: what the role-based fetching asks. */
export function operationsFor(user: SessionUser | null): string[] {
  return [publicDistrictsQuery, ...partsFor(user).map((part) => PART_DOCUMENTS[part])].map(
    (document) => getOperationAST(document)?.name?.value ?? '',
  );
}

type PartRows = Map<string, DistrictPartValues>;

function byId<T extends { id?: string | null }>(rows: readonly T[] | null | undefined, values: (row: T) => DistrictPartValues): PartRows {
  const map: PartRows = new Map();
  for (const row of rows ?? []) if (row.id) map.set(row.id, values(row));
  return map;
}

async function fetchPart(part: DataPart, period: Period, options: RequestOptions): Promise<PartRows> {
  switch (part) {
    case 'incidentCounts': {
      const data = await request(districtIncidentCountsQuery, period, options);
      return byId(data.districts, (d) => ({ incidentCount: d.incidentCount ?? null }));
    }
    case 'venues': {
      const data = await request(districtVenuesQuery, {}, options);
      return byId(data.districts, (d) => ({ venueCount: d.venues?.length ?? null }));
    }
    case 'measures': {
      const data = await request(districtMeasuresQuery, {}, options);
      return byId(data.districts, (d) => ({ measureCount: d.measures?.length ?? null }));
    }
  }
}

/** The public districts with each fetched part's values merged in by district id. */
export function mergeDistricts(publicDistricts: readonly PublicDistrict[], parts: readonly PartRows[]): District[] {
  return publicDistricts.map((district) =>
    parts.reduce<District>((merged, rows) => ({ ...merged, ...(district.id ? rows.get(district.id) : undefined) }), { ...district }),
  );
}

/** The district without anything a signed-in user was shown; used at once when the user changes. */
export function publicOnly(district: District): PublicDistrict {
  const { incidentCount: _incidents, venueCount: _venues, measureCount: _measures, ...rest } = district;
  return rest;
}

export const NOTHING_PERMITTED: Record<DataPart, PartStatus> = {
  incidentCounts: { state: 'notPermitted' },
  venues: { state: 'notPermitted' },
  measures: { state: 'notPermitted' },
};

/**
 * The public districts, and in parallel each part the user's roles may see. A failing part does
 * not fail the map: it is reported in `parts`. A refused token does fail, so the caller can sign
 * the user out (the gateway then refuses every operation, the public one too).
 */
export async function fetchDistricts(
  now: Date,
  access: { user: SessionUser | null; token: string | null },
  signal?: AbortSignal,
): Promise<DistrictData> {
  const options: RequestOptions = { signal, token: access.user ? access.token : null };
  const wanted = partsFor(access.user);
  const recent = swedishDaysBefore(now, INCIDENT_WINDOW_DAYS);
  const period: Period = { from: recent.from.toISOString(), to: recent.to.toISOString() };
  const [publicResult, ...partResults] = await Promise.allSettled([
    request(publicDistrictsQuery, {}, options),
    ...wanted.map((part) => fetchPart(part, period, options)),
  ]);
  signal?.throwIfAborted();
  const refusedToken = partResults.find((r) => r.status === 'rejected' && isUnauthenticated(r.reason));
  if (refusedToken?.status === 'rejected') throw refusedToken.reason;
  if (publicResult.status === 'rejected') throw publicResult.reason;

  const parts = { ...NOTHING_PERMITTED };
  const fetched: PartRows[] = [];
  wanted.forEach((part, index) => {
    const result = partResults[index]!;
    if (result.status === 'fulfilled') {
      parts[part] = { state: 'loaded' };
      fetched.push(result.value);
    } else {
      const error = result.reason;
      parts[part] = { state: 'refused', ...toRefusal(error) };
    }
  });
  return { districts: mergeDistricts(publicResult.value.districts ?? [], fetched), parts };
}
