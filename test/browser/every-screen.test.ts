import { DEMO_USERS } from '@tk/gis';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAccessTable } from '../support/access-table.js';
import { collectPageErrors, launchBrowser, screenshot, signInAs } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Every screen, as every role and as nobody signed in, with the content security policy enforced
// (headers.ts): the map renders, every layer this role has is switched on, each priority district's
// panel opens with a measure and a venue where the role sees them, the importer, the plan, the
// overview and the yearly report. Not one policy violation or page error on the way. The sign-in
// through a real OpenID provider runs under the same policy in sign-in-oidc.test.ts.

let platform: TestPlatform;
let browser: Browser;

/** One demo user per role, the first the demo list has; `null` is nobody signed in. */
const ROLES: (string | null)[] = [null, ...DEMO_USERS.filter((u, i) => DEMO_USERS.findIndex((v) => v.roles[0] === u.roles[0]) === i).map((u) => u.id)];
const PRIORITY_DISTRICTS = ['skaggetorp', 'ryd', 'berga', 'city'];
/** Each layer's switch, and the hook its layer sets to "false" while it loads (web/src/map/testHooks.ts). */
const LAYERS = [
  { toggle: 'hotspot-toggle', hook: 'hotspotsReady' },
  { toggle: 'incidents-toggle', hook: 'incidentsReady' },
  { toggle: 'measures-toggle', hook: 'measuresReady' },
  { toggle: 'venues-toggle', hook: 'venuesReady' },
  { toggle: 'presence-toggle', hook: 'presenceReady' },
];
const ACCESS = readAccessTable();
const granted = (resource: string, role: string) => ACCESS.some((c) => c.resource === resource && c.role === role && c.rule !== '–');
/** The hooks of what loads behind a district's panel. */
const PANEL_HOOKS = ['situationReady', 'trendReady', 'incidentsReady', 'measuresReady', 'venuesReady'];

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Waits until none of the named hooks says "false" (still loading); an absent hook is a layer the role lacks. */
const settled = (page: Page, hooks: string[]) =>
  page.waitForFunction((names) => names.every((n) => document.body.dataset[n] !== 'false'), hooks, { timeout: 30_000 });

const present = async (page: Page, testId: string) => (await page.getByTestId(testId).count()) > 0;

async function renderedDistricts(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = (window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void; queryRenderedFeatures(o: object): unknown[] } }).__map;
        map.once('idle', () => resolve(map.queryRenderedFeatures({ layers: ['districts-fill'] }).length));
        map.triggerRepaint();
      }),
  );
}

async function visitDistricts(page: Page, seen: { measure: boolean; venue: boolean }): Promise<void> {
  for (const id of PRIORITY_DISTRICTS) {
    if (!(await present(page, `district-button-${id}`))) await page.getByRole('button', { name: /^Stäng / }).click();
    await page.getByTestId(`district-button-${id}`).click();
    await page.getByTestId('district-panel').waitFor();
    await settled(page, PANEL_HOOKS);
    const measure = page.getByTestId('measure-item').first();
    if (!seen.measure && (await measure.count()) > 0) {
      await measure.click();
      await page.waitForFunction(() => !!document.body.dataset.measurePanelReady, undefined, { timeout: 30_000 });
      await page.getByTestId('measure-back').click();
      seen.measure = true;
    }
    const venue = page.getByTestId('supervision-item').first();
    if (!seen.venue && (await venue.count()) > 0) {
      const venueId = (await venue.getAttribute('data-venue-id'))!;
      await venue.click();
      await page.waitForFunction((v) => document.body.dataset.venuePanelReady === v, venueId, { timeout: 30_000 });
      await page.getByTestId('venue-back').click();
      seen.venue = true;
    }
  }
}

async function visitFollowUp(page: Page): Promise<void> {
  await page.getByTestId('header-plan').click();
  await page.getByTestId('plan-page').waitFor();
  await page.getByTestId('plan-activity').first().waitFor();
  if (!(await present(page, 'nav-overview'))) return;
  await page.getByTestId('nav-overview').click();
  await page.getByTestId('overview').waitFor();
  await page.waitForFunction(() => document.body.dataset.choroplethReady === 'true', undefined, { timeout: 30_000 });
  await page.getByTestId('nav-report').click();
  await page.getByTestId('yearly-report').waitFor();
  // The report's map is a picture taken of a drawn map: a data: URL, which img-src allows.
  await page.getByTestId('report-map-image').waitFor({ timeout: 30_000 });
}

describe('every screen under the content security policy', () => {
  it.each(ROLES.map((user) => [user ?? 'anonymous', user] as const))('as %s', async (name, user) => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    await collectPageErrors(page, errors);
    try {
      await page.goto(platform.url);
      await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
      if (user) {
        await signInAs(page, user);
        await page.getByTestId('sign-out').waitFor();
      }
      expect(await renderedDistricts(page), 'the map draws the districts').toBeGreaterThan(0);

      const layers = [];
      for (const layer of LAYERS) {
        if (!(await present(page, layer.toggle))) continue;
        await page.getByTestId(layer.toggle).check();
        layers.push(layer.hook);
      }
      await settled(page, layers);
      await screenshot(page, `every-screen-${name}`);

      const seen = { measure: false, venue: false };
      await visitDistricts(page, seen);
      if (await present(page, 'import-open')) {
        await page.getByTestId('import-open').click();
        await page.getByTestId('import-file').waitFor();
        await page.keyboard.press('Escape');
      }
      await visitFollowUp(page);
      await page.getByTestId('back-to-map').click();
      await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });

      // What the role reached is what the README's table grants it: a screen that silently vanished shows up here.
      const role = DEMO_USERS.find((u) => u.id === user)?.roles[0] ?? 'anonymous';
      expect(seen).toEqual({ measure: granted('measures', role), venue: granted('venues', role) });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
