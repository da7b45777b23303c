import { describe, expect, it } from 'vitest';
import { toPresenceFeatures } from './presenceFeatures';

describe('toPresenceFeatures', () => {
  it('keeps shifts with a point or a polygon, PLANNED when the state is missing', () => {
    const square = { type: 'Polygon' as const, coordinates: [[[15.6, 58.4], [15.61, 58.4], [15.61, 58.41], [15.6, 58.4]]] };
    const collection = toPresenceFeatures([
      { id: 'a', actorKind: 'POLICE', state: 'REALISED', geometry: { type: 'Point', coordinates: [15.6, 58.4] } },
      { id: 'b', actorKind: 'NIGHT_WALKER', state: null, geometry: square },
      { id: 'c', actorKind: 'NIGHT_WALKER', geometry: { type: 'LineString', coordinates: [[15.6, 58.4], [15.61, 58.4]] } },
      { id: null, actorKind: 'POLICE', geometry: { type: 'Point', coordinates: [15.6, 58.4] } },
      { id: 'e', actorKind: null, geometry: { type: 'Point', coordinates: [15.6, 58.4] } },
    ]);
    expect(collection.features.map((f) => f.properties)).toEqual([
      { id: 'a', actorKind: 'POLICE', state: 'REALISED' },
      { id: 'b', actorKind: 'NIGHT_WALKER', state: 'PLANNED' },
    ]);
  });
});
