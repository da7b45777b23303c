import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot, seriousAccessibilityViolations, signInAs } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

// The map's symbols from the keyboard (issue 17): for each role with map layers, every layer it may
// see switched on and Skäggetorp chosen with the keyboard, a feature of every layer is reached with
// Tab alone in the list of features in view, and Enter opens what a click on its symbol opens (the
// same popup, or the same measure's or venue's panel). Escape gives the focus back to the list.

type Layer = 'hotspots' | 'incidents' | 'measures' | 'venues' | 'presence';

/** The roles with map layers and the layers each has (README, "Who may read and write what"). */
const ROLES: { user: string; layers: Layer[]; choose: 'Enter' | 'Space' }[] = [
  { user: 'est', layers: ['hotspots', 'incidents', 'measures', 'venues', 'presence'], choose: 'Enter' },
  { user: 'polisen', layers: ['hotspots', 'incidents', 'measures', 'venues', 'presence'], choose: 'Space' },
  { user: 'omradesgrupp-skaggetorp', layers: ['hotspots', 'incidents', 'measures', 'venues', 'presence'], choose: 'Enter' },
  { user: 'stangastaden', layers: ['incidents', 'measures'], choose: 'Space' },
  { user: 'styrgruppen', layers: ['measures', 'venues'], choose: 'Enter' },
  { user: 'tillsyn', layers: ['venues'], choose: 'Space' },
  { user: 'beredningsgruppen', layers: ['measures', 'venues'], choose: 'Enter' },
  { user: 'admin', layers: ['hotspots', 'incidents', 'measures', 'venues', 'presence'], choose: 'Space' },
];
const LAYERS: Layer[] = ['hotspots', 'incidents', 'measures', 'venues', 'presence'];
const TOGGLES: Record<Layer, string> = {
  hotspots: 'hotspot-toggle',
  incidents: 'incidents-toggle',
  measures: 'measures-toggle',
  venues: 'venues-toggle',
  presence: 'presence-toggle',
};
const READY: Record<Layer, string> = {
  hotspots: 'hotspotsReady',
  incidents: 'incidentsReady',
  measures: 'measuresReady',
  venues: 'venuesReady',
  presence: 'presenceReady',
};
const POPUPS: Partial<Record<Layer, string>> = { hotspots: 'hotspot-popup', incidents: 'incident-popup', presence: 'presence-popup' };

let platform: TestPlatform;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];

const hook = (name: string, value: string, timeout = 30_000) =>
  page.waitForFunction(([n, v]) => document.body.dataset[n!] === v, [name, value], { timeout });
const item = (layer: Layer, id?: string): string =>
  `[data-testid="feature-in-view"][data-layer="${layer}"]${id ? `[data-feature-id="${id}"]` : ''}`;
const focusedTestId = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid ?? null);
const axeFindings = async () =>
  (await seriousAccessibilityViolations(page)).map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
const focusedFeature = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.featureId ?? null);

beforeAll(async () => {
  platform = await startTestPlatform();
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await collectPageErrors(page, pageErrors);
  await page.goto(platform.url);
  await hook('mapReady', 'true', 60_000);
});
afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

/** Presses Tab until the focus is on an element matching `selector` (and, given ids, one of them). */
async function tabTo(selector: string, ids: readonly string[] | null = null, limit = 900): Promise<string> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(
      ([wanted, among]) => {
        const element = document.activeElement;
        if (!(element instanceof HTMLElement) || !element.matches(wanted)) return null;
        const id = element.dataset.featureId ?? '';
        return !among || among.includes(id) ? id : null;
      },
      [selector, ids] as const,
    );
    if (found !== null) return found;
  }
  throw new Error(`${limit} presses of Tab never reached ${selector}`);
}

/**
 * The features listed for a layer whose symbol a click would open by itself, and where to click:
 * the place a popup stands (a point, a cell's middle) is on the bare canvas, no layer above it in
 * the click order has anything within a few pixels, and the feature is the top one of its layer.
 */
function clickable(layer: Layer, among: readonly string[] | null): Promise<{ free: Record<string, { x: number; y: number }>; first: number[] | null }> {
  return page.evaluate(
    ([wanted, only]) => {
      type Feature = { properties: Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
      const map = (window as unknown as {
        __map: {
          getCanvas(): HTMLCanvasElement;
          getLayer(id: string): unknown;
          project(c: number[]): { x: number; y: number };
          querySourceFeatures(source: string, o?: object): Feature[];
          queryRenderedFeatures(box: unknown, o: object): Feature[];
        };
      }).__map;
      // The click order of web/src/map/MapView.vue, with the pixels of slack each hit test allows.
      const order = [
        { layer: 'cluster', ids: ['measure-clusters'], key: 'id', slack: 4 },
        { layer: 'measures', ids: ['measure-anchors', 'measure-lines', 'measure-lines-proposed', 'measure-areas-fill'], key: 'id', slack: 4 },
        { layer: 'venues', ids: ['venue-points'], key: 'id', slack: 3 },
        { layer: 'cluster', ids: ['venue-clusters'], key: 'cluster_id', slack: 3 },
        { layer: 'presence', ids: ['presence-points'], key: 'id', slack: 0 },
        { layer: 'incidents', ids: ['incidents-points'], key: 'id', slack: 0 },
        { layer: 'presence', ids: ['presence-areas-fill'], key: 'id', slack: 0 },
        { layer: 'hotspots', ids: ['hotspots-fill'], key: 'key', slack: 0 },
      ];
      const sources: Record<string, [string, string]> = {
        hotspots: ['hotspots', 'key'], incidents: ['incidents', 'id'], measures: ['measure-anchors', 'id'], venues: ['venues', 'id'], presence: ['presence', 'id'],
      };
      const [source, sourceKey] = sources[wanted]!;
      const canvas = map.getCanvas();
      const box = canvas.getBoundingClientRect();
      const flat = (c: unknown): number[][] => (Array.isArray(c) && typeof c[0] === 'number' ? [c as number[]] : (c as unknown[]).flatMap(flat));
      const listed = [...document.querySelectorAll<HTMLElement>(`[data-testid="feature-in-view"][data-layer="${wanted}"]`)].map((e) => e.dataset.featureId!);
      const places: Record<string, { x: number; y: number }> = {};
      let first: number[] | null = null;
      const free = (id: string): boolean => {
        if (only && !only.includes(id)) return false;
        const pieces = map.querySourceFeatures(source, { filter: ['==', ['get', sourceKey], id] });
        const points = pieces.flatMap((f) => flat(f.geometry.coordinates));
        if (points.length === 0) return false;
        const xs = points.map((p) => p[0]!);
        const ys = points.map((p) => p[1]!);
        const at = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
        first ??= at;
        const p = map.project(at);
        if (document.elementFromPoint(box.left + p.x, box.top + p.y) !== canvas) return false;
        // An empty list of layers would ask for every layer: a role's missing layers are left out.
        const hits = (ids: string[], slack: number) => {
          const layers = ids.filter((l) => map.getLayer(l));
          return layers.length === 0 ? [] : map.queryRenderedFeatures([[p.x - slack, p.y - slack], [p.x + slack, p.y + slack]], { layers });
        };
        places[id] = { x: box.left + p.x, y: box.top + p.y };
        for (const o of order) {
          const [top] = hits(o.ids, o.slack);
          if (top) return o.layer === wanted && String(top.properties[o.key]) === id;
          // Too close to something above to be sure which a click takes.
          if (hits(o.ids, o.slack + 3).length > 0) return false;
        }
        return false;
      };
      const freeIds = listed.filter(free);
      // Gathered into clusters at this zoom: the first one in view, right of the panel, is where to zoom in.
      const shown = (c: number[] | undefined): c is number[] => {
        const q = c && map.project(c);
        return !!q && q.x > 400 && q.x < canvas.clientWidth && q.y > 0 && q.y < canvas.clientHeight;
      };
      first ??= map.querySourceFeatures(source).map((f) => flat(f.geometry.coordinates)[0]).find(shown) ?? null;
      return { free: Object.fromEntries(freeIds.map((id) => [id, places[id]!])), first };
    },
    [layer, among] as const,
  );
}

/** What opened: a popup and its text, or the panel of a measure or a venue (its address and its data). */
async function opened(layer: Layer, id: string): Promise<string> {
  const popup = POPUPS[layer];
  if (popup) {
    await page.getByTestId(popup).waitFor({ timeout: 10_000 });
    return `${popup}: ${await page.getByTestId(popup).innerText()}`;
  }
  const [path, ready] = layer === 'measures' ? ['atgard', 'measurePanelReady'] : ['plats', 'venuePanelReady'];
  await hook(ready, id);
  expect(new URL(page.url()).pathname).toBe(`/${path}/${id}`);
  return `${path}/${id}`;
}

/** The measures and venues of Skäggetorp: opening one of them leaves the map where it is. */
async function inSkaggetorp(user: string): Promise<string[]> {
  const { data } = await platform.gql<{ measures: { id: string; districtId: string }[] | null; venues: { id: string; districtId: string }[] | null }>(
    '{ measures { id districtId } venues { id districtId } }',
    {},
    { as: user },
  );
  return [...(data?.measures ?? []), ...(data?.venues ?? [])].filter((f) => f.districtId === 'skaggetorp').map((f) => f.id);
}

/**
 * Waits until the layers have drawn what they hold, the list names some of each, and the map has
 * drawn the view it moved to (its sources answer for the tiles in view only).
 */
async function layersShown(layers: readonly Layer[]): Promise<void> {
  for (const layer of layers) {
    await hook(READY[layer], 'true');
    await expect.poll(() => page.locator(item(layer)).count(), { timeout: 30_000 }).toBeGreaterThan(0);
  }
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

/**
 * The symbols of a layer that a click can reach, zooming in on its first listed feature while there
 * are none (a property owner's incidents lie on a small block, under the district's label; below
 * street level incidents and venues are gathered into clusters).
 */
async function clickableZoomingIn(layer: Layer, skaggetorp: readonly string[]): Promise<Record<string, { x: number; y: number }>> {
  for (let tries = 0; ; tries += 1) {
    const { free, first } = await clickable(layer, layer === 'measures' || layer === 'venues' ? skaggetorp : null);
    if (Object.keys(free).length > 0 || tries === 3 || !first) return free;
    await moveMap(first);
    await layersShown([layer]);
  }
}

type Camera = { center: [number, number]; zoom: number };

/** Where the map looks, to come back to. */
const camera = (): Promise<Camera> =>
  page.evaluate(() => {
    const map = (window as unknown as { __map: { getZoom(): number; getCenter(): { lng: number; lat: number } } }).__map;
    const { lng, lat } = map.getCenter();
    return { center: [lng, lat] as [number, number], zoom: map.getZoom() };
  });

/** Zooms in by 1.5 around a place (null: back to a camera) and waits until the map has drawn it. */
async function moveMap(around: number[] | null, back: Camera | null = null): Promise<void> {
  await page.evaluate(
    ([at, to]) =>
      new Promise<void>((resolve) => {
        const map = (window as unknown as {
          __map: { getZoom(): number; zoomTo(z: number, o: object): void; jumpTo(o: object): void; once(e: string, f: () => void): void };
        }).__map;
        map.once('idle', () => resolve());
        if (to) map.jumpTo(to);
        else map.zoomTo(map.getZoom() + 1.5, { around: at, duration: 0 });
      }),
    [around, back] as const,
  );
}

/** Reaches a feature of the layer with Tab, opens it with Enter, and checks it against a click on its symbol. */
async function reachAndOpen(layer: Layer, layers: readonly Layer[], skaggetorp: readonly string[]): Promise<void> {
  const start = await camera();
  const places = await clickableZoomingIn(layer, skaggetorp);
  expect(Object.keys(places).length, `a ${layer} symbol in view that a click opens by itself`).toBeGreaterThan(0);
  const id = await tabTo(item(layer), Object.keys(places));
  // Incidents and shifts read as a table: the button heads its row, the table has a caption.
  const inTable = await page.evaluate(() => !!document.activeElement?.closest('th[scope="row"]')?.closest('table')?.querySelector('caption'));
  expect(inTable).toBe(layer === 'incidents' || layer === 'presence');
  await page.keyboard.press('Enter');
  const byKeyboard = await opened(layer, id);
  if (POPUPS[layer]) {
    // The popup has the focus, and Escape gives it back to the list.
    expect(await focusedTestId()).toBe(POPUPS[layer]);
    expect(await axeFindings()).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId(POPUPS[layer]!).count()).toBe(0);
    expect(await focusedFeature()).toBe(id);
  } else {
    // The panel's heading has the focus, as after a click; Escape goes back to the district.
    expect(await page.evaluate(() => !!document.activeElement?.closest('#district-panel'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/stadsdel/skaggetorp');
  }
  await page.mouse.click(places[id]!.x, places[id]!.y);
  expect(await opened(layer, id)).toBe(byKeyboard);
  if (POPUPS[layer]) await page.keyboard.press('Escape');
  await expect.poll(() => page.getByTestId(POPUPS[layer] ?? 'none').count()).toBe(0);
  // Back to the district's view if the map was zoomed in, and on from where the keyboard left off
  // (the mouse took the focus to the map), or from the top of the list if that item left it.
  if ((await camera()).zoom !== start.zoom) {
    await moveMap(null, start);
    await layersShown(layers);
  }
  if ((await page.locator(item(layer, id)).count()) > 0) await page.locator(item(layer, id)).focus();
  else await page.getByTestId('features-in-view-fold').focus();
}

describe('the features in view, from the keyboard', () => {
  it.each(ROLES)('as $user: a feature of every layer is reached with Tab and opens with Enter as a click opens it', async ({ user, layers, choose }) => {
    await page.goto(platform.url);
    await hook('mapReady', 'true', 60_000);
    await signInAs(page, user);
    for (const layer of LAYERS) expect(await page.getByTestId(TOGGLES[layer]).count(), `${layer} for ${user}`).toBe(layers.includes(layer) ? 1 : 0);
    for (const layer of layers) await page.getByTestId(TOGGLES[layer]).check();

    // Skäggetorp chosen from the keyboard: Enter and Space both select a district (issue 17, 2).
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await tabTo('[data-testid="district-button-skaggetorp"]');
    await page.keyboard.press(choose);
    await expect.poll(() => page.getByTestId('district-name').textContent(), { timeout: 10_000 }).toBe('Skäggetorp');
    await layersShown(layers);
    if (user === 'est') await screenshot(page, 'features-in-view');
    expect(await axeFindings()).toEqual([]);

    const skaggetorp = await inSkaggetorp(user);
    for (const layer of LAYERS.filter((l) => layers.includes(l))) await reachAndOpen(layer, layers, skaggetorp);
    expect(pageErrors).toEqual([]);
  });
});
