import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// A shift of presence clicked on the map, as the EST group: its popup says who, when in Swedish
// time, planned or carried out; it closes with Escape and the close button, when the hours change,
// and a click on a shift neither selects the district under it nor opens anything while drawing.

type LngLat = [number, number];

interface Shift {
  id: string;
  actorKind: string;
  startsAt: string;
  endsAt: string;
}

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
/** The week's shifts as the app received them, by id. */
const shifts = new Map<string, Shift>();

/** Inside Skäggetorp, where the demo presence plans lie around the centre. */
const SKAGGETORP: LngLat = [15.587, 58.426];
const ACTORS_SV: Record<string, string> = {
  POLICE: 'Polis',
  MUNICIPAL_GUARD: 'Kommunväktare',
  SECURITY_GUARD: 'Ordningsvakt',
  FIELD_ASSISTANT: 'Fältassistent',
  LEISURE_LEADER: 'Fritidsledare',
  SAFETY_HOST: 'Trygghetsvärd',
  NIGHT_WALKER: 'Nattvandrare',
};

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const mapReady = () => hook('mapReady', 'true', 60_000);
const popup = () => page.getByTestId('presence-popup');

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

/** Centres the map on a place and waits for the frame and the measures asked for that view. */
async function showOnMap(center: LngLat, zoom: number): Promise<void> {
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
  await hook('measuresReady', 'true');
}

/**
 * A ring of presence (layer 'presence-points', web/src/map/layerStyles.ts) where nothing else takes
 * the click: no measure or venue within a few pixels, and no HTML label or marker over the canvas.
 */
async function shiftToClick(): Promise<{ id: string; actorKind: string; x: number; y: number }> {
  const found = await page.evaluate(() => {
    type Feature = { properties: Record<string, unknown>; geometry: { coordinates: number[] }; layer: { id: string } };
    const map = (window as unknown as {
      __map: { getCanvas(): HTMLCanvasElement; project(c: number[]): { x: number; y: number }; queryRenderedFeatures(a: unknown, b?: object): Feature[] };
    }).__map;
    const canvas = map.getCanvas();
    const box = canvas.getBoundingClientRect();
    for (const feature of map.queryRenderedFeatures({ layers: ['presence-points'] })) {
      const p = map.project(feature.geometry.coordinates);
      const x = box.left + p.x;
      const y = box.top + p.y;
      const measures = map.queryRenderedFeatures([[p.x - 12, p.y - 12], [p.x + 12, p.y + 12]]).filter((f) => /^(measure|venue)-/.test(f.layer.id));
      if (measures.length === 0 && document.elementFromPoint(x, y) === canvas) {
        return { id: String(feature.properties.id), actorKind: String(feature.properties.actorKind), x, y };
      }
    }
    return null;
  });
  expect(found, 'a shift on the map with nothing else at its place').not.toBeNull();
  return found!;
}

/** "20:00" for an instant, on the Swedish wall clock. */
const swedishClock = (iso: string): string =>
  new Intl.DateTimeFormat('sv-SE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Stockholm' }).format(new Date(iso));

describe('a shift of presence on the map, as the EST group', () => {
  it('opens a popup with who, when in Swedish time, and whether it took place', async () => {
    await page.getByTestId('sign-in').click();
    await page.getByTestId('demo-user-est').click();
    await mapReady();
    // The demo's shifts stand at the hot places, where its measures and venues are too, and those
    // take a click before presence does: their layers go off, so a shift is free to click.
    await page.getByTestId('measures-toggle').uncheck();
    await page.getByTestId('venues-toggle').uncheck();
    await showOnMap(SKAGGETORP, 15);

    // The shifts the app fetched, to check the popup against.
    const answered = page.waitForResponse((r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('query Presence'));
    await page.getByTestId('presence-toggle').check();
    const body = (await (await answered).json()) as { data: { districts: { presence: Shift[] | null }[] } };
    for (const shift of body.data.districts.flatMap((d) => d.presence ?? [])) shifts.set(shift.id, shift);
    await hook('presenceReady', 'true');

    const target = await shiftToClick();
    const shift = shifts.get(target.id)!;
    expect(shift).toBeDefined();
    await page.mouse.click(target.x, target.y);
    await popup().waitFor({ timeout: 10_000 });

    expect(await page.getByTestId('presence-popup-actor').textContent()).toContain(ACTORS_SV[target.actorKind]);
    expect(await popup().getByRole('heading').textContent()).toContain(ACTORS_SV[target.actorKind]);
    const time = (await page.getByTestId('presence-popup-time').textContent())!.replace(/\s/g, ' ');
    // "fre 20 nov., 20:00–02:00": a weekday, the date, and the hours on the Swedish clock.
    expect(time).toMatch(/^\p{L}+ \d{1,2} \p{L}+\.?, \d{2}:\d{2}–\d{2}:\d{2}$/u);
    expect(time).toContain(`${swedishClock(shift.startsAt)}–${swedishClock(shift.endsAt)}`);
    expect(await page.getByTestId('presence-popup-state').textContent()).toMatch(/^(Planerat|Genomfört)$/);
    expect(await page.getByTestId('presence-popup-organisation').textContent()).not.toBe('–');
    expect(await page.getByTestId('presence-popup-note').textContent()).toMatch(/^Syntetisk/);
    // The district under the shift stays unselected: no panel opened.
    expect(await page.getByTestId('district-name').count()).toBe(0);

    await screenshot(page, 'presence-shift-popup');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);

    await page.keyboard.press('Escape');
    await expect.poll(() => popup().count()).toBe(0);
    expect(pageErrors).toEqual([]);
  });

  it('closes with its close button, and when the hours change', async () => {
    const target = await shiftToClick();
    await page.mouse.click(target.x, target.y);
    await popup().waitFor({ timeout: 10_000 });
    await popup().getByRole('button', { name: 'Stäng' }).click();
    await expect.poll(() => popup().count()).toBe(0);

    await page.mouse.click(target.x, target.y);
    await popup().waitFor({ timeout: 10_000 });
    await page.getByTestId('presence-from').selectOption('18');
    await expect.poll(() => popup().count()).toBe(0);
    await hook('presenceReady', 'true');
  });

  it('closes when the layer is hidden', async () => {
    const target = await shiftToClick();
    await page.mouse.click(target.x, target.y);
    await popup().waitFor({ timeout: 10_000 });
    await page.getByTestId('presence-toggle').uncheck();
    await expect.poll(() => popup().count()).toBe(0);
  });

  it('opens nothing while a measure is being drawn: the click belongs to the drawing', async () => {
    await page.getByTestId('presence-toggle').check();
    await hook('presenceReady', 'true');
    await page.getByTestId('district-button-skaggetorp').click();
    await page.getByTestId('measure-propose').click();
    await page.waitForFunction(() => !!document.body.dataset.drawing);
    await showOnMap(SKAGGETORP, 15);
    const target = await shiftToClick();
    await page.mouse.click(target.x, target.y);
    // The drawing took the click (its first point); a frame later, no popup has come with it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await popup().count()).toBe(0);
    await page.getByTestId('measure-cancel').click();
    expect(pageErrors).toEqual([]);
  });
});
