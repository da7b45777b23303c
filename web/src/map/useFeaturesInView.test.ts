import { describe, expect, it } from 'vitest';
import type { Geometry } from '../types/geojson';
import { uncoveredRect } from './fitPadding';
import { FEATURES_LISTED, listInView, showsIn, type MapViewport } from './useFeaturesInView';

// A plain projection: a degree is 100 px, north up; the view is 0–800 × 0–600 px.
const project = ([lng, lat]: [number, number]) => ({ x: lng * 100, y: 600 - lat * 100 });
const rect = { left: 0, top: 0, right: 800, bottom: 600 };
const point = (lng: number, lat: number): Geometry => ({ type: 'Point', coordinates: [lng, lat] });
const viewport: MapViewport = { shows: (g) => !!g && showsIn(g, project, rect) };

describe('showsIn', () => {
  it('takes a point inside the rectangle, edges included, and leaves one outside', () => {
    expect(showsIn(point(4, 3), project, rect)).toBe(true);
    expect(showsIn(point(8, 0), project, rect)).toBe(true);
    expect(showsIn(point(9, 3), project, rect)).toBe(false);
    expect(showsIn(point(4, -1), project, rect)).toBe(false);
  });

  it('takes an area that only reaches into the view, or covers all of it', () => {
    const reaching: Geometry = { type: 'Polygon', coordinates: [[[7, 1], [12, 1], [12, 2], [7, 1]]] };
    const covering: Geometry = { type: 'Polygon', coordinates: [[[-5, -5], [20, -5], [20, 20], [-5, -5]]] };
    const beside: Geometry = { type: 'Polygon', coordinates: [[[9, 1], [12, 1], [12, 2], [9, 1]]] };
    expect(showsIn(reaching, project, rect)).toBe(true);
    expect(showsIn(covering, project, rect)).toBe(true);
    expect(showsIn(beside, project, rect)).toBe(false);
  });

  it('leaves a part of the map the side panel covers out', () => {
    const uncovered = uncoveredRect(1280, 800);
    expect(uncovered.left).toBeGreaterThan(380);
    expect(showsIn(point(2, 3), project, uncovered)).toBe(false);
    expect(showsIn(point(5, 3), project, uncovered)).toBe(true);
  });
});

describe('listInView', () => {
  const items = Array.from({ length: FEATURES_LISTED + 7 }, (_, i) => ({ id: `f${i}`, geometry: point(1 + (i % 7), 2) }));
  const named = (item: { id: string }) => ({ id: item.id, texts: [item.id.toUpperCase()] });

  it('lists the first ones in view in the order given, and counts the rest', () => {
    const outside = { id: 'far', geometry: point(50, 50) };
    const listed = listInView([outside, ...items], viewport, (item) => item.geometry, named);
    expect(listed.rows).toHaveLength(FEATURES_LISTED);
    expect(listed.rows[0]).toEqual({ id: 'f0', at: [1, 2], texts: ['F0'] });
    expect(listed.more).toBe(7);
  });

  it('places an area at the middle of its box, and skips what has no id or no place', () => {
    const cell: Geometry = { type: 'Polygon', coordinates: [[[1, 1], [3, 1], [3, 2], [1, 2], [1, 1]]] };
    const listed = listInView(
      [{ id: 'cell', geometry: cell }, { id: null, geometry: point(1, 1) }, { id: 'nowhere', geometry: null }],
      viewport,
      (item) => item.geometry,
      (item) => ({ id: item.id, texts: [] }),
    );
    expect(listed.rows.map((row) => [row.id, row.at])).toEqual([['cell', [2, 1.5]]]);
  });

  it('lists nothing before the map has a view', () => {
    expect(listInView(items, null, (item) => item.geometry, named)).toEqual({ rows: [], more: 0 });
  });
});
