import { describe, expect, it } from 'vitest';
import type { VenueSummary } from '../api/venues';
import { toVenueFeatures } from './venueFeatures';

const venue = (over: Partial<VenueSummary>): VenueSummary => ({
  id: 'v1', name: 'Krogen', kind: 'BAR', location: { type: 'Point', coordinates: [15.62, 58.41] }, districtId: 'city',
  licensed: true, lastInspectedOn: '2025-01-10', warningsLast3Years: 0, ...over,
});

describe('toVenueFeatures', () => {
  it('carries the kind, the supervision state and a warning mark', () => {
    const { features } = toVenueFeatures([venue({ warningsLast3Years: 1 }), venue({ id: 'v2', kind: 'GYM', licensed: false, lastInspectedOn: null })], '2026-03-01');
    expect(features.map((f) => f.properties)).toEqual([
      { id: 'v1', kind: 'BAR', state: 'due', warning: true },
      { id: 'v2', kind: 'GYM', state: 'none', warning: false },
    ]);
  });
  it('leaves out venues without a point', () => {
    expect(toVenueFeatures([venue({ location: null }), venue({ id: null })], '2026-03-01').features).toEqual([]);
  });
});
