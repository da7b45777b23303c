import { describe, expect, it } from 'vitest';
import { toIncidentFeatures } from './incidentFeatures';

describe('toIncidentFeatures', () => {
  it('keeps incidents with an id and a point, with OTHER for a missing category', () => {
    const collection = toIncidentFeatures([
      { id: 'a', category: 'FIRE', location: { type: 'Point', coordinates: [15.6, 58.4] } },
      { id: 'b', category: null, location: { type: 'Point', coordinates: [15.5, 58.41] } },
      { id: 'c', category: 'FIRE', location: null },
      { id: null, category: 'FIRE', location: { type: 'Point', coordinates: [15.6, 58.4] } },
    ]);
    expect(collection.features.map((f) => [f.properties.id, f.properties.category, f.geometry.coordinates])).toEqual([
      ['a', 'FIRE', [15.6, 58.4]],
      ['b', 'OTHER', [15.5, 58.41]],
    ]);
  });
});
