import type { Feature, Geometry } from 'geojson';
import { gzipSync } from 'node:zlib';
import { GeoJSONVT, type GeoJSONVTFeature, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { ArchiveInfo, ArchiveTile } from './pmtiles-writer.js';

/**
 * Cuts GeoJSON layers into gzip-compressed Mapbox vector tiles with MapLibre's own tiler
 * (@maplibre/geojson-vt) and encoder (@maplibre/vt-pbf), the same code that tiles GeoJSON sources
 * in the browser.
 */

export type BasemapFeature = Feature<Geometry, Record<string, string | number | boolean>>;

export interface BasemapLayer {
  name: string;
  features: BasemapFeature[];
}

export interface TileOptions {
  minZoom: number;
  maxZoom: number;
}

const EXTENT = 4096;

type Bounds = [number, number, number, number];

function extendBounds(bounds: Bounds, position: readonly number[]): void {
  const [lon, lat] = position as [number, number];
  bounds[0] = Math.min(bounds[0], lon);
  bounds[1] = Math.min(bounds[1], lat);
  bounds[2] = Math.max(bounds[2], lon);
  bounds[3] = Math.max(bounds[3], lat);
}

function visitPositions(geometry: Geometry, visit: (p: readonly number[]) => void): void {
  if (geometry.type === 'GeometryCollection') return geometry.geometries.forEach((g) => visitPositions(g, visit));
  const walk = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') visit(value as number[]);
    else if (Array.isArray(value)) value.forEach(walk);
  };
  walk(geometry.coordinates);
}

export function layerBounds(layers: readonly BasemapLayer[]): Bounds | null {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const layer of layers) for (const f of layer.features) visitPositions(f.geometry, (p) => extendBounds(bounds, p));
  return Number.isFinite(bounds[0]) ? bounds : null;
}

function tileRange(bounds: Bounds, z: number): { x0: number; x1: number; y0: number; y1: number } {
  const n = 2 ** z;
  const x = (lon: number): number => Math.min(n - 1, Math.max(0, Math.floor(((lon + 180) / 360) * n)));
  const y = (lat: number): number => {
    const r = (lat * Math.PI) / 180;
    return Math.min(n - 1, Math.max(0, Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)));
  };
  return { x0: x(bounds[0]), x1: x(bounds[2]), y0: y(bounds[3]), y1: y(bounds[1]) };
}

/** Features carry `min_zoom` (as Protomaps' tiles do); a tile leaves out what is not shown yet. */
function atZoom(tile: GeoJSONVTTile, z: number): GeoJSONVTTile | null {
  const features = (tile.features as GeoJSONVTFeature[]).filter((f) => {
    const minZoom = f.tags?.min_zoom;
    return typeof minZoom !== 'number' || minZoom <= z;
  });
  return features.length ? { ...tile, features } : null;
}

/** Every tile from minZoom to maxZoom that holds a feature, over the layers' common extent. */
export function cutTiles(layers: readonly BasemapLayer[], options: TileOptions): ArchiveTile[] {
  const bounds = layerBounds(layers);
  if (!bounds) return [];
  const indexes = layers.map((layer) => ({
    name: layer.name,
    index: new GeoJSONVT({ type: 'FeatureCollection', features: layer.features }, { maxZoom: options.maxZoom, extent: EXTENT }),
  }));
  const tiles: ArchiveTile[] = [];
  for (let z = options.minZoom; z <= options.maxZoom; z++) {
    const { x0, x1, y0, y1 } = tileRange(bounds, z);
    for (let x = x0; x <= x1; x++) {
      for (let y = y0; y <= y1; y++) {
        const present: Record<string, GeoJSONVTTile> = {};
        for (const { name, index } of indexes) {
          const tile = index.getTile(z, x, y);
          const shown = tile && atZoom(tile, z);
          if (shown) present[name] = shown;
        }
        if (Object.keys(present).length) tiles.push({ z, x, y, data: gzipSync(fromGeojsonVt(present, { version: 2, extent: EXTENT })) });
      }
    }
  }
  return tiles;
}

/** The archive's description: extent, zooms and the vector layers with their fields, as TileJSON has them. */
export function archiveInfo(layers: readonly BasemapLayer[], options: TileOptions, attribution: string): ArchiveInfo {
  const bounds = layerBounds(layers) ?? [-180, -85, 180, 85];
  const vectorLayers = layers.map((layer) => {
    const fields: Record<string, string> = {};
    for (const f of layer.features) for (const [key, value] of Object.entries(f.properties)) fields[key] = typeof value === 'number' ? 'Number' : typeof value === 'boolean' ? 'Boolean' : 'String';
    return { id: layer.name, fields, minzoom: options.minZoom, maxzoom: options.maxZoom };
  });
  return {
    minZoom: options.minZoom,
    maxZoom: options.maxZoom,
    bounds,
    center: [(bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2, Math.min(options.maxZoom, 12)],
    metadata: { name: 'Trygghetskartan basemap', format: 'pbf', attribution, vector_layers: vectorLayers },
  };
}
