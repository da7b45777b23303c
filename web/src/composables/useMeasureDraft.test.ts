import { describe, expect, it } from 'vitest';
import { draftInput, type MeasureDraftFields } from './useMeasureDraft';

const fields = (extra: Partial<MeasureDraftFields> = {}): MeasureDraftFields => ({
  kind: 'LIGHTING',
  title: ' Ny belysning ',
  description: '',
  responsibleOrg: 'Tekniska förvaltningen',
  cost: 120000,
  lightingKind: 'NEW',
  angleDeg: 90,
  hours: '',
  permitState: 'NOT_APPLIED',
  ...extra,
});
const line = { type: 'LineString' as const, coordinates: [[15.586, 58.4255], [15.588, 58.4262]] };
const point = { type: 'Point' as const, coordinates: [15.587, 58.426] };

describe('draftInput', () => {
  it('makes a lighting measure with its kind of light and no camera', () => {
    expect(draftInput(fields(), line, null)).toEqual({
      kind: 'LIGHTING',
      title: 'Ny belysning',
      description: null,
      geometry: line,
      responsibleOrg: 'Tekniska förvaltningen',
      costEstimateSek: 120000,
      lighting: { kind: 'NEW' },
      camera: null,
    });
  });

  it('gives a camera its aim, angle, hours and permit, and no lighting', () => {
    const input = draftInput(fields({ kind: 'CAMERA', cost: '', hours: 'fre–lör 20–04', angleDeg: 60 }), point, { directionDeg: 135, rangeM: 70 });
    expect(input).toMatchObject({
      kind: 'CAMERA',
      costEstimateSek: null,
      lighting: null,
      camera: { directionDeg: 135, angleDeg: 60, rangeM: 70, hours: 'fre–lör 20–04', permitState: 'NOT_APPLIED' },
    });
  });

  it('asks for a shape, and for a camera its aim, before anything is sent', () => {
    expect(draftInput(fields(), null, null)).toMatchObject({ field: 'geometry' });
    expect(draftInput(fields({ kind: 'CAMERA' }), point, null)).toMatchObject({ field: 'camera' });
  });

  it('checks words, cost and the camera\'s view with the limits the server refuses with, in the form\'s order', () => {
    expect(draftInput(fields({ title: '  ' }), line, null)).toEqual({ code: 'CLIENT', reason: 'required', field: 'title', min: 1, max: 200 });
    expect(draftInput(fields({ title: 'x'.repeat(201), cost: -1 }), line, null)).toMatchObject({ field: 'title', reason: 'too_long', max: 200 });
    expect(draftInput(fields({ description: 'x'.repeat(2001) }), line, null)).toMatchObject({ field: 'description', reason: 'too_long', max: 2000 });
    expect(draftInput(fields({ cost: -1 }), line, null)).toMatchObject({ field: 'costEstimateSek', reason: 'out_of_range', min: 0 });
    const camera = fields({ kind: 'CAMERA' });
    expect(draftInput(camera, point, { directionDeg: 360, rangeM: 70 })).toMatchObject({ field: 'camera.directionDeg', reason: 'out_of_range' });
    expect(draftInput(camera, point, { directionDeg: 90, rangeM: 501 })).toMatchObject({ field: 'camera.rangeM', reason: 'out_of_range', min: 1, max: 500 });
    expect(draftInput({ ...camera, angleDeg: 0 }, point, { directionDeg: 90, rangeM: 50 })).toMatchObject({ field: 'camera.angleDeg', reason: 'out_of_range' });
  });
});
