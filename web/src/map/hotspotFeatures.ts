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
  /** A hot cell where nobody was present that week; only when presence was asked for. */
  uncovered?: boolean;
}

/** Hot, and the answer says nobody was there: the cells a presence plan should look at. */
export function isUncoveredHotCell(cell: Pick<HotspotCell, 'class' | 'presence'>): boolean {
  return !!cell.class?.startsWith('HOT') && cell.presence?.hasPresence === false;
}

export type HotspotFeatureCollection = FeatureCollection<Polygon, HotspotProperties>;

/**
 * Cells without a key or a hexagon cannot be drawn or clicked, so they are left out. With
 * `withPresence` each cell says whether it is a hot cell without presence.
 */
export function toHotspotFeatures(cells: readonly HotspotCell[], withPresence = false): HotspotFeatureCollection {
  const features: HotspotFeatureCollection['features'] = [];
  for (const cell of cells) {
    if (!cell.key || cell.geometry?.type !== 'Polygon') continue;
    features.push({
      type: 'Feature',
      geometry: cell.geometry,
      properties: {
        key: cell.key,
        class: cell.class ?? 'NONE',
        emerging: cell.emerging ?? '',
        ...(withPresence ? { uncovered: isUncoveredHotCell(cell) } : {}),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
