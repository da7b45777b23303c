import type { MapViewInput } from '../gql/graphql';
import type { Geometry, Point, Polygon } from '../types/geojson';
import { MEASURE_KINDS, MEASURE_STATUSES, type MeasureKind, type MeasureStatus } from './measures';
import { request, type RequestOptions } from './client';
import { measureLayerQuery } from './measureOperations';

export type MapViewBounds = MapViewInput;

/** A measure as the map layer carries it: enough to draw it and to open its panel. */
export interface MapMeasure {
  id: string;
  kind: MeasureKind;
  status: MeasureStatus;
  title: string;
  geometry: Geometry;
  camera: { view: Polygon } | null;
}

/** Many measures close together, drawn as one disc with their count; a click zooms to `bbox`. */
export interface MeasureCluster {
  id: string;
  at: [number, number];
  count: number;
  kind: MeasureKind;
  bbox: [number, number, number, number];
}

export interface MeasureLayerData {
  /** Measures in view that the user may see. */
  total: number;
  measures: MapMeasure[];
  clusters: MeasureCluster[];
}

const isKind = (v: unknown): v is MeasureKind => (MEASURE_KINDS as readonly unknown[]).includes(v);
const isStatus = (v: unknown): v is MeasureStatus => (MEASURE_STATUSES as readonly unknown[]).includes(v);
const isNumbers = (v: unknown, n: number): v is number[] => Array.isArray(v) && v.length === n && v.every((x) => typeof x === 'number');

type Properties = Record<string, unknown>;
interface AnyFeature { geometry: Geometry | null; properties: Properties | null }

function clusterOf(f: AnyFeature): MeasureCluster | null {
  const p = f.properties ?? {};
  const at = f.geometry?.type === 'Point' ? (f.geometry as Point).coordinates : null;
  if (typeof p.id !== 'string' || typeof p.count !== 'number' || !isKind(p.kind) || !isNumbers(p.bbox, 4) || !isNumbers(at, 2)) return null;
  return { id: p.id, at: [at[0]!, at[1]!], count: p.count, kind: p.kind, bbox: p.bbox as MeasureCluster['bbox'] };
}

/** The layer's features read with their properties checked; anything malformed is left out rather than drawn wrong. */
export function readMeasureLayer(layer: { total: number; clustered: boolean; features: { features: AnyFeature[] } }): MeasureLayerData {
  const features = layer.features.features;
  if (layer.clustered) {
    return { total: layer.total, measures: [], clusters: features.map(clusterOf).filter((c): c is MeasureCluster => c !== null) };
  }
  const views = new Map<string, Polygon>();
  for (const f of features) {
    if (f.properties?.part === 'view' && typeof f.properties.id === 'string' && f.geometry?.type === 'Polygon') views.set(f.properties.id, f.geometry);
  }
  const measures: MapMeasure[] = [];
  for (const f of features) {
    const p = f.properties ?? {};
    if (p.part !== 'measure' || typeof p.id !== 'string' || !isKind(p.kind) || !isStatus(p.status) || !f.geometry) continue;
    const view = views.get(p.id);
    measures.push({ id: p.id, kind: p.kind, status: p.status, title: typeof p.title === 'string' ? p.title : '', geometry: f.geometry, camera: view ? { view } : null });
  }
  return { total: layer.total, measures, clusters: [] };
}

export async function fetchMeasureLayer(view: MapViewBounds, options: RequestOptions): Promise<MeasureLayerData> {
  const layer = (await request(measureLayerQuery, { view }, options)).measureLayer;
  return readMeasureLayer({ total: layer?.total ?? 0, clustered: layer?.clustered ?? false, features: layer?.features ?? { features: [] } });
}
