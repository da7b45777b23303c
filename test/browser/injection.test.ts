import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Markup typed into free text comes back as text: never run, never rendered as elements. Vue
// escapes every interpolation and the web has no v-html or innerHTML; the policy (headers.ts)
// would refuse an inline script even if one slipped through. Checked on what is shown back.

const PAYLOAD = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"><b id="xss-b">fet</b>';

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const mapReady = () => page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });

/** Nothing ran, no element was made from the text, and the text is on the page as written. */
async function shownAsText(where: string): Promise<void> {
  const state = await page.evaluate(() => ({
    ran: (window as unknown as { __xss?: number }).__xss ?? null,
    elements: document.querySelectorAll('img[src="x"], #xss-b, script:not([src])').length,
    text: document.body.innerText,
  }));
  expect(state.ran, where).toBeNull();
  expect(state.elements, where).toBe(0);
  expect(state.text, where).toContain(PAYLOAD);
}

beforeAll(async () => {
  platform = await startTestPlatform();
  const res = await platform.gql(`mutation($input: MeasureInput!) { proposeMeasure(input: $input) { id } }`, {
    input: {
      kind: 'LIGHTING', title: `Lampa ${PAYLOAD}`, description: `Beskrivning ${PAYLOAD}`, responsibleOrg: `Org ${PAYLOAD}`,
      geometry: { type: 'LineString', coordinates: [[15.586, 58.4255], [15.588, 58.4262]] },
    },
  }, { as: 'est' });
  expect(res.errors).toBeUndefined();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await mapReady();
  await page.getByTestId('sign-in').click();
  await page.getByTestId('demo-user-est').click();
  await mapReady();
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('markup in free text', () => {
  it('a measure\'s title in the list, and its title, description and organisation in its panel', async () => {
    await page.getByTestId('district-button-skaggetorp').click();
    await page.getByTestId('measure-list-section').waitFor();
    const item = page.getByTestId('measure-item').filter({ hasText: 'Lampa <script>' });
    await item.waitFor();
    await shownAsText('measure list');
    await item.click();
    await page.getByTestId('measure-title-heading').waitFor();
    expect(await page.getByTestId('measure-title-heading').textContent()).toBe(`Lampa ${PAYLOAD}`);
    await shownAsText('measure panel');
    await screenshot(page, 'injection-measure');
  });

  it('the weekly picture, drafted and published', async () => {
    await page.goto(platform.url);
    await mapReady();
    await page.getByTestId('district-button-ryd').click();
    await page.waitForFunction(() => document.body.dataset.situationReady === 'true', undefined, { timeout: 30_000 });
    await page.getByTestId('situation-textarea').fill(PAYLOAD);
    await page.getByTestId('situation-save').click();
    await expect.poll(() => page.getByTestId('situation-status').textContent(), { timeout: 10_000 }).toMatch(/Utkast/);
    await page.getByTestId('situation-publish').click();
    await page.getByTestId('situation-confirm-publish').click();
    await expect.poll(() => page.getByTestId('situation-status').textContent(), { timeout: 10_000 }).toMatch(/Publicerad/);
    // Read back as Ryd's area group, to whom the published text is shown (not in an editor).
    await page.getByTestId('sign-out').click();
    await page.getByTestId('sign-in').click();
    await page.getByTestId('demo-user-omradesgrupp-ryd').click();
    await mapReady();
    if ((await page.getByTestId('district-button-ryd').count()) === 0) await page.getByRole('button', { name: /^Stäng / }).click();
    await page.getByTestId('district-button-ryd').click();
    await page.waitForFunction(() => document.body.dataset.situationReady === 'true', undefined, { timeout: 30_000 });
    expect(await page.getByTestId('situation-text').textContent()).toBe(PAYLOAD);
    await shownAsText('published weekly picture');
    await screenshot(page, 'injection-situation');
  });

  it('the policy refuses an inline script, and the tests hear of it', async () => {
    const before = pageErrors.length;
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      document.head.append(script);
    });
    await expect.poll(() => pageErrors.length).toBeGreaterThan(before);
    expect(pageErrors.slice(before).join('\n')).toMatch(/^CSP: .*script-src/);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline ?? null)).toBeNull();
    pageErrors.splice(before);
  });

  it('raised no error and no policy violation', () => {
    expect(pageErrors).toEqual([]);
  });
});
