import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sv } from '../../web/src/i18n/sv.js';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs as signIn } from '../support/browser.js';
import { swedishToday } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Venues and supervision as the licensing unit: the venues on the map, the supervision list of City
// by risk score, a venue's panel, an inspection recorded (and one refused); then the Police's view of
// the incidents around a venue by hour of the week.

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const FINDINGS = 'Berusade gäster serverades efter kl. 01; ordningsvakt saknades vid entrén.';

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const mapReady = () => hook('mapReady', 'true', 60_000);
const venuesReady = () => hook('venuesReady', 'true');
const panelReady = (id: string) => hook('venuePanelReady', id);

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

const signInAs = (userId: string) => signIn(page, userId);

async function openDistrict(id: string): Promise<void> {
  if ((await page.getByTestId(`district-button-${id}`).count()) === 0) {
    await page.getByRole('button', { name: /^Stäng / }).click();
  }
  await page.getByTestId(`district-button-${id}`).click();
  await page.getByTestId('supervision-list-section').waitFor();
}

/** The venues MapLibre drew, by id. */
function renderedVenueIds(): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
    return [...new Set(map.queryRenderedFeatures({ layers: ['venue-points'] }).map((f) => String(f.properties.id)))];
  });
}

const scores = async (): Promise<number[]> =>
  (await page.getByTestId('supervision-item').evaluateAll((items) => items.map((i) => Number((i as HTMLElement).dataset.score))));

let venueId = '';
let scoreAfter = NaN;

describe('venues, as the licensing unit', () => {
  it('signs in and sees the venues on the map with letters and supervision rings', async () => {
    await signInAs('tillsyn');
    await venuesReady();
    const count = Number(await page.evaluate(() => document.body.dataset.venuesCount));
    expect(count).toBeGreaterThan(10);
    expect((await renderedVenueIds()).length).toBeGreaterThan(0);
    // Every venue is drawn: as its own disc with its kind's letters, or counted in a cluster's disc.
    const drawn = await page.evaluate(() => {
      const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
      const clusters = new Map(map.queryRenderedFeatures({ layers: ['venue-clusters'] }).map((f) => [f.properties.cluster_id, Number(f.properties.point_count)]));
      const letters = map.queryRenderedFeatures({ layers: ['venue-letters'] }).map((f) => String(f.properties.letter));
      return { inClusters: [...clusters.values()].reduce((a, b) => a + b, 0), letters };
    });
    expect((await renderedVenueIds()).length + drawn.inClusters).toBe(count);
    expect(drawn.letters.length).toBe((await renderedVenueIds()).length);
    expect(new Set(drawn.letters).size).toBeGreaterThan(1);
    for (const letter of drawn.letters) expect(['Re', 'Ba', 'Nk', 'Gy', 'Sk', 'Fg']).toContain(letter);
    expect(await page.getByTestId('venues-toggle').isChecked()).toBe(true);
    expect(await page.getByTestId('venue-legend').textContent()).toMatch(/Tillsyn inom 12 månader/);
    // The licensing unit plans inspections everywhere: the whole municipality's list on the first page.
    expect(await page.getByTestId('supervision-list-section').textContent()).toMatch(/Tillsyn i hela kommunen/);
  });

  it('opens a cluster of venues by zooming in until they come apart', async () => {
    const cluster = await page.evaluate(() => {
      const map = (window as unknown as { __map: { getZoom(): number; project(c: number[]): { x: number; y: number }; queryRenderedFeatures(o: object): { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[] } }).__map;
      const [first] = map.queryRenderedFeatures({ layers: ['venue-clusters'] }).sort((a, b) => Number(b.properties.point_count) - Number(a.properties.point_count));
      return first ? { at: map.project(first.geometry.coordinates), zoom: map.getZoom(), count: Number(first.properties.point_count) } : null;
    });
    expect(cluster).not.toBeNull();
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + cluster!.at.x, box.y + cluster!.at.y);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom()), { timeout: 10_000 })
      .toBeGreaterThan(cluster!.zoom + 0.5);
    await page.evaluate(() => new Promise<void>((resolve) => (window as unknown as { __map: { once(e: string, f: () => void): void } }).__map.once('idle', resolve)));
    expect((await renderedVenueIds()).length).toBeGreaterThan(0);
    expect(page.url()).not.toMatch(/\/plats\//);
  });

  it('opens the supervision list of City, ordered by risk score', async () => {
    await openDistrict('city');
    const list = await scores();
    expect(list.length).toBeGreaterThan(1);
    expect(list).toEqual([...list].sort((a, b) => b - a));
    expect(await page.getByTestId('supervision-item').first().textContent()).toMatch(/\d+ p/);
  });

  it("opens a venue's panel with licence, risk, inspections and nearby counts", async () => {
    const first = page.getByTestId('supervision-item').first();
    venueId = (await first.getAttribute('data-venue-id'))!;
    await first.click();
    await panelReady(venueId);
    expect(await page.getByTestId('venue-licence').textContent()).toMatch(/Servering till/);
    expect(await page.getByTestId('venue-risk').textContent()).toMatch(/månader sedan senaste tillsyn|Aldrig inspekterad/);
    // The licensing unit sees published counts, not the hours of the week.
    expect(await page.getByTestId('venue-nearby-published').isVisible()).toBe(true);
    expect(await page.getByTestId('venue-hour-chart').count()).toBe(0);
    await screenshot(page, 'venue-panel');
  });

  it('refuses an inspection dated in the future, at the date field', async () => {
    await page.getByTestId('inspection-open').click();
    await page.getByTestId('inspection-date').fill('2099-01-01');
    await page.getByTestId('inspection-save').click();
    const error = page.locator('[data-testid="field-error"][data-field="inspectedOn"]');
    await error.waitFor();
    expect(await error.textContent()).toBe(sv.refusal.field.inspectedOn.in_future);
    expect(await page.getByTestId('inspection-date').getAttribute('aria-invalid')).toBe('true');
  });

  it('records an inspection with a warning: first in the list, stored, and the score follows', async () => {
    const before = Number(await page.getByTestId('venue-risk-score').textContent().then((s) => s?.replace(/\D/g, '')));
    const today = swedishToday();
    await page.getByTestId('inspection-date').fill(today);
    await page.getByTestId('inspection-kind').selectOption('ON_SITE');
    await page.getByTestId('inspection-by').selectOption('JOINT');
    await page.getByTestId('inspection-decision').selectOption('WARNING');
    await page.getByTestId('inspection-findings').fill(FINDINGS);
    await page.getByTestId('inspection-save').click();
    await page.getByTestId('inspection-open').waitFor();
    await panelReady(venueId);
    expect(await page.getByTestId('inspection-saved').textContent()).toMatch(/Tillsynen den .* är registrerad/);

    const latest = page.getByTestId('venue-inspection').first();
    expect(await latest.getAttribute('data-decision')).toBe('WARNING');
    expect(await latest.textContent()).toContain(FINDINGS);

    const rows = await platform.databases.get('venues')!.query<{ decision: string; inspected_by: string; kind: string; inspected_on: string }>(
      `SELECT decision, inspected_by, kind, inspected_on::text FROM venues.inspection WHERE venue_id = $1 AND findings = $2`,
      [venueId, FINDINGS],
    );
    expect(rows).toEqual([{ decision: 'warning', inspected_by: 'joint', kind: 'on_site', inspected_on: today }]);

    // Inspected today: the months since go to 0 and the warning adds 15 points (the server's score).
    scoreAfter = Number(await page.getByTestId('venue-risk-score').textContent().then((s) => s?.replace(/\D/g, '')));
    expect(await page.locator('[data-factor="SINCE_INSPECTION"]').textContent()).toMatch(/^0 månader.*0 p$/);
    expect(scoreAfter).not.toBe(before);
    await page.getByTestId('venue-inspections').scrollIntoViewIfNeeded();
    await screenshot(page, 'venue-inspection-recorded');
  });

  it('updates the supervision list and has no serious accessibility violations', async () => {
    await page.getByTestId('venue-back').click();
    await page.getByTestId('supervision-list').waitFor();
    const list = await scores();
    expect(list).toEqual([...list].sort((a, b) => b - a));
    expect(await page.locator(`[data-testid="supervision-item"][data-venue-id="${venueId}"]`).getAttribute('data-score')).toBe(String(scoreAfter));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('venues, as the Police', () => {
  it('sees the incidents near a venue by hour of the week', async () => {
    await signInAs('polisen');
    await venuesReady();
    await openDistrict('city');
    const first = page.getByTestId('supervision-item').first();
    const id = (await first.getAttribute('data-venue-id'))!;
    await first.click();
    await panelReady(id);
    await page.getByTestId('venue-hour-chart').waitFor();
    expect(await page.getByTestId('venue-hour-chart').locator('rect').count()).toBeGreaterThanOrEqual(168);
    expect(await page.getByTestId('venue-nearby-summary').textContent()).toMatch(/händelser inom 200 m|Inga händelser/);
    await page.getByTestId('venue-nearby').scrollIntoViewIfNeeded();
    await screenshot(page, 'venue-nearby-chart');
    await page.getByTestId('venue-nearby-table-toggle').click();
    expect(await page.getByTestId('venue-nearby-table').locator('tbody tr').count()).toBe(7);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
