import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs, openPlanActivity } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// The steering group's overview, its yearly report (on screen and as printed) and the plan, as the
// steering group; a district's panel lists the plan's activities that name it.

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const mapReady = () => hook('mapReady', 'true', 60_000);
const choroplethReady = () => hook('choroplethReady', 'true', 60_000);
const SURVEY_YEAR = '2022';

/** The follow-up pages scroll inside their own element; screenshots start at the top. */
const toTop = () =>
  page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById('follow-up-page')?.scrollTo(0, 0);
  });

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

describe('the steering group’s overview and yearly report', () => {
  it('signs in as the steering group and opens the overview from the header', async () => {
    await page.getByTestId('sign-in').click();
    await page.getByTestId('demo-user-styrgruppen').click();
    await mapReady();
    await page.getByTestId('open-overview').click();
    await page.getByTestId('overview').waitFor();
    await choroplethReady();
  });

  it('colours the districts by the chosen indicator and year, with a legend and the values', async () => {
    // The demo's survey runs over the plan's years (2018–2022): a year with values.
    await page.getByTestId('overview-year').selectOption(SURVEY_YEAR);
    await page.getByTestId('overview-indicator').selectOption('measuresDone');
    await choroplethReady();
    await page.getByTestId('overview-indicator').selectOption('SAFE_AT_NIGHT');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="legend-class"]').length > 0, undefined, { timeout: 30_000 });
    await choroplethReady();
    expect(await page.getByTestId('legend-class').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('legend-no-data').textContent()).toContain('Uppgift saknas');
    // Skäggetorp's row, picked: its share is shown beside the map.
    await page.getByTestId('figures-skaggetorp').getByRole('button').click();
    const value = (await page.getByTestId('overview-selected-value').textContent()) ?? '';
    expect(value).toMatch(/^\d+\s%$/);
    expect(await page.getByTestId('overview-selected').textContent()).toContain('Skäggetorp');
    expect(await page.getByTestId('trend-charts').locator('[data-testid="year-trend"]').count()).toBeGreaterThanOrEqual(8);
    await page.getByTestId('plan-progress').or(page.locator('#overview-progress-title + .hint')).first().waitFor();
    await toTop();
    await screenshot(page, 'overview');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('opens the yearly report with the map as a picture, and prints it', async () => {
    await page.getByTestId('open-report').click();
    await page.getByTestId('yearly-report').waitFor();
    await page.getByTestId('report-map-image').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('heading', { level: 2 }).first().textContent()).toContain(`Årsrapport ${SURVEY_YEAR}`);
    expect(await page.getByTestId('report-activities').locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('print-report').textContent()).toContain('Skriv ut / Spara som PDF');
    const size = await page.getByTestId('report-map-image').evaluate((img) => (img as HTMLImageElement).naturalWidth);
    expect(size).toBeGreaterThan(100);
    await toTop();
    await screenshot(page, 'yearly-report');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await toTop();
    expect(await page.getByTestId('print-report').isVisible()).toBe(false);
    expect(await page.locator('.app-header').isVisible()).toBe(false);
    await screenshot(page, 'yearly-report-print');
    await page.emulateMedia({ media: 'screen' });
  });

  it('browses the plan: priority areas, activities and their follow-up', async () => {
    await page.getByTestId('nav-plan').click();
    await page.getByTestId('plan-page').waitFor();
    await page.getByTestId('plan-area').first().waitFor();
    expect(await page.getByTestId('plan-area').count()).toBeGreaterThan(0);
    const first = page.getByTestId('plan-activity').first();
    await first.locator('summary').click();
    expect(await first.textContent()).toMatch(/Uppföljning \d{4}/);
    await screenshot(page, 'plan');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('lists the plan’s activities in a district’s panel', async () => {
    await page.getByTestId('back-to-map').click();
    await mapReady();
    await page.getByTestId('district-button-skaggetorp').click();
    await page.getByTestId('district-activities').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="district-activities"]')?.textContent?.includes('Hämtar'));
    expect(await page.getByTestId('district-activity').count()).toBeGreaterThan(0);
    await screenshot(page, 'district-activities');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});

describe('following the plan up, as the preparation group', () => {
  it('writes an activity\'s follow-up for a year from the plan page, and the plan shows it', async () => {
    await signInAs(page, 'beredningsgruppen');
    const activity = await openPlanActivity(page, '6.2.3', '2022');
    const form = activity.getByTestId('follow-up-form');
    await form.getByTestId('follow-up-status').selectOption('DONE');
    await form.getByTestId('follow-up-done').fill('Tillsyn på 40 serveringsställen, varav 12 gemensamma med Polisen.');
    await form.getByTestId('follow-up-save').click();
    await expect.poll(() => activity.locator('summary').textContent(), { timeout: 15_000 }).toContain('Genomförd');
    expect(await activity.textContent()).toContain('Tillsyn på 40 serveringsställen');
    const [row] = await platform.databases.get('plan')!.query<{ status: string; updated_by_name: string }>(
      `SELECT status, updated_by_name FROM plan.follow_up WHERE activity_code = '6.2.3' AND year = 2022`);
    expect(row).toEqual({ status: 'done', updated_by_name: 'Beredningsgruppen' });
    await activity.scrollIntoViewIfNeeded();
    await screenshot(page, 'plan-follow-up-recorded');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
