import type { GeoJSONSource, LayerSpecification, Map as MapLibreMap } from 'maplibre-gl';
import { watch, type Ref, type ShallowRef } from 'vue';
import type { OwnProperty } from '../api/properties';
import type { PropertiesState } from '../composables/useProperties';
import type { Geometry } from '../types/geojson';
import { boundsOf } from '../utils/geo';
import { FONT } from './fonts';
import { palette } from './palette';

const SOURCE = 'properties';
export const PROPERTY_LAYER_IDS = { fill: 'properties-fill', outline: 'properties-outline', label: 'properties-label' } as const;

const LAYERS: LayerSpecification[] = [
  { id: PROPERTY_LAYER_IDS.fill, type: 'fill', source: SOURCE, paint: { 'fill-color': palette.property, 'fill-opacity': 0.08 } },
  {
    id: PROPERTY_LAYER_IDS.outline,
    type: 'line',
    source: SOURCE,
    layout: { 'line-join': 'round' },
    paint: { 'line-color': palette.property, 'line-width': 2, 'line-dasharray': [3, 1.5] },
  },
  {
    id: PROPERTY_LAYER_IDS.label,
    type: 'symbol',
    source: SOURCE,
    minzoom: 13,
    layout: { 'text-field': ['get', 'name'], 'text-font': [FONT.italic], 'text-size': 12, 'text-max-width': 8 },
    paint: { 'text-color': palette.property, 'text-halo-color': palette.labelBackground, 'text-halo-width': 1.5 },
  },
];

function featuresOf(properties: readonly OwnProperty[]): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: properties.flatMap((p): GeoJSON.Feature[] =>
      p.id && p.geometry ? [{ type: 'Feature', geometry: p.geometry as GeoJSON.Geometry, properties: { id: p.id, name: p.name ?? p.id } }] : [],
    ),
  };
}

type Padding = { top: number; right: number; bottom: number; left: number };

/**
 * A property owner's properties on the map: dashed boundaries with their names. A property asked
 * for from the list is fitted into the part of the map the panel leaves free.
 */
export function usePropertyLayer(map: ShallowRef<MapLibreMap | null>, loaded: Ref<boolean>, state: PropertiesState, padding: () => Padding): void {
  const { properties, shown } = state;
  watch(shown, (asked) => {
    const geometry = properties.value?.find((p) => p.id === asked?.id)?.geometry as Geometry | null | undefined;
    const box = geometry ? boundsOf([geometry]) : null;
    if (map.value && box) map.value.fitBounds(box, { padding: padding(), maxZoom: 17, duration: 0 });
  });
  watch(
    [map, loaded, properties],
    ([instance, isLoaded, list]) => {
      if (!instance || !isLoaded) return;
      const data = featuresOf(list ?? []);
      const source = instance.getSource<GeoJSONSource>(SOURCE);
      if (source) return void source.setData(data);
      instance.addSource(SOURCE, { type: 'geojson', data });
      for (const layer of LAYERS) instance.addLayer(layer);
    },
    { immediate: true },
  );
}
