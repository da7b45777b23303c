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
import {
  changeMeasureStatusMutation, measureDetailsQuery, measuresQuery, proposeMeasureMutation, updateMeasureMutation, withdrawMeasureMutation,
} from './measureOperations';

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
 * The measure as an input, everything as it holds it: updateMeasure replaces every detail, so a change
 * sends the measure back whole with only what changed.
 */
export function inputOf(m: MeasureDetails): MeasureInput {
  if (!m.kind || !m.title || !m.geometry) throw new ApiError('The measure is not complete enough to send back', 'BAD_RESPONSE');
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
    ...(m.lighting ? { lighting: { kind: m.lighting.kind ?? null, luxBefore: m.lighting.luxBefore ?? null, luxAfter: m.lighting.luxAfter ?? null } } : {}),
    ...(c
      ? { camera: { directionDeg: c.directionDeg ?? 0, angleDeg: c.angleDeg ?? 0, rangeM: c.rangeM ?? 0, hours: c.hours ?? null, permitState: c.permitState ?? 'NOT_APPLIED' } }
      : {}),
  };
}

/** The camera with only its permit changed. */
export function inputWithPermit(m: MeasureDetails, permitState: CameraPermitState): MeasureInput {
  const input = inputOf(m);
  if (!input.camera) throw new ApiError('Only a camera has a permit', 'BAD_USER_INPUT');
  return { ...input, camera: { ...input.camera, permitState } };
}

/** What the panel lets one change after a measure is drawn: its words, who, the cost, lighting and camera hours. */
export interface MeasureEdit {
  title: string;
  description: string;
  responsibleOrg: string | null;
  costEstimateSek: number | null;
  lighting: { kind: LightingKind | null; luxBefore: number | null; luxAfter: number | null } | null;
  cameraHours: string | null;
}

export function editOf(m: MeasureDetails): MeasureEdit {
  return {
    title: m.title ?? '',
    description: m.description ?? '',
    responsibleOrg: m.responsibleOrg ?? null,
    costEstimateSek: m.costEstimateSek ?? null,
    lighting: m.lighting ? { kind: m.lighting.kind ?? null, luxBefore: m.lighting.luxBefore ?? null, luxAfter: m.lighting.luxAfter ?? null } : null,
    cameraHours: m.camera?.hours ?? null,
  };
}

/** The measure with the edit applied; the place, the kind, the camera's view and what motivated it stay. */
export function inputWithEdit(m: MeasureDetails, e: MeasureEdit): MeasureInput {
  const input = inputOf(m);
  return {
    ...input,
    title: e.title,
    description: e.description,
    responsibleOrg: e.responsibleOrg,
    costEstimateSek: e.costEstimateSek,
    ...(input.lighting || e.lighting ? { lighting: e.lighting } : {}),
    ...(input.camera ? { camera: { ...input.camera, hours: e.cameraHours } } : {}),
  };
}

export async function updateMeasure(id: string, input: MeasureInput, options: RequestOptions): Promise<MeasureDetails> {
  return required((await request(updateMeasureMutation, { id, input }, options)).updateMeasure);
}

/** Withdraws a measure with a reason; it leaves the lists, and its history keeps it. */
export async function withdrawMeasure(id: string, reason: string, options: RequestOptions): Promise<boolean> {
  return (await request(withdrawMeasureMutation, { id, reason }, options)).withdrawMeasure === true;
}
