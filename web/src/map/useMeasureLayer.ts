import { Marker, type GeoJSONSource, type LngLat, type Map as MapLibreMap, type PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import { MEASURE_KINDS, type MeasureKind, type MeasureSummary } from '../api/measures';
import {
  INCIDENT_LAYER_IDS,
  MEASURE_LAYER_IDS,
  MEASURE_SOURCES,
  measureAnchors,
  measureShapeLayers,
} from './layerStyles';
import { toMeasureFeatures, type MeasureFeatures } from './measureFeatures';
import { markMeasuresForTests } from './testHooks';

export interface MeasureLayerOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  /** The district layers are on the map; the measures go above them. */
  districtsReady: Ref<boolean>;
  /** The role may see measures; without it the layers stay empty and the test hook absent. */
  enabled: Ref<boolean>;
  measures: Ref<readonly MeasureSummary[] | null>;
  visible: Ref<boolean>;
  loading: Ref<boolean>;
  selectedId: Ref<string | null>;
  /** A click on the map: the id of the measure hit, or null when the click missed every measure. */
  onMeasureClick: (id: string | null, at: LngLat) => void;
  /** The letter of a kind in the UI language; read again when the language changes. */
  letterOf: (kind: MeasureKind) => string;
}

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const ALL_LAYERS = [...measureShapeLayers, measureAnchors];
const CLICKABLE = [MEASURE_LAYER_IDS.anchors, MEASURE_LAYER_IDS.lines, MEASURE_LAYER_IDS.proposedLines, MEASURE_LAYER_IDS.areaFill];

/**
 * Measures as map layers: camera views as translucent wedges, lines and polygons in their status's
 * colour (proposed ones dashed), and a disc per measure with its kind's letter as an HTML marker
 * (the offline style has no glyphs). Shapes lie under the incident points, the discs above them.
 */
export function useMeasureLayer(options: MeasureLayerOptions): { measureIdAt: (point: PointLike) => string | null } {
  const { map, loaded, districtsReady, enabled, measures, visible, loading, selectedId } = options;
  let installedOn: MapLibreMap | null = null;
  let letters: Marker[] = [];

  const measureIdAt = (point: PointLike): string | null => {
    const instance = installedOn;
    if (!instance || map.value !== instance || !visible.value) return null;
    // A few pixels of slack: a line is thin to hit.
    const p = Array.isArray(point) ? { x: point[0], y: point[1] } : point;
    const box: [PointLike, PointLike] = [[p.x - 4, p.y - 4], [p.x + 4, p.y + 4]];
    const [feature] = instance.queryRenderedFeatures(box, { layers: CLICKABLE });
    const id = feature?.properties.id as unknown;
    return typeof id === 'string' ? id : null;
  };

  const install = (instance: MapLibreMap): void => {
    for (const source of Object.values(MEASURE_SOURCES)) instance.addSource(source, { type: 'geojson', data: EMPTY, promoteId: 'id' });
    const below = instance.getLayer(INCIDENT_LAYER_IDS.points) ? INCIDENT_LAYER_IDS.points : undefined;
    for (const layer of measureShapeLayers) instance.addLayer(layer, below);
    instance.addLayer(measureAnchors);
    instance.on('click', (event) => options.onMeasureClick(measureIdAt(event.point), event.lngLat));
    for (const id of CLICKABLE) {
      instance.on('mouseenter', id, () => (instance.getCanvas().style.cursor = 'pointer'));
      instance.on('mouseleave', id, () => (instance.getCanvas().style.cursor = ''));
    }
    installedOn = instance;
  };

  const clearLetters = (): void => {
    letters.forEach((marker) => marker.remove());
    letters = [];
  };

  /** Hidden from assistive technology: the district's list names the same measures as buttons. */
  const drawLetters = (instance: MapLibreMap, features: MeasureFeatures | null): void => {
    clearLetters();
    if (!features || !visible.value) return;
    for (const feature of features.anchors.features) {
      const element = document.createElement('div');
      element.className = 'measure-letter';
      element.textContent = options.letterOf(feature.properties.kind);
      element.setAttribute('aria-hidden', 'true');
      element.dataset.testid = 'measure-marker';
      element.dataset.measureId = feature.properties.id;
      element.dataset.kind = feature.properties.kind;
      const [lng, lat] = feature.geometry.coordinates as [number, number];
      letters.push(new Marker({ element, anchor: 'center' }).setLngLat([lng, lat]).addTo(instance));
    }
  };

  const setVisibility = (instance: MapLibreMap): void => {
    for (const layer of ALL_LAYERS) instance.setLayoutProperty(layer.id, 'visibility', visible.value ? 'visible' : 'none');
  };

  const sync = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value || !districtsReady.value) return;
    if (installedOn !== instance) install(instance);
    const shown = measures.value;
    const features = shown ? toMeasureFeatures(shown) : null;
    for (const [key, source] of Object.entries(MEASURE_SOURCES) as [keyof MeasureFeatures, string][]) {
      instance.getSource<GeoJSONSource>(source)?.setData(features ? features[key] : EMPTY);
    }
    setVisibility(instance);
    drawLetters(instance, features);
    highlight(selectedId.value, null);
    if (!shown) return;
    if (enabled.value) markMeasuresForTests(false);
    // 'idle' follows the frame drawn with the new measures; a hidden layer still gets a frame this way.
    instance.once('idle', () => {
      if (enabled.value && measures.value === shown && !loading.value) markMeasuresForTests(true, features?.anchors.features.length ?? 0);
    });
    instance.triggerRepaint();
  };

  const highlight = (next: string | null, previous: string | null): void => {
    if (!installedOn || map.value !== installedOn) return;
    for (const source of Object.values(MEASURE_SOURCES)) {
      if (previous) installedOn.setFeatureState({ source, id: previous }, { selected: false });
      if (next) installedOn.setFeatureState({ source, id: next }, { selected: true });
    }
    for (const marker of letters) {
      const element = marker.getElement();
      element.classList.toggle('measure-letter--selected', element.dataset.measureId === next);
    }
  };

  watch([map, loaded, districtsReady, measures, visible], sync, { immediate: true });
  // The letters follow the UI language.
  watch(
    () => MEASURE_KINDS.map(options.letterOf).join(),
    () => {
      for (const marker of letters) marker.getElement().textContent = options.letterOf(marker.getElement().dataset.kind as MeasureKind);
    },
  );
  watch(selectedId, (next, previous) => highlight(next, previous ?? null));
  watch(
    [enabled, loading],
    ([isEnabled, isLoading]) => {
      if (!isEnabled) markMeasuresForTests(null);
      else if (isLoading) markMeasuresForTests(false);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    clearLetters();
    markMeasuresForTests(null);
  });

  return { measureIdAt };
}
