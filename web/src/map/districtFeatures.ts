import type { PublicDistrict as District } from '../api/districts';
import type { FeatureCollection, MultiPolygon, Polygon } from '../types/geojson';

/**
 * The properties each district feature carries into MapLibre (and into queryRenderedFeatures). Only
 * public facts: the map is drawn the same for everyone, and restricted counts stay in the panel.
 */
export interface DistrictProperties {
  id: string;
  name: string;
  priority: boolean;
  approximate: boolean;
}

export type DistrictFeatureCollection = FeatureCollection<Polygon | MultiPolygon, DistrictProperties>;

function areaGeometry(district: District): Polygon | MultiPolygon | null {
  const geometry = district.geometry;
  return geometry?.type === 'Polygon' || geometry?.type === 'MultiPolygon' ? geometry : null;
}

/** Districts without an id or an area geometry cannot be drawn or selected, so they are left out. */
export function toDistrictFeatures(districts: readonly District[]): DistrictFeatureCollection {
  const features: DistrictFeatureCollection['features'] = [];
  for (const district of districts) {
    const geometry = areaGeometry(district);
    if (!district.id || !geometry) continue;
    features.push({
      type: 'Feature',
      geometry,
      properties: {
        id: district.id,
        name: district.name ?? district.id,
        priority: district.priority ?? false,
        approximate: district.approximate ?? false,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
