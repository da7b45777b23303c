import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from '../support/browser.js';
import { TEST_NOW } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

/**
 * The property owner's view (issue 17): AB Stångåstaden sees its properties drawn and listed, and per
 * property what was reported there in the last 12 months and the measures there, each figure the
 * database's; another owner sees only its own.
 */

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  await collectPageErrors(page, errors);
  await page.goto(platform.url);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

interface Truth {
  id: string;
  name: string;
  incidents: number;
  measures: number;
}

/** Each of an owner's properties with its incidents of the last 365 days and its measures, counted in SQL. */
async function truth(owner: string): Promise<Truth[]> {
  const since = new Date(TEST_NOW.getTime() - 365 * 86_400_000);
  const properties = await platform.databases.get('incidents')!.query<{ id: string; name: string; incidents: number }>(
    `SELECT p.id, p.name, (SELECT count(*)::int FROM incidents.incident i
                            WHERE i.deleted_at IS NULL AND i.occurred_at >= $2 AND ST_Intersects(p.geom, i.location)) AS incidents
       FROM geo.property p WHERE p.owner_id = $1 ORDER BY p.id`,
    [owner, since],
  );
  const measures = await platform.databases.get('measures')!.query<{ id: string; n: number }>(
    `SELECT p.id, (SELECT count(*)::int FROM measures.measure m WHERE m.deleted_at IS NULL AND ST_Intersects(p.geom, m.geom)) AS n
       FROM geo.property p WHERE p.owner_id = $1`,
    [owner],
  );
  return properties.map((p) => ({ ...p, measures: measures.find((m) => m.id === p.id)!.n }));
}

const shownProperties = () =>
  page.locator('.own-property').evaluateAll((nodes) => nodes.map((n) => ({
    id: (n as HTMLElement).dataset.propertyId!,
    name: n.querySelector('.own-property__name')!.textContent!.trim(),
    summary: n.querySelector('[data-testid="property-summary"]')!.textContent!.trim(),
  })));

function drawnProperties(): Promise<string[]> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: { queryRenderedFeatures(o: object): { properties: Record<string, unknown> }[] } }).__map;
    return [...new Set(map.queryRenderedFeatures({ layers: ['properties-outline'] }).map((f) => f.properties.id as string))].sort();
  });
}

const plural = (n: number, one: string, many: string, none: string): string => (n === 0 ? none : n === 1 ? one : `${n} ${many}`);

describe('a property owner', () => {
  it('sees its properties listed with each one\'s reports and measures, as the database counts them', async () => {
    await signInAs(page, 'stangastaden');
    await page.getByTestId('own-properties').waitFor();
    const expected = await truth('stangastaden');
    expect(expected.length).toBe(3);
    expect(expected.some((p) => p.incidents > 0)).toBe(true);
    await expect.poll(shownProperties, { timeout: 15_000 }).toEqual(expected.map((p) => ({
      id: p.id,
      name: p.name,
      summary: `${plural(p.incidents, 'en händelse', 'händelser', 'inga händelser')} · ${plural(p.measures, 'en åtgärd', 'åtgärder', 'inga åtgärder')}`,
    })));
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('opens a property: a table of what was reported there, its measures, and the map fitted to it', async () => {
    const [busiest] = (await truth('stangastaden')).sort((a, b) => b.incidents - a.incidents);
    const item = page.locator(`.own-property[data-property-id="${busiest!.id}"]`);
    await item.locator('summary').click();
    expect(await item.getByTestId('property-incidents').locator('tbody tr').count()).toBe(busiest!.incidents);
    expect(await item.getByTestId('property-incidents').locator('caption').textContent()).toContain(busiest!.name);
    await item.getByTestId('property-show').click();
    await page.evaluate(() => new Promise<void>((resolve) => (window as unknown as { __map: { once(e: string, f: () => void): void } }).__map.once('idle', resolve)));
    expect(await drawnProperties()).toContain(busiest!.id);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'property-owner-stangastaden');
    expect(errors).toEqual([]);
  });

  it('another owner sees only its own properties, listed and drawn', async () => {
    await signInAs(page, 'lingonet');
    const own = (await truth('lingonet')).map((p) => p.id);
    await expect.poll(async () => (await shownProperties()).map((p) => p.id), { timeout: 15_000 }).toEqual(own);
    await page.evaluate(() => {
      const map = (window as unknown as { __map: { jumpTo(o: object): void } }).__map;
      map.jumpTo({ center: [15.64, 58.39], zoom: 12 });
    });
    await page.evaluate(() => new Promise<void>((resolve) => (window as unknown as { __map: { once(e: string, f: () => void): void } }).__map.once('idle', resolve)));
    const drawn = await drawnProperties();
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.every((id) => own.includes(id))).toBe(true);
  });

  it('is not offered to other roles', async () => {
    await signInAs(page, 'est');
    expect(await page.getByTestId('own-properties').count()).toBe(0);
    expect(await drawnProperties()).toEqual([]);
  });
});
