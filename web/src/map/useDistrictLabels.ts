import type { GeoJSONSource, Map as MapLibreMap, SymbolLayerSpecification } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import type { PublicDistrict as District } from '../api/districts';
import { pointCoordinates } from '../utils/geo';
import { FONT } from './fonts';
import { palette } from './palette';

const SOURCE = 'district-labels';
export const DISTRICT_LABEL_LAYER = 'district-labels';

export interface DistrictLabelOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  districts: Ref<readonly District[]>;
  selectedId: Ref<string | null>;
}

/** Placed first, so kept where labels collide: the chosen district, then the priority districts. */
const RANK = { selected: 0, priority: 1, other: 2 } as const;
const OTHERS_FROM_ZOOM = 11;

/**
 * District names as map labels, drawn with the platform's own font: where two collide the lower
 * ranked one hides (as would a basemap's place name under them), and they are part of the canvas, so
 * a printed map keeps them. Not read out: the side panel lists the same districts as buttons.
 */
const labelLayer: SymbolLayerSpecification = {
  id: DISTRICT_LABEL_LAYER,
  type: 'symbol',
  source: SOURCE,
  // At city scale the other districts' names would crowd out the priority ones.
  filter: ['any', ['<', ['get', 'rank'], RANK.other], ['>=', ['zoom'], OTHERS_FROM_ZOOM]],
  layout: {
    // A name moves above or below its point rather than disappear when the centre is taken.
    'text-variable-anchor': ['center', 'top', 'bottom'],
    'text-radial-offset': 0.8,
    'text-field': ['get', 'name'],
    'text-font': ['case', ['==', ['get', 'rank'], RANK.other], ['literal', [FONT.regular]], ['literal', [FONT.medium]]],
    'text-size': ['match', ['get', 'rank'], RANK.other, 12, 14],
    'symbol-sort-key': ['get', 'rank'],
    'text-padding': 6,
    'text-max-width': 9,
  },
  paint: {
    'text-color': ['match', ['get', 'rank'], RANK.selected, palette.labelBackground, RANK.priority, palette.priorityLabelText, palette.labelText],
    'text-halo-color': ['match', ['get', 'rank'], RANK.selected, palette.selectedOutline, palette.labelBackground],
    'text-halo-width': ['match', ['get', 'rank'], RANK.selected, 3, 2],
  },
};

function labelPoints(districts: readonly District[], selectedId: string | null): GeoJSON.FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: districts.flatMap((d): GeoJSON.Feature[] => {
      const at = pointCoordinates(d.labelPoint);
      if (!d.id || !at) return [];
      const rank = d.id === selectedId ? RANK.selected : d.priority ? RANK.priority : RANK.other;
      return [{ type: 'Feature', geometry: { type: 'Point', coordinates: at }, properties: { id: d.id, name: d.name ?? d.id, rank } }];
    }),
  };
}

export function useDistrictLabels({ map, loaded, districts, selectedId }: DistrictLabelOptions): void {
  const draw = (): void => {
    const instance = map.value;
    if (!instance || !loaded.value) return;
    const data = labelPoints(districts.value, selectedId.value);
    const source = instance.getSource<GeoJSONSource>(SOURCE);
    if (source) return void source.setData(data);
    instance.addSource(SOURCE, { type: 'geojson', data });
    instance.addLayer(labelLayer);
  };

  // Layers added later (hot cells, measures) would be drawn over the names: the names stay on top.
  const keepOnTop = (): void => {
    const instance = map.value;
    const layers = instance?.getStyle()?.layers ?? [];
    if (instance?.getLayer(DISTRICT_LABEL_LAYER) && layers.at(-1)?.id !== DISTRICT_LABEL_LAYER) instance.moveLayer(DISTRICT_LABEL_LAYER);
  };
  watch([map, loaded, districts, selectedId], draw, { immediate: true });
  watch(map, (instance, previous) => {
    previous?.off('styledata', keepOnTop);
    instance?.on('styledata', keepOnTop);
  }, { immediate: true });
  onBeforeUnmount(() => {
    const instance = map.value;
    if (instance?.getLayer(DISTRICT_LABEL_LAYER)) instance.removeLayer(DISTRICT_LABEL_LAYER);
    if (instance?.getSource(SOURCE)) instance.removeSource(SOURCE);
  });
}
