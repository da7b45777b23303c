import type { GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import type { PresenceShift } from '../api/presence';
import { MEASURE_LAYER_IDS, PRESENCE_LAYER_IDS, PRESENCE_SOURCE, presenceLayers } from './layerStyles';
import { toPresenceFeatures } from './presenceFeatures';
import { markPresenceForTests } from './testHooks';

export interface PresenceLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  districtsReady: Ref<boolean>;
  /** The role may see presence; without it the layer stays empty and the test hook absent. */
  enabled: Ref<boolean>;
  /** The week's shifts in the chosen hours; null while none have loaded. */
  shifts: Ref<readonly PresenceShift[] | null>;
  visible: Ref<boolean>;
  loading: Ref<boolean>;
}

/** The shift under a point, and whether it was hit through its area rather than its ring. */
export interface PresenceLayer {
  /** The shift whose ring (a point of presence) is drawn at a point, or null; rings lie above the incidents. */
  ringAt: (point: PointLike) => string | null;
  /** The shift whose area covers a point, or null; an area is only a backdrop to the incidents in it. */
  areaAt: (point: PointLike) => string | null;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * Shifts of presence as rings (a point) or translucent areas (a polygon) in the colour of who is
 * there, above the incidents and under the measures' discs.
 */
export function usePresenceLayer(options: PresenceLayerOptions): PresenceLayer {
  const { map, loaded, districtsReady, enabled, shifts, visible, loading } = options;
  let installedOn: MapLibreMap | null = null;

  const hit = (point: PointLike, layer: string): string | null => {
    const [feature] = installedOn?.queryRenderedFeatures(point, { layers: [layer] }) ?? [];
    const id = feature?.properties.id as unknown;
    return typeof id === 'string' ? id : null;
  };
  /** A ring first: an area may lie around it, and the ring is the smaller target. */
  const shown = (): boolean => !!installedOn && map.value === installedOn && visible.value;
  const ringAt = (point: PointLike): string | null => (shown() ? hit(point, PRESENCE_LAYER_IDS.points) : null);
  const areaAt = (point: PointLike): string | null => (shown() ? hit(point, PRESENCE_LAYER_IDS.areaFill) : null);

  const install = (instance: MapLibreMap): void => {
    instance.addSource(PRESENCE_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' });
    const below = instance.getLayer(MEASURE_LAYER_IDS.anchors) ? MEASURE_LAYER_IDS.anchors : undefined;
    for (const layer of presenceLayers) instance.addLayer(layer, below);
    for (const id of [PRESENCE_LAYER_IDS.points, PRESENCE_LAYER_IDS.areaFill]) {
      instance.on('mouseenter', id, () => (instance.getCanvas().style.cursor = 'pointer'));
      instance.on('mouseleave', id, () => (instance.getCanvas().style.cursor = ''));
    }
    installedOn = instance;
  };

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || !districtsReady.value) return;
    if (installedOn !== instance) install(instance);
    const shown = shifts.value;
    instance.getSource<GeoJSONSource>(PRESENCE_SOURCE)?.setData(shown && visible.value ? toPresenceFeatures(shown) : EMPTY);
    for (const layer of presenceLayers) instance.setLayoutProperty(layer.id, 'visibility', visible.value ? 'visible' : 'none');
    if (!shown || !visible.value) return;
    // Other hours or another week: not ready until the frame with them is drawn.
    if (enabled.value) markPresenceForTests(false);
    instance.once('idle', () => {
      if (enabled.value && shifts.value === shown && visible.value && !loading.value) markPresenceForTests(true);
    });
    instance.triggerRepaint();
  };

  watch([map, loaded, districtsReady, shifts, visible], sync, { immediate: true });
  watch(
    [enabled, loading, visible],
    ([isEnabled, isLoading, isVisible]) => {
      if (!isEnabled) markPresenceForTests(null);
      else if (isLoading || !isVisible) markPresenceForTests(false);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => markPresenceForTests(null));

  return { ringAt, areaAt };
}
