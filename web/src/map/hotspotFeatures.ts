import type { HotspotCell, HotspotClass } from '../api/hotspots';
import type { FeatureCollection, Polygon } from '../types/geojson';

/**
 * What each hexagon carries into MapLibre: enough to style it and to find the cell again on a click.
 * The popup reads the figures from the analysis itself, not from these (stringified) properties.
 */
export interface HotspotProperties {
  key: string;
  class: HotspotClass;
  /** The emerging pattern, or "" when there is none (MapLibre drops null properties). */
  emerging: string;
}

export type HotspotFeatureCollection = FeatureCollection<Polygon, HotspotProperties>;

/** Cells without a key or a hexagon cannot be drawn or clicked, so they are left out. */
export function toHotspotFeatures(cells: readonly HotspotCell[]): HotspotFeatureCollection {
  const features: HotspotFeatureCollection['features'] = [];
  for (const cell of cells) {
    if (!cell.key || cell.geometry?.type !== 'Polygon') continue;
    features.push({
      type: 'Feature',
      geometry: cell.geometry,
      properties: { key: cell.key, class: cell.class ?? 'NONE', emerging: cell.emerging ?? '' },
    });
  }
  return { type: 'FeatureCollection', features };
}
