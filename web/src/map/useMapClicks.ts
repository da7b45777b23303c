import type { LngLat, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { watch, type ShallowRef } from 'vue';

/** The layers whose symbols open something, named as the list of features in view names them. */
export type FeatureLayer = 'hotspots' | 'incidents' | 'measures' | 'venues' | 'presence';

/** One layer's part in a click: what it has under a point, and what opening that does. */
export interface ClickTarget {
  at: (point: PointLike) => string | null;
  open: (hit: string, where: LngLat) => void;
  /** The layer whose features this target opens by id too (from the list of features in view). */
  layer?: FeatureLayer;
}

/** A click target from a layer's hit test and what opening a hit does. */
export const clickTarget = (at: ClickTarget['at'], open: ClickTarget['open'], layer?: FeatureLayer): ClickTarget => ({ at, open, layer });

export interface MapClickOptions {
  /** The layers from the top of the map down: the first with something under the click takes it. */
  targets: readonly ClickTarget[];
  /** A click that no layer takes. */
  missed: () => void;
  /** Runs before every click is given out (closes the popups; the one that was hit opens again). */
  before: () => void;
  /** While true no layer sees a click (a measure is being drawn). */
  suspended: () => boolean;
}

export interface MapClicks {
  /**
   * Opens a feature of a layer as a click on it would, without the hit test: the list of features
   * in view goes through here, so that a keyboard user gets what a click gives.
   */
  open: (layer: FeatureLayer, id: string, where: LngLat) => void;
}

/**
 * The one click handler of the map: a seventh layer is one more line in `targets`, in the order the
 * layers are drawn, instead of a check in every other layer's handler.
 */
export function useMapClicks(map: Readonly<ShallowRef<MapLibreMap | null>>, options: MapClickOptions): MapClicks {
  let boundTo: MapLibreMap | null = null;
  const dispatch = (point: PointLike, where: LngLat): void => {
    options.before();
    if (options.suspended()) return;
    for (const target of options.targets) {
      const hit = target.at(point);
      if (hit !== null) return target.open(hit, where);
    }
    options.missed();
  };
  watch(
    map,
    (instance) => {
      if (!instance || instance === boundTo) return;
      boundTo = instance;
      instance.on('click', (event) => dispatch(event.point, event.lngLat));
    },
    { immediate: true },
  );
  const open = (layer: FeatureLayer, id: string, where: LngLat): void => {
    options.before();
    if (options.suspended()) return;
    options.targets.find((target) => target.layer === layer)?.open(id, where);
  };
  return { open };
}
