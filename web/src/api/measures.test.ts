import { describe, expect, it } from 'vitest';
import { editOf, inputWithEdit, inputWithPermit, type MeasureDetails } from './measures';

const camera = {
  id: 'c1', kind: 'CAMERA', title: 'Kamera vid torget', description: 'Mot busshållplatsen', status: 'DECIDED', nextStatuses: [],
  districtId: 'skaggetorp', geometry: { type: 'Point', coordinates: [15.587, 58.426] }, responsibleOrg: 'Säkerhetsenheten', costEstimateSek: 180000,
  motivation: { week: '2026-W46', districtId: 'skaggetorp', cells: ['-1:2'], incidentIds: [] },
  camera: { directionDeg: 135, angleDeg: 60, rangeM: 65, hours: 'fre–lör 20–04', permitState: 'NOT_APPLIED', view: null },
  lighting: null, history: [], effect: null,
} as unknown as MeasureDetails;

describe('inputWithPermit', () => {
  it('sends the measure back whole with only the permit changed', () => {
    expect(inputWithPermit(camera, 'GRANTED')).toEqual({
      kind: 'CAMERA', title: 'Kamera vid torget', description: 'Mot busshållplatsen', geometry: { type: 'Point', coordinates: [15.587, 58.426] },
      responsibleOrg: 'Säkerhetsenheten', costEstimateSek: 180000,
      motivation: { week: '2026-W46', districtId: 'skaggetorp', cells: ['-1:2'], incidentIds: [] },
      camera: { directionDeg: 135, angleDeg: 60, rangeM: 65, hours: 'fre–lör 20–04', permitState: 'GRANTED' },
    });
  });

  it('refuses a measure that is not a camera', () => {
    expect(() => inputWithPermit({ ...camera, kind: 'SIGNAGE', camera: null } as MeasureDetails, 'GRANTED')).toThrow(/Only a camera/);
  });
});

describe('inputWithEdit', () => {
  const lighting = {
    ...camera, id: 'l1', kind: 'LIGHTING', title: 'Belysning', camera: null, geometry: { type: 'LineString', coordinates: [[15.58, 58.42], [15.59, 58.43]] },
    lighting: { kind: 'NEW', luxBefore: 2, luxAfter: null },
  } as unknown as MeasureDetails;

  it('changes the words, who, cost and lux, and keeps the place, the kind and the motivation', () => {
    const edit = { ...editOf(lighting), title: 'Ny belysning', responsibleOrg: null, costEstimateSek: 5000, lighting: { kind: 'BRIGHTER' as const, luxBefore: 2, luxAfter: 11.5 } };
    expect(inputWithEdit(lighting, edit)).toEqual({
      kind: 'LIGHTING', title: 'Ny belysning', description: 'Mot busshållplatsen', geometry: lighting.geometry,
      responsibleOrg: null, costEstimateSek: 5000,
      motivation: { week: '2026-W46', districtId: 'skaggetorp', cells: ['-1:2'], incidentIds: [] },
      lighting: { kind: 'BRIGHTER', luxBefore: 2, luxAfter: 11.5 },
    });
  });

  it('changes a camera\'s hours and keeps its view and permit', () => {
    const input = inputWithEdit(camera, { ...editOf(camera), cameraHours: null });
    expect(input.camera).toEqual({ directionDeg: 135, angleDeg: 60, rangeM: 65, hours: null, permitState: 'NOT_APPLIED' });
    expect(input.lighting).toBeUndefined();
  });
});
