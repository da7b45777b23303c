import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
} from 'maplibre-gl';
import { fillOpacity, hotspotColors, hotspotOpacity, incidentColors, palette } from './palette';

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

export const HOTSPOT_SOURCE = 'hotspots';

/** Part of the test contract too; the fill holds every cell, so a click finds outline-only cells. */
export const HOTSPOT_LAYER_IDS = {
  fill: 'hotspots-fill',
  outline: 'hotspots-outline',
} as const;

const isSignificant: ExpressionSpecification = ['!=', ['get', 'class'], 'NONE'];
const isCellSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/** Significant cells are filled; cells with only an emerging pattern stay transparent (outline only). */
export function hotspotFillOpacity(stale: boolean): ExpressionSpecification {
  return ['case', isSignificant, stale ? hotspotOpacity.stale : hotspotOpacity.fill, 0];
}

export function hotspotOutlineOpacity(stale: boolean): ExpressionSpecification | number {
  return stale ? hotspotOpacity.stale : ['case', isSignificant, 0.9, 1];
}

/** Widths at a zoom: a 150 m cell is only some 7 px across at the city-wide view. */
const cellOutlineWidth = (selected: number, significant: number, patternOnly: number): ExpressionSpecification => [
  'case',
  isCellSelected,
  selected,
  isSignificant,
  significant,
  patternOnly,
];

export const hotspotFill: FillLayerSpecification = {
  id: HOTSPOT_LAYER_IDS.fill,
  type: 'fill',
  source: HOTSPOT_SOURCE,
  paint: {
    'fill-color': [
      'match',
      ['get', 'class'],
      'HOT_99', hotspotColors.HOT_99,
      'HOT_95', hotspotColors.HOT_95,
      'HOT_90', hotspotColors.HOT_90,
      'COLD_99', hotspotColors.COLD_99,
      'COLD_95', hotspotColors.COLD_95,
      'COLD_90', hotspotColors.COLD_90,
      hotspotColors.pattern,
    ],
    'fill-opacity': hotspotFillOpacity(false),
  },
};

export const hotspotOutline: LineLayerSpecification = {
  id: HOTSPOT_LAYER_IDS.outline,
  type: 'line',
  source: HOTSPOT_SOURCE,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': ['case', isCellSelected, palette.selectedOutline, isSignificant, hotspotColors.cellEdge, hotspotColors.pattern],
    'line-width': ['interpolate', ['linear'], ['zoom'], 11, cellOutlineWidth(2, 0.4, 1.2), 15, cellOutlineWidth(3.5, 1, 2.5)],
    'line-opacity': hotspotOutlineOpacity(false),
  },
};

/** In drawing order, bottom first; they go right above the district fill (see useHotspotLayer.ts). */
export const hotspotLayers = [hotspotFill, hotspotOutline];

export const INCIDENT_SOURCE = 'incidents';

/** Part of the test contract: the points of incidents with a known place. */
export const INCIDENT_LAYER_IDS = {
  points: 'incidents-points',
} as const;

/** Points coloured by category; a selected point grows and gets the selection's dark ring. */
export const incidentPoints: CircleLayerSpecification = {
  id: INCIDENT_LAYER_IDS.points,
  type: 'circle',
  source: INCIDENT_SOURCE,
  paint: {
    'circle-color': [
      'match',
      ['get', 'category'],
      'VANDALISM', incidentColors.VANDALISM,
      'GRAFFITI', incidentColors.GRAFFITI,
      'FIRE', incidentColors.FIRE,
      'STONE_THROWING', incidentColors.STONE_THROWING,
      'DRUG_DEALING', incidentColors.DRUG_DEALING,
      'PUBLIC_DISORDER', incidentColors.PUBLIC_DISORDER,
      'THREAT_VIOLENCE', incidentColors.THREAT_VIOLENCE,
      'BURGLARY', incidentColors.BURGLARY,
      'LITTERING', incidentColors.LITTERING,
      'UNSAFE_PLACE', incidentColors.UNSAFE_PLACE,
      'YOUTH_GATHERING', incidentColors.YOUTH_GATHERING,
      incidentColors.OTHER,
    ],
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, ['case', isCellSelected, 6, 3.5], 15, ['case', isCellSelected, 9, 6.5]],
    'circle-stroke-color': ['case', isCellSelected, palette.selectedOutline, incidentColors.ring],
    'circle-stroke-width': ['case', isCellSelected, 2.5, 1.2],
  },
};
