import { describe, expect, it } from 'vitest';
import { GeometryError, validateGeometry } from '../src/geojson/validate.js';

const square = [[15.6, 58.4], [15.61, 58.4], [15.61, 58.41], [15.6, 58.41], [15.6, 58.4]];

function problem(value: unknown, options = {}): string {
  try {
    validateGeometry(value, options);
  } catch (error) {
    expect(error).toBeInstanceOf(GeometryError);
    return (error as Error).message;
  }
  throw new Error('expected the geometry to be refused');
}

describe('validateGeometry', () => {
  it('accepts each geometry type in WGS 84', () => {
    const good = [
      { type: 'Point', coordinates: [15.62, 58.41] },
      { type: 'MultiPoint', coordinates: [[15.62, 58.41], [15.63, 58.42]] },
      { type: 'LineString', coordinates: [[15.62, 58.41], [15.63, 58.42]] },
      { type: 'MultiLineString', coordinates: [[[15.62, 58.41], [15.63, 58.42]]] },
      { type: 'Polygon', coordinates: [square] },
      { type: 'MultiPolygon', coordinates: [[square]] },
    ];
    good.forEach((g) => expect(validateGeometry(g)).toEqual(g));
  });

  it.each([
    [null, 'must be a GeoJSON object'],
    [[15, 58], 'must be a GeoJSON object'],
    [{ type: 'Circle', coordinates: [15, 58] }, 'unknown geometry type "Circle"'],
    [{ type: 'Point' }, '"coordinates" is missing'],
    [{ type: 'Point', coordinates: [15.6] }, 'numbers [longitude, latitude] (at coordinates)'],
    [{ type: 'Point', coordinates: [15.6, '58'] }, 'finite numbers'],
    [{ type: 'Point', coordinates: [195.6, 58.4] }, 'longitude 195.6 is outside -180…180'],
    [{ type: 'Point', coordinates: [15.6, 98.4] }, 'latitude 98.4 is outside -90…90'],
    [{ type: 'LineString', coordinates: [[15.6, 58.4]] }, 'at least 2 positions'],
    [{ type: 'Polygon', coordinates: [] }, 'at least one ring'],
    [{ type: 'Polygon', coordinates: [[[15.6, 58.4], [15.7, 58.4], [15.6, 58.4]]] }, 'at least 4 positions (at coordinates[0])'],
    [{ type: 'Polygon', coordinates: [square.slice(0, 4).concat([[15.7, 58.5]])] }, 'must be closed'],
    [{ type: 'MultiPolygon', coordinates: [[square], [[[1, 1], [2, 2], [3, 3], [4, 4]]]] }, 'must equal its first (at coordinates[1][0])'],
  ])('refuses %j: %s', (value, message) => {
    expect(problem(value)).toContain(message);
  });

  it('names the exact position that is out of range', () => {
    const ring = square.map((p, i) => (i === 2 ? [15.61, -91] : p));
    expect(problem({ type: 'Polygon', coordinates: [ring] })).toBe('latitude -91 is outside -90…90 (at coordinates[0][2])');
  });

  it('counts vertices against the maximum', () => {
    const line = Array.from({ length: 11 }, (_, i) => [15 + i / 100, 58]);
    expect(validateGeometry({ type: 'LineString', coordinates: line }, { maxVertices: 11 })).toEqual({ type: 'LineString', coordinates: line });
    expect(problem({ type: 'LineString', coordinates: line }, { maxVertices: 10 })).toContain('has 11 vertices; at most 10');
  });

  it('drops an altitude, in every position of every type, and answers a new object', () => {
    const ring3d = square.map(([x, y]) => [x, y, 120]);
    expect(validateGeometry({ type: 'Point', coordinates: [15.62, 58.41, 87.5] })).toEqual({ type: 'Point', coordinates: [15.62, 58.41] });
    expect(validateGeometry({ type: 'MultiPolygon', coordinates: [[ring3d]] })).toEqual({ type: 'MultiPolygon', coordinates: [[square]] });
    expect(validateGeometry({ type: 'LineString', coordinates: [[15.62, 58.41, 1], [15.63, 58.42]] })).toEqual({ type: 'LineString', coordinates: [[15.62, 58.41], [15.63, 58.42]] });
    // Members other than type and coordinates (and so anything they hold) are not carried along.
    const input = { type: 'Point', coordinates: [15.62, 58.41], crs: { name: 'x' } };
    const output = validateGeometry(input);
    expect(output).toEqual({ type: 'Point', coordinates: [15.62, 58.41] });
    expect(output.coordinates).not.toBe(input.coordinates);
    // A ring is closed by longitude and latitude: altitudes that differ do not matter.
    expect(validateGeometry({ type: 'Polygon', coordinates: [square.map(([x, y], i) => [x, y, i])] }).coordinates).toEqual([square]);
  });

  it('skips the degree ranges for projected (EPSG:3006) input and restricts types when asked', () => {
    expect(validateGeometry({ type: 'Point', coordinates: [536227, 6474525] }, { geographic: false }).type).toBe('Point');
    expect(problem({ type: 'Point', coordinates: [15.6, 58.4] }, { allowedTypes: ['Polygon'] })).toContain('a Point is not accepted here; expected Polygon');
  });
});
