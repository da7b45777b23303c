import { createRandom, type Db } from '@tk/gis';
import { readDemoDistricts, type Spot } from '@tk/gis/geo/demo-places';
import type { VenueKind } from './kinds.js';

const SEED = 6235;
// Most licensed premises are in the city centre; schools, gyms and youth centres spread out.
const PER_DISTRICT: { match: (id: string, priority: boolean) => boolean; kinds: VenueKind[] }[] = [
  { match: (id) => id === 'city', kinds: ['restaurant', 'restaurant', 'restaurant', 'restaurant', 'bar', 'bar', 'bar', 'nightclub', 'nightclub', 'gym'] },
  { match: (_id, priority) => priority, kinds: ['restaurant', 'bar', 'gym', 'school', 'youth_centre'] },
  { match: () => true, kinds: ['restaurant', 'school'] },
];
/**
 * Where each kind is (the places: @tk/gis/geo/demo-places): restaurants, bars and nightclubs around
 * the square (in the city, its centre's blocks), the school at the school yard, the youth centre near
 * it, a gym somewhere along a street.
 */
const WHERE: Record<VenueKind, (city: boolean) => Spot> = {
  restaurant: (city) => ({ near: 'square', sdM: city ? 180 : 70 }),
  bar: (city) => ({ near: 'square', sdM: city ? 150 : 70 }),
  nightclub: () => ({ near: 'square', sdM: 120 }),
  gym: () => 'street',
  school: () => ({ near: 'schoolyard', sdM: 25 }),
  youth_centre: () => ({ near: 'schoolyard', sdM: 150 }),
};
const NAMES: Record<VenueKind, string[]> = {
  restaurant: ['Restaurang Ågatan', 'Krogen Hörnet', 'Bistro Trädgård', 'Pizzeria Torget', 'Restaurang Linden', 'Matsalen'],
  bar: ['Baren Stationen', 'Pub Kvarnen', 'Vinbaren', 'Ölhallen'],
  nightclub: ['Klubb Nattugglan', 'Club Valvet'],
  gym: ['Gymmet Kraft', 'Träningshuset'],
  school: ['Skolan', 'Grundskolan'],
  youth_centre: ['Fritidsgården'],
};

export async function loadDemoVenues(db: Db): Promise<string | null> {
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM venues.venue');
  if ((existing?.n ?? 0) > 0) return null;
  const districts = await readDemoDistricts(db);
  const random = createRandom(SEED);
  const rows = { name: [] as string[], kind: [] as string[], lon: [] as number[], lat: [] as number[] };
  for (const d of districts) {
    const kinds = PER_DISTRICT.find((p) => p.match(d.id, d.priority))!.kinds;
    kinds.forEach((kind, i) => {
      rows.name.push(`${NAMES[kind][i % NAMES[kind].length]} ${d.name}`);
      rows.kind.push(kind);
      const [lon, lat] = d.scatter(random, WHERE[kind](d.id === 'city'));
      rows.lon.push(lon);
      rows.lat.push(lat);
    });
  }
  await db.query(
    `INSERT INTO venues.venue (name, kind, location, district_id, synthetic)
     SELECT r.name, r.kind, p.geom, (SELECT d.id FROM geo.district d WHERE ST_Intersects(d.geom, p.geom) LIMIT 1), true
       FROM unnest($1::text[], $2::text[], $3::float8[], $4::float8[]) AS r(name, kind, lon, lat)
      CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(r.lon, r.lat), 4326) AS geom) AS p`,
    [rows.name, rows.kind, rows.lon, rows.lat],
  );
  return `${rows.name.length} synthetic demo venues`;
}
