import { Marker, type GeoJSONSource, type Map as MapLibreMap, type PointLike } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import { VENUE_KINDS, type VenueKind, type VenueSummary } from '../api/venues';
import { swedishToday } from '../utils/clock';
import { MEASURE_LAYER_IDS, VENUE_LAYER_IDS, VENUE_SOURCE, venueLayers } from './layerStyles';
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

/**
 * Venues as dark discs ringed by supervision state, with a red dot for a recent warning and the kind's
 * letter as an HTML marker (the offline style has no glyphs), under the measures' discs.
 */
export function useVenueLayer(options: VenueLayerOptions): { venueIdAt: (point: PointLike) => string | null } {
  const { map, loaded, districtsReady, enabled, venues, visible, loading, selectedId } = options;
  let installedOn: MapLibreMap | null = null;
  let letters: Marker[] = [];

  const venueIdAt = (point: PointLike): string | null => {
    if (!installedOn || map.value !== installedOn || !visible.value) return null;
    const p = Array.isArray(point) ? { x: point[0], y: point[1] } : point;
    const box: [PointLike, PointLike] = [[p.x - 3, p.y - 3], [p.x + 3, p.y + 3]];
    const id = installedOn.queryRenderedFeatures(box, { layers: [VENUE_LAYER_IDS.points] })[0]?.properties.id as unknown;
    return typeof id === 'string' ? id : null;
  };

  const install = (instance: MapLibreMap): void => {
    instance.addSource(VENUE_SOURCE, { type: 'geojson', data: EMPTY, promoteId: 'id' });
    const below = instance.getLayer(MEASURE_LAYER_IDS.anchors) ? MEASURE_LAYER_IDS.anchors : undefined;
    for (const layer of venueLayers) instance.addLayer(layer, below);
    instance.on('mouseenter', VENUE_LAYER_IDS.points, () => (instance.getCanvas().style.cursor = 'pointer'));
    instance.on('mouseleave', VENUE_LAYER_IDS.points, () => (instance.getCanvas().style.cursor = ''));
    installedOn = instance;
  };

  const clearLetters = (): void => {
    letters.forEach((marker) => marker.remove());
    letters = [];
  };

  /** Letters are hidden from assistive technology: the supervision list names the same venues as buttons. */
  const letterElement = (id: string, kind: VenueKind): HTMLElement => {
    const element = document.createElement('div');
    element.className = 'venue-letter';
    element.textContent = options.letterOf(kind);
    element.setAttribute('aria-hidden', 'true');
    Object.assign(element.dataset, { testid: 'venue-marker', venueId: id, kind });
    return element;
  };

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
    const features = shown ? toVenueFeatures(shown, swedishToday()) : null;
    instance.getSource<GeoJSONSource>(VENUE_SOURCE)?.setData(features && visible.value ? features : EMPTY);
    for (const layer of venueLayers) instance.setLayoutProperty(layer.id, 'visibility', visible.value ? 'visible' : 'none');
    clearLetters();
    if (features && visible.value) {
      for (const f of features.features) {
        letters.push(new Marker({ element: letterElement(f.properties.id, f.properties.kind), anchor: 'center' }).setLngLat(f.geometry.coordinates as [number, number]).addTo(instance));
      }
    }
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
  watch(
    () => VENUE_KINDS.map(options.letterOf).join(),
    () => {
      for (const marker of letters) {
        const kind = marker.getElement().dataset.kind as VenueKind | undefined;
        if (kind) marker.getElement().textContent = options.letterOf(kind);
      }
    },
  );
  watch(
    [enabled, loading],
    ([isEnabled, isLoading]) => {
      if (!isEnabled) markVenuesForTests(null);
      else if (isLoading) markVenuesForTests(false);
    },
    { immediate: true },
  );
  onBeforeUnmount(() => {
    clearLetters();
    markVenuesForTests(null);
  });

  return { venueIdAt };
}
