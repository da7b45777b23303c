import { readDemoDistricts, type DemoDistrict } from '@tk/gis/geo/demo-places';
import { serviceTestDatabase } from '@tk/gis/testing/service-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoVenues } from '../src/demo.js';
import { venuesService } from '../src/index.js';

const testDb = serviceTestDatabase('venues', venuesService.migrationsDir);
let districts: Map<string, DemoDistrict>;
beforeAll(async () => {
  const db = testDb();
  await loadDemoVenues(db);
  districts = new Map((await readDemoDistricts(db)).map((d) => [d.id, d]));
});
interface Venue { name: string; kind: string; district: string | null; inside: boolean; lon: number; lat: number }

describe('where the demo venues are', () => {
  it('lie inside the district they are named for: licensed premises by the square, the school at the school yard, the rest spread out', async () => {
    const venues = await testDb().query<Venue>(
      `SELECT v.name, v.kind, v.district_id AS district, coalesce(ST_CoveredBy(v.location, d.geom), false) AS inside,
              ST_X(v.location) AS lon, ST_Y(v.location) AS lat
         FROM venues.venue v LEFT JOIN geo.district d ON d.id = v.district_id ORDER BY v.district_id, v.name`,
    );
    expect(venues).toHaveLength(43);
    for (const d of districts.values()) {
      const own = venues.filter((v) => v.name.endsWith(` ${d.name}`));
      expect(own.length, d.id).toBe(d.id === 'city' ? 10 : d.priority ? 5 : 2);
      own.forEach((v) => expect({ name: v.name, district: v.district, inside: v.inside }).toEqual({ name: v.name, district: d.id, inside: true }));
      const from = (v: Venue, place: 'square' | 'schoolyard') => d.distanceM([v.lon, v.lat], d.places[place]);
      own.filter((v) => ['restaurant', 'bar', 'nightclub'].includes(v.kind)).forEach((v) => expect(from(v, 'square'), v.name).toBeLessThan(d.id === 'city' ? 500 : 250));
      own.filter((v) => v.kind === 'school').forEach((v) => expect(from(v, 'schoolyard'), v.name).toBeLessThan(100));
      // The school is not by the restaurants: at least 300 m between them (the school yard is at least 450 m from the square).
      const [school, restaurant] = [own.find((v) => v.kind === 'school'), own.find((v) => v.kind === 'restaurant')];
      if (school && restaurant) expect(d.distanceM([school.lon, school.lat], [restaurant.lon, restaurant.lat]), d.id).toBeGreaterThan(300);
      // Not a clump around one point: a priority district's five venues reach across it.
      const span = Math.max(...own.flatMap((a) => own.map((b) => d.distanceM([a.lon, a.lat], [b.lon, b.lat]))));
      console.log(`${d.id}: ${own.length} venues span ${Math.round(span)} m`);
      if (d.priority && d.id !== 'city') expect(span, d.id).toBeGreaterThan(700);
    }
  });
});
