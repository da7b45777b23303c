import { describe, expect, it } from 'vitest';
import { readMeasureLayer } from './measureLayer';

const point = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] });
const wedge = { type: 'Polygon' as const, coordinates: [[[15.58, 58.42], [15.581, 58.421], [15.582, 58.42], [15.58, 58.42]]] };

describe('reading the measures layer', () => {
  it('gives each measure with its camera view, and leaves out what it cannot draw', () => {
    const data = readMeasureLayer({
      total: 3,
      clustered: false,
      features: {
        features: [
          { geometry: point(15.58, 58.42), properties: { id: 'a', kind: 'CAMERA', status: 'DONE', title: 'Kamera', part: 'measure' } },
          { geometry: wedge, properties: { id: 'a', kind: 'CAMERA', status: 'DONE', part: 'view' } },
          { geometry: point(15.59, 58.43), properties: { id: 'b', kind: 'LIGHTING', status: 'PROPOSED', part: 'measure' } },
          { geometry: point(15.6, 58.44), properties: { id: 'c', kind: 'teleport', status: 'DONE', part: 'measure' } },
        ],
      },
    });
    expect(data.clusters).toEqual([]);
    expect(data.measures.map((m) => [m.id, m.kind, m.status, m.title, m.camera?.view.type ?? null])).toEqual([
      ['a', 'CAMERA', 'DONE', 'Kamera', 'Polygon'],
      ['b', 'LIGHTING', 'PROPOSED', '', null],
    ]);
  });

  it('gives clusters with their count, kind and bounds', () => {
    const data = readMeasureLayer({
      total: 512,
      clustered: true,
      features: {
        features: [
          { geometry: point(15.58, 58.42), properties: { id: 'cluster:14:1:2', cluster: true, count: 500, kind: 'SIGNAGE', bbox: [15.57, 58.41, 15.59, 58.43] } },
          { geometry: point(15.6, 58.44), properties: { id: 'cluster:14:1:3', cluster: true, count: 12, kind: 'SIGNAGE' } },
        ],
      },
    });
    expect(data.measures).toEqual([]);
    expect(data.clusters).toEqual([{ id: 'cluster:14:1:2', at: [15.58, 58.42], count: 500, kind: 'SIGNAGE', bbox: [15.57, 58.41, 15.59, 58.43] }]);
  });
});
