import type {
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { fillOpacity, palette } from './palette';

export const DISTRICT_SOURCE = 'districts';

/** Layer ids are part of the test contract (see testHooks.ts); keep them stable. */
export const DISTRICT_LAYER_IDS = {
  fill: 'districts-fill',
  outline: 'districts-outline',
  selectedCasing: 'districts-selected-casing',
  selected: 'districts-selected',
} as const;

const isPriority: ExpressionSpecification = ['boolean', ['get', 'priority'], false];
const isHovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const isSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Matches no feature; the selection layers start with it until something is selected. */
export const NOTHING_SELECTED = '';

export function selectedFilter(id: string | null): ExpressionSpecification {
  return ['==', ['get', 'id'], id ?? NOTHING_SELECTED];
}

export const districtFill: FillLayerSpecification = {
  id: DISTRICT_LAYER_IDS.fill,
  type: 'fill',
  source: DISTRICT_SOURCE,
  paint: {
    'fill-color': ['case', isPriority, palette.priorityFill, palette.otherFill],
    'fill-opacity': [
      '+',
      ['case', isPriority, fillOpacity.priority, fillOpacity.other],
      ['case', isSelected, fillOpacity.selectedBoost, isHovered, fillOpacity.selectedBoost / 2, 0],
    ],
  },
};

export const districtOutline: LineLayerSpecification = {
  id: DISTRICT_LAYER_IDS.outline,
  type: 'line',
  source: DISTRICT_SOURCE,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': ['case', isHovered, palette.hoverOutline, isPriority, palette.priorityOutline, palette.otherOutline],
    'line-width': ['case', isPriority, ['case', isHovered, 3.5, 2.5], ['case', isHovered, 2, 1]],
    'line-opacity': ['case', isPriority, 1, 0.7],
  },
};

/** A light casing under the selection outline keeps it visible on dark and light fills alike. */
export const districtSelectedCasing: LineLayerSpecification = {
  id: DISTRICT_LAYER_IDS.selectedCasing,
  type: 'line',
  source: DISTRICT_SOURCE,
  filter: selectedFilter(null),
  layout: { 'line-join': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': 7, 'line-opacity': 0.9 },
};

export const districtSelected: LineLayerSpecification = {
  id: DISTRICT_LAYER_IDS.selected,
  type: 'line',
  source: DISTRICT_SOURCE,
  filter: selectedFilter(null),
  layout: { 'line-join': 'round' },
  paint: { 'line-color': palette.selectedOutline, 'line-width': 3.5 },
};

/** In drawing order, bottom first. */
export const districtLayers = [districtFill, districtOutline, districtSelectedCasing, districtSelected];
