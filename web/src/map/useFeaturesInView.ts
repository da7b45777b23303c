import type { Map as MapLibreMap } from 'maplibre-gl';
import { shallowRef, watch, type ShallowRef } from 'vue';
import type { Geometry } from '../types/geojson';
import { anchorOf, boundsOf } from '../utils/geo';
import { uncoveredRect, type ScreenRect } from './fitPadding';
import type { FeatureLayer } from './useMapClicks';

/** How many features of a layer the list names; past that it says how many more there are. */
export const FEATURES_LISTED = 50;

/** What the map shows now: whether a geometry shows, at least in part, where a person can see it. */
export interface MapViewport {
  shows: (geometry: Geometry | null | undefined) => boolean;
}

type Project = (position: [number, number]) => { x: number; y: number };

/**
 * Whether a geometry's box, projected to the screen, overlaps the rectangle. The box rather than the
 * shape: a line passing by a corner of the view counts as in it, so the list may name a feature one
 * has to look for, but never leaves out one that shows. Projecting the corners keeps this right when
 * the map is turned.
 */
export function showsIn(geometry: Geometry, project: Project, rect: ScreenRect): boolean {
  const box = boundsOf([geometry]);
  if (!box) return false;
  const [[west, south], [east, north]] = box;
  const corners = (west === east && south === north ? [[west, south]] : [[west, south], [west, north], [east, south], [east, north]]) as [number, number][];
  const points = corners.map(project);
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  return Math.max(...xs) >= rect.left && Math.min(...xs) <= rect.right && Math.max(...ys) >= rect.top && Math.min(...ys) <= rect.bottom;
}

/** One feature as the list names it: its id, where its popup stands, and its texts (the first is its name). */
export interface ListedFeature {
  id: string;
  at: [number, number];
  texts: string[];
}

/** A layer's features in view: the first FEATURES_LISTED, and how many more are in view. */
export interface ListedFeatures {
  rows: ListedFeature[];
  more: number;
}

/**
 * The items of a layer that show in the viewport, in the order given, named by `describe`; items
 * without an id or a geometry are not drawn, so they are not listed either.
 */
export function listInView<T>(
  items: readonly T[] | null | undefined,
  viewport: MapViewport | null,
  geometryOf: (item: T) => Geometry | null | undefined,
  describe: (item: T) => { id: string | null | undefined; texts: string[] },
): ListedFeatures {
  const rows: ListedFeature[] = [];
  let more = 0;
  for (const item of items ?? []) {
    const geometry = geometryOf(item);
    if (!viewport?.shows(geometry)) continue;
    if (rows.length === FEATURES_LISTED) {
      more += 1;
      continue;
    }
    const { id, texts } = describe(item);
    const at = anchorOf(geometry);
    if (id && at) rows.push({ id, at, texts });
  }
  return { rows, more };
}

/**
 * The map's viewport for the list of features in view, replaced when a move ends and when the map
 * is resized (not on every frame of a move: the list would be rebuilt sixty times a second).
 */
export function useMapViewport(map: Readonly<ShallowRef<MapLibreMap | null>>): ShallowRef<MapViewport | null> {
  const viewport = shallowRef<MapViewport | null>(null);
  watch(
    map,
    (instance, _previous, onCleanup) => {
      viewport.value = null;
      if (!instance) return;
      const update = (): void => {
        const { clientWidth, clientHeight } = instance.getContainer();
        const rect = uncoveredRect(clientWidth, clientHeight);
        viewport.value = { shows: (geometry) => !!geometry && showsIn(geometry, (p) => instance.project(p), rect) };
      };
      update();
      instance.on('moveend', update);
      instance.on('resize', update);
      onCleanup(() => {
        instance.off('moveend', update);
        instance.off('resize', update);
      });
    },
    { immediate: true },
  );
  return viewport;
}

/** A layer's part of the list, with its texts in the UI language. */
export interface FeatureSection {
  layer: FeatureLayer;
  /** The layer's name with how many of its features are in view. */
  title: string;
  /** Column headings when the layer reads better as a table; its first column holds the buttons. */
  columns: string[] | null;
  listed: ListedFeatures;
  /** "and 12 more – zoom in", or null when all are listed. */
  moreText: string | null;
}
