import type { GeoJSONSource, Map as MapLibreMap, PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import { VENUE_KINDS, type VenueKind, type VenueSummary } from '../api/venues';
import { swedishToday } from '../utils/clock';
import { expandCluster, propertyAt } from './clusters';
import { MEASURE_LAYER_IDS, VENUE_CLUSTER, VENUE_LAYER_IDS, VENUE_SOURCE, venueLayers } from './layerStyles';
import { markVenuesForTests } from './testHooks';
import { toVenueFeatures } from './venueFeatures';

export interface VenueLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  districtsReady: Ref<boolean>;
  /** The role may see venues; without it the layer stays empty and the test hook absent. */
  enabled: Ref<boolean>;
  /** Every venue the user may see; null while none have loaded. */
  venues: Ref<readonly VenueSummary[] | null>;
  visible: Ref<boolean>;
  loading: Ref<boolean>;
  selectedId: Ref<string | null>;
  /** The letter of a kind in the UI language; read again when the language changes. */
  letterOf: (kind: VenueKind) => string;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

export interface VenueLayer {
  venueIdAt: (point: PointLike) => string | null;
  /** The cluster of venues drawn at a point (its id as text), or null. */
  clusterIdAt: (point: PointLike) => string | null;
  /** Zooms in until the cluster's venues come apart. */
  openCluster: (id: string) => void;
}

/**
 * Venues as dark discs ringed by supervision state, with the kind's letters and a red dot for a
 * recent warning, under the measures' discs; below street level gathered into counted discs.
 */
export function useVenueLayer(options: VenueLayerOptions): VenueLayer {
  const { map, loaded, districtsReady, enabled, venues, visible, loading, selectedId } = options;
  let installedOn: MapLibreMap | null = null;

  const shownOn = (): MapLibreMap | null => (installedOn && map.value === installedOn && visible.value ? installedOn : null);
  const venueIdAt = (point: PointLike): string | null => {
    const instance = shownOn();
    return instance && propertyAt(instance, point, VENUE_LAYER_IDS.points, 'id');
  };
  const clusterIdAt = (point: PointLike): string | null => {
    const instance = shownOn();
    return instance && propertyAt(instance, point, VENUE_LAYER_IDS.clusters, 'cluster_id');
  };
  const openCluster = (id: string): void => {
    const instance = shownOn();
    if (instance) expandCluster(instance, VENUE_SOURCE, VENUE_LAYER_IDS.clusters, id);
  };

  const install = (instance: MapLibreMap): void => {
    instance.addSource(VENUE_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id', cluster: true, ...VENUE_CLUSTER });
    const below = instance.getLayer(MEASURE_LAYER_IDS.anchors) ? MEASURE_LAYER_IDS.anchors : undefined;
    for (const layer of venueLayers) instance.addLayer(layer, below);
    for (const layer of [VENUE_LAYER_IDS.points, VENUE_LAYER_IDS.clusters]) {
      instance.on('mouseenter', layer, () => (instance.getCanvas().style.cursor = 'pointer'));
      instance.on('mouseleave', layer, () => (instance.getCanvas().style.cursor = ''));
    }
    installedOn = instance;
  };


  const withLetters = (collection: ReturnType<typeof toVenueFeatures>) => ({
    ...collection,
    features: collection.features.map((f) => ({ ...f, properties: { ...f.properties, letter: options.letterOf(f.properties.kind as VenueKind) } })),
  });

  const highlight = (next: string | null, previous: string | null): void => {
    if (!installedOn || map.value !== installedOn) return;
    if (previous) installedOn.setFeatureState({ source: VENUE_SOURCE, id: previous }, { selected: false });
    if (next) installedOn.setFeatureState({ source: VENUE_SOURCE, id: next }, { selected: true });
  };

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || !districtsReady.value) return;
    if (installedOn !== instance) install(instance);
    const shown = venues.value;
    const features = shown ? withLetters(toVenueFeatures(shown, swedishToday())) : null;
    instance.getSource<GeoJSONSource>(VENUE_SOURCE)?.setData(features && visible.value ? features : EMPTY);
    for (const layer of venueLayers) instance.setLayoutProperty(layer.id, 'visibility', visible.value ? 'visible' : 'none');
    highlight(selectedId.value, null);
    if (!features) return;
    if (enabled.value) markVenuesForTests(false);
    instance.once('idle', () => {
      if (enabled.value && venues.value === shown && !loading.value) markVenuesForTests(true, visible.value ? features.features.length : 0);
    });
    instance.triggerRepaint();
  };

  watch([map, loaded, districtsReady, venues, visible], sync, { immediate: true });
  watch(selectedId, (next, previous) => highlight(next, previous ?? null));
  // The letters follow the UI language.
  watch(() => VENUE_KINDS.map(options.letterOf).join(), sync);
  watch(
    [enabled, loading],
    ([isEnabled, isLoading]) => {
      if (!isEnabled) markVenuesForTests(null);
      else if (isLoading) markVenuesForTests(false);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => markVenuesForTests(null));

  return { venueIdAt, clusterIdAt, openCluster };
}
