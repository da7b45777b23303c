/**
 * GeoJSON geometries (RFC 7946) as the API's GeoJSON scalar delivers them. Declared here rather than
 * taken from @types/geojson, which this package does not depend on; the shapes are structurally the
 * same, so they can be handed to MapLibre as they are.
 */
export type Position = number[];

export interface Point { type: 'Point'; coordinates: Position }
export interface MultiPoint { type: 'MultiPoint'; coordinates: Position[] }
export interface LineString { type: 'LineString'; coordinates: Position[] }
export interface MultiLineString { type: 'MultiLineString'; coordinates: Position[][] }
export interface Polygon { type: 'Polygon'; coordinates: Position[][] }
export interface MultiPolygon { type: 'MultiPolygon'; coordinates: Position[][][] }

export type Geometry = Point | MultiPoint | LineString | MultiLineString | Polygon | MultiPolygon;

export interface Feature<G extends Geometry, P> {
  type: 'Feature';
  id?: string | number;
  geometry: G;
  properties: P;
}

export interface FeatureCollection<G extends Geometry, P> {
  type: 'FeatureCollection';
  features: Feature<G, P>[];
}
