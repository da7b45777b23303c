import { layers, namedFlavor } from '@protomaps/basemaps';
import { addProtocol, type LayerSpecification, type StyleSpecification, type SymbolLayerSpecification } from 'maplibre-gl';
import { Protocol } from 'pmtiles';
import { offlineStyle } from './baseStyle';
import { fontFaces } from './fonts';

/** The basemap the platform is configured with (/config.json); null: a plain background. */
export type Basemap =
  | { kind: 'style'; url: string }
  | { kind: 'pmtiles'; url: string }
  | { kind: 'wmts'; tiles: string; attribution: string | null; maxZoom: number };

export const BASEMAP_SOURCE = 'basemap';
const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>';

let protocolAdded = false;

function pmtilesProtocol(): void {
  if (protocolAdded) return;
  addProtocol('pmtiles', new Protocol().tile);
  protocolAdded = true;
}

/**
 * The Protomaps layers without their icons: no sprite is served (points of interest, shields and
 * one-way arrows would compete with the project's own symbols), so a layer that only draws an icon
 * goes and a label keeps its text.
 */
function withoutIcons(all: LayerSpecification[]): LayerSpecification[] {
  return all.flatMap((layer): LayerSpecification[] => {
    if (layer.type !== 'symbol') return [layer];
    const { 'icon-image': icon, 'icon-size': _size, ...layout } = layer.layout ?? {};
    if (icon !== undefined && !layout['text-field']) return [];
    const labelOnly: SymbolLayerSpecification = { ...layer, layout };
    return [labelOnly];
  });
}

function pmtilesStyle(url: string): StyleSpecification {
  pmtilesProtocol();
  return {
    version: 8,
    name: 'Trygghetskartan basemap',
    sources: { [BASEMAP_SOURCE]: { type: 'vector', url: `pmtiles://${new URL(url, location.href).href}`, attribution: OSM_ATTRIBUTION } },
    'font-faces': fontFaces(),
    layers: withoutIcons(layers(BASEMAP_SOURCE, namedFlavor('light'), { lang: 'sv' })),
  };
}

function wmtsStyle(basemap: Extract<Basemap, { kind: 'wmts' }>): StyleSpecification {
  const base = offlineStyle();
  return {
    ...base,
    name: 'Trygghetskartan WMTS',
    sources: {
      [BASEMAP_SOURCE]: { type: 'raster', tiles: [basemap.tiles], tileSize: 256, maxzoom: basemap.maxZoom, ...(basemap.attribution ? { attribution: basemap.attribution } : {}) },
    },
    layers: [...base.layers, { id: 'basemap-raster', type: 'raster', source: BASEMAP_SOURCE }],
  };
}

/** The style the map starts from: the project's layers are added on top of it. */
export function basemapStyle(basemap: Basemap | null): string | StyleSpecification {
  if (!basemap) return offlineStyle();
  if (basemap.kind === 'style') return basemap.url;
  return basemap.kind === 'pmtiles' ? pmtilesStyle(basemap.url) : wmtsStyle(basemap);
}
