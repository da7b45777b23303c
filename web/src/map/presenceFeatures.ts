import type { PresenceActorKind, PresenceShift } from '../api/presence';
import type { FeatureCollection, Point, Polygon } from '../types/geojson';

/** What a shift carries into MapLibre: its colour (the actor), whether it took place, and its id. */
export interface PresenceProperties {
  id: string;
  actorKind: PresenceActorKind;
  /** PLANNED or REALISED; a realised shift is drawn solid, a planned one lighter. */
  state: string;
}

export type PresenceFeatureCollection = FeatureCollection<Point | Polygon, PresenceProperties>;

/** Shifts without an id, an actor or a point or polygon cannot be drawn, so they are left out. */
export function toPresenceFeatures(shifts: readonly PresenceShift[]): PresenceFeatureCollection {
  const features: PresenceFeatureCollection['features'] = [];
  for (const shift of shifts) {
    const geometry = shift.geometry;
    if (!shift.id || !shift.actorKind || (geometry?.type !== 'Point' && geometry?.type !== 'Polygon')) continue;
    features.push({ type: 'Feature', geometry, properties: { id: shift.id, actorKind: shift.actorKind, state: shift.state ?? 'PLANNED' } });
  }
  return { type: 'FeatureCollection', features };
}
