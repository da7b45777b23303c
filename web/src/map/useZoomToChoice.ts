import type { Geometry } from '../types/geojson';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { watch, type Ref, type ShallowRef } from 'vue';
import { boundsOf, type LngLatBox } from '../utils/geo';

/** Something chosen that the map can zoom to: "district:ryd", "measure:<id>" and its geometry. */
export interface Chosen {
  key: string;
  geometry: Geometry | null | undefined;
}

/** What is chosen: the open district, and the measure or venue open in it. */
export interface Choice {
  district: Chosen | null;
  feature: Chosen | null;
}

type Padding = { top: number; right: number; bottom: number; left: number };

export interface ZoomToChoiceOptions {
  map: Readonly<ShallowRef<MapLibreMap | null>>;
  /** The districts are drawn (the first fit is done). */
  ready: Readonly<Ref<boolean>>;
  /** The address's choice as written (changes only by navigation), e.g. the route's path. */
  address: () => string;
  choice: () => Choice;
  /** The part of the map the panel and the layer controls leave visible. */
  padding: () => Padding;
  /** The address names a position: it wins over the choice. */
  positionInAddress: () => boolean;
}

// A district fills the view at most down to streets; a single feature closer, with its surroundings.
const DISTRICT_MAX_ZOOM = 15;
const FEATURE_MAX_ZOOM = 17;

/** Whether a box lies inside the visible part of the map already. */
function inView(map: MapLibreMap, box: LngLatBox, padding: Padding): boolean {
  const { clientWidth: width, clientHeight: height } = map.getContainer();
  return box.every((corner) => {
    const { x, y } = map.project(corner);
    return x >= padding.left && x <= width - padding.right && y >= padding.top && y <= height - padding.bottom;
  });
}

/**
 * Zooms to what was chosen, in the part of the map the side panel leaves free: another district to
 * fill it; a measure or a venue opened in the same district only when it is not in view already (one
 * clicked on the map stays where it is), in another district always. Back from a measure to its
 * district's list the map stays. Only a new address moves the map, and only if what it names is
 * known then: data that arrives later (a measure's link opened before the list has loaded) never
 * moves a map the user may already be moving. The move is instant, as the first fit is, and is not
 * written into the address: the address names the choice, and opening it zooms the same way.
 */
export function useZoomToChoice(options: ZoomToChoiceOptions): void {
  let shown: { district: string | null; feature: string | null } | null = null;
  let addressSeen: string | null = null;
  const fit = (map: MapLibreMap, chosen: Chosen, maxZoom: number, unlessInView: boolean): void => {
    const box = chosen.geometry ? boundsOf([chosen.geometry]) : null;
    const padding = options.padding();
    if (box && !(unlessInView && inView(map, box, padding))) map.fitBounds(box, { padding, maxZoom, duration: 0 });
  };
  watch(
    [options.ready, options.address, () => options.choice().district?.key ?? null, () => options.choice().feature?.key ?? null],
    ([isReady, address, district, feature]) => {
      const map = options.map.value;
      if (!isReady || !map) return;
      const moved = address !== addressSeen;
      addressSeen = address;
      const before = shown;
      shown = { district, feature };
      // Data that completes a choice after its address was opened only updates what is shown.
      if (!moved || options.positionInAddress()) return;
      const { district: inDistrict, feature: opened } = options.choice();
      const districtChanged = before?.district !== district;
      if (opened && before?.feature !== feature) fit(map, opened, FEATURE_MAX_ZOOM, !districtChanged);
      else if (inDistrict && districtChanged) fit(map, inDistrict, DISTRICT_MAX_ZOOM, false);
    },
    { immediate: true },
  );
}
