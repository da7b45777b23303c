import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, tileIdToZxy, zxyToTileId, type RangeResponse, type Source } from 'pmtiles';
import { describe, expect, it } from 'vitest';
import { buildBasemap } from '../src/basemap/build.js';
import { writePmtiles, type ArchiveTile } from '../src/basemap/pmtiles-writer.js';

/** The `pmtiles` package's own reader (it also un-gzips tiles) over bytes in memory: what the browser's protocol does over HTTP ranges. */
class BufferSource implements Source {
  constructor(private readonly bytes: Buffer) {}
  getKey(): string {
    return 'memory';
  }
  async getBytes(offset: number, length: number): Promise<RangeResponse> {
    const slice = this.bytes.subarray(offset, offset + length);
    return { data: slice.buffer.slice(slice.byteOffset, slice.byteOffset + slice.length) as ArrayBuffer };
  }
}

const INFO = { minZoom: 0, maxZoom: 14, bounds: [15.5, 58.3, 15.7, 58.5] as [number, number, number, number], center: [15.6, 58.4, 12] as [number, number, number], metadata: { name: 'test' } };

describe('the PMTiles writer', () => {
  it('writes an archive the pmtiles reader reads back tile for tile, with leaf directories once the root would outgrow 16 KiB', async () => {
    // 40,000 distinct tiles of zoom 14 at irregular gaps and of irregular sizes (a seeded sequence):
    // far more entries than a root directory of 16 KiB holds.
    let seed = 42;
    const next = (n: number): number => (seed = (seed * 48_271) % 2_147_483_647) % n;
    const first = zxyToTileId(14, 8000, 4000);
    const ids: number[] = [];
    for (let i = 0, id = first; i < 40_000; i++) ids.push((id += 1 + next(500)));
    const at = (i: number): [number, number] => tileIdToZxy(ids[i]!).slice(1) as [number, number];
    const body = (i: number): string => `tile ${i} ${'.'.repeat((i * 7) % 97)}`;
    const tiles: ArchiveTile[] = ids.map((_, i) => ({ z: 14, x: at(i)[0], y: at(i)[1], data: gzipSync(body(i)) }));
    const archive = writePmtiles(tiles, INFO);
    const reader = new PMTiles(new BufferSource(archive));
    const header = await reader.getHeader();
    expect(header).toMatchObject({ specVersion: 3, minZoom: 0, maxZoom: 14, numAddressedTiles: 40_000, numTileContents: 40_000, clustered: true });
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryOffset + header.rootDirectoryLength).toBeLessThanOrEqual(16_384);
    expect([header.minLon, header.minLat, header.maxLon, header.maxLat]).toEqual([15.5, 58.3, 15.7, 58.5]);
    for (const i of [0, 1, 399, 400, 24_321, 39_999]) {
      const got = await reader.getZxy(14, ...at(i));
      expect(Buffer.from(got!.data).toString()).toBe(body(i));
    }
    expect(await reader.getZxy(14, ...(tileIdToZxy(ids[0]! + 1).slice(1) as [number, number]))).toBeUndefined();
    expect(await reader.getMetadata()).toEqual({ name: 'test' });
  });

  it('stores identical tiles once, as one run when they are neighbours', async () => {
    const same = gzipSync(Buffer.from('open water'));
    const tiles: ArchiveTile[] = [0, 1, 2, 3].map((i) => ({ z: 1, x: i % 2, y: Math.floor(i / 2), data: same }));
    const reader = new PMTiles(new BufferSource(writePmtiles(tiles, { ...INFO, maxZoom: 1 })));
    const header = await reader.getHeader();
    expect(header).toMatchObject({ numAddressedTiles: 4, numTileEntries: 1, numTileContents: 1 });
    for (const t of tiles) expect(Buffer.from((await reader.getZxy(t.z, t.x, t.y))!.data).toString()).toBe('open water');
  });
});

function tileOf(lon: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}

describe('npm run basemap (GDAL reads the OpenStreetMap extract)', () => {
  const extract = join(import.meta.dirname, '../../test/fixtures/basemap/skaggetorp.osm');

  it('builds the Protomaps layers from OSM tags, and leaves out what a zoom does not show yet', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tk-basemap-')), 'basemap.pmtiles');
    const report = await buildBasemap(extract, out, { minZoom: 0, maxZoom: 15 });
    expect(report.features).toEqual({ roads: 4, buildings: 1, water: 1, landuse: 1, places: 1 });
    const reader = new PMTiles(new BufferSource(readFileSync(out)));
    const decode = async (z: number): Promise<VectorTile> => {
      const [x, y] = tileOf(15.584, 58.428, z);
      const tile = await reader.getZxy(z, x, y);
      return new VectorTile(new PbfReader(new Uint8Array(tile!.data)));
    };
    const z15 = await decode(15);
    const roads = Array.from({ length: z15.layers.roads!.length }, (_, i) => z15.layers.roads!.feature(i).properties);
    expect(roads).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Provgatan', kind: 'minor_road', kind_detail: 'residential' }),
      expect.objectContaining({ name: 'Exempelvägen', kind: 'minor_road' }),
    ]));
    expect(Object.keys(z15.layers).sort()).toEqual(expect.arrayContaining(['buildings', 'earth', 'roads']));
    const z11 = await decode(11);
    expect(z11.layers.buildings).toBeUndefined();
    expect(Array.from({ length: z11.layers.roads?.length ?? 0 }, (_, i) => z11.layers.roads!.feature(i).properties.name)).toEqual(['Ringvägen']);
    expect((await reader.getMetadata()) as { attribution: string }).toMatchObject({ attribution: expect.stringContaining('OpenStreetMap') });
  });

  it('is the documented command: npm run basemap writes the archive and reports what it holds', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'tk-basemap-')), 'b.pmtiles');
    const printed = execFileSync('npm', ['run', '-s', 'basemap', '--', extract, out], { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' });
    expect(JSON.parse(printed.trim().split('\n').at(-1)!)).toMatchObject({ out, tiles: expect.any(Number), features: { roads: 4 } });
    expect(readFileSync(out).subarray(0, 7).toString()).toBe('PMTiles');
  });
});
