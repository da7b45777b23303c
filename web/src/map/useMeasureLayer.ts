import { Marker, type GeoJSONSource, type Map as MapLibreMap, type PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import type { MapViewBounds, MeasureCluster, MeasureLayerData } from '../api/measureLayer';
import { MEASURE_KINDS, type MeasureKind } from '../api/measures';
import {
  INCIDENT_LAYER_IDS,
  MEASURE_CLUSTER_SOURCE,
  MEASURE_LAYER_IDS,
  MEASURE_SOURCES,
  measureAnchors,
  measureClusters,
  measureLetters,
  measureShapeLayers,
} from './layerStyles';
import { toMeasureFeatures, type MeasureFeatures } from './measureFeatures';
import { useLoaded } from '../composables/useLoaded';
import { markMeasuresForTests } from './testHooks';

/** Asks the server for the measures in a view; aborted when the view moves on before it answers. */
export type MeasureLayerSource = (view: MapViewBounds, signal: AbortSignal) => Promise<MeasureLayerData>;

export interface MeasureLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  /** The district layers are on the map; the measures go above them. */
  districtsReady: Ref<boolean>;
  /** The role may see measures; without it the layers stay empty and the test hook absent. */
  enabled: Ref<boolean>;
  source: Ref<MeasureLayerSource | null>;
  /** Changes whenever the measures may have changed (the list was loaded again, a measure saved): ask again. */
  changed: Ref<unknown>;
  visible: Ref<boolean>;
  selectedId: Ref<string | null>;
  /** The letter of a kind in the UI language; read again when the language changes. */
  letterOf: (kind: MeasureKind) => string;
  /** "12 measures, zoom in" in the UI language, for a cluster's tooltip. */
  clusterTitle: (count: number) => string;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const ALL_LAYERS = [...measureShapeLayers, measureAnchors, measureLetters, measureClusters];
const CLICKABLE = [MEASURE_LAYER_IDS.anchors, MEASURE_LAYER_IDS.lines, MEASURE_LAYER_IDS.proposedLines, MEASURE_LAYER_IDS.areaFill];
/** A pan or zoom settles before the server is asked: dragging sends one request, not one per frame. */
const SETTLE_MS = 150;
/** Never zoom in past street level when a cluster is opened (its measures may stand on one spot). */
const CLUSTER_MAX_ZOOM = 18.5;

const clusterFeatures = (clusters: readonly MeasureCluster[]) => ({
  type: 'FeatureCollection' as const,
  features: clusters.map((c) => ({ type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: c.at }, properties: { id: c.id, count: c.count } })),
});

function viewOf(instance: MapLibreMap): MapViewBounds {
  const b = instance.getBounds();
  return {
    west: Math.max(-180, b.getWest()),
    south: Math.max(-85, b.getSouth()),
    east: Math.min(180, b.getEast()),
    north: Math.min(85, b.getNorth()),
    zoom: Math.min(24, Math.max(0, instance.getZoom())),
  };
}

/**
 * Measures as map layers for what the map shows: the server is asked for the measures in view when
 * the view settles, and answers them one by one (camera views as translucent wedges, lines and
 * polygons in their status's colour, proposed ones dashed, a disc per measure with its kind's letter)
 * or, when too many are in view, clusters as dark discs with their count as a button (it can be
 * reached by keyboard); a click on one zooms to its measures. Shapes lie under the incident points.
 */
export interface MeasureLayer {
  /** The measure drawn at a point (its shape or its disc), or null. */
  measureIdAt: (point: PointLike) => string | null;
  /** The cluster of measures drawn at a point, or null. */
  clusterIdAt: (point: PointLike) => string | null;
  /** Zooms to a cluster's measures. */
  openCluster: (id: string) => void;
}

export function useMeasureLayer(options: MeasureLayerOptions): MeasureLayer {
  const { map, loaded, districtsReady, enabled, source, changed, visible, selectedId } = options;
  let installedOn: MapLibreMap | null = null;
  let clusterLabels: Marker[] = [];
  // The measures in the map's view, asked for again after each move (refresh). The source signs a
  // refused token out itself (useMeasures.fetchLayer); a failure keeps what the map drew, and the
  // list beside the map reports it.
  const inView = useLoaded<MeasureLayerData>({
    load: (signal) => {
      const ask = source.value;
      return installedOn && ask && enabled.value ? ask(viewOf(installedOn), signal) : null;
    },
    onTokenRefused: () => undefined,
    clear: 'never',
  });
  const { data: shown, loading: fetching, reload: refresh } = inView;
  let settle: ReturnType<typeof setTimeout> | null = null;

  const hit = (point: PointLike, layers: string[]) => {
    const instance = installedOn;
    if (!instance || map.value !== instance || !visible.value) return null;
    // A few pixels of slack: a line is thin to hit.
    const p = Array.isArray(point) ? { x: point[0], y: point[1] } : point;
    const box: [PointLike, PointLike] = [[p.x - 4, p.y - 4], [p.x + 4, p.y + 4]];
    const [feature] = instance.queryRenderedFeatures(box, { layers });
    const id = feature?.properties.id as unknown;
    return typeof id === 'string' ? id : null;
  };
  const measureIdAt = (point: PointLike): string | null => hit(point, CLICKABLE);
  const clusterIdAt = (point: PointLike): string | null => hit(point, [MEASURE_LAYER_IDS.clusters]);

  const openCluster = (id: string): void => {
    const cluster = shown.value?.clusters.find((c) => c.id === id);
    if (!cluster || !installedOn) return;
    const [west, south, east, north] = cluster.bbox;
    installedOn.fitBounds([[west, south], [east, north]], { padding: 48, maxZoom: CLUSTER_MAX_ZOOM });
  };

  const refreshSoon = (): void => {
    // Not ready from the move on: what the map shows is about to be asked for again.
    if (enabled.value && source.value) markMeasuresForTests(false);
    if (settle) clearTimeout(settle);
    settle = setTimeout(() => {
      settle = null;
      void refresh();
    }, SETTLE_MS);
  };

  const install = (instance: MapLibreMap): void => {
    for (const id of Object.values(MEASURE_SOURCES)) instance.addSource(id, { type: 'geojson', data: EMPTY, promoteId: 'id' });
    instance.addSource(MEASURE_CLUSTER_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' });
    const below = instance.getLayer(INCIDENT_LAYER_IDS.points) ? INCIDENT_LAYER_IDS.points : undefined;
    for (const layer of measureShapeLayers) instance.addLayer(layer, below);
    instance.addLayer(measureAnchors);
    instance.addLayer(measureLetters);
    instance.addLayer(measureClusters);
    for (const id of [...CLICKABLE, MEASURE_LAYER_IDS.clusters]) {
      instance.on('mouseenter', id, () => (instance.getCanvas().style.cursor = 'pointer'));
      instance.on('mouseleave', id, () => (instance.getCanvas().style.cursor = ''));
    }
    instance.on('moveend', refreshSoon);
    installedOn = instance;
    void refresh();
  };

  const clearLabels = (): void => {
    clusterLabels.forEach((marker) => marker.remove());
    clusterLabels = [];
  };

  const place = (instance: MapLibreMap, element: HTMLElement, at: [number, number]): void => {
    clusterLabels.push(new Marker({ element, anchor: 'center' }).setLngLat(at).addTo(instance));
  };

  /** A cluster's count is a button over its disc: it says what it holds and zooms there, by mouse or keyboard. */
  const clusterButton = (cluster: MeasureCluster): HTMLElement => {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'measure-cluster-count';
    element.textContent = cluster.count.toLocaleString();
    element.title = options.clusterTitle(cluster.count);
    element.setAttribute('aria-label', element.title);
    Object.assign(element.dataset, { testid: 'measure-cluster', count: String(cluster.count) });
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      openCluster(cluster.id);
    });
    return element;
  };

  const drawLabels = (instance: MapLibreMap, clusters: readonly MeasureCluster[]): void => {
    clearLabels();
    if (!visible.value) return;
    for (const cluster of clusters) place(instance, clusterButton(cluster), cluster.at);
  };

  const setVisibility = (instance: MapLibreMap): void => {
    for (const layer of ALL_LAYERS) instance.setLayoutProperty(layer.id, 'visibility', visible.value ? 'visible' : 'none');
  };

  const withLetters = (features: MeasureFeatures): MeasureFeatures => ({
    ...features,
    anchors: {
      ...features.anchors,
      features: features.anchors.features.map((f) => ({ ...f, properties: { ...f.properties, letter: options.letterOf(f.properties.kind) } })),
    },
  });

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || !districtsReady.value) return;
    if (installedOn !== instance) install(instance);
    const data = shown.value;
    const features = data ? withLetters(toMeasureFeatures(data.measures)) : null;
    for (const [key, id] of Object.entries(MEASURE_SOURCES) as [keyof MeasureFeatures, string][]) {
      instance.getSource<GeoJSONSource>(id)?.setData(features ? features[key] : EMPTY);
    }
    instance.getSource<GeoJSONSource>(MEASURE_CLUSTER_SOURCE)?.setData(clusterFeatures(data?.clusters ?? []));
    setVisibility(instance);
    drawLabels(instance, data?.clusters ?? []);
    highlight(selectedId.value, null);
    if (!data) return;
    if (enabled.value) markMeasuresForTests(false);
    // 'idle' follows the frame drawn with the new measures; a hidden layer still gets a frame this way.
    instance.once('idle', () => {
      if (enabled.value && shown.value === data && !fetching.value) markMeasuresForTests(true, features?.anchors.features.length ?? 0);
    });
    instance.triggerRepaint();
  };

  const highlight = (next: string | null, previous: string | null): void => {
    if (!installedOn || map.value !== installedOn) return;
    for (const id of Object.values(MEASURE_SOURCES)) {
      if (previous) installedOn.setFeatureState({ source: id, id: previous }, { selected: false });
      if (next) installedOn.setFeatureState({ source: id, id: next }, { selected: true });
    }
  };

  watch([map, loaded, districtsReady, shown, visible], sync, { immediate: true });
  watch([changed, enabled, source], () => void refresh());
  // The letters follow the UI language.
  watch(() => MEASURE_KINDS.map(options.letterOf).join(), sync);
  watch(selectedId, (next, previous) => highlight(next, previous ?? null));
  watch(
    [enabled, fetching],
    ([isEnabled, isFetching]) => {
      if (!isEnabled) markMeasuresForTests(null);
      else if (isFetching) markMeasuresForTests(false);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    if (settle) clearTimeout(settle);
    installedOn?.off('moveend', refreshSoon);
    clearLabels();
    markMeasuresForTests(null);
  });

  return { measureIdAt, clusterIdAt, openCluster };
}
