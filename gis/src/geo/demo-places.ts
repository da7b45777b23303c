import type { Queryable } from '../db/types.js';
import { createRandom, seedOf } from '../random.js';

/**
 * Where the synthetic demo data lies in a district: one home for the incidents', measures',
 * presence's and venues' demos, so that they agree (the camera is at the square where the evening
 * incidents are, the venues at the square and the school yard, the graffiti removal at the
 * underpass …).
 *
 * Real incidents do not sit around a district's label point. They come along streets and at
 * squares, and a few hot places take a good share: the centre's square, a pedestrian underpass, a
 * school yard, a car park, a bus stop. The demo boundaries come with no streets or places, so they
 * are drawn here, seeded by the district's id alone (the same for every service and every machine):
 * - the square is the district's ST_PointOnSurface, where the demo has always had its centre;
 * - the other hot places are drawn inside the district, at least INSET_M from its edge and at least
 *   APART_M from each other (both relaxed step by step for a district too small for them);
 * - the streets: one from the square to each hot place, with a bend, and one straight through each
 *   place (the square too) in a drawn direction, as far as the district goes.
 * Every point `scatter` gives lies inside the district, at least EDGE_M (or the margin asked for)
 * from its edge, so that PostGIS puts it in the same district. Drawn here rather than with
 * ST_GeneratePoints(geom, n, seed): PostGIS's seeded points differ between its versions (the
 * embedded 3.6 gives others than a 3.3 server), and the demo is to be the same on every machine.
 */

export type LonLat = [number, number];
type Random = ReturnType<typeof createRandom>;

export const HOT_PLACES = ['square', 'underpass', 'schoolyard', 'parking', 'busstop'] as const;
export type HotPlace = (typeof HOT_PLACES)[number];

/** Where to put one thing: near a hot place (normally distributed, sd in metres), by a street, or anywhere in the district. */
export type Spot = { near: HotPlace; sdM: number } | 'street' | 'anywhere';

/** The hot places (other than the square) are at least this far inside the district … */
const INSET_M = 150;
/** … and at least this far from each other. */
const APART_M = 450;
/** Every scattered point is at least this far inside the district. */
const EDGE_M = 5;
/** How far from a street's middle things happen on it (sd, metres): the street, its pavements and what is by them. */
const STREET_SD_M = 12;
const M_PER_DEGREE = 111_320;

export interface DemoDistrict {
  id: string;
  name: string;
  priority: boolean;
  places: Record<HotPlace, LonLat>;
  /** Polylines, each with its ends inside the district. */
  streets: LonLat[][];
  /** The street from the square to a hot place. */
  streetTo(place: Exclude<HotPlace, 'square'>): LonLat[];
  /** Whether a point lies inside the district, at least `marginM` from its edge. */
  contains(point: LonLat, marginM?: number): boolean;
  /** Whether a line or ring lies inside the district: every vertex and every point on it every 10 m, at least EDGE_M from the edge. */
  covers(line: readonly LonLat[]): boolean;
  /** A point for `spot`, drawn with `random`, inside the district and at least `marginM` (default EDGE_M) from its edge (tries again until it is). */
  scatter(random: Random, spot: Spot, marginM?: number): LonLat;
  /** `point` moved by metres east and north. */
  offset(point: LonLat, eastM: number, northM: number): LonLat;
  /** Metres between two points. */
  distanceM(a: LonLat, b: LonLat): number;
}

/** The districts with their demo places, by id (the priority ones only, when asked). */
export async function readDemoDistricts(db: Queryable, options: { priorityOnly?: boolean } = {}): Promise<DemoDistrict[]> {
  const rows = await db.query<{ id: string; name: string; priority: boolean; geom: string; lon: number; lat: number }>(
    `SELECT id, name, priority, ST_AsGeoJSON(geom, 15) AS geom, ST_X(p) AS lon, ST_Y(p) AS lat
       FROM (SELECT id, name, priority, geom, ST_PointOnSurface(geom) AS p FROM geo.district) d
      WHERE priority OR NOT $1 ORDER BY id`,
    [options.priorityOnly ?? false],
  );
  return rows.map((r) => {
    const geometry = JSON.parse(r.geom) as { type: 'Polygon'; coordinates: LonLat[][] } | { type: 'MultiPolygon'; coordinates: LonLat[][][] };
    const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
    return demoDistrict({ id: r.id, name: r.name, priority: r.priority, polygons, square: [r.lon, r.lat] });
  });
}

/** A district's demo places from its boundary (rings of WGS 84 positions) and its square. */
export function demoDistrict(d: { id: string; name: string; priority: boolean; polygons: LonLat[][][]; square: LonLat }): DemoDistrict {
  // Metres in a plane about the square: a district is a few kilometres across.
  const [lon0, lat0] = d.square;
  const kx = M_PER_DEGREE * Math.cos((lat0 * Math.PI) / 180);
  const toXY = ([lon, lat]: LonLat): [number, number] => [(lon - lon0) * kx, (lat - lat0) * M_PER_DEGREE];
  const toLonLat = ([x, y]: [number, number]): LonLat => [lon0 + x / kx, lat0 + y / M_PER_DEGREE];
  const rings = d.polygons.flat().map((ring) => ring.map(toXY));
  const xs = rings.flat().map((p) => p[0]);
  const ys = rings.flat().map((p) => p[1]);
  const box = { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };

  // Even-odd over every ring: holes and the parts of a multipolygon come out right.
  const inside = ([x, y]: [number, number]) => {
    let odd = false;
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
        const [xi, yi] = ring[i]!;
        const [xj, yj] = ring[j]!;
        if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
      }
    }
    return odd;
  };
  const edgeDistance = ([x, y]: [number, number]) => {
    let best = Infinity;
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i += 1) {
        const [ax, ay] = ring[i - 1]!;
        const [bx, by] = ring[i]!;
        const [dx, dy] = [bx - ax, by - ay];
        const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
        best = Math.min(best, Math.hypot(x - (ax + t * dx), y - (ay + t * dy)));
      }
    }
    return best;
  };
  const containsXY = (p: [number, number], marginM = EDGE_M) => inside(p) && edgeDistance(p) >= marginM;
  const uniform = (random: Random): [number, number] => [box.x0 + random.next() * (box.x1 - box.x0), box.y0 + random.next() * (box.y1 - box.y0)];

  // The hot places: the square, then each of the others drawn in turn.
  const random = createRandom(seedOf('demo places', d.id));
  const xy: [number, number][] = [toXY(d.square)];
  for (let k = 1; k < HOT_PLACES.length; k += 1) {
    let found: [number, number] | undefined;
    for (let round = 0; round < 30 && !found; round += 1) {
      const [inset, apart] = [INSET_M * 0.8 ** round, APART_M * 0.8 ** round];
      for (let attempt = 0; attempt < 200 && !found; attempt += 1) {
        const p = uniform(random);
        if (containsXY(p, Math.max(inset, EDGE_M)) && xy.every((q) => Math.hypot(p[0] - q[0], p[1] - q[1]) >= apart)) found = p;
      }
    }
    xy.push(found ?? xy[0]!);
  }
  const places = Object.fromEntries(HOT_PLACES.map((kind, k) => [kind, toLonLat(xy[k]!)])) as Record<HotPlace, LonLat>;

  // The streets, in the plane: a bent one from the square to each place, a straight one through each place.
  const connectors = xy.slice(1).map((b) => {
    const a = xy[0]!;
    const bend = (random.next() - 0.5) * 0.4;
    const mid: [number, number] = [(a[0] + b[0]) / 2 - (b[1] - a[1]) * bend, (a[1] + b[1]) / 2 + (b[0] - a[0]) * bend];
    return inside(mid) ? [a, mid, b] : [a, b];
  });
  const through = xy.map((p) => {
    const angle = random.next() * Math.PI;
    const end = (sign: number): [number, number] => {
      const [dx, dy] = [sign * Math.cos(angle), sign * Math.sin(angle)];
      let m = 0;
      while (m < 4000 && containsXY([p[0] + (m + 20) * dx, p[1] + (m + 20) * dy])) m += 20;
      return [p[0] + m * dx, p[1] + m * dy];
    };
    return [end(-1), p, end(1)];
  });
  const streetsXY = [...connectors, ...through];
  const segments = streetsXY.flatMap((line) => line.slice(1).map((b, i) => ({ a: line[i]!, b, length: Math.hypot(b[0] - line[i]![0], b[1] - line[i]![1]) })));
  const totalLength = segments.reduce((s, g) => s + g.length, 0);

  const candidate = (r: Random, spot: Spot): [number, number] => {
    if (spot === 'anywhere') return uniform(r);
    if (spot === 'street') {
      let at = r.next() * totalLength;
      const g = segments.find((s) => (at -= s.length) < 0) ?? segments.at(-1)!;
      const t = r.next();
      return [g.a[0] + t * (g.b[0] - g.a[0]) + r.normal(0, STREET_SD_M), g.a[1] + t * (g.b[1] - g.a[1]) + r.normal(0, STREET_SD_M)];
    }
    const [x, y] = xy[HOT_PLACES.indexOf(spot.near)]!;
    return [x + r.normal(0, spot.sdM), y + r.normal(0, spot.sdM)];
  };

  return {
    id: d.id,
    name: d.name,
    priority: d.priority,
    places,
    streets: streetsXY.map((line) => line.map(toLonLat)),
    streetTo: (place) => connectors[HOT_PLACES.indexOf(place) - 1]!.map(toLonLat),
    contains: (point, marginM = 0) => containsXY(toXY(point), marginM),
    covers(line) {
      const points = line.map(toXY);
      return points.every((p, i) => {
        const q = points[i - 1];
        if (!q) return containsXY(p);
        const steps = Math.max(1, Math.ceil(Math.hypot(p[0] - q[0], p[1] - q[1]) / 10));
        return Array.from({ length: steps }, (_, s) => (s + 1) / steps).every((t) => containsXY([q[0] + t * (p[0] - q[0]), q[1] + t * (p[1] - q[1])]));
      });
    },
    scatter(r, spot, marginM = EDGE_M) {
      for (let attempt = 0; attempt < 1000; attempt += 1) {
        const p = candidate(r, spot);
        if (containsXY(p, marginM)) return toLonLat(p);
      }
      return places[spot === 'street' || spot === 'anywhere' ? 'square' : spot.near];
    },
    offset: (point, eastM, northM) => {
      const [x, y] = toXY(point);
      return toLonLat([x + eastM, y + northM]);
    },
    distanceM: (a, b) => {
      const [p, q] = [toXY(a), toXY(b)];
      return Math.hypot(p[0] - q[0], p[1] - q[1]);
    },
  };
}
