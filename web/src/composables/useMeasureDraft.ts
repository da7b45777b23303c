import { computed, reactive, ref, shallowRef, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { ApiError, isUnauthenticated } from '../api/client';
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
import { pointCoordinates } from '../utils/geo';
import { toMeasuresError } from './useMeasures';

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

/** A refusal to show: next to the field the server named (extensions.field), or above the buttons. */
export interface DraftError {
  code: string;
  field: string | null;
  message: string;
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
  error: ShallowRef<DraftError | null>;
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
export function draftInput(fields: MeasureDraftFields, geometry: Geometry | null, aim: CameraAim | null): MeasureInput | DraftError {
  if (!geometry) return { code: 'CLIENT', field: 'geometry', message: 'noGeometry' };
  const camera = fields.kind === 'CAMERA';
  if (camera && !aim) return { code: 'CLIENT', field: 'camera', message: 'noAim' };
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

const isError = (value: MeasureInput | DraftError): value is DraftError => 'code' in value;

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
  const error = shallowRef<DraftError | null>(null);

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
      const { code, message } = toMeasuresError(cause);
      error.value = { code, field: cause instanceof ApiError ? cause.field : null, message };
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
