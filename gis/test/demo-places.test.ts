import { describe, expect, it } from 'vitest';
import { demoDistrict, HOT_PLACES, type LonLat } from '../src/geo/demo-places.js';
import { createRandom } from '../src/random.js';

// A 2.4 km × 2.2 km block near Linköping with a 600 m lake in the middle, and a small island of
// the same district beside it: a multipolygon with a hole.
const m = (x: number, y: number): LonLat => [15.6 + x / 58_300, 58.4 + y / 111_320];
const square = (x0: number, y0: number, x1: number, y1: number) => [m(x0, y0), m(x1, y0), m(x1, y1), m(x0, y1), m(x0, y0)];
const polygons = [[square(0, 0, 2400, 2200), square(900, 800, 1500, 1400).reverse()], [square(3000, 0, 3300, 300)]];
const district = () => demoDistrict({ id: 'prov', name: 'Prov', priority: true, polygons, square: m(300, 300) });

describe('the demo places of a district', () => {
  it('knows its inside: holes and other parts of a multipolygon, and a margin to the edge', () => {
    const d = district();
    expect(d.contains(m(100, 100))).toBe(true);
    expect(d.contains(m(1200, 1100))).toBe(false);
    expect(d.contains(m(3150, 150))).toBe(true);
    expect(d.contains(m(2700, 150))).toBe(false);
    expect(d.contains(m(20, 1000), 10)).toBe(true);
    expect(d.contains(m(20, 1000), 30)).toBe(false);
    expect(d.covers([m(100, 1100), m(800, 1100)])).toBe(true);
    expect(d.covers([m(100, 1100), m(2000, 1100)])).toBe(false);
  });

  it('puts the hot places inside, apart and away from the edge, the same ones every time', () => {
    const d = district();
    expect(d.places.square).toEqual(m(300, 300));
    const others = HOT_PLACES.filter((p) => p !== 'square').map((p) => d.places[p]);
    others.forEach((p) => expect(d.contains(p, 150)).toBe(true));
    const all = HOT_PLACES.map((p) => d.places[p]);
    all.forEach((p, i) => all.slice(i + 1).forEach((q) => expect(d.distanceM(p, q)).toBeGreaterThanOrEqual(450)));
    expect(district().places).toEqual(d.places);
    expect(district().streets).toEqual(d.streets);
    expect(demoDistrict({ id: 'annan', name: 'Annan', priority: true, polygons, square: m(300, 300) }).places).not.toEqual(d.places);
  });

  it('scatters inside the district whatever the spot: near a hot place, along a street, anywhere', () => {
    const d = district();
    const random = createRandom(7);
    for (const spot of [{ near: 'underpass', sdM: 400 }, 'street', 'anywhere'] as const) {
      const points = Array.from({ length: 2000 }, () => d.scatter(random, spot));
      points.forEach((p) => expect(d.contains(p, 5)).toBe(true));
    }
    // Near a hot place means near it.
    const near = Array.from({ length: 500 }, () => d.scatter(random, { near: 'schoolyard', sdM: 50 }));
    expect(near.filter((p) => d.distanceM(p, d.places.schoolyard) < 150).length).toBeGreaterThan(480);
    // Along the streets: closer to one than anywhere is.
    const toStreet = (p: LonLat) => Math.min(...d.streets.flatMap((line) => line.slice(1).map((b, i) => {
      const a = line[i]!;
      const [ab, ap, bp] = [d.distanceM(a, b), d.distanceM(a, p), d.distanceM(b, p)];
      const s = (ab + ap + bp) / 2;
      return ab === 0 ? ap : Math.min(ap, bp, (2 * Math.sqrt(Math.max(0, s * (s - ab) * (s - ap) * (s - bp)))) / ab);
    })));
    const median = (values: number[]) => values.sort((a, b) => a - b)[values.length >> 1]!;
    const street = median(Array.from({ length: 400 }, () => toStreet(d.scatter(random, 'street'))));
    const anywhere = median(Array.from({ length: 400 }, () => toStreet(d.scatter(random, 'anywhere'))));
    expect(street).toBeLessThan(20);
    expect(anywhere).toBeGreaterThan(3 * street);
  });
});
