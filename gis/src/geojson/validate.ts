/**
 * Structural validation of GeoJSON geometries (RFC 7946), before anything reaches the database.
 * Each problem is reported with the path to the offending part, so a person can find it.
 */

/**
 * [longitude, latitude]. Input may carry an altitude as a third number (RFC 7946 allows it), but
 * every table stores 2D geometries (their columns refuse a Z coordinate) and nothing here has a use
 * for height, so `validateGeometry` answers positions without it.
 */
export type Position = [number, number];
export type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'MultiPoint'; coordinates: Position[] }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };
export type GeometryType = Geometry['type'];

export const GEOMETRY_TYPES: readonly GeometryType[] = [
  'Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon',
];

export interface ValidationOptions {
  /** Longitude/latitude ranges apply to WGS 84 only; projected input (EPSG:3006) skips them. */
  geographic?: boolean;
  maxVertices?: number;
  allowedTypes?: readonly GeometryType[];
}

export const DEFAULT_MAX_VERTICES = 10_000;

export class GeometryError extends Error {
  constructor(message: string, readonly path: string) {
    super(path ? `${message} (at ${path})` : message);
    this.name = 'GeometryError';
  }
}

// Nesting depth of `coordinates` per type: 0 = a position.
const DEPTH: Record<GeometryType, number> = {
  Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3,
};

function checkPosition(value: unknown, path: string, geographic: boolean): Position {
  if (!Array.isArray(value) || value.length < 2 || value.length > 3) {
    throw new GeometryError('a position must be an array of 2 (or 3) numbers [longitude, latitude]', path);
  }
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
    throw new GeometryError('coordinates must be finite numbers', path);
  }
  const [lon, lat] = value as [number, number];
  if (geographic) {
    if (lon < -180 || lon > 180) throw new GeometryError(`longitude ${lon} is outside -180…180`, path);
    if (lat < -90 || lat > 90) throw new GeometryError(`latitude ${lat} is outside -90…90`, path);
  }
  // The altitude, if any, is dropped here (see Position).
  return [lon, lat];
}

/**
 * The coordinates rebuilt from checked positions: whatever else the input held (altitudes, extra
 * members) never reaches SQL. Recursion is bounded by DEPTH (at most 3 levels), not by the input.
 */
function checkNesting(value: unknown, depth: number, path: string, geographic: boolean, count: { vertices: number }): unknown {
  if (depth === 0) {
    count.vertices += 1;
    return checkPosition(value, path, geographic);
  }
  if (!Array.isArray(value)) throw new GeometryError('expected an array of coordinates', path);
  return value.map((item, i) => checkNesting(item, depth - 1, `${path}[${i}]`, geographic, count));
}

const samePosition = (a: number[], b: number[]) => a[0] === b[0] && a[1] === b[1];

function checkLine(line: number[][], path: string): void {
  if (line.length < 2) throw new GeometryError('a line needs at least 2 positions', path);
}

function checkRing(ring: number[][], path: string): void {
  if (ring.length < 4) throw new GeometryError('a polygon ring needs at least 4 positions', path);
  if (!samePosition(ring[0]!, ring[ring.length - 1]!)) {
    throw new GeometryError('a polygon ring must be closed: its last position must equal its first', path);
  }
}

function checkPolygon(rings: number[][][], path: string): void {
  if (rings.length === 0) throw new GeometryError('a polygon needs at least one ring', path);
  rings.forEach((ring, i) => checkRing(ring, `${path}[${i}]`));
}

const SHAPE_CHECKS: Record<GeometryType, (coordinates: unknown, path: string) => void> = {
  Point: () => undefined,
  MultiPoint: (c) => {
    if ((c as unknown[]).length === 0) throw new GeometryError('a MultiPoint needs at least one point', 'coordinates');
  },
  LineString: (c, p) => checkLine(c as number[][], p),
  MultiLineString: (c, p) => (c as number[][][]).forEach((line, i) => checkLine(line, `${p}[${i}]`)),
  Polygon: (c, p) => checkPolygon(c as number[][][], p),
  MultiPolygon: (c, p) => (c as number[][][][]).forEach((poly, i) => checkPolygon(poly, `${p}[${i}]`)),
};

/**
 * Returns the geometry typed and in 2D (a new object: store this one, not the input), or throws a
 * `GeometryError` naming the first problem found.
 */
export function validateGeometry(value: unknown, options: ValidationOptions = {}): Geometry {
  const { geographic = true, maxVertices = DEFAULT_MAX_VERTICES, allowedTypes = GEOMETRY_TYPES } = options;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new GeometryError('a geometry must be a GeoJSON object with "type" and "coordinates"', '');
  }
  const { type, coordinates } = value as { type?: unknown; coordinates?: unknown };
  if (typeof type !== 'string' || !(GEOMETRY_TYPES as readonly string[]).includes(type)) {
    throw new GeometryError(`unknown geometry type ${JSON.stringify(type)}; expected one of ${GEOMETRY_TYPES.join(', ')}`, 'type');
  }
  const geometryType = type as GeometryType;
  if (!allowedTypes.includes(geometryType)) {
    throw new GeometryError(`a ${geometryType} is not accepted here; expected ${allowedTypes.join(' or ')}`, 'type');
  }
  if (coordinates === undefined) throw new GeometryError('"coordinates" is missing', 'coordinates');
  const count = { vertices: 0 };
  const planar = checkNesting(coordinates, DEPTH[geometryType], 'coordinates', geographic, count);
  if (count.vertices > maxVertices) {
    throw new GeometryError(`the geometry has ${count.vertices} vertices; at most ${maxVertices} are accepted`, 'coordinates');
  }
  SHAPE_CHECKS[geometryType](planar, 'coordinates');
  return { type: geometryType, coordinates: planar } as Geometry;
}
