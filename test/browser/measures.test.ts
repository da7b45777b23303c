import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../web/src/i18n/sv.js';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Drawing measures on the map as the area group of Skäggetorp: a lighting line and a camera with
// its view, saved, found again after a reload; a place in Ryd refused; presence by the hour.

type LngLat = [number, number];

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

/** Inside Skäggetorp, away from its label (the same places the integration tests use). */
const SKAGGETORP: LngLat = [15.587, 58.426];
const RYD: LngLat = [15.561, 58.404];
const LIGHTING_TITLE = 'Belysning längs gångvägen vid skolan';
const CAMERA_TITLE = 'Kamera mot busshållplatsen';

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const mapReady = () => hook('mapReady', 'true', 60_000);
const measuresReady = () => hook('measuresReady', 'true');

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await mapReady();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

async function signInAs(userId: string): Promise<void> {
  await page.getByTestId('sign-in').click();
  await page.getByTestId(`demo-user-${userId}`).click();
  await mapReady();
}

/** Centres the map on a place at a street-level zoom and waits for the frame. */
async function showOnMap(center: LngLat, zoom = 15.5): Promise<void> {
  await page.evaluate(
    ([c, z]) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: { jumpTo(o: object): void; once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
        map.once('idle', () => resolve());
        map.jumpTo({ center: c, zoom: z });
        map.triggerRepaint();
      }),
    [center, zoom] as const,
  );
}

/** Where a place is on the page, in CSS pixels. */
async function onPage(at: LngLat): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((lngLat) => {
    const map = (window as unknown as { __map: { project(c: number[]): { x: number; y: number } } }).__map;
    return map.project(lngLat);
  }, at);
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  return { x: box.x + p.x, y: box.y + p.y };
}

/** A place `east` and `north` metres from another (small distances). */
const offset = ([lng, lat]: LngLat, east: number, north: number): LngLat => [
  lng + east / (111_320 * Math.cos((lat * Math.PI) / 180)),
  lat + north / 111_320,
];

async function clickMap(at: LngLat): Promise<void> {
  const { x, y } = await onPage(at);
  await page.mouse.click(x, y);
}

async function openDistrict(id: string): Promise<void> {
  // The list is shown while no district is open; close the open one first.
  if ((await page.getByTestId(`district-button-${id}`).count()) === 0) {
    await page.getByRole('button', { name: /^Stäng / }).click();
  }
  await page.getByTestId(`district-button-${id}`).click();
  await page.getByTestId('measure-list-section').waitFor();
}

/** The measures MapLibre drew in a layer, by id. */
/** The letter MapLibre drew on a measure's disc (null when none is drawn). */
function renderedLetter(id: string): Promise<string | null> {
  return page.evaluate((measureId) => {
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
    const letter = map.queryRenderedFeatures({ layers: ['measure-letters'] }).find((f) => f.properties.id === measureId)?.properties.letter;
    return typeof letter === 'string' ? letter : null;
  }, id);
}

function renderedIds(layer: string): Promise<string[]> {
  return page.evaluate((id) => {
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
    return [...new Set(map.queryRenderedFeatures({ layers: [id] }).map((f) => String(f.properties.id)))];
  }, layer);
}

async function storedMeasure(title: string): Promise<{ id: string; kind: string; district_id: string; geometry_type: string } | undefined> {
  const rows = await platform.databases.get('measures')!.query<{ id: string; kind: string; district_id: string; geometry_type: string }>(
    `SELECT id::text, kind, district_id, ST_GeometryType(geom) AS geometry_type FROM measures.measure WHERE title = $1 AND deleted_at IS NULL`,
    [title],
  );
  return rows[0];
}

let lightingId = '';
let cameraId = '';

describe('measures, as the area group of Skäggetorp', () => {
  it('signs in and sees the measures of its own district on the map and in the list', async () => {
    await signInAs('omradesgrupp-skaggetorp');
    await measuresReady();
    await openDistrict('skaggetorp');
    const items = page.getByTestId('measure-item');
    expect(await items.count()).toBeGreaterThan(0);
    expect(await page.getByTestId('measure-propose').isVisible()).toBe(true);
  });

  it('draws a lighting measure as a line inside Skäggetorp and saves it', async () => {
    await page.getByTestId('measure-propose').click();
    await hook('drawing', 'linestring');
    await showOnMap(SKAGGETORP);
    // Three points west to east, then the last one again to finish the line.
    const points = [offset(SKAGGETORP, -80, -40), offset(SKAGGETORP, -10, -20), offset(SKAGGETORP, 60, -30)];
    for (const point of points) await clickMap(point);
    await clickMap(points[2]!);
    await hook('draftGeometry', 'LineString');
    expect(await page.getByTestId('draw-status').textContent()).toMatch(/linje med 3 punkter/);

    await page.getByTestId('measure-title').fill(LIGHTING_TITLE);
    await page.getByTestId('measure-org').fill('Tekniska förvaltningen');
    await page.getByTestId('measure-cost').fill('85000');
    await page.getByTestId('measure-lighting-kind').selectOption('BRIGHTER');
    await screenshot(page, 'measures-lighting-drawn');
    await page.getByTestId('measure-save').click();

    await page.waitForFunction(() => !!document.body.dataset.measurePanelReady, undefined, { timeout: 30_000 });
    lightingId = (await page.evaluate(() => document.body.dataset.measurePanelReady))!;
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(LIGHTING_TITLE);
    expect(await page.getByTestId('measure-status').textContent()).toBe('Föreslagen');
    expect(await page.getByTestId('measure-effect-none').isVisible()).toBe(true);
    expect(await storedMeasure(LIGHTING_TITLE)).toEqual({ id: lightingId, kind: 'lighting', district_id: 'skaggetorp', geometry_type: 'ST_LineString' });
    // Saved: the drawing is over.
    await expect.poll(() => page.evaluate(() => document.body.dataset.drawing ?? null)).toBeNull();
  });

  it('places a camera, aims it by dragging its second point with the wedge drawn live, and saves it', async () => {
    await page.getByTestId('measure-back').click();
    await page.getByTestId('measure-propose').click();
    await page.getByTestId('measure-kind').selectOption('CAMERA');
    await hook('drawing', 'camera');
    const camera = offset(SKAGGETORP, 20, 60);
    await clickMap(camera);
    await hook('draftGeometry', 'Point');
    await hook('draftView', 'true');

    // The aim point starts due north at 50 m; drag it to the south-east, 70 m away.
    const from = await onPage(offset(camera, 0, 50));
    const to = await onPage(offset(camera, 70 * Math.sin(Math.PI * 0.75), 70 * Math.cos(Math.PI * 0.75)));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 5 });
    await page.mouse.move(to.x, to.y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => Number(await page.getByTestId('camera-direction').inputValue()), { timeout: 10_000 }).toBeGreaterThan(125);
    const direction = Number(await page.getByTestId('camera-direction').inputValue());
    const range = Number(await page.getByTestId('camera-range').inputValue());
    expect(direction).toBeGreaterThan(125);
    expect(direction).toBeLessThan(145);
    expect(range).toBeGreaterThan(60);
    expect(range).toBeLessThan(80);
    // The wedge drawn live follows the aim: its arc lies south-east of the camera.
    const wedge = await page.evaluate(() => {
      const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { geometry: { coordinates: number[][][] } }[] } }).__map;
      return map.queryRenderedFeatures({ layers: ['measure-draft-view-fill'] })[0]?.geometry.coordinates[0] ?? [];
    });
    expect(wedge.length).toBeGreaterThan(10);

    // The number beside it moves the aim point in turn.
    await page.getByTestId('camera-angle').fill('60');
    await page.getByTestId('camera-range').fill('65');
    await page.getByTestId('measure-title').fill(CAMERA_TITLE);
    await page.getByTestId('camera-hours').fill('fre–lör 20–04');
    await hook('draftView', 'true');
    await screenshot(page, 'measures-camera-aimed');
    await page.getByTestId('measure-save').click();

    await page.waitForFunction((previous) => !!document.body.dataset.measurePanelReady && document.body.dataset.measurePanelReady !== previous, lightingId, {
      timeout: 30_000,
    });
    cameraId = (await page.evaluate(() => document.body.dataset.measurePanelReady))!;
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(CAMERA_TITLE);
    expect(await storedMeasure(CAMERA_TITLE)).toEqual({ id: cameraId, kind: 'camera', district_id: 'skaggetorp', geometry_type: 'ST_Point' });
    const [row] = await platform.databases.get('measures')!.query<{ direction: number; range: number; angle: number }>(
      'SELECT camera_direction_deg AS direction, camera_range_m AS range, camera_angle_deg AS angle FROM measures.measure WHERE id = $1',
      [cameraId],
    );
    expect(row!.direction).toBeCloseTo(direction, 0);
    expect(row).toMatchObject({ range: 65, angle: 60 });
  });

  it('refuses to start a camera without a granted permit, and says why', async () => {
    await page.getByTestId('measure-step-DECIDED').click();
    await expect.poll(() => page.getByTestId('measure-status').textContent(), { timeout: 10_000 }).toBe('Beslutad');
    await page.getByTestId('measure-step-IN_PROGRESS').click();
    const refusal = page.getByTestId('measure-step-refusal');
    await refusal.waitFor({ timeout: 10_000 });
    expect((await refusal.textContent())?.trim()).toBe(`Servern nekade steget: ${sv.refusal.reason.permit_required}`);
    expect(await page.getByTestId('measure-status').textContent()).toBe('Beslutad');
    expect(await page.getByTestId('measure-history').locator('li').count()).toBe(2);
    await screenshot(page, 'measures-camera-refused-step');
  });

  it('records the granted permit from the panel, after which work on the camera can start', async () => {
    await page.getByTestId('camera-permit-select').selectOption('GRANTED');
    await page.getByTestId('camera-permit-save').click();
    await expect.poll(() => page.getByTestId('measure-facts').textContent(), { timeout: 10_000 }).toContain('Beviljat');
    await page.getByTestId('measure-step-IN_PROGRESS').click();
    await expect.poll(() => page.getByTestId('measure-status').textContent(), { timeout: 10_000 }).toBe('Pågår');
    const [row] = await platform.databases.get('measures')!.query<{ status: string; permit_state: string; camera_range_m: number }>(
      'SELECT status, permit_state, camera_range_m FROM measures.measure WHERE id = $1', [cameraId]);
    // The update sent the measure back whole: only the permit changed.
    expect(row).toEqual({ status: 'in_progress', permit_state: 'granted', camera_range_m: 65 });
    await screenshot(page, 'measures-camera-permit-granted');
  });

  it('finds both measures on the map after a reload, the camera with the wedge the server computed', async () => {
    await page.reload();
    await mapReady();
    if ((await page.getByTestId('sign-out').count()) === 0) await signInAs('omradesgrupp-skaggetorp');
    await measuresReady();
    await showOnMap(offset(SKAGGETORP, 0, 20), 16);
    expect(await renderedIds('measure-anchors')).toEqual(expect.arrayContaining([lightingId, cameraId]));
    expect(await renderedIds('measure-lines-proposed')).toContain(lightingId);
    expect(await renderedIds('measure-views-fill')).toContain(cameraId);
    expect(await renderedLetter(cameraId)).toBe('K');
    await openDistrict('skaggetorp');
    const listed = await page.getByTestId('measure-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-measure-id')));
    expect(listed).toEqual(expect.arrayContaining([lightingId, cameraId]));
    await page.getByTestId('measure-filter-kind').selectOption('CAMERA');
    const cameras = await page.getByTestId('measure-item').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind')));
    expect(new Set(cameras)).toEqual(new Set(['CAMERA']));
    await screenshot(page, 'measures-after-reload');
    expect(pageErrors).toEqual([]);
  });

  it('opens a measure clicked on the map', async () => {
    await page.getByTestId('measure-filter-kind').selectOption('');
    const anchor = await page.evaluate((id) => {
      const map = (window as unknown as { __map: { getSource(s: string): { serialize(): { data: { features: { properties: { id: string }; geometry: { coordinates: number[] } }[] } } } } }).__map;
      return map.getSource('measure-anchors').serialize().data.features.find((f) => f.properties.id === id)!.geometry.coordinates as LngLat;
    }, lightingId);
    // In the middle of the map, where neither the panel, the list of features in view nor the layer
    // control lies over it: a click at the disc reaches the map.
    await showOnMap(anchor, 16);
    await measuresReady();
    const { x, y } = await page.evaluate((at) => (window as unknown as { __map: { project(c: number[]): { x: number; y: number } } }).__map.project(at), anchor);
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    expect(await page.evaluate(([px, py]) => document.elementFromPoint(px!, py!)?.tagName, [box.x + x, box.y + y])).toBe('CANVAS');
    await page.mouse.click(box.x + x, box.y + y);
    await hook('measurePanelReady', lightingId);
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(LIGHTING_TITLE);
  });

  it('shows a done measure\'s effect as before/after bars for the target and the control area, with a table', async () => {
    await page.getByTestId('measure-back').click();
    await page.getByTestId('measure-filter-status').selectOption('DONE');
    await page.getByTestId('measure-filter-kind').selectOption('LIGHTING');
    const item = page.getByTestId('measure-item').first();
    const id = (await item.getAttribute('data-measure-id'))!;
    await item.click();
    await hook('measurePanelReady', id);
    const chart = page.getByTestId('measure-effect-chart');
    await chart.waitFor();
    expect(await chart.getAttribute('aria-label')).toMatch(/före .* efter/);
    expect(await page.getByTestId('measure-effect-windows').textContent()).toMatch(/12 veckor före och efter/);
    expect(await chart.locator('[data-zone] [data-period]').count()).toBe(4);
    await page.getByTestId('measure-effect-table-toggle').click();
    expect(await page.getByTestId('measure-effect-table').locator('tbody tr').count()).toBe(2);
    await page.getByTestId('measure-effect').scrollIntoViewIfNeeded();
    await screenshot(page, 'measures-effect');
  });

  it('cannot draw in Ryd: no drawing offered there, and a place drawn in Ryd is refused with a clear message', async () => {
    await page.getByRole('button', { name: /^Stäng / }).click();
    await openDistrict('ryd');
    expect(await page.getByTestId('measure-propose').count()).toBe(0);

    await page.getByRole('button', { name: /^Stäng / }).click();
    await openDistrict('skaggetorp');
    await page.getByTestId('measure-propose').click();
    await page.getByTestId('measure-kind').selectOption('SIGNAGE');
    await page.getByTestId('draw-point').click();
    await hook('drawing', 'point');
    await showOnMap(RYD);
    await clickMap(RYD);
    await hook('draftGeometry', 'Point');
    await page.getByTestId('measure-title').fill('Skylt i Ryd');
    const before = await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure');
    await page.getByTestId('measure-save').click();
    const error = page.getByTestId('measure-form-error');
    await error.waitFor({ timeout: 10_000 });
    expect(await error.textContent()).toMatch(/Du får inte föreslå åtgärder där: den ritade platsen ligger utanför Skäggetorp/);
    expect(await storedMeasure('Skylt i Ryd')).toBeUndefined();
    const after = await platform.databases.get('measures')!.query<{ n: number }>('SELECT count(*)::int AS n FROM measures.measure');
    expect(after[0]!.n).toBe(before[0]!.n);
    await screenshot(page, 'measures-refused-in-ryd');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    // A field the server names gets its message beside it.
    await page.getByTestId('measure-title').fill(' ');
    await page.getByTestId('measure-save').click();
    await expect.poll(() => page.locator('[data-testid="field-error"][data-field="title"]').count(), { timeout: 10_000 }).toBe(1);
    await page.getByTestId('measure-cancel').click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.drawing ?? null)).toBeNull();
  });

  it('shows presence for the chosen week and hours, and the hot cells nobody covered', async () => {
    await showOnMap(SKAGGETORP, 13.5);
    await page.getByTestId('presence-toggle').check();
    await hook('presenceReady', 'true');
    const all = await page.evaluate(() => {
      const map = (window as unknown as { __map: { getSource(s: string): { serialize(): { data: { features: unknown[] } } } } }).__map;
      return map.getSource('presence').serialize().data.features.length;
    });
    expect(all).toBeGreaterThan(0);
    await page.getByTestId('presence-from').selectOption('18');
    await page.getByTestId('presence-to').selectOption('2');
    await hook('presenceReady', 'true');
    await page.getByTestId('presence-uncovered').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('presence-legend').isVisible()).toBe(true);
    expect(await page.getByTestId('presence-uncovered').textContent()).toMatch(/Het cell utan närvaro \(\d+\)/);
    await screenshot(page, 'measures-presence-evening');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('changing and withdrawing a measure, as the area group of Skäggetorp', () => {
  const NEW_TITLE = 'Ljusare belysning längs gångvägen vid skolan';

  it('edits the words and the measured light of its lighting measure, and the history says so', async () => {
    await openDistrict('skaggetorp');
    await page.locator(`[data-testid="measure-item"][data-measure-id="${lightingId}"]`).click();
    await hook('measurePanelReady', lightingId);
    await page.getByTestId('measure-edit-open').click();
    await page.getByTestId('measure-edit-title').fill(NEW_TITLE);
    await page.getByTestId('measure-edit-lux-before').fill('3');
    await page.getByTestId('measure-edit-lux-after').fill('14');
    await page.getByTestId('measure-edit-save').click();
    await page.getByTestId('measure-edit-saved').waitFor();
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(NEW_TITLE);
    expect(await page.getByTestId('measure-facts').textContent()).toContain('3 → 14 lux');
    expect(await page.getByTestId('measure-history').textContent()).toMatch(/ändrades/);
    const [row] = await platform.databases.get('measures')!.query<{ title: string; lux_after: number; district_id: string }>(
      'SELECT title, lux_after, district_id FROM measures.measure WHERE id = $1', [lightingId]);
    expect(row).toEqual({ title: NEW_TITLE, lux_after: 14, district_id: 'skaggetorp' });
    await screenshot(page, 'measures-edited');
  });

  it('refuses an empty title at the field, before sending, and keeps the measure as it was', async () => {
    await page.getByTestId('measure-edit-open').click();
    await page.getByTestId('measure-edit-title').fill('');
    await page.getByTestId('measure-edit-save').click();
    const error = page.locator('[data-testid="field-error"][data-field="title"]');
    await error.waitFor();
    expect(await error.textContent()).toBe(sv.refusal.reason.required);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('measure-edit-title');
    await page.getByTestId('measure-edit-cancel').click();
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(NEW_TITLE);
  });

  it('withdraws it with a reason: it leaves the list and the map, and the row keeps the reason', async () => {
    await page.getByTestId('measure-withdraw-open').click();
    await page.getByTestId('measure-withdraw-confirm').click();
    expect(await page.locator('.field-error').textContent()).toBe(sv.refusal.field.reason.required);
    await page.getByTestId('measure-withdraw-reason').fill('Fastighetsägaren byter själv armaturerna.');
    await screenshot(page, 'measures-withdraw');
    await page.getByTestId('measure-withdraw-confirm').click();
    await page.getByTestId('measure-list-section').waitFor();
    await expect.poll(() => page.locator(`[data-testid="measure-item"][data-measure-id="${lightingId}"]`).count()).toBe(0);
    await measuresReady();
    await expect.poll(() => renderedIds('measure-letters')).not.toContain(lightingId);
    const [row] = await platform.databases.get('measures')!.query<{ withdrawn: boolean; reason: string }>(
      'SELECT deleted_at IS NOT NULL AS withdrawn, withdrawn_reason AS reason FROM measures.measure WHERE id = $1', [lightingId]);
    expect(row).toEqual({ withdrawn: true, reason: 'Fastighetsägaren byter själv armaturerna.' });
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('measures, as the EST group', () => {
  it('may draw in every district, Ryd included, and sees presence there', async () => {
    await page.getByTestId('sign-out').click();
    await signInAs('est');
    await measuresReady();
    if ((await page.getByTestId('district-button-ryd').count()) === 0) await page.getByRole('button', { name: /^Stäng / }).click();
    await openDistrict('ryd');
    expect(await page.getByTestId('measure-propose').isVisible()).toBe(true);
    expect(await page.getByTestId('measure-item').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('presence-toggle').count()).toBe(1);
    expect(pageErrors).toEqual([]);
  });
});

describe('many measures in view', () => {
  it('gathers them in clusters with their count, and a click on one zooms to its measures', async () => {
    // 600 signs on a 600 × 580 m grid in Skäggetorp (the server clusters above 300 in view).
    await platform.databases.get('measures')!.query(
      `INSERT INTO measures.measure (kind, title, geom, district_id, synthetic)
       SELECT 'signage', 'Skylt ' || n, ST_SetSRID(ST_MakePoint(15.583 + (n % 30) * 0.00035, 58.424 + (n / 30) * 0.00026), 4326), 'skaggetorp', true
         FROM generate_series(0, 599) AS n`,
    );
    await showOnMap([15.588, 58.4265], 14);
    await measuresReady();
    const clusters = page.getByTestId('measure-cluster');
    await expect.poll(() => clusters.count()).toBeGreaterThan(1);
    const counts = (await clusters.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.count)))) as number[];
    expect(counts.reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(600);
    expect(await renderedIds('measure-letters')).toEqual([]);
    await screenshot(page, 'measures-clusters');
    const biggest = counts.indexOf(Math.max(...counts));
    const zoomBefore = await page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());
    await clusters.nth(biggest).click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom()), { timeout: 10_000 })
      .toBeGreaterThan(zoomBefore + 1);
    await measuresReady();
    // Zoomed in, the measures come one by one again, each with its letter.
    await expect.poll(async () => (await renderedIds('measure-letters')).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await screenshot(page, 'measures-cluster-opened');
    expect(pageErrors).toEqual([]);
  });
});
