import { describe, expect, it } from 'vitest';
import type { PresenceShiftRow } from '../src/db/presence.js';
import { presenceLayer } from '../src/layer/presence.js';
import { boundsOf, checkedView, clusterByGrid, clusterCellM, gridCellOf, shouldCluster, toMercator, type MapView } from '../src/layer/view.js';

const VIEW: MapView = { west: 15.55, south: 58.41, east: 15.62, north: 58.44, zoom: 14 };

describe('the cluster grid', () => {
  it('is 64 screen pixels in Web Mercator metres, by whole zoom level', () => {
    // 64 px of a 512 px world 2πR = 40,075,016.69 m wide: 5,009,377.1 m at zoom 0, 305.75 m at 14.
    expect(clusterCellM(0)).toBeCloseTo(5_009_377.09, 1);
    expect(clusterCellM(14)).toBeCloseTo(305.748, 3);
    expect(clusterCellM(14.9)).toBe(clusterCellM(14));
  });

  it('projects as EPSG:3857 does', () => {
    expect(toMercator([0, 0]).map((n) => Math.abs(n) < 1e-6)).toEqual([true, true]);
    expect(toMercator([180, 0])[0]).toBeCloseTo(20_037_508.34, 2);
    // Linköping: R·λ and R·ln tan(π/4 + φ/2), worked out separately.
    const [x, y] = toMercator([15.62, 58.41]);
    expect(x).toBeCloseTo(1_738_810.45, 1);
    expect(y).toBeCloseTo(8_053_943.44, 1);
  });

  it('clusters above 300 objects in view, never from zoom 18', () => {
    expect(shouldCluster(300, 14)).toBe(false);
    expect(shouldCluster(301, 14)).toBe(true);
    expect(shouldCluster(301, 17.99)).toBe(true);
    expect(shouldCluster(5000, 18)).toBe(false);
  });

  it('gathers by square, with mean position, counts per kind, the commonest kind and the bounds', () => {
    // At zoom 14 a square is 305.75 m: the first two points (≈ 60 m apart) share one, the third is ≈ 1.2 km east.
    const at = (lon: number, lat: number, kind: string) => ({ at: [lon, lat] as [number, number], bounds: [lon, lat, lon, lat] as [number, number, number, number], kind });
    const [x0] = toMercator([15.6, 58.42]);
    const west = 15.6 + ((Math.floor(x0 / 305.748) + 0.2) * 305.748 - x0) / 111_319.49; // inside the square, clear of its edges
    const clusters = clusterByGrid([at(west, 58.42, 'signage'), at(west + 0.001, 58.4201, 'lighting'), at(west + 0.02, 58.42, 'lighting')], 14);
    expect(clusters).toHaveLength(2);
    expect(clusters[0]!.properties).toMatchObject({ count: 2, kinds: { signage: 1, lighting: 1 }, kind: 'lighting', cluster: true });
    expect(clusters[0]!.properties.bbox).toEqual([+west.toFixed(6), 58.42, +(west + 0.001).toFixed(6), 58.4201]);
    expect(clusters[0]!.geometry.coordinates).toEqual([+(west + 0.0005).toFixed(6), 58.42005]);
    expect(clusters[1]!.properties).toMatchObject({ count: 1, kind: 'lighting' });
    expect(clusters[0]!.properties.id).toMatch(/^cluster:14:-?\d+:-?\d+$/);
  });
});

describe('a view as asked for', () => {
  it('passes a sound one and refuses the rest, naming the field', () => {
    expect(checkedView(VIEW)).toBe(VIEW);
    const refused = (v: Partial<MapView>) => {
      try {
        checkedView({ ...VIEW, ...v });
        return null;
      } catch (error) {
        return (error as { extensions: { field: string } }).extensions.field;
      }
    };
    expect(refused({ east: 15.5 })).toBe('view.east');
    expect(refused({ north: 58.0 })).toBe('view.north');
    expect(refused({ zoom: -1 })).toBe('view.zoom');
    expect(refused({ south: -89 })).toBe('view.south');
    expect(refused({ west: Number.NaN })).toBe('view.west');
  });

  it('finds the bounds of points, lines and polygons', () => {
    expect(boundsOf({ type: 'Point', coordinates: [15.6, 58.4] })).toEqual([15.6, 58.4, 15.6, 58.4]);
    expect(boundsOf({ type: 'LineString', coordinates: [[15.6, 58.4], [15.5, 58.45]] })).toEqual([15.5, 58.4, 15.6, 58.45]);
    expect(boundsOf({ type: 'Polygon', coordinates: [[[15.6, 58.4], [15.61, 58.4], [15.61, 58.41], [15.6, 58.4]]] })).toEqual([15.6, 58.4, 15.61, 58.41]);
  });
});

describe('the presence layer', () => {
  const shift = (k: number, lon: number, lat: number): PresenceShiftRow => ({
    id: `s${k}`, actorKind: k % 2 ? 'police' : 'night_walker', organisation: 'x', geometry: { type: 'Point', coordinates: [lon, lat] }, districtId: 'skaggetorp',
    motivationWeek: null, note: '', startsAt: new Date('2026-11-20T19:00:00Z'), endsAt: new Date('2026-11-20T23:00:00Z'),
    state: 'planned', ruleId: null, occurrenceDate: null, synthetic: true,
  });

  it('keeps only the shifts in view, one by one while they are few', () => {
    // Stored shifts come from the database already cut to the view; occurrences of rules are cut here.
    const stored = { total: 0, features: [], cells: null };
    const layer = presenceLayer(stored, [shift(1, 15.58, 58.42), shift(2, 15.7, 58.42)], VIEW);
    expect(layer).toMatchObject({ total: 1, clustered: false });
    expect(layer.features.features).toEqual([{
      type: 'Feature', geometry: { type: 'Point', coordinates: [15.58, 58.42] },
      properties: { id: 's1', actorKind: 'POLICE', state: 'PLANNED', startsAt: '2026-11-20T19:00:00.000Z', endsAt: '2026-11-20T23:00:00.000Z' },
    }]);
  });

  it('adds occurrences to the squares the database summed', () => {
    const [i, j] = gridCellOf([15.58, 58.42], 14);
    const summed = { total: 400, features: null, cells: [{ i, j, kinds: { POLICE: 400 }, sumLon: 15.58 * 400, sumLat: 58.42 * 400, bounds: [15.579, 58.419, 15.581, 58.421] as [number, number, number, number] }] };
    const layer = presenceLayer(summed, [shift(2, 15.58, 58.42)], VIEW);
    expect(layer).toMatchObject({ total: 401, clustered: true });
    expect(layer.features.features).toHaveLength(1);
    expect((layer.features.features[0] as { properties: unknown }).properties).toMatchObject({ count: 401, kind: 'POLICE', kinds: { POLICE: 400, NIGHT_WALKER: 1 } });
  });

  it('clusters by actor kind above 300, every shift counted once', () => {
    const many = Array.from({ length: 301 }, (_, k) => shift(k, 15.58 + (k % 20) * 0.001, 58.42 + Math.floor(k / 20) * 0.0005));
    const layer = presenceLayer({ total: 0, features: [], cells: null }, many, VIEW);
    expect(layer).toMatchObject({ total: 301, clustered: true });
    const counts = (layer.features.features as { properties: { count: number; kinds: Record<string, number> } }[]).map((f) => f.properties);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(301);
    expect(counts.reduce((s, c) => s + (c.kinds.POLICE ?? 0), 0)).toBe(150);
  });
});
