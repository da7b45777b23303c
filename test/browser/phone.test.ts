import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// An area group member on a phone (390 × 844 CSS pixels, touch): the map stays the main screen, the
// layer controls fold behind a button, and a district's measures and a measure's panel fit the width.

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const hook = (name: string, value: string, timeout = 60_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const overflowX = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await hook('mapReady', 'true');
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('on a phone, as the area group of Skäggetorp', () => {
  it('keeps the map clear: the layer controls fold behind a button that opens and closes them', async () => {
    await page.getByTestId('sign-in').click();
    await page.getByTestId('demo-user-omradesgrupp-skaggetorp').click();
    await hook('measuresReady', 'true');
    const fold = page.getByTestId('layers-fold');
    expect(await fold.isVisible()).toBe(true);
    expect(await fold.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByTestId('layer-control').isVisible()).toBe(false);
    await screenshot(page, 'phone-map');
    await fold.click();
    expect(await fold.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByTestId('layer-control').isVisible()).toBe(true);
    expect(await page.getByTestId('hotspot-toggle').isVisible()).toBe(true);
    await screenshot(page, 'phone-layers');
    await fold.click();
    expect(await page.getByTestId('layer-control').isVisible()).toBe(false);
    expect(await overflowX()).toBeLessThanOrEqual(0);
  });

  it('shows the district\'s measures and a measure\'s panel within the width of the screen', async () => {
    await page.getByTestId('district-button-skaggetorp').click();
    await page.getByTestId('measure-list-section').waitFor();
    await page.getByTestId('measure-item').first().click();
    await page.waitForFunction(() => !!document.body.dataset.measurePanelReady, undefined, { timeout: 30_000 });
    await page.getByTestId('measure-edit-open').scrollIntoViewIfNeeded();
    expect(await page.getByTestId('measure-edit-open').isVisible()).toBe(true);
    expect(await overflowX()).toBeLessThanOrEqual(0);
    await screenshot(page, 'phone-measure');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
