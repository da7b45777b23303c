import type { VenueKind, VenueSummary } from '../api/venues';
import type { FeatureCollection, Point } from '../types/geojson';
import { supervisionState, type SupervisionState } from '../utils/supervision';

/** What a venue carries into MapLibre: its id, kind (the letter), supervision state (the ring) and a warning mark. */
export interface VenueProperties {
  id: string;
  kind: VenueKind;
  state: SupervisionState;
  warning: boolean;
}

export type VenueFeatureCollection = FeatureCollection<Point, VenueProperties>;

/** Venues without an id, a kind or a point cannot be drawn, so they are left out. */
export function toVenueFeatures(venues: readonly VenueSummary[], today: string): VenueFeatureCollection {
  const features: VenueFeatureCollection['features'] = [];
  for (const venue of venues) {
    const location = venue.location;
    if (!venue.id || !venue.kind || location?.type !== 'Point') continue;
    features.push({
      type: 'Feature',
      geometry: location,
      properties: { id: venue.id, kind: venue.kind, state: supervisionState(venue, today), warning: (venue.warningsLast3Years ?? 0) > 0 },
    });
  }
  return { type: 'FeatureCollection', features };
}
