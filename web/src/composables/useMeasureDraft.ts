import { computed, reactive, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import {
  proposeMeasure,
  type CameraPermitState,
  type LightingKind,
  type MeasureDetails,
  type MeasureInput,
  type MeasureKind,
} from '../api/measures';
import type { Session } from '../auth/session';
import { wedgePolygon } from '../map/cameraWedge';
import type { Geometry, Polygon } from '../types/geojson';
import { NUMBER, TEXT } from '@tk/input';
import { firstProblem, numberProblem, textProblem } from '../utils/formChecks';
import { pointCoordinates } from '../utils/geo';

/** Terra Draw's modes as the form offers them; a camera is a point and an aim point. */
export type DrawTool = 'point' | 'linestring' | 'polygon' | 'camera';
export const SHAPE_TOOLS: readonly DrawTool[] = ['point', 'linestring', 'polygon'];

export interface CameraAim {
  directionDeg: number;
  rangeM: number;
}

export interface MeasureDraftFields {
  kind: MeasureKind;
  title: string;
  description: string;
  responsibleOrg: string;
  /** As typed: "" for none. */
  cost: number | '';
  lightingKind: LightingKind | '';
  angleDeg: number;
  hours: string;
  permitState: CameraPermitState;
}

export interface MeasureDraft {
  /** The form is open. */
  open: Ref<boolean>;
  /** The drawing tool in use; null while the form is closed. */
  tool: Ref<DrawTool | null>;
  /** The finished shape; for a camera, its point. */
  geometry: ShallowRef<Geometry | null>;
  aim: Ref<CameraAim | null>;
  fields: MeasureDraftFields;
  /** The camera's wedge as it would be saved, drawn while it is placed. */
  preview: ComputedRef<Polygon | null>;
  saving: Ref<boolean>;
  error: ShallowRef<Refusal | null>;
  start: () => void;
  close: () => void;
  chooseKind: (kind: MeasureKind) => void;
  chooseTool: (tool: DrawTool) => void;
  setShape: (geometry: Geometry | null) => void;
  setAim: (aim: CameraAim | null) => void;
  /** Proposes the measure; the saved measure, or null when it was refused (see `error`). */
  save: () => Promise<MeasureDetails | null>;
}

/** The camera's view before it is placed: 90° is a common lens, 50 m a street's length. */
export const DEFAULT_ANGLE_DEG = 90;
export const DEFAULT_AIM: CameraAim = { directionDeg: 0, rangeM: 50 };

const emptyFields = (): MeasureDraftFields => ({
  kind: 'LIGHTING',
  title: '',
  description: '',
  responsibleOrg: '',
  cost: '',
  lightingKind: '',
  angleDeg: DEFAULT_ANGLE_DEG,
  hours: '',
  permitState: 'NOT_APPLIED',
});

/** What the form says, as the API's input; the checks that need no server come first. */
export function draftInput(fields: MeasureDraftFields, geometry: Geometry | null, aim: CameraAim | null): MeasureInput | Refusal {
  const camera = fields.kind === 'CAMERA';
  // In the form's order, so the first problem is the first field a person meets.
  const problem = firstProblem(
    geometry ? null : { code: 'CLIENT', reason: 'required', field: 'geometry' },
    textProblem('title', fields.title, TEXT.measureTitle),
    textProblem('description', fields.description, TEXT.measureDescription),
    textProblem('responsibleOrg', fields.responsibleOrg, TEXT.responsibleOrg),
    numberProblem('costEstimateSek', fields.cost, NUMBER.costEstimateSek),
    camera && !aim ? { code: 'CLIENT', reason: 'required', field: 'camera' } : null,
    camera && aim ? numberProblem('camera.directionDeg', aim.directionDeg, NUMBER.cameraDirectionDeg, { required: true, below: true }) : null,
    camera && aim ? numberProblem('camera.rangeM', aim.rangeM, NUMBER.cameraRangeM, { required: true }) : null,
    camera ? numberProblem('camera.angleDeg', fields.angleDeg, NUMBER.cameraAngleDeg, { required: true }) : null,
    camera ? textProblem('camera.hours', fields.hours, TEXT.cameraHours) : null,
  );
  if (problem || !geometry) return problem ?? { code: 'CLIENT', reason: 'required', field: 'geometry' };
  const trimmed = (text: string): string | null => text.trim() || null;
  return {
    kind: fields.kind,
    title: fields.title.trim(),
    description: trimmed(fields.description),
    geometry,
    responsibleOrg: trimmed(fields.responsibleOrg),
    costEstimateSek: fields.cost === '' ? null : fields.cost,
    lighting: fields.kind === 'LIGHTING' ? { kind: fields.lightingKind || null } : null,
    camera: camera && aim
      ? { directionDeg: aim.directionDeg, angleDeg: fields.angleDeg, rangeM: aim.rangeM, hours: trimmed(fields.hours), permitState: fields.permitState }
      : null,
  };
}

const isError = (value: MeasureInput | Refusal): value is Refusal => 'code' in value && 'reason' in value;

/**
 * The measure being drawn and described: shared by the form in the panel and the drawing on the
 * map. Only the roles of ACCESS.measureWrite open it (the panel decides).
 */
export function useMeasureDraft(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): MeasureDraft {
  const open = ref(false);
  const tool = ref<DrawTool | null>(null);
  const geometry = shallowRef<Geometry | null>(null);
  const aim = ref<CameraAim | null>(null);
  const fields = reactive(emptyFields());
  const saving = ref(false);
  const error = shallowRef<Refusal | null>(null);

  const preview = computed(() => {
    const at = pointCoordinates(geometry.value);
    if (tool.value !== 'camera' || !at || !aim.value || !(fields.angleDeg > 0) || !(aim.value.rangeM > 0)) return null;
    return wedgePolygon(at, { directionDeg: aim.value.directionDeg, angleDeg: Math.min(360, fields.angleDeg), rangeM: aim.value.rangeM });
  });

  const chooseTool = (next: DrawTool): void => {
    if (tool.value === next) return;
    tool.value = next;
    geometry.value = null;
    aim.value = null;
    error.value = null;
  };

  const chooseKind = (kind: MeasureKind): void => {
    fields.kind = kind;
    // A camera is a point with a view; any other kind keeps its shape unless it was a camera.
    if (kind === 'CAMERA') chooseTool('camera');
    else if (tool.value === 'camera') chooseTool('point');
  };

  const start = (): void => {
    Object.assign(fields, emptyFields());
    geometry.value = null;
    aim.value = null;
    error.value = null;
    tool.value = 'linestring';
    open.value = true;
  };

  const close = (): void => {
    open.value = false;
    tool.value = null;
    geometry.value = null;
    aim.value = null;
    error.value = null;
  };

  const save = async (): Promise<MeasureDetails | null> => {
    const token = session.value?.token;
    if (!token || saving.value) return null;
    const input = draftInput(fields, geometry.value, aim.value);
    if (isError(input)) {
      error.value = input;
      return null;
    }
    saving.value = true;
    error.value = null;
    try {
      return await proposeMeasure(input, { token });
    } catch (cause) {
      if (isUnauthenticated(cause)) {
        onTokenRefused();
        return null;
      }
      error.value = toRefusal(cause);
      return null;
    } finally {
      saving.value = false;
    }
  };

  return {
    open,
    tool,
    geometry,
    aim,
    fields,
    preview,
    saving,
    error,
    start,
    close,
    chooseKind,
    chooseTool,
    setShape: (shape) => (geometry.value = shape),
    setAim: (next) => (aim.value = next),
    save,
  };
}
