import type {
  CameraPermitState,
  LightingKind,
  MeasureDetailFieldsFragment,
  MeasureInput,
  MeasureKind,
  MeasuresQuery,
  MeasureStatus,
} from '../gql/graphql';
import { ApiError, request, type RequestOptions } from './client';
import { changeMeasureStatusMutation, measureDetailsQuery, measuresQuery, proposeMeasureMutation, updateMeasureMutation } from './measureOperations';

export type { CameraPermitState, LightingKind, MeasureInput, MeasureKind, MeasureStatus };
export type MeasureSummary = NonNullable<MeasuresQuery['measures']>[number];
export type MeasureDetails = MeasureDetailFieldsFragment;
export type MeasureEffect = NonNullable<MeasureDetails['effect']>;
export type MeasureChange = NonNullable<MeasureDetails['history']>[number];

/** The schema's kinds in the order the form and the filters list them. */
export const MEASURE_KINDS = [
  'LIGHTING',
  'CAMERA',
  'SIGNAGE',
  'VEGETATION_CLEARING',
  'FENCING',
  'GRAFFITI_REMOVAL',
  'OTHER',
] as const satisfies readonly MeasureKind[];

/** Along the status machine, with "rejected" last. */
export const MEASURE_STATUSES = [
  'PROPOSED',
  'DECIDED',
  'IN_PROGRESS',
  'DONE',
  'EVALUATED',
  'REJECTED',
] as const satisfies readonly MeasureStatus[];

export const LIGHTING_KINDS = ['NEW', 'BRIGHTER', 'REPAIR'] as const satisfies readonly LightingKind[];
export const PERMIT_STATES = ['NOT_APPLIED', 'APPLIED', 'GRANTED', 'REFUSED', 'EXPIRED'] as const satisfies readonly CameraPermitState[];

/** Every measure the user may see, newest first (the server scopes the rows). */
export async function fetchMeasures(options: RequestOptions): Promise<MeasureSummary[]> {
  const data = await request(measuresQuery, {}, options);
  return data.measures ?? [];
}

/** One measure with its details; null when the server no longer lists it (withdrawn, or moved on meanwhile). */
export async function fetchMeasureDetails(summary: Pick<MeasureSummary, 'id'>, options: RequestOptions): Promise<MeasureDetails | null> {
  if (!summary.id) return null;
  return (await request(measureDetailsQuery, { id: summary.id }, options)).measure ?? null;
}

function required(measure: MeasureDetails | null | undefined): MeasureDetails {
  if (!measure) throw new ApiError('The response held no measure', 'BAD_RESPONSE');
  return measure;
}

export async function proposeMeasure(input: MeasureInput, options: RequestOptions): Promise<MeasureDetails> {
  return required((await request(proposeMeasureMutation, { input }, options)).proposeMeasure);
}

export async function changeMeasureStatus(id: string, status: MeasureStatus, options: RequestOptions): Promise<MeasureDetails> {
  return required((await request(changeMeasureStatusMutation, { id, status }, options)).changeMeasureStatus);
}

/**
 * The measure as an input with one change: updateMeasure replaces every detail, so everything the
 * measure holds is sent back as it is, and only the permit differs.
 */
export function inputWithPermit(m: MeasureDetails, permitState: CameraPermitState): MeasureInput {
  if (!m.kind || !m.title || !m.geometry || !m.camera) throw new ApiError('Only a camera has a permit', 'BAD_USER_INPUT');
  const c = m.camera;
  return {
    kind: m.kind,
    title: m.title,
    description: m.description ?? '',
    geometry: m.geometry,
    responsibleOrg: m.responsibleOrg ?? null,
    costEstimateSek: m.costEstimateSek ?? null,
    motivation: {
      week: m.motivation?.week ?? null,
      districtId: m.motivation?.districtId ?? null,
      cells: (m.motivation?.cells ?? []).filter((cell): cell is string => typeof cell === 'string'),
      incidentIds: (m.motivation?.incidentIds ?? []).filter((id): id is string => typeof id === 'string'),
    },
    camera: { directionDeg: c.directionDeg ?? 0, angleDeg: c.angleDeg ?? 0, rangeM: c.rangeM ?? 0, hours: c.hours ?? null, permitState },
  };
}

export async function updateMeasure(id: string, input: MeasureInput, options: RequestOptions): Promise<MeasureDetails> {
  return required((await request(updateMeasureMutation, { id, input }, options)).updateMeasure);
}
