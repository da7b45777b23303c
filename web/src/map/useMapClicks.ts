import type { LngLat, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { watch, type ShallowRef } from 'vue';

/** One layer's part in a click: whether it has something under the point, and what to do then. */
export type ClickTarget = (point: PointLike, where: LngLat) => (() => void) | null;

/** A click target from a layer's hit test and what opening a hit does. */
export const clickTarget =
  <T>(at: (point: PointLike) => T | null, open: (hit: T, where: LngLat) => void): ClickTarget =>
  (point, where) => {
    const hit = at(point);
    return hit === null ? null : () => open(hit, where);
  };

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

/**
 * The one click handler of the map: a seventh layer is one more line in `targets`, in the order the
 * layers are drawn, instead of a check in every other layer's handler.
 */
export function useMapClicks(map: Readonly<ShallowRef<MapLibreMap | null>>, options: MapClickOptions): void {
  let boundTo: MapLibreMap | null = null;
  const dispatch = (point: PointLike, where: LngLat): void => {
    options.before();
    if (options.suspended()) return;
    for (const target of options.targets) {
      const open = target(point, where);
      if (open) return open();
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
}
