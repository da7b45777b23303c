import { Marker, type GeoJSONSource, type Map as MapLibreMap, type PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import type { PublicDistrict as District } from '../api/districts';
import type { IncidentSplit } from '../api/incidents';
import { pointCoordinates } from '../utils/geo';
import { toIncidentFeatures } from './incidentFeatures';
import { expandCluster, propertyAt } from './clusters';
import { INCIDENT_CLUSTER, INCIDENT_LAYER_IDS, INCIDENT_SOURCE, incidentLayers } from './layerStyles';
import { markIncidentsForTests } from './testHooks';

export interface IncidentLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  /** The district layers are on the map; the points go on top of every canvas layer. */
  districtsReady: Ref<boolean>;
  /** The role may see single incidents; without it the layer stays empty and the test hook absent. */
  enabled: Ref<boolean>;
  split: Ref<IncidentSplit | null>;
  districts: Ref<readonly District[]>;
  visible: Ref<boolean>;
  loading: Ref<boolean>;
  selectedId: Ref<string | null>;
  /** The badge text for a district's events without an exact place, e.g. "+3 utan exakt plats". */
  badgeText: (count: number) => string;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/**
 * The incidents of the picked week with a known place as circles coloured by category, on top of the
 * districts and hot spots (the HTML labels stay above the canvas anyway). Events known only to a
 * district get a badge under that district's label, never a point: the place is not known.
 */
export interface IncidentLayer {
  incidentIdAt: (point: PointLike) => string | null;
  /** The cluster of incidents drawn at a point (its id as text), or null. */
  clusterIdAt: (point: PointLike) => string | null;
  /** Zooms in until the cluster's incidents come apart. */
  openCluster: (id: string) => void;
}

export function useIncidentLayer(options: IncidentLayerOptions): IncidentLayer {
  const { map, loaded, districtsReady, enabled, split, districts, visible, loading, selectedId } = options;
  let installedOn: MapLibreMap | null = null;
  let badges: Marker[] = [];

  const incidentIdAt = (point: PointLike): string | null => {
    const instance = installedOn;
    if (!instance || map.value !== instance || !visible.value) return null;
    const [feature] = instance.queryRenderedFeatures(point, { layers: [INCIDENT_LAYER_IDS.points] });
    const id = feature?.properties.id as unknown;
    return typeof id === 'string' ? id : null;
  };

  const shownOn = (): MapLibreMap | null => (installedOn && map.value === installedOn && visible.value ? installedOn : null);
  const clusterIdAt = (point: PointLike): string | null => {
    const instance = shownOn();
    return instance && propertyAt(instance, point, INCIDENT_LAYER_IDS.clusters, 'cluster_id', 0);
  };
  const openCluster = (id: string): void => {
    const instance = shownOn();
    if (instance) expandCluster(instance, INCIDENT_SOURCE, INCIDENT_LAYER_IDS.clusters, id);
  };

  const install = (instance: MapLibreMap): void => {
    instance.addSource(INCIDENT_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id', cluster: true, ...INCIDENT_CLUSTER });
    for (const layer of incidentLayers) instance.addLayer(layer);
    for (const layer of [INCIDENT_LAYER_IDS.points, INCIDENT_LAYER_IDS.clusters]) {
      instance.on('mouseenter', layer, () => (instance.getCanvas().style.cursor = 'pointer'));
      instance.on('mouseleave', layer, () => (instance.getCanvas().style.cursor = ''));
    }
    installedOn = instance;
  };

  const clearBadges = (): void => {
    badges.forEach((badge) => badge.remove());
    badges = [];
  };

  /** Hidden from assistive technology like the labels: the layer control lists the same counts. */
  const drawBadges = (instance: MapLibreMap): void => {
    clearBadges();
    const counts = split.value?.byDistrict;
    if (!counts || !visible.value) return;
    for (const district of districts.value) {
      const count = district.id ? counts.get(district.id) : undefined;
      const at = pointCoordinates(district.labelPoint);
      if (!count || !at) continue;
      const element = document.createElement('div');
      element.className = 'incident-badge';
      element.textContent = options.badgeText(count);
      element.setAttribute('aria-hidden', 'true');
      element.dataset.testid = 'incident-badge';
      element.dataset.districtId = district.id ?? '';
      // Below the district's label, which sits centred on the same point.
      badges.push(new Marker({ element, anchor: 'top', offset: [0, 12] }).setLngLat(at).addTo(instance));
    }
  };

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || !districtsReady.value) return;
    if (installedOn !== instance) install(instance);
    const shown = split.value;
    instance.getSource<GeoJSONSource>(INCIDENT_SOURCE)?.setData(shown ? toIncidentFeatures(shown.placed) : EMPTY);
    for (const layer of incidentLayers) instance.setLayoutProperty(layer.id, 'visibility', visible.value ? 'visible' : 'none');
    drawBadges(instance);
    if (!shown) return;
    // 'idle' follows the frame drawn with the new points; a hidden layer still gets a frame this way.
    instance.once('idle', () => {
      if (enabled.value && split.value === shown && !loading.value) markIncidentsForTests(true);
    });
    instance.triggerRepaint();
  };

  watch([map, loaded, districtsReady, split, visible, districts], sync, { immediate: true });
  watch(
    [enabled, loading],
    ([isEnabled, isLoading]) => {
      if (!isEnabled) markIncidentsForTests(null);
      else if (isLoading) markIncidentsForTests(false);
    },
    { immediate: true },
  );
  watch(selectedId, (next, previous) => {
    if (!installedOn || map.value !== installedOn) return;
    if (previous) installedOn.setFeatureState({ source: INCIDENT_SOURCE, id: previous }, { selected: false });
    if (next) installedOn.setFeatureState({ source: INCIDENT_SOURCE, id: next }, { selected: true });
  });
  onBeforeUnmount(() => {
    clearBadges();
    markIncidentsForTests(null);
  });

  return { incidentIdAt, clusterIdAt, openCluster };
}
