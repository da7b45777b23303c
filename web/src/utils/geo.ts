import type { Geometry, Position } from '../types/geojson';

/** [[west, south], [east, north]], the shape MapLibre's fitBounds accepts. */
export type LngLatBox = [[number, number], [number, number]];

function positionsOf(geometry: Geometry): Position[] {
  switch (geometry.type) {
    case 'Point':
      return [geometry.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return geometry.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return geometry.coordinates.flat();
    case 'MultiPolygon':
      return geometry.coordinates.flat(2);
  }
}

/** The bounding box of all geometries, or null when there are no coordinates at all. */
export function boundsOf(geometries: readonly Geometry[]): LngLatBox | null {
  let west = Infinity;
  let south = Infinity;
  let east = -Infinity;
  let north = -Infinity;
  for (const geometry of geometries) {
    for (const [lng, lat] of positionsOf(geometry)) {
      if (lng === undefined || lat === undefined) continue;
      west = Math.min(west, lng);
      east = Math.max(east, lng);
      south = Math.min(south, lat);
      north = Math.max(north, lat);
    }
  }
  return Number.isFinite(west) ? [[west, south], [east, north]] : null;
}

/** The [lng, lat] of a Point geometry, or null for anything else. */
export function pointCoordinates(geometry: Geometry | null | undefined): [number, number] | null {
  if (geometry?.type !== 'Point') return null;
  const [lng, lat] = geometry.coordinates;
  return lng === undefined || lat === undefined ? null : [lng, lat];
}

/**
 * Where a popup for a geometry stands: a point's own place, else the middle of its bounding box
 * (a hexagon's centre; near enough for a shift's area).
 */
export function anchorOf(geometry: Geometry | null | undefined): [number, number] | null {
  const point = pointCoordinates(geometry);
  if (point || !geometry) return point;
  const box = boundsOf([geometry]);
  return box ? [(box[0][0] + box[1][0]) / 2, (box[0][1] + box[1][1]) / 2] : null;
}
