import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { streetNear } from './basemapNames';

type Road = { name?: string; coordinates: [number, number][]; source?: string; sourceLayer?: string };

/** A map whose screen is its coordinates (1 px = 1 unit), drawing the given roads from a vector basemap. */
function mapWith(roads: Road[], basemap: 'vector' | 'raster' | null = 'vector'): MapLibreMap {
  return {
    getSource: (id: string) => (id === 'basemap' && basemap ? { type: basemap } : undefined),
    project: ([x, y]: [number, number]) => ({ x, y }),
    queryRenderedFeatures: () =>
      roads.map((r) => ({
        source: r.source ?? 'basemap',
        sourceLayer: r.sourceLayer ?? 'roads',
        properties: r.name ? { name: r.name } : {},
        geometry: { type: 'LineString', coordinates: r.coordinates },
      })),
  } as unknown as MapLibreMap;
}

describe('the basemap street nearest a place', () => {
  it('is the named road whose line passes closest, measured to its segments, not its vertices', () => {
    const roads: Road[] = [
      { name: 'Provgatan', coordinates: [[-100, 10], [100, 10]] },
      { name: 'Exempelvägen', coordinates: [[5, -100], [5, -30], [5, 100]] },
      { coordinates: [[0, 1], [10, 1]] },
    ];
    expect(streetNear(mapWith(roads), [0, 0])).toBe('Exempelvägen');
    expect(streetNear(mapWith(roads), [40, 12])).toBe('Provgatan');
  });

  it('names nothing out of reach, without names, from other layers or sources, or without a vector basemap', () => {
    expect(streetNear(mapWith([{ name: 'Långt bort', coordinates: [[200, 200], [300, 200]] }]), [0, 0])).toBeNull();
    expect(streetNear(mapWith([{ name: 'Dammen', sourceLayer: 'water', coordinates: [[0, 0], [1, 1]] }]), [0, 0])).toBeNull();
    expect(streetNear(mapWith([{ name: 'Distrikt', source: 'districts', coordinates: [[0, 0], [1, 1]] }]), [0, 0])).toBeNull();
    expect(streetNear(mapWith([{ name: 'Provgatan', coordinates: [[0, 0], [1, 1]] }], 'raster'), [0, 0])).toBeNull();
    expect(streetNear(mapWith([{ name: 'Provgatan', coordinates: [[0, 0], [1, 1]] }], null), [0, 0])).toBeNull();
  });
});
