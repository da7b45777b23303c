import type { GeoJSONSource, Map as MapLibreMap, MapLayerMouseEvent, PointLike } from 'maplibre-gl';
import { ref, watch, type Ref, type ShallowRef } from 'vue';
import type { PublicDistrict as District } from '../api/districts';
import { boundsOf, type LngLatBox } from '../utils/geo';
import { toDistrictFeatures } from './districtFeatures';
import { DISTRICT_LAYER_IDS, DISTRICT_SOURCE, districtLayers, selectedFilter } from './layerStyles';

export interface DistrictLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  districts: Ref<readonly District[]>;
  selectedId: Ref<string | null>;
  /** Whether the map fits the districts when they first load (not when the address names a position). */
  fitOnLoad: () => boolean;
  /** Room to leave around the districts when fitting, e.g. for the side panel. */
  fitPadding: () => { top: number; right: number; bottom: number; left: number };
}

function addSourceAndLayers(map: MapLibreMap): void {
  // promoteId makes the district id the feature id, which feature-state (hover, selected) keys on.
  map.addSource(DISTRICT_SOURCE, {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    promoteId: 'id',
  });
  for (const layer of districtLayers) map.addLayer(layer);
}

function fitTo(map: MapLibreMap, box: LngLatBox | null, padding: DistrictLayerOptions['fitPadding']): void {
  if (box) map.fitBounds(box, { padding: padding(), duration: 0, maxZoom: 14 });
}

function setFeatureState(map: MapLibreMap, id: string | null, state: Record<string, boolean>): void {
  if (id) map.setFeatureState({ source: DISTRICT_SOURCE, id }, state);
}

function districtIdAt(event: MapLayerMouseEvent): string | null {
  const id = event.features?.[0]?.properties.id as unknown;
  return typeof id === 'string' ? id : null;
}

/** Hover feedback: a pointer cursor and a stronger outline on the district under the mouse. */
function bindHover(map: MapLibreMap): void {
  let hovered: string | null = null;
  map.on('mousemove', DISTRICT_LAYER_IDS.fill, (event) => {
    const id = districtIdAt(event);
    if (id === hovered) return;
    setFeatureState(map, hovered, { hover: false });
    setFeatureState(map, (hovered = id), { hover: true });
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', DISTRICT_LAYER_IDS.fill, () => {
    setFeatureState(map, hovered, { hover: false });
    hovered = null;
    map.getCanvas().style.cursor = '';
  });
}


function showSelection(map: MapLibreMap, previous: string | null, next: string | null): void {
  setFeatureState(map, previous, { selected: false });
  setFeatureState(map, next, { selected: true });
  map.setFilter(DISTRICT_LAYER_IDS.selected, selectedFilter(next));
  map.setFilter(DISTRICT_LAYER_IDS.selectedCasing, selectedFilter(next));
}

/**
 * The district polygons: fill, outline and selection layers on one GeoJSON source. `ready` turns
 * true once the data is on the map and the first frame with it has been drawn.
 */
export interface DistrictLayer {
  /** True once the districts are on the map and drawn. */
  ready: Ref<boolean>;
  /** The district under a point, or null on the map outside every district. */
  districtIdAt: (point: PointLike) => string | null;
}

export function useDistrictLayer(options: DistrictLayerOptions): DistrictLayer {
  const { map, loaded, districts, selectedId } = options;
  const ready = ref(false);
  let installedOn: MapLibreMap | null = null;
  let fitted = false;

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || districts.value.length === 0) return;
    if (installedOn !== instance) {
      addSourceAndLayers(instance);
      bindHover(instance);
      installedOn = instance;
    }
    const collection = toDistrictFeatures(districts.value);
    instance.getSource<GeoJSONSource>(DISTRICT_SOURCE)?.setData(collection);
    showSelection(instance, null, selectedId.value);
    if (!fitted && options.fitOnLoad()) fitTo(instance, boundsOf(collection.features.map((f) => f.geometry)), options.fitPadding);
    fitted = true;
    // 'idle' comes after the new data has been tiled and drawn, so queries then see the districts.
    instance.once('idle', () => (ready.value = true));
  };

  watch([map, loaded, districts], sync, { immediate: true });
  watch(selectedId, (next, previous) => {
    if (installedOn && map.value === installedOn) showSelection(installedOn, previous ?? null, next);
  });

  const districtIdAt = (point: PointLike): string | null => {
    if (!installedOn || map.value !== installedOn) return null;
    const id = installedOn.queryRenderedFeatures(point, { layers: [DISTRICT_LAYER_IDS.fill] })[0]?.properties.id as unknown;
    return typeof id === 'string' ? id : null;
  };
  return { ready, districtIdAt };
}
