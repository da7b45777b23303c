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
