import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../src/db/types.js';
import { DEMO_DISTRICTS_FILE, detectSrid, districtSlug, importDistricts, loadDemoDistrictsIfEmpty, readGeoJsonFile } from '../src/geo/districts.js';
import { migrate, readMigrations } from '../src/migrations.js';
import { GEO_MIGRATIONS_DIR } from '../src/service.js';
import { createTestDatabase, type TestDatabase } from '../src/testing/database.js';

const SWEREF_FILE = fileURLToPath(new URL('./fixtures/stadsdelar-sweref99tm.geojson', import.meta.url));

/** The fixture without its two features that cannot be used (a self-intersecting ring, no name). */
const usable = () => {
  const file = readGeoJsonFile(SWEREF_FILE) as { features: unknown[] };
  return { ...file, features: file.features.slice(0, 3) };
};

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
  await migrate(db, 'geo', readMigrations(GEO_MIGRATIONS_DIR));
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

describe('demo district boundaries', () => {
  it('loads at least 12 districts, the 4 priority ones among them, all approximate', async () => {
    const report = await loadDemoDistrictsIfEmpty(db);
    expect(report?.added.length).toBeGreaterThanOrEqual(12);
    const rows = await db.query<{ id: string; priority: boolean; approximate: boolean; source: string }>(
      'SELECT id, priority, approximate, source FROM geo.district ORDER BY id',
    );
    expect(rows.filter((r) => r.priority).map((r) => r.id)).toEqual(['berga', 'city', 'ryd', 'skaggetorp']);
    expect(rows.every((r) => r.approximate && r.source === 'demo')).toBe(true);
    expect(await loadDemoDistrictsIfEmpty(db)).toBeNull();
  });

  it('lies around Linköping (58.41 N, 15.62 E) and no two districts overlap', async () => {
    const [extent] = await db.query<{ lon: number; lat: number }>(
      'SELECT ST_X(ST_Centroid(ST_Collect(geom))) AS lon, ST_Y(ST_Centroid(ST_Collect(geom))) AS lat FROM geo.district',
    );
    expect(extent!.lon).toBeCloseTo(15.61, 1);
    expect(extent!.lat).toBeCloseTo(58.40, 1);
    const overlaps = await db.query<{ a: string; b: string; m2: number }>(
      `SELECT a.id AS a, b.id AS b, ST_Area(ST_Transform(ST_Intersection(a.geom, b.geom), 3006)) AS m2
         FROM geo.district a JOIN geo.district b ON a.id < b.id AND ST_Intersects(a.geom, b.geom)
        WHERE ST_Area(ST_Transform(ST_Intersection(a.geom, b.geom), 3006)) > 0.01`,
    );
    expect(overlaps).toEqual([]);
  });
});

describe('official boundary import', () => {
  it('detects the CRS from the crs member or from the coordinates', () => {
    expect(detectSrid(readGeoJsonFile(SWEREF_FILE) as never)).toBe(3006);
    expect(detectSrid(readGeoJsonFile(DEMO_DISTRICTS_FILE) as never)).toBe(4326);
    const noCrs = { features: [{ geometry: { type: 'Point', coordinates: [536227, 6474525] } }] };
    expect(detectSrid(noCrs)).toBe(3006);
  });

  it('refuses a file with features it cannot use, naming each, and writes nothing of it', async () => {
    const before = await db.query('SELECT id, geom::text, approximate FROM geo.district ORDER BY id');
    const report = await importDistricts(db, readGeoJsonFile(SWEREF_FILE), { source: 'test' });
    expect(report.read).toBe(5);
    expect(report.refused).toEqual([
      { feature: 3, name: 'Fjärilen', reason: expect.stringMatching(/^invalid geometry: Self-intersection/) },
      { feature: 4, name: null, reason: 'no name (expected a NAMN or name property)' },
    ]);
    expect({ added: report.added, changed: report.changed, unchanged: report.unchanged }).toEqual({ added: [], changed: [], unchanged: [] });
    expect(await db.query('SELECT id, geom::text, approximate FROM geo.district ORDER BY id')).toEqual(before);
  });

  it('imports SWEREF 99 TM with NAMN/KOD and replaces the demo boundary', async () => {
    const report = await importDistricts(db, usable(), { source: 'test' });
    expect(report.srid).toBe(3006);
    expect(report.read).toBe(3);
    expect(report.added).toEqual([]);
    expect(report.changed.sort()).toEqual(['Berga', 'Ryd', 'Skäggetorp']);
    expect(report.refused).toEqual([]);
    const [ryd] = await db.query<{ code: string; approximate: boolean; priority: boolean; lon: number; lat: number }>(
      `SELECT code, approximate, priority, ST_X(ST_PointOnSurface(geom)) AS lon, ST_Y(ST_PointOnSurface(geom)) AS lat
         FROM geo.district WHERE id = 'ryd'`,
    );
    // Transformed back to WGS 84; the priority set by the plan is kept when the file says nothing of it.
    expect(ryd).toMatchObject({ code: '0580-21', approximate: false, priority: true });
    expect(ryd!.lon).toBeCloseTo(15.56, 1);
    expect(ryd!.lat).toBeCloseTo(58.40, 1);
  });

  it('is idempotent: the same file again changes nothing', async () => {
    const report = await importDistricts(db, usable(), { source: 'test' });
    expect(report.added).toEqual([]);
    expect(report.changed).toEqual([]);
    expect(report.unchanged.sort()).toEqual(['Berga', 'Ryd', 'Skäggetorp']);
  });

  it('adds a new district from WGS 84 and refuses a non-collection', async () => {
    const ring = [[15.7, 58.45], [15.71, 58.45], [15.71, 58.46], [15.7, 58.46], [15.7, 58.45]];
    const report = await importDistricts(db, {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { name: 'Ullstämma' }, geometry: { type: 'Polygon', coordinates: [ring] } }],
    });
    expect(report.added).toEqual(['Ullstämma']);
    const [row] = await db.query<{ id: string; approximate: boolean }>(`SELECT id, approximate FROM geo.district WHERE name = 'Ullstämma'`);
    expect(row).toEqual({ id: districtSlug('Ullstämma'), approximate: false });
    await expect(importDistricts(db, { type: 'Feature' })).rejects.toThrow('not a GeoJSON FeatureCollection');
  });
});
