import { rename, writeFile } from 'node:fs/promises';
import { earthLayer, readOsmExtract } from './osm.js';
import { writePmtiles } from './pmtiles-writer.js';
import { archiveInfo, cutTiles, layerBounds, type BasemapLayer, type TileOptions } from './tiles.js';

export const OSM_ATTRIBUTION = '© OpenStreetMap contributors (ODbL)';

export interface BuildReport {
  tiles: number;
  bytes: number;
  features: Record<string, number>;
}

/** The archive of a set of layers: an `earth` layer over their extent, then the layers as given. */
export function basemapArchive(layers: readonly BasemapLayer[], options: TileOptions, attribution = OSM_ATTRIBUTION): { archive: Buffer; tiles: number } {
  const bounds = layerBounds(layers);
  const all = bounds ? [earthLayer(bounds), ...layers] : [...layers];
  const tiles = cutTiles(all, options);
  return { archive: writePmtiles(tiles, archiveInfo(all, options, attribution)), tiles: tiles.length };
}

/** Builds a PMTiles basemap from an OpenStreetMap extract; the file is replaced only once complete. */
export async function buildBasemap(extract: string, out: string, options: TileOptions & { ogr2ogr?: string }): Promise<BuildReport> {
  const layers = await readOsmExtract(extract, options.ogr2ogr);
  const { archive, tiles } = basemapArchive(layers, options);
  const partial = `${out}.partial`;
  await writeFile(partial, archive);
  await rename(partial, out);
  return { tiles, bytes: archive.length, features: Object.fromEntries(layers.map((l) => [l.name, l.features.length])) };
}
