import { readDemoDistricts, type DemoDistrict, type HotPlace } from '@tk/gis/geo/demo-places';
import { serviceTestDatabase } from '@tk/gis/testing/service-database';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDemoMeasures } from '../src/demo.js';
import { measuresService } from '../src/index.js';
import { loadDemoPresence } from '../src/presence/demo.js';

const testDb = serviceTestDatabase('measures', measuresService.migrationsDir);
let districts: Map<string, DemoDistrict>;
beforeAll(async () => {
  const db = testDb();
  const now = new Date('2026-11-02T09:00:00+01:00');
  await loadDemoMeasures(db, now);
  await loadDemoPresence(db, now);
  districts = new Map((await readDemoDistricts(db, { priorityOnly: true })).map((d) => [d.id, d]));
});
interface Placed { district: string; kind: string; type: string; valid: boolean; inside: boolean; lon: number; lat: number; cell: string }
/** Each row's district, whether it is valid and inside that district, its point (on its surface) and its 250 m cell (SWEREF 99 TM). */
const placed = (table: string, kind: string) => testDb().query<Placed>(
  `SELECT t.district_id AS district, t.${kind}::text AS kind, ST_GeometryType(t.geom) AS type, ST_IsValid(t.geom) AS valid,
          coalesce(ST_CoveredBy(t.geom, d.geom), false) AS inside, ST_X(p.p) AS lon, ST_Y(p.p) AS lat,
          floor(ST_X(ST_Transform(p.p, 3006)) / 250) || ':' || floor(ST_Y(ST_Transform(p.p, 3006)) / 250) AS cell
     FROM ${table} t LEFT JOIN geo.district d ON d.id = t.district_id
    CROSS JOIN LATERAL (SELECT ST_PointOnSurface(t.geom) AS p) AS p ORDER BY 1, 2`,
);
const byDistrict = <T extends { district: string }>(rows: T[]) => [...new Set(rows.map((r) => r.district))].map((id) => [id, rows.filter((r) => r.district === id)] as const);
/** The largest distance between two of the points, in metres. */
const span = (d: DemoDistrict, rows: Placed[]) => Math.max(...rows.flatMap((a) => rows.map((b) => d.distanceM([a.lon, a.lat], [b.lon, b.lat]))));
const from = (d: DemoDistrict, r: Placed, place: HotPlace) => d.distanceM([r.lon, r.lat], d.places[place]);

describe('where the demo measures are', () => {
  it('lie inside their district, valid, each at the problem it answers, and spread over the district', async () => {
    const rows = await placed('measures.measure', 'kind');
    expect(rows).toHaveLength(16);
    for (const [id, own] of byDistrict(rows)) {
      const d = districts.get(id)!;
      expect(own.map((r) => `${r.kind} ${r.type}`), id).toEqual(['camera ST_Point', 'graffiti_removal ST_Point', 'lighting ST_LineString', 'vegetation_clearing ST_Polygon']);
      own.forEach((r) => expect({ id, kind: r.kind, valid: r.valid, inside: r.inside }).toEqual({ id, kind: r.kind, valid: true, inside: true }));
      const [camera, graffiti, lighting, clearing] = own as [Placed, Placed, Placed, Placed];
      expect(from(d, camera, 'square'), id).toBeLessThan(150);
      expect(from(d, graffiti, 'underpass'), id).toBeLessThan(150);
      expect(from(d, lighting, 'parking'), id).toBeLessThan(300);
      expect(from(d, clearing, 'parking'), id).toBeLessThan(250);
      // Not a clump around one point: they reach across the district.
      console.log(`${id}: measures span ${Math.round(span(d, own))} m over ${new Set(own.map((r) => r.cell)).size} cells`);
      expect(span(d, own), id).toBeGreaterThan(700);
    }
  });
});

describe('where the demo presence is', () => {
  it('lies inside its district, at the places its actors go, and spread over the district', async () => {
    const rows = [...await placed('measures.presence_rule', 'actor_kind'), ...await placed('measures.presence_shift', 'actor_kind')];
    expect(rows).toHaveLength(36);
    for (const [id, own] of byDistrict(rows)) {
      const d = districts.get(id)!;
      expect(own).toHaveLength(9);
      own.forEach((r) => expect({ id, inside: r.inside }).toEqual({ id, inside: true }));
      const of = (kind: string) => own.filter((r) => r.kind === kind);
      of('municipal_guard').forEach((r) => expect(from(d, r, 'square'), id).toBeLessThan(300));
      of('field_assistant').forEach((r) => expect(from(d, r, 'schoolyard'), id).toBeLessThan(400));
      // Police shifts at one hot place or another.
      expect(of('police')).toHaveLength(6);
      of('police').forEach((r) => expect(Math.min(...(['square', 'underpass', 'schoolyard', 'parking', 'busstop'] as const).map((p) => from(d, r, p))), id).toBeLessThan(400));
      console.log(`${id}: presence spans ${Math.round(span(d, own))} m over ${new Set(own.map((r) => r.cell)).size} cells`);
      expect(span(d, own), id).toBeGreaterThan(900);
      expect(new Set(own.map((r) => r.cell)).size, id).toBeGreaterThanOrEqual(5);
    }
  });
});
