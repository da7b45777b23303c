/**
 * Independent arithmetic for checking spatial answers: distances on a local plane around the
 * point of interest (good to a few centimetres over a kilometre at Linköping's latitude) and
 * Swedish local calendar fields of an instant.
 */
const EARTH_RADIUS_M = 6_371_008.8;
type LonLat = [number, number];

function toPlane(origin: LonLat): (p: LonLat) => [number, number] {
  const k = Math.PI / 180;
  const cosLat = Math.cos(origin[1] * k);
  return ([lon, lat]) => [(lon - origin[0]) * k * cosLat * EARTH_RADIUS_M, (lat - origin[1]) * k * EARTH_RADIUS_M];
}

function segmentDistance(p: [number, number], a: [number, number], b: [number, number]): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

function inside(p: [number, number], ring: [number, number][]): boolean {
  let result = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [a, b] = [ring[i]!, ring[j]!];
    if (a[1] > p[1] !== b[1] > p[1] && p[0] < ((b[0] - a[0]) * (p[1] - a[1])) / (b[1] - a[1]) + a[0]) result = !result;
  }
  return result;
}

export type SimpleGeometry =
  | { type: 'Point'; coordinates: LonLat }
  | { type: 'LineString'; coordinates: LonLat[] }
  | { type: 'Polygon'; coordinates: LonLat[][] };

/** Metres from a point to a Point, LineString or (hole-free) Polygon. */
export function distanceM(geometry: SimpleGeometry, point: LonLat): number {
  const first = geometry.type === 'Point' ? geometry.coordinates : geometry.type === 'LineString' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
  const plane = toPlane(first);
  const p = plane(point);
  if (geometry.type === 'Point') return Math.hypot(...plane(geometry.coordinates).map((v, i) => v - p[i]!) as [number, number]);
  const path = (geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0]!).map(plane);
  if (geometry.type === 'Polygon' && inside(p, path)) return 0;
  let best = Infinity;
  for (let i = 1; i < path.length; i += 1) best = Math.min(best, segmentDistance(p, path[i - 1]!, path[i]!));
  return best;
}

const LOCAL = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Stockholm', year: 'numeric', month: 'numeric', weekday: 'short', hour: 'numeric', hourCycle: 'h23',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Year, quarter, ISO day of week (1 = Monday) and hour of an instant in Sweden. */
export function swedishTime(at: Date): { year: number; quarter: number; dayOfWeek: number; hour: number } {
  const parts = Object.fromEntries(LOCAL.formatToParts(at).map((p) => [p.type, p.value]));
  return {
    year: Number(parts.year),
    quarter: Math.floor((Number(parts.month) - 1) / 3) + 1,
    dayOfWeek: WEEKDAYS.indexOf(parts.weekday!) + 1,
    hour: Number(parts.hour),
  };
}

/** Metres from a point to a Point, LineString or (hole-free) Polygon, all given in one projected plane (EPSG:3006: [x, y] in metres). */
export function planarDistanceM(geometry: SimpleGeometry, point: [number, number]): number {
  if (geometry.type === 'Point') return Math.hypot(geometry.coordinates[0] - point[0], geometry.coordinates[1] - point[1]);
  const path = geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0]!;
  if (geometry.type === 'Polygon' && inside(point, path)) return 0;
  let best = Infinity;
  for (let i = 1; i < path.length; i += 1) best = Math.min(best, segmentDistance(point, path[i - 1]!, path[i]!));
  return best;
}

// The hexagon grid as the README describes it (EPSG:3006, pointy-top, `size` metres across the flats,
// rows of cells eastwards, every other row half a cell east, cell (0, 0) centred on the origin), worked
// out here the plain way: the cell of a point is the one with the nearest centre, found by search.
const ROW = Math.sqrt(3) / 2;

/** The centre [x, y] of cell (q, r): x = size · (q + r/2), y = size · (√3/2) · r. */
export function hexCentre(q: number, r: number, size: number): [number, number] {
  return [size * (q + r / 2), size * ROW * r];
}

/**
 * The cell holding the point [x, y]: the nearest centre among the candidates around it, and by how
 * many metres the next nearest is farther (near 0: the point lies on an edge, too close to call).
 */
export function hexCellOf([x, y]: [number, number], size: number): { q: number; r: number; margin: number } {
  const distances: { q: number; r: number; d: number }[] = [];
  const r0 = Math.floor(y / (size * ROW));
  for (let r = r0 - 1; r <= r0 + 2; r += 1) {
    const q0 = Math.floor(x / size - r / 2);
    for (let q = q0 - 1; q <= q0 + 2; q += 1) {
      const [cx, cy] = hexCentre(q, r, size);
      distances.push({ q, r, d: Math.hypot(x - cx, y - cy) });
    }
  }
  distances.sort((a, b) => a.d - b.d);
  return { q: distances[0]!.q, r: distances[0]!.r, margin: distances[1]!.d - distances[0]!.d };
}

/** Every cell whose centre lies within `radius` metres of a geometry in the plane, and whether any is too close to the edge to call. */
export function hexCellsNear(geometry: SimpleGeometry, radius: number, size: number): { cells: { q: number; r: number; distance: number }[]; onEdge: boolean } {
  const points = geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'LineString' ? geometry.coordinates : geometry.coordinates[0]!;
  const [xs, ys] = [points.map((p) => p[0]), points.map((p) => p[1])];
  const [rMin, rMax] = [Math.floor((Math.min(...ys) - radius) / (size * ROW)) - 1, Math.ceil((Math.max(...ys) + radius) / (size * ROW)) + 1];
  const cells: { q: number; r: number; distance: number }[] = [];
  let onEdge = false;
  for (let r = rMin; r <= rMax; r += 1) {
    for (let q = Math.floor((Math.min(...xs) - radius) / size - r / 2) - 1; q <= Math.ceil((Math.max(...xs) + radius) / size - r / 2) + 1; q += 1) {
      const distance = planarDistanceM(geometry, hexCentre(q, r, size));
      if (Math.abs(distance - radius) < 0.01) onEdge = true;
      if (distance <= radius) cells.push({ q, r, distance });
    }
  }
  return { cells, onEdge };
}

const LOCAL_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });
const LOCAL_CLOCK = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });

/** The Swedish calendar day of an instant, "YYYY-MM-DD", and its wall-clock time "HH:MM:SS". */
export function swedishDayAndClock(at: Date): { day: string; clock: string } {
  return { day: LOCAL_DAY.format(at), clock: LOCAL_CLOCK.format(at) };
}

/** Whole days from one calendar day to another ("YYYY-MM-DD"). */
export function daysBetween(from: string, to: string): number {
  const utc = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  return Math.round((utc(to) - utc(from)) / 86_400_000);
}

/** The instant a Swedish calendar day begins, found by stepping a quarter-hour at a time through Intl's clock. */
export function swedishMidnightOf(day: string): Date {
  const utcMidnight = Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
  for (let t = utcMidnight - 3 * 3_600_000; t <= utcMidnight; t += 900_000) {
    const { day: d, clock } = swedishDayAndClock(new Date(t));
    if (d === day && clock === '00:00:00') return new Date(t);
  }
  throw new Error(`no Swedish midnight found for ${day}`);
}
