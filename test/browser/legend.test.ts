import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

/** Each layer's legend folds away on its own and stays folded for the tab (issue 17). */

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const errors: string[] = [];
const LAYERS = ['hotspots', 'incidents', 'measures', 'venues', 'presence'] as const;

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await collectPageErrors(page, errors);
  await page.goto(platform.url);
  await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
  await signInAs(page, 'est');
  await page.getByTestId('presence-toggle').check();
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

// The control scrolls when its content is taller than the map leaves room for: measure the content.
const controlHeight = () => page.getByTestId('layer-control').evaluate((el) => el.scrollHeight);

describe('the layers\' legends', () => {
  it('fold one by one, leaving the toggles, and the control shrinks', async () => {
    for (const layer of LAYERS) await page.getByTestId(`legend-fold-${layer}`).waitFor({ timeout: 20_000 });
    const before = await controlHeight();
    for (const layer of LAYERS) {
      const button = page.getByTestId(`legend-fold-${layer}`);
      expect(await button.getAttribute('aria-expanded'), layer).toBe('true');
      await button.click();
      expect(await button.getAttribute('aria-expanded'), layer).toBe('false');
      expect(await page.locator(`#${await button.getAttribute('aria-controls')}`).isVisible(), layer).toBe(false);
    }
    expect(await page.getByTestId('incident-legend').isVisible()).toBe(false);
    expect(await page.getByTestId('incidents-toggle').isVisible()).toBe(true);
    expect(await controlHeight()).toBeLessThan(before * 0.7);
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'legend-folded-est');
    // Skäggetorp chosen with every layer on: the map zooms to it, the legends stay folded.
    const zoom = () => page.evaluate(() => (window as unknown as { __map: { getZoom(): number } }).__map.getZoom());
    const cityScale = await zoom();
    await page.getByTestId('district-button-skaggetorp').click();
    await page.getByTestId('district-name').waitFor();
    await page.waitForFunction(() => document.body.dataset.measuresReady === 'true' && document.body.dataset.presenceReady === 'true', undefined, { timeout: 30_000 });
    expect(await zoom()).toBeGreaterThan(cityScale + 1);
    for (const layer of LAYERS) expect(await page.getByTestId(`legend-fold-${layer}`).getAttribute('aria-expanded'), layer).toBe('false');
    await screenshot(page, 'skaggetorp-every-layer-legend-folded');
  });

  it('stay folded after a reload, and unfold again', async () => {
    await page.reload();
    await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
    const button = page.getByTestId('legend-fold-incidents');
    await button.waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await page.getByTestId('incident-legend').isVisible()).toBe(true);
    expect(await page.getByTestId('legend-fold-measures').getAttribute('aria-expanded')).toBe('false');
    expect(errors).toEqual([]);
  });
});
