import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations } from '../support/browser.js';
import { swedishToday, TEST_NOW, weekBefore } from '../support/clock.js';
import { swedishMidnightOf } from '../support/geodesy.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

interface RenderedDistrict {
  id: string;
  name: string;
  priority: boolean;
}

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const mapReady = () => page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await mapReady();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** The districts MapLibre actually drew, read from its rendered features. */
function renderedDistricts(): Promise<RenderedDistrict[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
    const features = map.queryRenderedFeatures({ layers: ['districts-fill'] });
    const byId = new Map(features.map((f) => [f.properties.id as string, f.properties]));
    return [...byId.values()].map((p) => ({ id: p.id as string, name: p.name as string, priority: p.priority === true || p.priority === 'true' }));
  });
}

/** Clicks on the district's polygon, a little below its label (not on the label's marker). */
async function clickDistrict(id: string): Promise<void> {
  const point = await page.evaluate(async (districtId) => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ district(id: "${districtId}") { labelPoint } }` }),
    });
    const { data } = await res.json();
    const map = (window as unknown as { __map: { project(c: number[]): { x: number; y: number } } }).__map;
    const [lon, lat] = data.district.labelPoint.coordinates;
    const p = map.project([lon, lat - 0.002]);
    return { x: p.x, y: p.y };
  }, id);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

describe('the map, anonymous', () => {
  it('renders the district polygons from the gateway, the priority ones among them', async () => {
    const rendered = await renderedDistricts();
    expect(rendered.length).toBeGreaterThanOrEqual(12);
    expect(rendered.filter((d) => d.priority).map((d) => d.id).sort()).toEqual(['berga', 'city', 'ryd', 'skaggetorp']);
    expect(pageErrors).toEqual([]);
  });

  it('names the districts with map labels in the platform\'s own font, the priority ones kept where labels collide', async () => {
    const placed = () => page.evaluate(() => {
      const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
      return [...new Set(map.queryRenderedFeatures({ layers: ['district-labels'] }).map((f) => f.properties.name as string))];
    });
    // A label is among the rendered features only once its glyphs were drawn and it found room.
    await expect.poll(placed, { timeout: 10_000 }).toEqual(expect.arrayContaining(['Berga', 'City (Innerstaden)', 'Ryd', 'Skäggetorp']));
    const atCityScale = await page.evaluate(async () => {
      const map = (window as unknown as { __map: { jumpTo(o: object): void; once(e: string, f: () => void): void; queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
      map.jumpTo({ zoom: 10.4 });
      await new Promise<void>((resolve) => map.once('idle', resolve));
      return map.queryRenderedFeatures({ layers: ['district-labels'] }).map((f) => f.properties.name as string);
    });
    expect([...new Set(atCityScale)].sort()).toEqual(['Berga', 'City (Innerstaden)', 'Ryd', 'Skäggetorp']);
    await page.goto(platform.url);
    await mapReady();
  });

  it('opens the side panel of a district clicked on the map, and asks to sign in for the rest', async () => {
    await clickDistrict('ryd');
    const panel = page.getByTestId('district-panel');
    await expect.poll(() => panel.getByTestId('district-name').textContent(), { timeout: 10_000 }).toBe('Ryd');
    expect(await panel.getByTestId('incident-count').count()).toBe(0);
    await screenshot(page, 'map-anonymous-ryd');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const violations = await seriousAccessibilityViolations(page);
    expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  });
});

describe('signed in', () => {
  async function signInAs(userId: string): Promise<void> {
    await page.getByTestId('sign-in').click();
    await page.getByTestId(`demo-user-${userId}`).click();
    await mapReady();
  }

  it('as the EST group: the user is shown and the panel has the exact count from the database', async () => {
    await signInAs('est');
    await expect.poll(() => page.getByTestId('signed-in-user').textContent(), { timeout: 10_000 }).toContain('EST-gruppen');
    await clickDistrict('ryd');
    const panel = page.getByTestId('district-panel');
    await expect.poll(() => panel.getByTestId('district-name').textContent(), { timeout: 10_000 }).toBe('Ryd');
    const shown = await panel.getByTestId('incident-count').textContent({ timeout: 10_000 });
    // The panel's "last 28 days": 28 calendar days back, as far into that day as now is into today.
    const intoToday = TEST_NOW.getTime() - swedishMidnightOf(swedishToday()).getTime();
    const from = new Date(swedishMidnightOf(swedishToday(-28)).getTime() + intoToday);
    const [row] = await platform.databases.get('incidents')!.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM incidents.incident WHERE district_id = 'ryd' AND deleted_at IS NULL AND occurred_at >= $1`,
      [from],
    );
    expect(shown?.replace(/\s/g, '')).toBe(String(row!.n));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map-est-ryd');
  });

  it('shows the week\'s hot spots as hexagons, with a legend, and steps back a week', async () => {
    await page.waitForFunction(() => document.body.dataset.hotspotsReady === 'true', undefined, { timeout: 30_000 });
    const hexagons = await page.evaluate(() => {
      const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
      return map.queryRenderedFeatures({ layers: ['hotspots-fill'] }).map((f) => String(f.properties.class));
    });
    expect(hexagons.length).toBeGreaterThan(0);
    expect(hexagons.some((c) => c.startsWith('HOT') || c.startsWith('hot'))).toBe(true);
    expect(await page.getByTestId('hotspot-legend').isVisible()).toBe(true);
    await screenshot(page, 'map-est-hotspots');
    // The picker opens on the last whole week of the platform's clock, which /config.json tells the web.
    const [year, week] = (await weekBefore(platform.databases.get('incidents')!)).split('-W');
    const before = await page.getByTestId('week-label').textContent();
    expect(before).toBe(`v. ${Number(week)} ${year}`);
    await page.getByTestId('week-prev').click();
    await expect.poll(() => page.getByTestId('week-label').textContent()).not.toBe(before);
    await page.waitForFunction(() => document.body.dataset.hotspotsReady === 'true', undefined, { timeout: 30_000 });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('draws the week\'s incidents with a place as points, and the district\'s weekly trend', async () => {
    await clickDistrict('ryd');
    await page.waitForFunction(() => document.body.dataset.incidentsReady === 'true' && document.body.dataset.trendReady === 'true', undefined, { timeout: 30_000 });
    const points = await page.evaluate(() => {
      const map = (window as unknown as { __map: { querySourceFeatures(s: string): unknown[] } }).__map;
      return map.querySourceFeatures('incidents').length;
    });
    expect(points).toBeGreaterThan(0);
    expect(await page.getByTestId('trend-chart').isVisible()).toBe(true);
  });

  it('gathers the week\'s incidents into counted rings at city scale, every one counted once', async () => {
    const placed = Number((await page.locator('.incident-control .layer-toggle__hint').textContent())!.replace(/\D/g, ''));
    expect(placed).toBeGreaterThan(0);
    const drawn = await page.evaluate(async () => {
      const map = (window as unknown as { __map: { jumpTo(o: object): void; once(e: string, f: () => void): void; querySourceFeatures(s: string): { properties: Record<string, unknown> }[] } }).__map;
      map.jumpTo({ center: [15.6, 58.41], zoom: 10.5 });
      await new Promise<void>((resolve) => map.once('idle', resolve));
      const byKey = new Map<string, number>();
      for (const f of map.querySourceFeatures('incidents')) {
        const cluster = f.properties.cluster_id;
        byKey.set(cluster === undefined ? `i${String(f.properties.id)}` : `c${String(cluster)}`, Number(f.properties.point_count ?? 1));
      }
      return { clusters: [...byKey.keys()].filter((k) => k.startsWith('c')).length, total: [...byKey.values()].reduce((a, b) => a + b, 0) };
    });
    expect(drawn.clusters).toBeGreaterThan(0);
    expect(drawn.total).toBe(placed);
  });

  it('shows the district\'s weekly picture, and the EST group drafts and publishes it', async () => {
    await clickDistrict('ryd');
    await page.waitForFunction(() => document.body.dataset.situationReady === 'true', undefined, { timeout: 30_000 });
    const panel = page.getByTestId('situation-panel');
    expect(await panel.isVisible()).toBe(true);
    await page.getByTestId('situation-textarea').fill('Lugn vecka. Klotter vid centrum; fastighetsägaren sanerar.');
    await page.getByTestId('situation-save').click();
    await expect.poll(() => page.getByTestId('situation-status').textContent(), { timeout: 10_000 }).toMatch(/Utkast/);
    await page.getByTestId('situation-publish').click();
    await page.getByTestId('situation-confirm-publish').click();
    await expect.poll(() => page.getByTestId('situation-status').textContent(), { timeout: 10_000 }).toMatch(/Publicerad/);
    const [row] = await platform.databases.get('incidents')!.query<{ status: string; text: string }>(
      `SELECT status, text FROM incidents.situation WHERE district_id = 'ryd' ORDER BY version DESC LIMIT 1`);
    expect(row).toEqual({ status: 'published', text: 'Lugn vecka. Klotter vid centrum; fastighetsägaren sanerar.' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'map-est-situation-ryd');
  });

  it('signs out back to the public map', async () => {
    await page.getByTestId('sign-out').click();
    await expect.poll(() => page.getByTestId('sign-in').count(), { timeout: 10_000 }).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});
