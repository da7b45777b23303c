import { describe, expect, it } from 'vitest';
import type { MeasureSummary } from '../api/measures';
import { anchorOf, toMeasureFeatures } from './measureFeatures';

const wedge = { type: 'Polygon' as const, coordinates: [[[15.6, 58.4], [15.601, 58.401], [15.602, 58.4], [15.6, 58.4]]] };

describe('anchorOf', () => {
  it('puts the marker on a point, halfway along a line, and amid a polygon', () => {
    expect(anchorOf({ type: 'Point', coordinates: [15.6, 58.4] })).toEqual([15.6, 58.4]);
    expect(anchorOf({ type: 'LineString', coordinates: [[15.6, 58.4], [15.6, 58.402], [15.6, 58.404]] })).toEqual([15.6, 58.402]);
    const [lng, lat] = anchorOf({ type: 'LineString', coordinates: [[15.6, 58.4], [15.602, 58.4]] })!;
    expect(lng).toBeCloseTo(15.601, 9);
    expect(lat).toBeCloseTo(58.4, 9);
    expect(anchorOf({ type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]] })).toEqual([1, 1]);
    expect(anchorOf(null)).toBeNull();
  });
});

describe('toMeasureFeatures', () => {
  it('gives every measure an anchor, lines and polygons a shape, and cameras their view', () => {
    const measures: MeasureSummary[] = [
      { id: 'a', kind: 'CAMERA', status: 'PROPOSED', geometry: { type: 'Point', coordinates: [15.6, 58.4] }, camera: { view: wedge } },
      { id: 'b', kind: 'LIGHTING', status: 'DONE', geometry: { type: 'LineString', coordinates: [[15.6, 58.4], [15.61, 58.4]] } },
      { id: 'c', kind: 'SIGNAGE', status: null, geometry: { type: 'Point', coordinates: [15.6, 58.4] } },
      { id: 'd', kind: 'FENCING', status: 'DECIDED', geometry: null },
    ];
    const features = toMeasureFeatures(measures);
    expect(features.anchors.features.map((f) => f.properties)).toEqual([
      { id: 'a', kind: 'CAMERA', status: 'PROPOSED' },
      { id: 'b', kind: 'LIGHTING', status: 'DONE' },
    ]);
    expect(features.shapes.features.map((f) => [f.properties.id, f.geometry.type])).toEqual([['b', 'LineString']]);
    expect(features.views.features.map((f) => [f.properties.id, f.geometry])).toEqual([['a', wedge]]);
  });
});
