import type { FeatureCollection } from 'geojson';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { BasemapFeature, BasemapLayer } from './tiles.js';

/**
 * Reads an OpenStreetMap extract (.osm.pbf or .osm) with GDAL's OSM driver and maps its tags onto
 * the layers and `kind`s of the Protomaps basemap schema (https://docs.protomaps.com/basemaps/layers),
 * so that the kept Protomaps style draws it. Only what a planner needs under the project's layers is
 * kept: land, water, green areas, roads and paths, railways, buildings and place names; no points of
 * interest, which would compete with the project's own symbols.
 */

const HIGHWAY_KIND = `CASE
  WHEN highway IN ('motorway','motorway_link','trunk','trunk_link') THEN 'highway'
  WHEN highway IN ('primary','primary_link','secondary','secondary_link','tertiary','tertiary_link') THEN 'major_road'
  WHEN highway IN ('residential','unclassified','living_street','road','service') THEN 'minor_road'
  WHEN highway IN ('footway','cycleway','path','pedestrian','steps','track','bridleway','corridor') THEN 'path'
  ELSE 'other' END`;

const HIGHWAY_MIN_ZOOM = `CASE
  WHEN highway IN ('motorway','trunk') THEN 3 WHEN highway IN ('primary','secondary') THEN 7
  WHEN highway = 'tertiary' THEN 9 WHEN highway IN ('residential','unclassified','living_street','road') THEN 12
  WHEN highway LIKE '%_link' OR highway = 'service' THEN 13 ELSE 14 END`;

const LANDUSE_KIND = `CASE
  WHEN leisure IN ('park','garden','nature_reserve') THEN 'park' WHEN leisure = 'playground' THEN 'playground'
  WHEN leisure = 'pitch' OR leisure = 'sports_centre' THEN 'pitch'
  WHEN landuse = 'forest' THEN 'forest' WHEN "natural" = 'wood' THEN 'wood' WHEN "natural" = 'scrub' THEN 'scrub'
  WHEN landuse IN ('grass','meadow','recreation_ground','village_green') THEN 'grass' WHEN landuse = 'cemetery' THEN 'cemetery'
  WHEN amenity IN ('school','university','college','kindergarten') THEN 'school' WHEN amenity = 'hospital' THEN 'hospital'
  WHEN landuse IN ('industrial','commercial','retail') THEN 'industrial' ELSE NULL END`;

/** One ogr2ogr query per target layer; SQLite dialect, so that OSM tags map with CASE. */
export const OSM_QUERIES: Record<string, string> = {
  roads: `SELECT geometry, name, ${HIGHWAY_KIND} AS kind, replace(highway, '_link', '') AS kind_detail,
      CASE WHEN highway LIKE '%_link' THEN 1 ELSE NULL END AS is_link, ${HIGHWAY_MIN_ZOOM} AS min_zoom
    FROM lines WHERE highway IS NOT NULL
    UNION ALL SELECT geometry, name, 'rail' AS kind, railway AS kind_detail, NULL AS is_link, 11 AS min_zoom
    FROM lines WHERE railway IN ('rail','light_rail','tram')`,
  buildings: `SELECT geometry, 'building' AS kind, 13 AS min_zoom FROM multipolygons WHERE building IS NOT NULL`,
  water: `SELECT geometry, name, 'water' AS kind, 0 AS min_zoom FROM multipolygons
    WHERE "natural" = 'water' OR landuse IN ('reservoir','basin') OR hstore_get_value(other_tags, 'water') IS NOT NULL
    UNION ALL SELECT geometry, name, CASE WHEN waterway = 'river' THEN 'river' ELSE 'stream' END AS kind, 11 AS min_zoom
    FROM lines WHERE waterway IN ('river','stream','canal','ditch')`,
  landuse: `SELECT * FROM (SELECT geometry, name, ${LANDUSE_KIND} AS kind, 10 AS min_zoom FROM multipolygons) WHERE kind IS NOT NULL`,
  places: `SELECT geometry, name,
      CASE WHEN place IN ('city','town') THEN 'locality' ELSE 'neighbourhood' END AS kind,
      CASE WHEN place IN ('city','town') THEN 8 ELSE 12 END AS min_zoom
    FROM points WHERE name IS NOT NULL AND place IN ('city','town','village','suburb','quarter','neighbourhood')`,
};

const run = promisify(execFile);

function compact(properties: Record<string, unknown>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key] = value;
  }
  return out;
}

async function queryLayer(ogr2ogr: string, extract: string, name: string, sql: string): Promise<BasemapLayer> {
  const { stdout } = await run(
    ogr2ogr,
    ['-q', '-f', 'GeoJSON', '/vsistdout/', extract, '-dialect', 'SQLite', '-sql', sql, '-t_srs', 'EPSG:4326', '-lco', 'RFC7946=YES'],
    { maxBuffer: 2 ** 31 - 1, env: { ...process.env, OSM_USE_CUSTOM_INDEXING: 'YES' } },
  );
  const collection = JSON.parse(stdout) as FeatureCollection;
  const features = collection.features
    .filter((f) => f.geometry)
    .map((f): BasemapFeature => ({ type: 'Feature', geometry: f.geometry, properties: compact(f.properties ?? {}) }));
  return { name, features };
}

/** The extent of everything read, as Protomaps' `earth` (land) layer: the extract's land. */
export function earthLayer(bounds: [number, number, number, number]): BasemapLayer {
  const [w, s, e, n] = bounds;
  return {
    name: 'earth',
    features: [{ type: 'Feature', properties: { kind: 'earth' }, geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] } }],
  };
}

export async function readOsmExtract(extract: string, ogr2ogr = 'ogr2ogr'): Promise<BasemapLayer[]> {
  const layers: BasemapLayer[] = [];
  for (const [name, sql] of Object.entries(OSM_QUERIES)) layers.push(await queryLayer(ogr2ogr, extract, name, sql));
  return layers;
}
