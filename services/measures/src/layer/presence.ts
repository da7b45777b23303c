import type { MapLayer } from '../db/layer.js';
import type { PresenceShiftRow } from '../db/presence.js';
import type { ShiftFeature, StoredInView } from '../db/presence-layer.js';
import { addToGrid, boundsOf, clusterFeatures, gridCellOfItem, intersects, shouldCluster, type ClusterInput, type GridCell, type MapView } from './view.js';

const featureOf = (s: PresenceShiftRow): ShiftFeature => ({
  type: 'Feature',
  geometry: s.geometry,
  properties: { id: s.id, actorKind: s.actorKind.toUpperCase(), state: s.state.toUpperCase(), startsAt: s.startsAt.toISOString(), endsAt: s.endsAt.toISOString() },
});

function itemOf(geometry: unknown, kind: string): ClusterInput {
  const bounds = boundsOf(geometry as PresenceShiftRow['geometry']);
  return { at: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2], bounds, kind };
}

const byStart = (a: ShiftFeature, b: ShiftFeature) => a.properties.startsAt.localeCompare(b.properties.startsAt) || a.properties.id.localeCompare(b.properties.id);

/**
 * A week's shifts in a map view, one by one or, above MAX_FEATURES_IN_VIEW, clustered by actor kind
 * on the same grid as the measures: the stored shifts as the database answered them (each, or
 * already summed per square), the recurring plans' occurrences — which only exist once expanded
 * (presence/recurrence.ts) — added here. Actor kinds and states are spelled as the GraphQL enums
 * spell them (NIGHT_WALKER, PLANNED).
 */
export function presenceLayer(stored: StoredInView, occurrences: readonly PresenceShiftRow[], view: MapView): MapLayer {
  const extra = occurrences.filter((o) => intersects(boundsOf(o.geometry), view));
  const total = stored.total + extra.length;
  if (stored.features && !shouldCluster(total, view.zoom)) {
    return { total, clustered: false, features: { type: 'FeatureCollection', features: [...stored.features, ...extra.map(featureOf)].sort(byStart) } };
  }
  const grid = new Map<string, GridCell>();
  for (const cell of stored.cells ?? []) addToGrid(grid, cell);
  for (const f of stored.features ?? []) addToGrid(grid, gridCellOfItem(itemOf(f.geometry, f.properties.actorKind), view.zoom));
  for (const o of extra) addToGrid(grid, gridCellOfItem(itemOf(o.geometry, o.actorKind.toUpperCase()), view.zoom));
  return { total, clustered: true, features: { type: 'FeatureCollection', features: clusterFeatures(grid, view.zoom) } };
}
