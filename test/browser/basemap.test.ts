import { createServer, get, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildBasemap } from '@tk/gis/basemap/build';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectPageErrors, launchBrowser, screenshot } from '../support/browser.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';

/**
 * The basemap under the project's layers, as a municipality would configure it: a PMTiles archive
 * built by `npm run basemap` from an OpenStreetMap extract (test/fixtures/basemap/skaggetorp.osm,
 * hand-drawn streets in Skäggetorp), and a raster WMTS in EPSG:3857 from a tile server the test runs.
 */

type Rgb = [number, number, number];
const PROVGATAN_LAT = 58.428;
const VIEW = `15.00/${PROVGATAN_LAT.toFixed(5)}/15.58400`;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const mapReady = (page: Page) => page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });

/** Waits until every source has loaded and the map has nothing left to draw. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const map = (window as unknown as { __map: { loaded(): boolean; once(e: string, f: () => void): void; triggerRepaint(): void } }).__map;
    for (let i = 0; i < 60 && !map.loaded(); i++) await new Promise<void>((resolve) => { map.once('idle', resolve); map.triggerRepaint(); setTimeout(resolve, 500); });
  });
}

/** The colour the page shows at a point of the map canvas (from a screenshot, decoded by the browser). */
async function pixel(page: Page, at: { x: number; y: number }): Promise<Rgb> {
  const box = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const png = await page.screenshot({ clip: { x: box.x + at.x - 1, y: box.y + at.y - 1, width: 3, height: 3 } });
  return page.evaluate(async (base64) => {
    // An image, not fetch(): the page's policy lets images, not connections, read data: URLs.
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(1, 1, 1, 1).data;
    return [r!, g!, b!] as Rgb;
  }, png.toString('base64'));
}

const distance = (a: Rgb, b: Rgb): number => Math.max(...a.map((v, i) => Math.abs(v - b[i]!)));

/** Layers of the style whose source is the basemap, and the index of the first of the project's own. */
function layerOrder(page: Page): Promise<{ basemap: number[]; ownFirst: number }> {
  return page.evaluate(() => {
    const map = (window as unknown as { __map: { getStyle(): { layers: { id: string; source?: string }[] } } }).__map;
    const layers = map.getStyle().layers;
    const basemap = layers.flatMap((l, i) => (l.source === 'basemap' || l.id === 'background' ? [i] : []));
    return { basemap, ownFirst: layers.findIndex((l) => l.id.startsWith('districts')) };
  });
}

function setBasemapVisible(page: Page, visible: boolean): Promise<void> {
  return page.evaluate((on) => {
    const map = (window as unknown as { __map: { getStyle(): { layers: { id: string; source?: string }[] }; setLayoutProperty(id: string, p: string, v: string): void } }).__map;
    for (const l of map.getStyle().layers) if (l.source === 'basemap') map.setLayoutProperty(l.id, 'visibility', on ? 'visible' : 'none');
  }, visible);
}

/** A point on the canvas at a place, where nothing of the page covers the map. */
async function openPointAt(page: Page, lon: number, lat: number): Promise<{ x: number; y: number } | null> {
  return page.evaluate(([lng, lt]) => {
    const map = (window as unknown as { __map: { project(c: number[]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } }).__map;
    const p = map.project([lng, lt]);
    const rect = map.getCanvas().getBoundingClientRect();
    return document.elementFromPoint(rect.x + p.x, rect.y + p.y) === map.getCanvas() ? { x: Math.round(p.x), y: Math.round(p.y) } : null;
  }, [lon, lat] as const);
}

describe('a PMTiles basemap built from an OpenStreetMap extract (BASEMAP_PMTILES)', () => {
  let platform: TestPlatform;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];
  const ranges: { url: string; status: number; range: string | undefined }[] = [];

  beforeAll(async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tk-basemap-'));
    await buildBasemap(join(import.meta.dirname, '../fixtures/basemap/skaggetorp.osm'), join(dataDir, 'basemap.pmtiles'), { minZoom: 0, maxZoom: 15 });
    platform = await startTestPlatform({ DATA_DIR: dataDir, BASEMAP_PMTILES: 'basemap.pmtiles' });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await collectPageErrors(page, errors);
    page.on('request', (request) => requests.push(request.url()));
    page.on('response', (response) => {
      if (response.url().includes('/basemap/')) ranges.push({ url: response.url(), status: response.status(), range: response.request().headers().range });
    });
    await page.goto(`${platform.url}/?karta=${VIEW}`);
    await mapReady(page);
    await idle(page);
  }, 180_000);
  afterAll(async () => {
    await page?.close();
    await platform?.stop();
  });

  it('draws the extract\'s streets, labelled with the names in the archive, from the platform alone', async () => {
    const drawn = await page.evaluate(() => {
      const map = (window as unknown as { __map: { queryRenderedFeatures(o?: object): { source: string; sourceLayer?: string; layer: { id: string; type: string }; properties: Record<string, unknown> }[] } }).__map;
      return map.queryRenderedFeatures().filter((f) => f.source === 'basemap').map((f) => ({ layer: f.sourceLayer, type: f.layer.type, name: f.properties.name ?? null }));
    });
    const lines = drawn.filter((f) => f.layer === 'roads' && f.type === 'line').map((f) => f.name);
    expect(new Set(lines)).toEqual(new Set(['Provgatan', 'Exempelvägen', 'Gångstigen']));
    // A label is only in the rendered features once its glyphs were drawn: the served font works.
    const labels = drawn.filter((f) => f.type === 'symbol').map((f) => f.name);
    expect(labels).toEqual(expect.arrayContaining(['Provgatan', 'Exempelvägen', 'Dammen']));
    // The extract's place name "Skäggetorp" may give way to the district's own label, placed first.
    expect([...new Set(drawn.map((f) => f.layer))]).toEqual(expect.arrayContaining(['earth', 'roads', 'buildings', 'water', 'landuse']));
    const origin = new URL(platform.url).origin;
    expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
    expect(requests.some((url) => /\/assets\/noto-sans-latin-400-normal-[^/]+\.woff2$/.test(url))).toBe(true);
    // The pmtiles protocol reads the archive in byte ranges, which the gateway answers as such.
    expect(ranges.length).toBeGreaterThan(1);
    expect(ranges.every((r) => r.status === 206 && /^bytes=\d+-\d+$/.test(r.range ?? ''))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('lies under the project\'s layers, and its streets are what the map shows there', async () => {
    const { basemap, ownFirst } = await layerOrder(page);
    expect(basemap.length).toBeGreaterThan(20);
    expect(ownFirst).toBeGreaterThan(Math.max(...basemap));
    // A point on Provgatan between the crossings, and one a street's width off it, both inside Skäggetorp.
    let road: { x: number; y: number } | null = null;
    for (const lon of [15.575, 15.577, 15.581, 15.587, 15.592, 15.594]) {
      road = await openPointAt(page, lon, PROVGATAN_LAT);
      if (road) break;
    }
    expect(road).not.toBeNull();
    const off = { x: road!.x, y: road!.y - 14 };
    const [onRoad, offRoad] = [await pixel(page, road!), await pixel(page, off)];
    expect(distance(onRoad, offRoad)).toBeGreaterThan(8);
    await setBasemapVisible(page, false);
    await idle(page);
    const [bareRoad, bareOff] = [await pixel(page, road!), await pixel(page, off)];
    expect(distance(bareRoad, bareOff)).toBeLessThanOrEqual(2);
    await setBasemapVisible(page, true);
    await idle(page);
    await screenshot(page, 'basemap-pmtiles-skaggetorp');
  });

  it('serves only the archive under /basemap/, with ranges and conditional requests', async () => {
    const url = `${platform.url}/basemap/basemap.pmtiles`;
    const head = await fetch(url, { headers: { range: 'bytes=0-126' } });
    expect(head.status).toBe(206);
    expect(head.headers.get('content-type')).toBe('application/vnd.pmtiles');
    expect(new TextDecoder().decode((await head.arrayBuffer()).slice(0, 7))).toBe('PMTiles');
    const etag = head.headers.get('etag')!;
    // node:http, not fetch: fetch turns a conditional request into one that bypasses caches.
    const conditional = await new Promise<number>((resolve, reject) => {
      get(url, { headers: { 'if-none-match': etag } }, (res) => resolve(res.resume().statusCode!)).on('error', reject);
    });
    expect(conditional).toBe(304);
    expect((await fetch(url, { headers: { range: 'bytes=999999999-' } })).status).toBe(416);
    for (const path of ['/basemap/', '/basemap/other.pmtiles', '/basemap/..%2fconfig.json']) {
      const res = await fetch(`${platform.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toMatch(/^application\/json/);
    }
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });
});

describe('a raster WMTS basemap in EPSG:3857 (BASEMAP_WMTS_URL)', () => {
  let platform: TestPlatform;
  let tiles: Server;
  let page: Page;
  const asked: string[] = [];
  const errors: string[] = [];
  const TILE_COLOUR: Rgb = [40, 120, 200];

  beforeAll(async () => {
    // A one-colour 256 px tile, encoded as PNG by the browser: what a WMTS answers for every tile here.
    const maker = await browser.newPage();
    const png = Buffer.from(await maker.evaluate(async ([r, g, b]) => {
      const canvas = new OffscreenCanvas(256, 256);
      const context = canvas.getContext('2d')!;
      context.fillStyle = `rgb(${r}, ${g}, ${b})`;
      context.fillRect(0, 0, 256, 256);
      return [...new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer())];
    }, TILE_COLOUR));
    await maker.close();
    tiles = createServer((req, res) => {
      asked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'image/png', 'access-control-allow-origin': '*' }).end(png);
    });
    await new Promise<void>((resolve) => tiles.listen(0, '127.0.0.1', resolve));
    const tileOrigin = `http://127.0.0.1:${(tiles.address() as AddressInfo).port}`;
    // WMTS's RESTful template, as Lantmäteriet's topographic web map publishes it (TileMatrixSet 3857).
    platform = await startTestPlatform({
      BASEMAP_WMTS_URL: `${tileOrigin}/wmts/topowebb/default/3857/{TileMatrix}/{TileRow}/{TileCol}.png`,
      BASEMAP_ATTRIBUTION: '© Testkartan',
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await collectPageErrors(page, errors);
    await page.goto(`${platform.url}/?karta=${VIEW}`);
    await mapReady(page);
    await idle(page);
  }, 180_000);
  afterAll(async () => {
    await page?.close();
    await platform?.stop();
    await new Promise((resolve) => tiles?.close(resolve));
  });

  it('asks the tile server for the tiles of the view, in the map\'s zoom, row and column, and draws them under the layers', async () => {
    const view = await page.evaluate(() => {
      const map = (window as unknown as { __map: { getBounds(): { getWest(): number; getEast(): number; getNorth(): number; getSouth(): number }; getZoom(): number } }).__map;
      const b = map.getBounds();
      return { west: b.getWest(), east: b.getEast(), north: b.getNorth(), south: b.getSouth(), zoom: map.getZoom() };
    });
    // MapLibre's zoom counts 512 px tiles: a 256 px WMTS tile matrix is one level deeper.
    const z = Math.round(view.zoom + 1);
    const column = (lon: number) => Math.floor(((lon + 180) / 360) * 2 ** z);
    const row = (lat: number) => {
      const r = (lat * Math.PI) / 180;
      return Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * 2 ** z);
    };
    const tilesOfView = asked.map((path) => path.match(/^\/wmts\/topowebb\/default\/3857\/(\d+)\/(\d+)\/(\d+)\.png$/)).filter((m) => m && Number(m[1]) === z);
    expect(tilesOfView.length).toBeGreaterThan(0);
    for (const m of tilesOfView) {
      expect(Number(m![3])).toBeGreaterThanOrEqual(column(view.west) - 1);
      expect(Number(m![3])).toBeLessThanOrEqual(column(view.east) + 1);
      expect(Number(m![2])).toBeGreaterThanOrEqual(row(view.north) - 1);
      expect(Number(m![2])).toBeLessThanOrEqual(row(view.south) + 1);
    }
    const { basemap, ownFirst } = await layerOrder(page);
    expect(ownFirst).toBeGreaterThan(Math.max(...basemap));
    // With the project's layers hidden, an open point of the map is the tile's colour.
    await page.evaluate(() => {
      const map = (window as unknown as { __map: { getStyle(): { layers: { id: string; source?: string }[] }; setLayoutProperty(id: string, p: string, v: string): void } }).__map;
      for (const l of map.getStyle().layers) if (l.source !== 'basemap' && l.id !== 'background') map.setLayoutProperty(l.id, 'visibility', 'none');
    });
    await idle(page);
    let open: { x: number; y: number } | null = null;
    for (const lon of [15.575, 15.58, 15.59, 15.595]) open ??= await openPointAt(page, lon, PROVGATAN_LAT);
    expect(distance(await pixel(page, open!), TILE_COLOUR)).toBeLessThanOrEqual(2);
    expect(await page.locator('.maplibregl-ctrl-attrib').textContent()).toContain('© Testkartan');
    expect(errors).toEqual([]);
  });
});
