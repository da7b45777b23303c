import { assertNoPersonalData, badUserInput, checkLength, GeometryError, uuidArg, validateGeometry, type Geometry, type RefusalExtensions } from '@tk/gis';
import { inRange, NUMBER, TEXT, type Range } from '@tk/input';
import { FIRST_YEAR, LAST_YEAR, parseIsoWeek } from '@tk/time';
import type { Camera, Lighting, MeasureDetails, Motivation } from '../db/measures.js';
import type { MeasureKind as Kind } from '../kinds.js';
import type { PermitState as Permit } from '../lifecycle/status.js';
import { builder } from './builder.js';
import { LightingKind, MeasureKind, PermitState } from './measure.js';

const LightingInput = builder.inputType('LightingInput', {
  fields: (t) => ({
    kind: t.field({ type: LightingKind }),
    luxBefore: t.float({ description: '0–100,000 lux.' }),
    luxAfter: t.float(),
  }),
});

const CameraInput = builder.inputType('CameraInput', {
  fields: (t) => ({
    directionDeg: t.float({ required: true, description: 'Compass bearing, 0 ≤ d < 360 (0 north, 90 east).' }),
    angleDeg: t.float({ required: true, description: 'Field of view, 1–360 degrees.' }),
    rangeM: t.float({ required: true, description: '1–500 metres.' }),
    hours: t.string({ description: 'When it records, up to 200 characters.' }),
    permitState: t.field({ type: PermitState, description: 'Default NOT_APPLIED.' }),
  }),
});

const MotivationInput = builder.inputType('MeasureMotivationInput', {
  fields: (t) => ({
    week: t.string({ description: 'ISO week of the weekly picture, e.g. "2026-W47".' }),
    districtId: t.id({ description: 'District of that weekly picture.' }),
    cells: t.stringList({ description: 'Hot-spot cells, "q:r"; at most 100.' }),
    incidentIds: t.idList({ description: 'At most 200.' }),
  }),
});

export const MeasureInput = builder.inputType('MeasureInput', {
  description: 'A measure as proposed or edited. Its district is the one its geometry lies in.',
  fields: (t) => ({
    kind: t.field({ type: MeasureKind, required: true }),
    title: t.string({ required: true, description: '1–200 characters, no personal data.' }),
    description: t.string({ description: 'Up to 2,000 characters, no personal data.' }),
    geometry: t.field({ type: 'GeoJSON', required: true, description: 'Point, LineString or Polygon inside a district; a camera is a Point.' }),
    responsibleOrg: t.string({ description: 'Who carries it out, up to 200 characters.' }),
    costEstimateSek: t.int({ description: 'Estimated cost in kronor, 0 or more.' }),
    motivation: t.field({ type: MotivationInput }),
    lighting: t.field({ type: LightingInput, description: 'Only for LIGHTING.' }),
    camera: t.field({ type: CameraInput, description: 'Required for CAMERA, refused for other kinds.' }),
  }),
});

type Input = typeof MeasureInput.$inferInput;

const refuse = (field: string, message: string, why: RefusalExtensions) => badUserInput(message, { ...why, field });

function range(field: string, value: number | null | undefined, limits: Range, what: string): number | null {
  if (value === null || value === undefined) return null;
  if (!inRange(value, limits)) throw refuse(field, `${field} must be ${what}`, { reason: 'out_of_range', ...limits });
  return hundredths(value);
}

/**
 * To 0.01, more than any lux meter, compass or tape measure gives. The columns are `real`: a double
 * such as 1e-320 or 1e-50 is out of range for one (PostgreSQL refuses it rather than round it to 0),
 * and 359.9999999 becomes 360, which the direction's check refuses; rounded first, neither happens.
 */
const hundredths = (value: number): number => Math.round(value * 100) / 100 + 0; // + 0 turns −0 into 0

/** A compass bearing as stored: to 0.01°, and 360° is north again (0). */
const bearing = (value: number): number => hundredths(value) % 360;

function text(input: Input): Pick<MeasureDetails, 'title' | 'description' | 'responsibleOrg'> {
  const title = input.title.trim();
  const description = (input.description ?? '').trim();
  const responsibleOrg = input.responsibleOrg?.trim() || null;
  checkLength('title', title, TEXT.measureTitle);
  checkLength('description', description, TEXT.measureDescription);
  if (responsibleOrg) checkLength('responsibleOrg', responsibleOrg, TEXT.responsibleOrg);
  assertNoPersonalData({ title, description, ...(responsibleOrg ? { responsibleOrg } : {}) });
  return { title, description, responsibleOrg };
}

function shape(kind: Kind, geometry: Geometry): Geometry {
  try {
    return validateGeometry(geometry, { allowedTypes: kind === 'camera' ? ['Point'] : ['Point', 'LineString', 'Polygon'] });
  } catch (error) {
    if (error instanceof GeometryError) throw refuse('geometry', `Invalid geometry: ${error.message}`, { reason: 'invalid_geometry' });
    throw error;
  }
}

function motivation(m: Input['motivation']): Motivation {
  const week = m?.week?.trim() || null;
  if (week && !parseIsoWeek(week)) throw refuse('motivation.week', `week must be an ISO week such as "2026-W47" in ${FIRST_YEAR}–${LAST_YEAR}, got "${week}"`, { reason: 'invalid_format' });
  const cells = m?.cells ?? [];
  if (cells.length > 100 || cells.some((c) => !/^-?\d{1,7}:-?\d{1,8}$/.test(c))) throw refuse('motivation.cells', 'cells must be at most 100 keys such as "-21372:49837"', { reason: 'invalid_format', max: 100 });
  const incidentIds = m?.incidentIds ?? [];
  if (incidentIds.length > 200) throw refuse('motivation.incidentIds', 'at most 200 incidents', { reason: 'too_long', max: 200 });
  incidentIds.forEach((id) => uuidArg(id, 'motivation.incidentIds'));
  return { week, districtId: m?.districtId ?? null, cells: [...new Set(cells)], incidentIds: [...new Set(incidentIds)] };
}

function lighting(kind: Kind, l: Input['lighting']): Lighting | null {
  if (kind !== 'lighting') {
    if (l) throw refuse('lighting', 'lighting details belong to a LIGHTING measure only', { reason: 'wrong_kind' });
    return null;
  }
  return {
    kind: l?.kind ?? null,
    luxBefore: range('lighting.luxBefore', l?.luxBefore, NUMBER.lux, '0–100,000 lux'),
    luxAfter: range('lighting.luxAfter', l?.luxAfter, NUMBER.lux, '0–100,000 lux'),
  };
}

function camera(kind: Kind, c: Input['camera']): Camera | null {
  if (kind !== 'camera') {
    if (c) throw refuse('camera', 'camera details belong to a CAMERA measure only', { reason: 'wrong_kind' });
    return null;
  }
  if (!c) throw refuse('camera', 'a camera needs its direction, field-of-view angle and range', { reason: 'required' });
  const hours = c.hours?.trim() || null;
  if (hours) checkLength('camera.hours', hours, TEXT.cameraHours);
  if (!inRange(c.directionDeg, NUMBER.cameraDirectionDeg, true)) {
    throw refuse('camera.directionDeg', 'directionDeg must be at least 0 and under 360 (0 north, 90 east)', { reason: 'out_of_range', ...NUMBER.cameraDirectionDeg });
  }
  return {
    directionDeg: bearing(c.directionDeg),
    angleDeg: range('camera.angleDeg', c.angleDeg, NUMBER.cameraAngleDeg, '1–360 degrees')!,
    rangeM: range('camera.rangeM', c.rangeM, NUMBER.cameraRangeM, '1–500 metres')!,
    hours,
    permitState: (c.permitState ?? 'not_applied') as Permit,
  };
}

/** Everything a caller sets, checked, except the district (which the geometry decides, in SQL). */
export function measureDetails(input: Input): Omit<MeasureDetails, 'districtId'> {
  const cost = input.costEstimateSek;
  if (cost !== null && cost !== undefined && !inRange(cost, NUMBER.costEstimateSek)) {
    throw refuse('costEstimateSek', 'costEstimateSek must be 0–1,000,000,000 kronor', { reason: 'out_of_range', ...NUMBER.costEstimateSek });
  }
  return {
    kind: input.kind,
    ...text(input),
    geometry: shape(input.kind, input.geometry),
    costEstimateSek: cost ?? null,
    motivation: motivation(input.motivation),
    lighting: lighting(input.kind, input.lighting),
    camera: camera(input.kind, input.camera),
  };
}
