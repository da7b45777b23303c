import { badUserInput, type Geometry } from '@tk/gis';

/** What the map shows: its bounds in WGS 84 and its zoom (MapLibre's, 512 px tiles). */
export interface MapView {
  west: number;
  south: number;
  east: number;
  north: number;
  zoom: number;
}

/**
 * Above this many objects in view the layer answers clusters instead: the answer stays small
 * whatever the data holds (a district with thousands of measures, a week with hundreds of shifts),
 * and a map cannot show more than a few hundred symbols legibly anyway.
 */
export const MAX_FEATURES_IN_VIEW = 300;
/** A cluster gathers what lies in one square of this many screen pixels. */
export const CLUSTER_CELL_PX = 64;
/** From this zoom on (a few streets across) objects are always shown one by one. */
export const NEVER_CLUSTER_FROM_ZOOM = 18;
export const MAX_ZOOM = 24;

/** Web Mercator (EPSG:3857) sphere radius and the world's width in metres. */
const EARTH_RADIUS_M = 6_378_137;
const WORLD_M = 2 * Math.PI * EARTH_RADIUS_M;
/** MapLibre's zoom counts 512 px tiles. */
const TILE_PX = 512;
const MAX_LAT = 85.051_128_78;

/**
 * The side of a cluster square in EPSG:3857 metres at a zoom. Whole zoom levels only, so clusters
 * stay put while the user zooms within a level.
 */
export function clusterCellM(zoom: number): number {
  return (CLUSTER_CELL_PX * WORLD_M) / (TILE_PX * 2 ** Math.floor(zoom));
}

export const shouldCluster = (count: number, zoom: number): boolean => count > MAX_FEATURES_IN_VIEW && zoom < NEVER_CLUSTER_FROM_ZOOM;

/** A WGS 84 position in EPSG:3857 metres. */
export function toMercator([lon, lat]: readonly [number, number]): [number, number] {
  const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
  return [(EARTH_RADIUS_M * lon * Math.PI) / 180, EARTH_RADIUS_M * Math.log(Math.tan(Math.PI / 4 + phi / 2))];
}

const problems: readonly [(v: MapView) => boolean, keyof MapView, string][] = [
  [(v) => Object.values(v).some((n) => !Number.isFinite(n)), 'west', 'the view\'s bounds and zoom must be numbers'],
  [(v) => v.west < -180 || v.east > 180, 'west', 'west and east must lie within -180…180 degrees of longitude'],
  [(v) => v.south < -MAX_LAT || v.north > MAX_LAT, 'south', `south and north must lie within ±${MAX_LAT.toFixed(2)} degrees of latitude`],
  [(v) => v.west >= v.east, 'east', 'east must be greater than west (a view across the 180th meridian is not supported)'],
  [(v) => v.south >= v.north, 'north', 'north must be greater than south'],
  [(v) => v.zoom < 0 || v.zoom > MAX_ZOOM, 'zoom', `zoom must lie within 0…${MAX_ZOOM}`],
];

/** The view as asked for, or BAD_USER_INPUT naming the field that is wrong. */
export function checkedView(view: MapView): MapView {
  const problem = problems.find(([wrong]) => wrong(view));
  if (problem) throw badUserInput(`${problem[2]} (got west ${view.west}, south ${view.south}, east ${view.east}, north ${view.north}, zoom ${view.zoom})`, { field: `view.${problem[1]}`, reason: 'out_of_range' });
  return view;
}

export type Bounds = [west: number, south: number, east: number, north: number];

/** The bounds of a Point, LineString or Polygon (the geometries measures and presence have). */
export function boundsOf(geometry: Geometry): Bounds {
  const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    } else (c as unknown[]).forEach(visit);
  };
  visit((geometry as { coordinates: unknown }).coordinates);
  return b;
}

export const intersects = (a: Bounds, v: MapView): boolean => a[0] <= v.east && a[2] >= v.west && a[1] <= v.north && a[3] >= v.south;

export interface ClusterInput {
  /** Where it is drawn (the centre of its bounds) and its bounds. */
  at: [number, number];
  bounds: Bounds;
  /** What the cluster counts it by (a kind). */
  kind: string;
}

export interface ClusterFeature {
  type: 'Feature';
  geometry: { type: 'Point'; coordinates: [number, number] };
  properties: { id: string; cluster: true; count: number; kind: string; kinds: Record<string, number>; bbox: Bounds };
}

/** What one square of the grid holds so far: counts per kind, sums of positions, bounds. */
export interface GridCell {
  i: number;
  j: number;
  kinds: Record<string, number>;
  sumLon: number;
  sumLat: number;
  bounds: Bounds;
}

const round6 = (n: number): number => Math.round(n * 1e6) / 1e6;
const EMPTY_BOUNDS: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
const union = (a: Bounds, b: Bounds): Bounds => [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];

/** The square of the Web Mercator grid a position falls in at a zoom. */
export function gridCellOf(at: readonly [number, number], zoom: number): [number, number] {
  const cell = clusterCellM(zoom);
  const [x, y] = toMercator(at);
  return [Math.floor(x / cell), Math.floor(y / cell)];
}

/** Adds what lies in one square (one object, or a count the database summed) to the grid. */
export function addToGrid(grid: Map<string, GridCell>, add: GridCell): void {
  const key = `${add.i}:${add.j}`;
  const cell = grid.get(key);
  if (!cell) {
    grid.set(key, { ...add, kinds: { ...add.kinds } });
    return;
  }
  for (const [kind, n] of Object.entries(add.kinds)) cell.kinds[kind] = (cell.kinds[kind] ?? 0) + n;
  cell.sumLon += add.sumLon;
  cell.sumLat += add.sumLat;
  cell.bounds = union(cell.bounds, add.bounds);
}

export const gridCellOfItem = (item: ClusterInput, zoom: number): GridCell => {
  const [i, j] = gridCellOf(item.at, zoom);
  return { i, j, kinds: { [item.kind]: 1 }, sumLon: item.at[0], sumLat: item.at[1], bounds: item.bounds };
};

/**
 * One point per square at the members' mean position, with the count, the most common kind (a tie
 * goes to the first by name), the count per kind, and the members' bounds (a click zooms there).
 */
export function clusterFeatures(grid: Map<string, GridCell>, zoom: number): ClusterFeature[] {
  return [...grid.values()]
    .sort((a, b) => a.i - b.i || a.j - b.j)
    .map(({ i, j, kinds, sumLon, sumLat, bounds }) => {
      const count = Object.values(kinds).reduce((s, n) => s + n, 0);
      const kind = Object.entries(kinds).sort(([ka, a], [kb, b]) => b - a || (ka < kb ? -1 : 1))[0]![0];
      return {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [round6(sumLon / count), round6(sumLat / count)] },
        properties: { id: `cluster:${Math.floor(zoom)}:${i}:${j}`, cluster: true, count, kind, kinds, bbox: union(EMPTY_BOUNDS, bounds).map(round6) as Bounds },
      };
    });
}

/** Objects gathered by the square of the grid their point falls in: the same grid and rule as the measures' SQL. */
export function clusterByGrid(items: readonly ClusterInput[], zoom: number): ClusterFeature[] {
  const grid = new Map<string, GridCell>();
  for (const item of items) addToGrid(grid, gridCellOfItem(item, zoom));
  return clusterFeatures(grid, zoom);
}
