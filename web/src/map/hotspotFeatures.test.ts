import { describe, expect, it } from 'vitest';
import type { Polygon } from '../types/geojson';
import { toHotspotFeatures } from './hotspotFeatures';

const hexagon: Polygon = {
  type: 'Polygon',
  coordinates: [[[15.6, 58.4], [15.601, 58.4005], [15.601, 58.4015], [15.6, 58.402], [15.599, 58.4015], [15.599, 58.4005], [15.6, 58.4]]],
};

describe('toHotspotFeatures', () => {
  it('keeps the key, the class and the pattern of each hexagon', () => {
    const collection = toHotspotFeatures([
      { key: '1:2', class: 'HOT_95', emerging: 'NEW', geometry: hexagon },
      { key: '1:3', class: 'NONE', emerging: null, geometry: hexagon },
    ]);
    expect(collection.features.map((f) => f.properties)).toEqual([
      { key: '1:2', class: 'HOT_95', emerging: 'NEW' },
      { key: '1:3', class: 'NONE', emerging: '' },
    ]);
    expect(collection.features[0]?.geometry).toBe(hexagon);
  });

  it('leaves out cells without a key or a polygon', () => {
    const collection = toHotspotFeatures([
      { key: null, class: 'HOT_99', geometry: hexagon },
      { key: '2:2', class: 'HOT_99', geometry: { type: 'Point', coordinates: [15.6, 58.4] } },
      { key: '3:3', class: 'HOT_99', geometry: null },
    ]);
    expect(collection.features).toEqual([]);
  });
});

describe('toHotspotFeatures with presence', () => {
  it('marks the hot cells where nobody was present, and no others', () => {
    const collection = toHotspotFeatures(
      [
        { key: '1:1', class: 'HOT_99', geometry: hexagon, presence: { hasPresence: false } },
        { key: '1:2', class: 'HOT_95', geometry: hexagon, presence: { hasPresence: true } },
        { key: '1:3', class: 'COLD_99', geometry: hexagon, presence: { hasPresence: false } },
        { key: '1:4', class: 'HOT_90', geometry: hexagon, presence: null },
      ],
      true,
    );
    expect(collection.features.map((f) => [f.properties.key, f.properties.uncovered])).toEqual([
      ['1:1', true],
      ['1:2', false],
      ['1:3', false],
      ['1:4', false],
    ]);
  });
});
