import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clusterByGrid, MAX_FEATURES_IN_VIEW } from '../../services/measures/src/layer/view.js';
import { weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

let platform: TestPlatform;
beforeAll(async () => {
  platform = await startTestPlatform();
});
afterAll(() => platform?.stop());

interface Feature {
  geometry: { type: string; coordinates: [number, number] };
  properties: { id: string; part?: string; kind?: string; actorKind?: string; cluster?: boolean; count?: number; kinds?: Record<string, number>; bbox?: number[] };
}
interface Layer { total: number; clustered: boolean; features: { type: string; features: Feature[] } }
interface View { west: number; south: number; east: number; north: number; zoom: number }

/** Skäggetorp and a margin, about as an area group's map shows it at zoom 14. */
const SKAGGETORP: View = { west: 15.55, south: 58.41, east: 15.62, north: 58.44, zoom: 14 };
const LAYER = `query($view: MapViewInput!, $w: IsoWeek!) { district(id: "skaggetorp") {
  measures { id kind } measureLayer(view: $view) { total clustered features }
  presence(week: $w) { id } presenceLayer(week: $w, view: $view) { total clustered features } } }`;
const ROOT = `query($view: MapViewInput!, $district: ID) { measureLayer(view: $view, districtId: $district) { total clustered features } }`;

type Answer = { district: { measures: { id: string; kind: string }[]; measureLayer: Layer; presence: { id: string }[]; presenceLayer: Layer } };
const lastWeek = () => weekBefore(platform.databases.get('measures')!);
const ids = (layer: Layer, part = 'measure') => layer.features.features.filter((f) => (f.properties.part ?? 'measure') === part).map((f) => f.properties.id).sort();

describe('a district\'s map layers for a view', () => {
  it('holds every measure in view one by one (cameras also as their view) and the week\'s shifts, while they are few', async () => {
    const res = await platform.gql<Answer>(LAYER, { view: SKAGGETORP, w: await lastWeek() }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const d = res.data!.district;
    expect(d.measureLayer.clustered).toBe(false);
    expect(d.measureLayer.total).toBe(d.measures.length);
    expect(ids(d.measureLayer)).toEqual(d.measures.map((m) => m.id).sort());
    // Kinds spelled as the GraphQL enum spells them.
    const kindOf = new Map(d.measures.map((m) => [m.id, m.kind]));
    for (const f of d.measureLayer.features.features) expect(f.properties.kind).toBe(kindOf.get(f.properties.id));
    expect(ids(d.measureLayer, 'view')).toEqual(d.measures.filter((m) => m.kind === 'CAMERA').map((m) => m.id).sort());
    expect(d.measureLayer.features.features.filter((f) => f.properties.part === 'view').every((f) => f.geometry.type === 'Polygon')).toBe(true);
    expect(d.presence.length).toBeGreaterThan(0);
    expect(d.presenceLayer).toMatchObject({ clustered: false, total: d.presence.length });
    expect(d.presenceLayer.features.features.map((f) => f.properties.id).sort()).toEqual(d.presence.map((s) => s.id).sort());
  });

  it('leaves out what lies outside the view', async () => {
    const north = { ...SKAGGETORP, south: 58.4395, north: 58.44 };
    const res = await platform.gql<Answer>(LAYER, { view: north, w: await lastWeek() }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const all = await platform.gql<Answer>(LAYER, { view: SKAGGETORP, w: await lastWeek() }, { as: 'est' });
    expect(res.data!.district.measureLayer.total).toBeLessThan(all.data!.district.measureLayer.total);
    for (const f of res.data!.district.measureLayer.features.features.filter((x) => x.properties.part === 'measure' && x.geometry.type === 'Point')) {
      expect(f.geometry.coordinates[1]).toBeGreaterThanOrEqual(58.4395);
    }
  });

  it('gives another district\'s area group nothing of them, and refuses it the district at the root', async () => {
    const res = await platform.gql<Answer>(LAYER, { view: SKAGGETORP, w: await lastWeek() }, { as: 'omradesgrupp-ryd' });
    expect(res.data!.district.measureLayer).toMatchObject({ total: 0, features: { features: [] } });
    expect(res.data!.district.presenceLayer).toMatchObject({ total: 0, features: { features: [] } });
    const root = await platform.gql(ROOT, { view: SKAGGETORP, district: 'skaggetorp' }, { as: 'omradesgrupp-ryd' });
    expect(root.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a view that is not one, naming the field', async () => {
    const cases: [Partial<View>, string][] = [
      [{ west: 15.7, east: 15.6 }, 'view.east'],
      [{ south: 58.5, north: 58.4 }, 'view.north'],
      [{ zoom: 30 }, 'view.zoom'],
      [{ west: -200 }, 'view.west'],
    ];
    for (const [change, field] of cases) {
      const res = await platform.gql(ROOT, { view: { ...SKAGGETORP, ...change } }, { as: 'est' });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(res.errors?.[0]?.message).toMatch(/must/);
    }
  });
});

describe('clusters when a view holds many measures', () => {
  const MANY = 600;
  // A 600 × 580 m patch in Skäggetorp, spread on a grid so the expected clusters are known.
  const points: [number, number][] = Array.from({ length: MANY }, (_, k) => [15.583 + (k % 30) * 0.00035, 58.424 + Math.floor(k / 30) * 0.00026]);

  beforeAll(async () => {
    await platform.databases.get('measures')!.query(
      `INSERT INTO measures.measure (kind, title, geom, district_id, synthetic)
       SELECT CASE WHEN n % 3 = 0 THEN 'fencing' ELSE 'signage' END, 'Skylt ' || n, ST_SetSRID(ST_MakePoint(x, y), 4326), 'skaggetorp', true
         FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(x, y, n)`,
      [points.map((p) => p[0]), points.map((p) => p[1])],
    );
  });

  it('answers clusters on the Web Mercator grid, the same as the shared rule computes, with every measure counted once', async () => {
    const res = await platform.gql<{ measureLayer: Layer }>(ROOT, { view: SKAGGETORP, district: 'skaggetorp' }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const layer = res.data!.measureLayer;
    expect(layer.total).toBeGreaterThan(MAX_FEATURES_IN_VIEW);
    expect(layer.clustered).toBe(true);
    const clusters = layer.features.features;
    expect(clusters.every((c) => c.properties.cluster === true && c.geometry.type === 'Point')).toBe(true);
    expect(clusters.reduce((s, c) => s + c.properties.count!, 0)).toBe(layer.total);
    // The SQL's grid against the TypeScript one, on the signs alone (the demo has none).
    const signs = await platform.gql<{ measureLayer: Layer }>(
      `query($view: MapViewInput!) { measureLayer(view: $view, kinds: [SIGNAGE]) { total clustered features } }`,
      { view: SKAGGETORP }, { as: 'est' },
    );
    const signPoints = points.filter((_, k) => (k + 1) % 3 !== 0);
    expect(signs.data!.measureLayer).toMatchObject({ total: signPoints.length, clustered: true });
    const expected = clusterByGrid(signPoints.map((at) => ({ at, bounds: [at[0], at[1], at[0], at[1]], kind: 'SIGNAGE' })), SKAGGETORP.zoom);
    expect(expected.length).toBeGreaterThan(1);
    expect(signs.data!.measureLayer.features.features.map((c) => [c.properties.id, c.properties.count, c.properties.kinds]))
      .toEqual(expected.map((c) => [c.properties.id, c.properties.count, { SIGNAGE: c.properties.count }]));
    const mixed = clusters.filter((c) => c.properties.kinds?.FENCING && c.properties.kinds.SIGNAGE);
    expect(mixed.length).toBeGreaterThan(0);
    // The most common kind names the cluster; a tie goes to the first by name.
    const commonest = (kinds: Record<string, number>) => Object.entries(kinds).sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))[0]![0];
    for (const c of mixed) expect(c.properties.kind).toBe(commonest(c.properties.kinds!));
    expect(clusters.find((c) => c.properties.count! > 10)!.properties).toMatchObject({ kind: expect.any(String), kinds: expect.any(Object), bbox: expect.any(Array) });
  });

  it('answers the measures themselves when zoomed in close', async () => {
    const close: View = { west: 15.586, south: 58.425, east: 15.589, north: 58.4265, zoom: 18 };
    const res = await platform.gql<{ measureLayer: Layer }>(ROOT, { view: close }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    expect(res.data!.measureLayer.clustered).toBe(false);
    const inside = points.filter(([x, y]) => x >= close.west && x <= close.east && y >= close.south && y <= close.north).length;
    expect(ids(res.data!.measureLayer).length).toBeGreaterThanOrEqual(inside);
    expect(inside).toBeGreaterThan(0);
  });
});

describe('a busy week of presence', () => {
  const MANY = 360;
  let week = '';
  let bounds = { from: '', to: '' };

  beforeAll(async () => {
    const db = platform.databases.get('measures')!;
    week = await lastWeek();
    const [found] = await db.query<{ from: string; to: string }>(
      `SELECT to_char((m AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "from",
              to_char(((m + interval '7 days') AT TIME ZONE 'Europe/Stockholm') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "to"
         FROM (SELECT to_date($1, 'IYYY-"W"IW')::timestamp AS m) w`, [week]);
    bounds = found!;
    // Night shifts from Sunday evening before the week to Sunday night at its end: some cross its edges.
    await db.query(
      `INSERT INTO measures.presence_shift (actor_kind, organisation, geom, district_id, starts_at, ends_at, state, created_by, synthetic)
       SELECT CASE WHEN n % 2 = 0 THEN 'police' ELSE 'security_guard' END::measures.presence_actor, 'Test', ST_SetSRID(ST_MakePoint(15.583 + (n % 24) * 0.0004, 58.424 + (n / 24) * 0.0003), 4326),
              'skaggetorp', $1::timestamptz - interval '4 hours' + (n % 8) * interval '1 day' + (n % 5) * interval '1 hour',
              $1::timestamptz - interval '4 hours' + (n % 8) * interval '1 day' + (n % 5) * interval '1 hour' + interval '5 hours 15 minutes',
              CASE WHEN n % 3 = 0 THEN 'planned' ELSE 'realised' END, 'test', true
         FROM generate_series(0, $2::int - 1) AS n`,
      [bounds.from, MANY],
    );
  });

  it('is answered as clusters that count every shift once, occurrences of recurring plans included', async () => {
    const res = await platform.gql<Answer>(LAYER, { view: SKAGGETORP, w: week }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const { presence, presenceLayer } = res.data!.district;
    expect(presenceLayer.clustered).toBe(true);
    expect(presenceLayer.total).toBe(presence.length);
    expect(presence.some((s) => s.id.startsWith('rule:'))).toBe(true);
    expect(presenceLayer.features.features.reduce((s, c) => s + c.properties.count!, 0)).toBe(presence.length);
    const kinds = presenceLayer.features.features.reduce<Record<string, number>>((all, c) => {
      for (const [k, n] of Object.entries(c.properties.kinds!)) all[k] = (all[k] ?? 0) + n;
      return all;
    }, {});
    // Those starting at the week's very end (n % 8 = 7, n % 5 = 4) are not in it.
    expect(kinds.POLICE).toBeGreaterThan(MANY / 3);
    expect(kinds.SECURITY_GUARD).toBeGreaterThan(MANY / 3);
  });

  it('sums the hours in the database to what the shifts themselves add up to inside the week', async () => {
    const res = await platform.gql<{ district: { presence: { startsAt: string; endsAt: string; state: string }[]; presenceHours: { planned: number; realised: number } } }>(
      `query($w: IsoWeek!) { district(id: "skaggetorp") { presence(week: $w) { startsAt endsAt state } presenceHours(week: $w) { planned realised } } }`,
      { w: week }, { as: 'est' },
    );
    expect(res.errors).toBeUndefined();
    const { presence, presenceHours } = res.data!.district;
    const [from, to] = [Date.parse(bounds.from), Date.parse(bounds.to)];
    const inside = (state: string) => presence.filter((s) => s.state === state)
      .reduce((h, s) => h + Math.max(0, Math.min(Date.parse(s.endsAt), to) - Math.max(Date.parse(s.startsAt), from)) / 3_600_000, 0);
    // Shifts that start before the week count with their part inside it only.
    expect(presence.some((s) => Date.parse(s.startsAt) < from)).toBe(true);
    expect(presenceHours.planned).toBeCloseTo(inside('PLANNED'), 1);
    expect(presenceHours.realised).toBeCloseTo(inside('REALISED'), 1);
  });
});
