import type { Incident, IncidentCategory } from '../api/incidents';
import type { FeatureCollection, Point } from '../types/geojson';
import { pointCoordinates } from '../utils/geo';

/** What a point carries into MapLibre: its style and the id to find the incident again on a click. */
export interface IncidentProperties {
  id: string;
  category: IncidentCategory;
}

export type IncidentFeatureCollection = FeatureCollection<Point, IncidentProperties>;

/** Incidents without an id or a point cannot be drawn or clicked, so they are left out. */
export function toIncidentFeatures(incidents: readonly Incident[]): IncidentFeatureCollection {
  const features: IncidentFeatureCollection['features'] = [];
  for (const incident of incidents) {
    const at = pointCoordinates(incident.location);
    if (!incident.id || !at) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { id: incident.id, category: incident.category ?? 'OTHER' },
    });
  }
  return { type: 'FeatureCollection', features };
}
