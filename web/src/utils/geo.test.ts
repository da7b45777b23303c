import { describe, expect, it } from 'vitest';
import { anchorOf, boundsOf, pointCoordinates } from './geo';

describe('boundsOf', () => {
  it('spans points, polygons and multipolygons together', () => {
    expect(
      boundsOf([
        { type: 'Point', coordinates: [15.6, 58.4] },
        { type: 'Polygon', coordinates: [[[15.5, 58.3], [15.7, 58.3], [15.7, 58.45], [15.5, 58.3]]] },
        { type: 'MultiPolygon', coordinates: [[[[15.4, 58.5], [15.45, 58.5], [15.45, 58.52], [15.4, 58.5]]]] },
      ]),
    ).toEqual([[15.4, 58.3], [15.7, 58.52]]);
  });

  it('is null without coordinates', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ type: 'MultiPolygon', coordinates: [] }])).toBeNull();
  });
});

describe('pointCoordinates', () => {
  it('reads a Point', () => {
    expect(pointCoordinates({ type: 'Point', coordinates: [15.6, 58.4] })).toEqual([15.6, 58.4]);
  });

  it('ignores other geometries and null', () => {
    expect(pointCoordinates({ type: 'LineString', coordinates: [[0, 0], [1, 1]] })).toBeNull();
    expect(pointCoordinates(null)).toBeNull();
  });
});

describe('anchorOf', () => {
  it('is a point\'s own place, and the middle of the box of anything else', () => {
    expect(anchorOf({ type: 'Point', coordinates: [15.6, 58.4] })).toEqual([15.6, 58.4]);
    expect(anchorOf({ type: 'Polygon', coordinates: [[[15, 58], [16, 58], [16, 59], [15, 58]]] })).toEqual([15.5, 58.5]);
    expect(anchorOf(null)).toBeNull();
  });
});
