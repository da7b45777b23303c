import { describe, expect, it } from 'vitest';
import { inputWithPermit, type MeasureDetails } from './measures';

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
