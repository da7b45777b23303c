import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';
import { shallowRef } from 'vue';
import { describe, expect, it } from 'vitest';
import { clickTarget, useMapClicks } from './useMapClicks';

const where = { lng: 15.6, lat: 58.4 } as LngLat;

function setUp(suspended = false) {
  const calls: string[] = [];
  const clicks = useMapClicks(shallowRef<MapLibreMap | null>(null), {
    before: () => calls.push('before'),
    suspended: () => suspended,
    missed: () => calls.push('missed'),
    targets: [
      clickTarget(() => null, (id) => calls.push(`cluster ${id}`)),
      clickTarget(() => null, (id) => calls.push(`measure ${id}`), 'measures'),
      clickTarget(() => null, (id, at) => calls.push(`ring ${id} ${at.lng}`), 'presence'),
      clickTarget(() => null, (id) => calls.push(`area ${id}`)),
    ],
  });
  return { clicks, calls };
}

describe('opening a feature by id (the list of features in view)', () => {
  it('does what a click on it does: the popups close first, then the layer\'s own opening', () => {
    const { clicks, calls } = setUp();
    clicks.open('measures', 'm1', where);
    clicks.open('presence', 's1', where);
    expect(calls).toEqual(['before', 'measure m1', 'before', 'ring s1 15.6']);
  });

  it('opens nothing while a measure is drawn, nor for a layer the map does not have', () => {
    const drawing = setUp(true);
    drawing.clicks.open('measures', 'm1', where);
    expect(drawing.calls).toEqual(['before']);
    const plain = setUp();
    plain.clicks.open('venues', 'v1', where);
    expect(plain.calls).toEqual(['before']);
  });
});
