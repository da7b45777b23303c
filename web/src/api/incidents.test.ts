import { describe, expect, it } from 'vitest';
import { splitIncidents, type Incident } from './incidents';

const incident = (over: Partial<Incident>): Incident => ({ id: 'i', category: 'OTHER', precision: 'EXACT', location: null, ...over });

describe('splitIncidents', () => {
  it('draws only incidents with a point and counts district-level ones per district', () => {
    const split = splitIncidents([
      incident({ id: 'a', location: { type: 'Point', coordinates: [15.6, 58.4] } }),
      incident({ id: 'b', precision: 'DISTRICT', districtId: 'ryd' }),
      incident({ id: 'c', precision: 'DISTRICT', districtId: 'ryd' }),
      incident({ id: 'd', precision: 'MUNICIPALITY', areaName: 'Linköpings kommun' }),
      incident({ id: 'e', precision: 'COUNTY' }),
      incident({ id: 'f', precision: 'DISTRICT', districtId: null }),
    ]);
    expect(split.placed.map((i) => i.id)).toEqual(['a']);
    expect([...split.byDistrict]).toEqual([['ryd', 2]]);
    expect(split.unplaced.map((i) => i.id)).toEqual(['d', 'e', 'f']);
  });
});
