import type { GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import type { HotspotAnalysis } from '../api/hotspots';
import { toHotspotFeatures } from './hotspotFeatures';
import {
  DISTRICT_LAYER_IDS,
  HOTSPOT_LAYER_IDS,
  HOTSPOT_SOURCE,
  hotspotFillOpacity,
  hotspotLayers,
  hotspotOutlineOpacity,
} from './layerStyles';
import { markHotspotsForTests } from './testHooks';

export interface HotspotLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  /** The district layers are on the map; the hexagons go right above their fill. */
  districtsReady: Ref<boolean>;
  /** The role may see hot spots; without it the layer stays empty and the test hook absent. */
  enabled: Ref<boolean>;
  analysis: Ref<HotspotAnalysis | null>;
  visible: Ref<boolean>;
  /** Another week is loading: the cells on the map are still the previous week's. */
  stale: Ref<boolean>;
  selectedKey: Ref<string | null>;
  /** The role may read presence: the cells then say whether anybody was present. */
  presenceEnabled: Ref<boolean>;
  /** The presence layer is on: hot cells without presence get a dashed edge. */
  showUncovered: Ref<boolean>;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * Above the district fill, so the districts' translucent colour does not tint the classes, and below
 * the district outlines and the selection, which stay readable on top. Labels are HTML markers and
 * are above the canvas anyway.
 */
function addSourceAndLayers(map: MapLibreMap): void {
  map.addSource(HOTSPOT_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'key' });
  const before = map.getLayer(DISTRICT_LAYER_IDS.outline) ? DISTRICT_LAYER_IDS.outline : undefined;
  for (const layer of hotspotLayers) map.addLayer(layer, before);
}

function setVisibility(map: MapLibreMap, visible: boolean, uncovered: boolean): void {
  const shown = (on: boolean): 'visible' | 'none' => (on ? 'visible' : 'none');
  map.setLayoutProperty(HOTSPOT_LAYER_IDS.fill, 'visibility', shown(visible));
  map.setLayoutProperty(HOTSPOT_LAYER_IDS.outline, 'visibility', shown(visible));
  map.setLayoutProperty(HOTSPOT_LAYER_IDS.uncovered, 'visibility', shown(visible && uncovered));
}

function setStale(map: MapLibreMap, stale: boolean): void {
  map.setPaintProperty(HOTSPOT_LAYER_IDS.fill, 'fill-opacity', hotspotFillOpacity(stale));
  map.setPaintProperty(HOTSPOT_LAYER_IDS.outline, 'line-opacity', hotspotOutlineOpacity(stale));
}

function setSelected(map: MapLibreMap, key: string | null, selected: boolean): void {
  if (key) map.setFeatureState({ source: HOTSPOT_SOURCE, id: key }, { selected });
}

/**
 * The hexagons of the hot spot analysis on their own GeoJSON source: a fill coloured by class and
 * confidence, an outline (white between filled cells; the only mark of cells that have an emerging
 * pattern without being significant this week), and a dashed edge on hot cells without presence.
 */
export function useHotspotLayer(options: HotspotLayerOptions): { cellKeyAt: (point: PointLike) => string | null } {
  const { map, loaded, districtsReady, enabled, analysis, visible, stale, selectedKey, presenceEnabled, showUncovered } = options;
  let installedOn: MapLibreMap | null = null;

  const cellKeyAt = (point: PointLike): string | null => {
    const instance = installedOn;
    if (!instance || map.value !== instance || !visible.value) return null;
    const [feature] = instance.queryRenderedFeatures(point, { layers: [HOTSPOT_LAYER_IDS.fill] });
    const key = feature?.properties.key as unknown;
    return typeof key === 'string' ? key : null;
  };

  const install = (instance: MapLibreMap): void => {
    addSourceAndLayers(instance);
    installedOn = instance;
  };

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || !districtsReady.value) return;
    if (installedOn !== instance) install(instance);
    const shown = analysis.value;
    instance.getSource<GeoJSONSource>(HOTSPOT_SOURCE)?.setData(shown ? toHotspotFeatures(shown.cells ?? [], presenceEnabled.value) : EMPTY);
    setVisibility(instance, visible.value, showUncovered.value);
    setStale(instance, stale.value);
    if (!shown) return;
    // 'idle' follows the frame drawn with the new cells; a hidden layer still gets a frame this way.
    instance.once('idle', () => {
      if (enabled.value && analysis.value === shown && !stale.value) markHotspotsForTests(true);
    });
    instance.triggerRepaint();
  };

  watch([map, loaded, districtsReady, analysis], sync, { immediate: true });
  watch([visible, showUncovered], ([isVisible, uncovered]) => {
    if (installedOn && map.value === installedOn) setVisibility(installedOn, isVisible, uncovered);
  });
  watch(stale, (isStale) => {
    if (installedOn && map.value === installedOn) setStale(installedOn, isStale);
  });
  // "false" from the moment a week is asked for until its cells are drawn (see sync).
  watch(
    [enabled, stale],
    ([isEnabled, isStale]) => {
      if (!isEnabled) markHotspotsForTests(null);
      else if (isStale) markHotspotsForTests(false);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => markHotspotsForTests(null));
  watch(selectedKey, (next, previous) => {
    if (!installedOn || map.value !== installedOn) return;
    setSelected(installedOn, previous ?? null, false);
    setSelected(installedOn, next, true);
  });

  return { cellKeyAt };
}
