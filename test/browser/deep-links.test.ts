import { addWeeks, lastCompleteWeek } from '@tk/time';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_NOW } from '../support/clock.js';
import { collectPageErrors, launchBrowser, screenshot, signInAs } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// Every view has an address (web/src/router.ts): opened from a link, signed in or out, it shows the
// view; the browser's back and forward buttons move between views; a link to a view that needs a
// role leads through the sign-in page and back to the view.

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
// Three weeks before the last whole one: not the week the app would open on by itself.
const week = addWeeks(lastCompleteWeek(TEST_NOW), -3);

const mapReady = () => page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
const path = () => new URL(page.url()).pathname + new URL(page.url()).search;
/** A full page load of an address; the map's views are ready when the map is, other views when their test id shows. */
const open = async (address: string, shows?: string) => {
  await page.goto(new URL(address, platform.url).href);
  await (shows ? page.getByTestId(shows).waitFor({ timeout: 60_000 }) : mapReady());
};
/** Where Ryd's outline stands in the map's canvas, in CSS pixels, and the canvas's width. */
const rydOnScreen = () =>
  page.evaluate(async () => {
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ district(id: "ryd") { geometry } }' }) });
    const { data } = (await res.json()) as { data: { district: { geometry: { coordinates: number[][][][] } } } };
    const map = (window as unknown as { __map: { project(c: number[]): { x: number }; getCanvas(): HTMLCanvasElement } }).__map;
    const xs = data.district.geometry.coordinates.flat(2).map((c) => map.project(c).x);
    return { left: Math.min(...xs), right: Math.max(...xs), width: map.getCanvas().clientWidth };
  });
const districtShown = async () => (await page.getByTestId('district-name').count()) ? page.getByTestId('district-name').textContent() : null;

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await collectPageErrors(page, pageErrors);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('links to views, signed out', () => {
  it('opens a district\'s panel from its address, and an unknown address on the map', async () => {
    await open('/stadsdel/ryd');
    await page.getByTestId('district-name').waitFor();
    expect(await districtShown()).toBe('Ryd');
    await open('/ingen/sadan/sida');
    expect(path()).toBe('/');
    expect(await districtShown()).toBeNull();
  });

  it('moves between views with back and forward, each view at its own address', async () => {
    await open('/');
    await page.getByTestId('district-button-berga').click();
    await page.getByTestId('district-name').waitFor();
    expect(path()).toBe('/stadsdel/berga');
    await page.getByTestId('header-plan').click();
    await page.getByTestId('plan-page').waitFor();
    expect(path()).toBe('/plan');
    await page.goBack();
    await page.getByTestId('district-name').waitFor();
    expect([path(), await districtShown()]).toEqual(['/stadsdel/berga', 'Berga']);
    await page.goBack();
    await page.getByTestId('district-button-berga').waitFor();
    expect([path(), await districtShown()]).toEqual(['/', null]);
    await page.goForward();
    await page.getByTestId('district-name').waitFor();
    expect([path(), await districtShown()]).toEqual(['/stadsdel/berga', 'Berga']);
  });

  it('opens the plan for a year from its address, and keeps the year chosen in it', async () => {
    await open('/plan/2021', 'plan-page');
    expect(await page.getByTestId('overview-year').inputValue()).toBe('2021');
    await page.getByTestId('overview-year').selectOption('2020');
    await page.waitForURL((url) => url.pathname === '/plan/2020');
    await page.reload();
    await page.getByTestId('plan-page').waitFor();
    expect(await page.getByTestId('overview-year').inputValue()).toBe('2020');
  });

  it('still opens a follow-up page from an old link that named it after #', async () => {
    await page.goto(new URL('/#plan', platform.url).href);
    await page.getByTestId('plan-page').waitFor();
    expect(path()).toBe('/plan');
  });

  it('opens the plan of 2019–2022 on its last year when the address names none, without writing it', async () => {
    await open('/plan', 'plan-page');
    await page.waitForFunction(() => (document.querySelector('[data-testid="overview-year"]') as HTMLSelectElement | null)?.value === '2022');
    expect(path()).toBe('/plan');
  });
});

describe('a link to a view that needs a role, opened signed out', () => {
  it('leads through the sign-in page and back to the lägesbild of the week it names', async () => {
    const link = `/stadsdel/skaggetorp/lagesbild?vecka=${week.label}`;
    await page.goto(new URL(link, platform.url).href);
    await page.getByTestId('demo-user-est').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logga-in');
    expect(new URL(page.url()).searchParams.get('tillbaka')).toBe(link);
    await page.getByTestId('demo-user-est').click();
    await mapReady();
    await page.getByTestId('situation-panel').waitFor();
    expect(path()).toBe(link);
    expect(await districtShown()).toBe('Skäggetorp');
    expect(await page.getByTestId('week-label').first().textContent()).toBe(`v. ${week.week} ${week.year}`);
    // The panel is scrolled to the lägesbild.
    const top = await page.getByTestId('situation-panel').evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeLessThan(300);
    await screenshot(page, 'deep-link-situation');
  });
});

describe('links to views, signed in', () => {
  it('gives a measure its own address, which opens it again after a reload and closes with back', async () => {
    await signInAs(page, 'est');
    await open('/');
    await page.getByTestId('district-button-skaggetorp').click();
    await page.getByTestId('measure-item').first().waitFor();
    const districtAddress = path();
    expect(districtAddress).toMatch(/^\/stadsdel\/skaggetorp\?vecka=\d{4}-W\d{2}$/);
    await page.getByTestId('measure-item').first().click();
    await page.getByTestId('measure-panel').waitFor();
    const id = await page.getByTestId('measure-panel').getAttribute('data-measure-id');
    expect(new URL(page.url()).pathname).toBe(`/atgard/${id}`);
    await page.reload();
    await mapReady();
    await page.getByTestId('measure-panel').waitFor();
    expect(await page.getByTestId('measure-panel').getAttribute('data-measure-id')).toBe(id);
    expect(await districtShown()).toBe('Skäggetorp');
    await page.goBack();
    await page.getByTestId('measure-list').waitFor();
    expect(path()).toBe(districtAddress);
    expect(await page.getByTestId('measure-panel').count()).toBe(0);
  });

  it('writes the week stepped to into the address, and a reload keeps it', async () => {
    await page.getByTestId('week-prev').first().click();
    await page.waitForURL((url) => url.searchParams.get('vecka') !== null && url.searchParams.get('vecka') !== lastCompleteWeek(TEST_NOW).label);
    const stepped = new URL(page.url()).searchParams.get('vecka');
    expect(stepped).toBe(addWeeks(lastCompleteWeek(TEST_NOW), -1).label);
    await page.reload();
    await mapReady();
    expect(new URL(page.url()).searchParams.get('vecka')).toBe(stepped);
    const { week: n, year } = addWeeks(lastCompleteWeek(TEST_NOW), -1);
    expect(await page.getByTestId('week-label').first().textContent()).toBe(`v. ${n} ${year}`);
  });

  it('opens the map where its address looks, with the layers it names, and writes a toggle or a move into it', async () => {
    await open('/?lager=handelser,narvaro&karta=14.00/58.39000/15.56000');
    const view = () =>
      page.evaluate(() => {
        const map = (window as unknown as { __map: { getZoom(): number; getCenter(): { lat: number; lng: number } } }).__map;
        const { lat, lng } = map.getCenter();
        return { zoom: map.getZoom(), lat, lng };
      });
    const at = await view();
    expect([at.zoom, Number(at.lat.toFixed(4)), Number(at.lng.toFixed(4))]).toEqual([14, 58.39, 15.56]);
    const checked = async () =>
      Object.fromEntries(await Promise.all(['hotspot', 'incidents', 'measures', 'venues', 'presence'].map(async (layer) => [layer, await page.getByTestId(`${layer}-toggle`).isChecked()])));
    expect(await checked()).toEqual({ hotspot: false, incidents: true, measures: false, venues: false, presence: true });
    // A toggle replaces the address (no step back for it); the layers are named in the map's order.
    await page.getByTestId('measures-toggle').check();
    await page.waitForURL((url) => url.searchParams.get('lager') === 'handelser,atgarder,narvaro');
    // A drag moves the position in the address; the first fit to the districts had not written one.
    const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 80, { steps: 8 });
    await page.mouse.up();
    await page.waitForURL((url) => url.searchParams.get('karta') !== '14.00/58.39000/15.56000');
    const moved = new URL(page.url()).searchParams.get('karta')!;
    expect(moved).toMatch(/^14\.00\/58\.\d{5}\/15\.\d{5}$/);
    // A reload opens the map where it was moved to.
    await page.reload();
    await mapReady();
    const [zoom, lat, lng] = moved.split('/').map(Number);
    const again = await view();
    expect([Number(again.zoom.toFixed(2)), Number(again.lat.toFixed(5)), Number(again.lng.toFixed(5))]).toEqual([zoom, lat, lng]);
    // A district opened from here keeps the layers; the map zooms to it, right of the side panel,
    // and the address names the district instead of the position, so a reload zooms the same way.
    await page.getByTestId('district-button-ryd').click();
    await page.waitForURL((url) => url.pathname === '/stadsdel/ryd');
    expect(new URL(page.url()).searchParams.get('karta')).toBeNull();
    expect(new URL(page.url()).searchParams.get('lager')).toBe('handelser,atgarder,narvaro');
    const ryd = await rydOnScreen();
    expect(ryd.left).toBeGreaterThanOrEqual(380);
    expect(ryd.right).toBeLessThanOrEqual(ryd.width);
    expect(ryd.right - ryd.left).toBeGreaterThan(ryd.width / 5);
    const zoomedTo = (await view()).zoom;
    await page.reload();
    await mapReady();
    expect(await checked()).toEqual({ hotspot: false, incidents: true, measures: true, venues: false, presence: true });
    expect((await view()).zoom).toBeCloseTo(zoomedTo, 2);
    // All layers back to the role's default: the address names none.
    await page.getByTestId('hotspot-toggle').check();
    await page.getByTestId('venues-toggle').check();
    await page.getByTestId('presence-toggle').uncheck();
    await page.waitForURL((url) => url.searchParams.get('lager') === null);
  });

  it('reaches the side panel before the map\'s layer controls with Tab, as it reads', async () => {
    await open('/');
    await page.locator('.language-switch__button').last().focus();
    const reached = async (): Promise<string | null> =>
      page.evaluate(() => {
        const at = document.activeElement;
        if (at?.closest('#district-panel')) return 'panel';
        if (at?.closest('.map-overlays')) return 'layers';
        return at?.closest('.map') ? 'map' : null;
      });
    let first: string | null = null;
    for (let presses = 0; presses < 10 && first === null; presses += 1) {
      await page.keyboard.press('Tab');
      first = await reached();
    }
    expect(first).toBe('panel');
  });

  it('keeps the layers of a link opened signed out through the sign-in', async () => {
    await page.getByTestId('sign-out').click();
    await open('/?lager=hetpunkter,narvaro');
    expect(await page.getByTestId('hotspot-toggle').count()).toBe(0);
    await signInAs(page, 'est');
    expect(path()).toBe('/?lager=hetpunkter,narvaro');
    expect(await page.getByTestId('hotspot-toggle').isChecked()).toBe(true);
    expect(await page.getByTestId('incidents-toggle').isChecked()).toBe(false);
    expect(await page.getByTestId('presence-toggle').isChecked()).toBe(true);
  });

  it('opens the yearly report of a year from its address, and the header moves on from it', async () => {
    await signInAs(page, 'styrgruppen');
    await open('/arsrapport/2022', 'yearly-report');
    expect(await page.getByTestId('overview-year').inputValue()).toBe('2022');
    await page.getByTestId('nav-overview').click();
    await page.getByTestId('overview').waitFor();
    expect(path()).toBe('/oversikt/2022');
    await page.goBack();
    await page.getByTestId('yearly-report').waitFor();
    expect(path()).toBe('/arsrapport/2022');
  });

  it('ran without page errors', () => {
    expect(pageErrors).toEqual([]);
  });
});
