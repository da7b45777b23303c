import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';

/** Points gathered by MapLibre's own clustering (GeoJSON sources with `cluster: true`). */
export const IS_CLUSTER: ExpressionSpecification = ['has', 'point_count'];
export const IS_SINGLE: ExpressionSpecification = ['!', ['has', 'point_count']];

/** A few pixels of slack around a click, as a finger or a shaking hand needs. */
function around(point: PointLike, slack: number): [PointLike, PointLike] {
  const p = Array.isArray(point) ? { x: point[0], y: point[1] } : point;
  return [[p.x - slack, p.y - slack], [p.x + slack, p.y + slack]];
}

/** A property of the topmost feature of a layer at a point, as text; null where there is none. */
export function propertyAt(map: MapLibreMap, point: PointLike, layer: string, property: string, slack = 3): string | null {
  const value = map.queryRenderedFeatures(around(point, slack), { layers: [layer] })[0]?.properties[property] as unknown;
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

/** Zooms in on a drawn cluster until its points come apart. */
export function expandCluster(map: MapLibreMap, source: string, layer: string, clusterId: string): void {
  const feature = map.queryRenderedFeatures({ layers: [layer] }).find((f) => String(f.properties.cluster_id) === clusterId);
  const geojson = map.getSource<GeoJSONSource>(source);
  if (!geojson || feature?.geometry.type !== 'Point') return;
  const center = feature.geometry.coordinates as [number, number];
  void geojson.getClusterExpansionZoom(Number(clusterId)).then((zoom) => map.easeTo({ center, zoom: zoom + 0.1 }));
}
