import type { MeasureKind, MeasureStatus, MeasureSummary } from '../api/measures';
import type { FeatureCollection, LineString, Point, Polygon, Position } from '../types/geojson';

/** What each measure carries into MapLibre: its style and the id to find it again on a click. */
export interface MeasureProperties {
  id: string;
  kind: MeasureKind;
  status: MeasureStatus;
}

export interface MeasureFeatures {
  /** Lines and polygons as drawn; points are only anchors. */
  shapes: FeatureCollection<LineString | Polygon, MeasureProperties>;
  /** One point per measure, where its marker (status colour, kind letter) stands. */
  anchors: FeatureCollection<Point, MeasureProperties>;
  /** The wedges cameras see, as the server computed them. */
  views: FeatureCollection<Polygon, MeasureProperties>;
}

const isPosition = (p: Position | undefined): p is [number, number] =>
  !!p && typeof p[0] === 'number' && typeof p[1] === 'number';

/** Halfway along the line, so the marker sits on it (lengths in degrees, longitude shrunk by latitude). */
function lineMiddle(coordinates: Position[]): Position | null {
  const points = coordinates.filter(isPosition);
  if (points.length === 0) return null;
  const scale = Math.cos((points[0]![1] * Math.PI) / 180);
  const lengths = points.slice(1).map((p, i) => Math.hypot((p[0] - points[i]![0]) * scale, p[1] - points[i]![1]));
  let remaining = lengths.reduce((a, b) => a + b, 0) / 2;
  for (const [i, length] of lengths.entries()) {
    if (remaining <= length && length > 0) {
      const [a, b] = [points[i]!, points[i + 1]!];
      const f = remaining / length;
      return [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
    }
    remaining -= length;
  }
  return points[0]!;
}

/** The mean of the outer ring's corners: inside for the small, convex shapes measures are drawn as. */
function ringCentre(ring: Position[] | undefined): Position | null {
  const corners = (ring ?? []).filter(isPosition).slice(0, -1);
  if (corners.length === 0) return null;
  return [corners.reduce((s, p) => s + p[0], 0) / corners.length, corners.reduce((s, p) => s + p[1], 0) / corners.length];
}

export function anchorOf(geometry: MeasureSummary['geometry']): Position | null {
  switch (geometry?.type) {
    case 'Point':
      return isPosition(geometry.coordinates) ? geometry.coordinates : null;
    case 'LineString':
      return lineMiddle(geometry.coordinates);
    case 'Polygon':
      return ringCentre(geometry.coordinates[0]);
    default:
      return null;
  }
}

/** What drawing a measure needs: a list entry and a map layer's measure both have it. */
export type DrawableMeasure = Pick<MeasureSummary, 'id' | 'kind' | 'status' | 'geometry'> & { camera?: { view?: MeasureSummary['geometry'] } | null };

/** Measures without an id, a kind, a status or a usable geometry cannot be drawn or clicked, so they are left out. */
export function toMeasureFeatures(measures: readonly DrawableMeasure[]): MeasureFeatures {
  const result: MeasureFeatures = {
    shapes: { type: 'FeatureCollection', features: [] },
    anchors: { type: 'FeatureCollection', features: [] },
    views: { type: 'FeatureCollection', features: [] },
  };
  for (const measure of measures) {
    const anchor = anchorOf(measure.geometry);
    if (!measure.id || !measure.kind || !measure.status || !anchor) continue;
    const properties: MeasureProperties = { id: measure.id, kind: measure.kind, status: measure.status };
    result.anchors.features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: anchor }, properties });
    const geometry = measure.geometry;
    if (geometry?.type === 'LineString' || geometry?.type === 'Polygon') result.shapes.features.push({ type: 'Feature', geometry, properties });
    const view = measure.camera?.view;
    if (view?.type === 'Polygon') result.views.features.push({ type: 'Feature', geometry: view, properties });
  }
  return result;
}
