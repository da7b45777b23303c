import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FillLayerSpecification,
  LineLayerSpecification,
  SymbolLayerSpecification,
} from 'maplibre-gl';
import {
  coverageColors,
  fillOpacity,
  hotspotColors,
  hotspotOpacity,
  incidentColors,
  measureStatusColors,
  measureViewOpacity,
  palette,
  presenceColors,
  venueColors,
} from './palette';
import { IS_CLUSTER, IS_SINGLE } from './clusters';
import { FONT } from './fonts';

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

const districtOpacity: ExpressionSpecification = [
  '+',
  ['case', isPriority, fillOpacity.priority, fillOpacity.other],
  ['case', isSelected, fillOpacity.selectedBoost, isHovered, fillOpacity.selectedBoost / 2, 0],
];

/** Zoomed in to streets, a district is its outline and a tint: the basemap's paths and buildings show through. */
export const districtFill: FillLayerSpecification = {
  id: DISTRICT_LAYER_IDS.fill,
  type: 'fill',
  source: DISTRICT_SOURCE,
  paint: {
    'fill-color': ['case', isPriority, palette.priorityFill, palette.otherFill],
    'fill-opacity': ['interpolate', ['linear'], ['zoom'], 12.5, districtOpacity, 15, ['*', fillOpacity.streetScale, districtOpacity]],
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
  uncovered: 'hotspots-uncovered',
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

/**
 * Hot cells where nobody was present that week: a dark dashed edge over the cell's own, shown with
 * the presence layer (and only for the roles that may read presence, who alone get the property).
 */
export const hotspotUncovered: LineLayerSpecification = {
  id: HOTSPOT_LAYER_IDS.uncovered,
  type: 'line',
  source: HOTSPOT_SOURCE,
  filter: ['==', ['get', 'uncovered'], true],
  layout: { 'line-join': 'round', visibility: 'none' },
  paint: {
    'line-color': coverageColors.uncovered,
    'line-width': ['interpolate', ['linear'], ['zoom'], 11, 1.5, 15, 3],
    'line-dasharray': [2, 1.5],
  },
};

/** In drawing order, bottom first; they go right above the district fill (see useHotspotLayer.ts). */
export const hotspotLayers = [hotspotFill, hotspotOutline, hotspotUncovered];

export const INCIDENT_SOURCE = 'incidents';

/** Part of the test contract: the points of incidents with a known place. */
export const INCIDENT_LAYER_IDS = {
  points: 'incidents-points',
  clusters: 'incidents-clusters',
  clusterCounts: 'incidents-cluster-counts',
} as const;

/** At city scale a week's incidents gather into counted rings; from zoom 13 on each is its own point. */
export const INCIDENT_CLUSTER = { clusterMaxZoom: 12, clusterRadius: 28 } as const;

/** Points coloured by category; a selected point grows and gets the selection's dark ring. */
export const incidentPoints: CircleLayerSpecification = {
  id: INCIDENT_LAYER_IDS.points,
  type: 'circle',
  source: INCIDENT_SOURCE,
  filter: IS_SINGLE,
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

/**
 * A cluster of incidents: a white disc in a dark ring with its count, unlike the dark discs of
 * measures and venues (an incident is a dot, a group of them a ring of dots' size).
 */
export const incidentClusters: CircleLayerSpecification = {
  id: INCIDENT_LAYER_IDS.clusters,
  type: 'circle',
  source: INCIDENT_SOURCE,
  filter: IS_CLUSTER,
  paint: {
    'circle-color': '#ffffff',
    'circle-radius': ['step', ['get', 'point_count'], 10, 10, 13, 30, 16],
    'circle-stroke-color': palette.labelText,
    'circle-stroke-width': 2,
  },
};

export const incidentClusterCounts: SymbolLayerSpecification = {
  id: INCIDENT_LAYER_IDS.clusterCounts,
  type: 'symbol',
  source: INCIDENT_SOURCE,
  filter: IS_CLUSTER,
  layout: {
    'text-field': ['to-string', ['get', 'point_count']],
    'text-font': [FONT.medium],
    'text-size': 11,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': palette.labelText },
};

export const incidentLayers = [incidentPoints, incidentClusters, incidentClusterCounts];

/** A colour per measure status, from the `status` property. */
const measureStatusColor: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  'PROPOSED', measureStatusColors.PROPOSED,
  'DECIDED', measureStatusColors.DECIDED,
  'IN_PROGRESS', measureStatusColors.IN_PROGRESS,
  'DONE', measureStatusColors.DONE,
  'EVALUATED', measureStatusColors.EVALUATED,
  measureStatusColors.REJECTED,
];
const isMeasureSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const isProposed: ExpressionSpecification = ['==', ['get', 'status'], 'PROPOSED'];

/** Sources and layer ids of the measures; part of the test contract like the others. */
export const MEASURE_SOURCES = {
  shapes: 'measure-shapes',
  anchors: 'measure-anchors',
  views: 'measure-views',
} as const;

/** Many measures in view: the server gathers them, one disc per cluster. */
export const MEASURE_CLUSTER_SOURCE = 'measure-clusters';

export const MEASURE_LAYER_IDS = {
  viewFill: 'measure-views-fill',
  viewOutline: 'measure-views-outline',
  areaFill: 'measure-areas-fill',
  lineCasing: 'measure-lines-casing',
  lines: 'measure-lines',
  proposedLines: 'measure-lines-proposed',
  anchors: 'measure-anchors',
  letters: 'measure-letters',
  clusters: 'measure-clusters',
} as const;

/** What a camera sees: a translucent wedge in its status colour. */
export const measureViewFill: FillLayerSpecification = {
  id: MEASURE_LAYER_IDS.viewFill,
  type: 'fill',
  source: MEASURE_SOURCES.views,
  paint: { 'fill-color': measureStatusColor, 'fill-opacity': measureViewOpacity.fill },
};

export const measureViewOutline: LineLayerSpecification = {
  id: MEASURE_LAYER_IDS.viewOutline,
  type: 'line',
  source: MEASURE_SOURCES.views,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': measureStatusColor, 'line-width': 1.2, 'line-opacity': measureViewOpacity.outline },
};

export const measureAreaFill: FillLayerSpecification = {
  id: MEASURE_LAYER_IDS.areaFill,
  type: 'fill',
  source: MEASURE_SOURCES.shapes,
  filter: ['==', ['geometry-type'], 'Polygon'],
  paint: { 'fill-color': measureStatusColor, 'fill-opacity': ['case', isMeasureSelected, 0.4, 0.25] },
};

/** Lines and polygon edges on a white casing, so they read on the district fills and the hot spots. */
export const measureLineCasing: LineLayerSpecification = {
  id: MEASURE_LAYER_IDS.lineCasing,
  type: 'line',
  source: MEASURE_SOURCES.shapes,
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': '#ffffff', 'line-width': ['case', isMeasureSelected, 9, 7], 'line-opacity': 0.9 },
};

/** Decided and later: solid. A line dash cannot follow a property here, so proposed ones have a layer of their own. */
export const measureLines: LineLayerSpecification = {
  id: MEASURE_LAYER_IDS.lines,
  type: 'line',
  source: MEASURE_SOURCES.shapes,
  filter: ['!', isProposed],
  layout: { 'line-join': 'round', 'line-cap': 'round' },
  paint: { 'line-color': measureStatusColor, 'line-width': ['case', isMeasureSelected, 5, 3.5] },
};

export const measureProposedLines: LineLayerSpecification = {
  id: MEASURE_LAYER_IDS.proposedLines,
  type: 'line',
  source: MEASURE_SOURCES.shapes,
  filter: isProposed,
  layout: { 'line-join': 'round' },
  paint: { 'line-color': measureStatusColor, 'line-width': ['case', isMeasureSelected, 5, 3.5], 'line-dasharray': [2, 1] },
};

/** One disc per measure in its status colour; the kind's letter is an HTML marker on top (no glyphs offline). */
export const measureAnchors: CircleLayerSpecification = {
  id: MEASURE_LAYER_IDS.anchors,
  type: 'circle',
  source: MEASURE_SOURCES.anchors,
  paint: {
    'circle-color': measureStatusColor,
    'circle-radius': ['case', isMeasureSelected, 12, 10],
    'circle-stroke-color': ['case', isMeasureSelected, palette.selectedOutline, '#ffffff'],
    'circle-stroke-width': ['case', isMeasureSelected, 3, 2],
  },
};

/** The kind's letter on each disc (set per language in the features' `letter`), drawn with the platform's font. */
export const measureLetters: SymbolLayerSpecification = {
  id: MEASURE_LAYER_IDS.letters,
  type: 'symbol',
  source: MEASURE_SOURCES.anchors,
  layout: {
    'text-field': ['get', 'letter'],
    'text-font': [FONT.medium],
    'text-size': 11,
    // A measure's letter belongs to its disc, which is always drawn.
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': measureStatusColors.letter },
};

/** Under the incident points: views, areas, lines. The discs go on top of everything (see useMeasureLayer.ts). */
/** A cluster: a dark disc growing with its count (the count itself is an HTML label); a click zooms in. */
export const measureClusters: CircleLayerSpecification = {
  id: MEASURE_LAYER_IDS.clusters,
  type: 'circle',
  source: MEASURE_CLUSTER_SOURCE,
  paint: {
    'circle-color': palette.selectedOutline,
    'circle-opacity': 0.82,
    'circle-radius': ['step', ['get', 'count'], 13, 10, 16, 100, 20, 1000, 25],
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 2,
  },
};

export const measureShapeLayers = [measureViewFill, measureViewOutline, measureAreaFill, measureLineCasing, measureLines, measureProposedLines];

export const PRESENCE_SOURCE = 'presence';

export const PRESENCE_LAYER_IDS = {
  areaFill: 'presence-areas-fill',
  areaOutline: 'presence-areas-outline',
  points: 'presence-points',
} as const;

const presenceActorColor: ExpressionSpecification = [
  'match',
  ['get', 'actorKind'],
  'POLICE', presenceColors.POLICE,
  'MUNICIPAL_GUARD', presenceColors.MUNICIPAL_GUARD,
  'SECURITY_GUARD', presenceColors.SECURITY_GUARD,
  'FIELD_ASSISTANT', presenceColors.FIELD_ASSISTANT,
  'LEISURE_LEADER', presenceColors.LEISURE_LEADER,
  'SAFETY_HOST', presenceColors.SAFETY_HOST,
  presenceColors.NIGHT_WALKER,
];
const isRealised: ExpressionSpecification = ['==', ['get', 'state'], 'REALISED'];

export const presenceAreaFill: FillLayerSpecification = {
  id: PRESENCE_LAYER_IDS.areaFill,
  type: 'fill',
  source: PRESENCE_SOURCE,
  filter: ['==', ['geometry-type'], 'Polygon'],
  paint: { 'fill-color': presenceActorColor, 'fill-opacity': ['case', isRealised, 0.22, 0.12] },
};

export const presenceAreaOutline: LineLayerSpecification = {
  id: PRESENCE_LAYER_IDS.areaOutline,
  type: 'line',
  source: PRESENCE_SOURCE,
  filter: ['==', ['geometry-type'], 'Polygon'],
  paint: { 'line-color': presenceActorColor, 'line-width': 2, 'line-opacity': ['case', isRealised, 1, 0.6] },
};

export const presencePoints: CircleLayerSpecification = {
  id: PRESENCE_LAYER_IDS.points,
  type: 'circle',
  source: PRESENCE_SOURCE,
  filter: ['==', ['geometry-type'], 'Point'],
  paint: {
    'circle-color': presenceColors.centre,
    'circle-opacity': 0.85,
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 4.5, 15, 8],
    'circle-stroke-color': presenceActorColor,
    'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 10, 2.5, 15, 4],
    'circle-stroke-opacity': ['case', isRealised, 1, 0.6],
  },
};

export const presenceLayers = [presenceAreaFill, presenceAreaOutline, presencePoints];

export const DRAFT_VIEW_SOURCE = 'measure-draft-view';

export const DRAFT_VIEW_LAYER_IDS = {
  fill: 'measure-draft-view-fill',
  outline: 'measure-draft-view-outline',
} as const;

/** The wedge of the camera being placed, recomputed as its aim point moves. */
export const draftViewFill: FillLayerSpecification = {
  id: DRAFT_VIEW_LAYER_IDS.fill,
  type: 'fill',
  source: DRAFT_VIEW_SOURCE,
  paint: { 'fill-color': coverageColors.draft, 'fill-opacity': 0.2 },
};

export const draftViewOutline: LineLayerSpecification = {
  id: DRAFT_VIEW_LAYER_IDS.outline,
  type: 'line',
  source: DRAFT_VIEW_SOURCE,
  paint: { 'line-color': coverageColors.draft, 'line-width': 2, 'line-dasharray': [2, 1] },
};

export const VENUE_SOURCE = 'venues';

/** Layer ids of the venues; part of the test contract like the others. */
export const VENUE_LAYER_IDS = {
  points: 'venue-points',
  warnings: 'venue-warnings',
  letters: 'venue-letters',
  clusters: 'venue-clusters',
  clusterCounts: 'venue-cluster-counts',
} as const;

/** Venues are gathered into counted discs below street level, as the measures are. */
export const VENUE_CLUSTER = { clusterMaxZoom: 13, clusterRadius: 36 } as const;
const isVenue = IS_SINGLE;
const isCluster = IS_CLUSTER;

const isVenueSelected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

/**
 * One dark disc per venue with its kind's letters on it, ringed in the colour of its supervision
 * state; a selected venue grows and gets a dark outer edge.
 */
export const venuePoints: CircleLayerSpecification = {
  id: VENUE_LAYER_IDS.points,
  type: 'circle',
  source: VENUE_SOURCE,
  filter: isVenue,
  paint: {
    'circle-color': venueColors.disc,
    'circle-radius': ['case', isVenueSelected, 11, 9],
    'circle-stroke-color': ['match', ['get', 'state'], 'recent', venueColors.recent, 'due', venueColors.due, 'overdue', venueColors.overdue, venueColors.none],
    'circle-stroke-width': ['case', isVenueSelected, 4.5, 3.5],
  },
};

/** A small red dot at the upper right of venues with a warning in the last three years. */
export const venueWarnings: CircleLayerSpecification = {
  id: VENUE_LAYER_IDS.warnings,
  type: 'circle',
  source: VENUE_SOURCE,
  filter: ['all', isVenue, ['==', ['get', 'warning'], true]],
  paint: {
    'circle-color': venueColors.warning,
    'circle-radius': 4,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 1.5,
    'circle-translate': [10, -10],
  },
};

/** The kind's letters (set per language in the features' `letter`), drawn with the platform's font. */
export const venueLetters: SymbolLayerSpecification = {
  id: VENUE_LAYER_IDS.letters,
  type: 'symbol',
  source: VENUE_SOURCE,
  filter: isVenue,
  layout: {
    'text-field': ['get', 'letter'],
    'text-font': [FONT.medium],
    'text-size': 10,
    // A venue's letters belong to its disc, which is always drawn.
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': venueColors.letter },
};

/** A cluster of venues: a dark disc, larger for more, ringed grey, with its count. */
export const venueClusters: CircleLayerSpecification = {
  id: VENUE_LAYER_IDS.clusters,
  type: 'circle',
  source: VENUE_SOURCE,
  filter: isCluster,
  paint: {
    'circle-color': venueColors.disc,
    'circle-radius': ['step', ['get', 'point_count'], 12, 5, 15, 15, 19],
    'circle-stroke-color': venueColors.none,
    'circle-stroke-width': 3,
  },
};

export const venueClusterCounts: SymbolLayerSpecification = {
  id: VENUE_LAYER_IDS.clusterCounts,
  type: 'symbol',
  source: VENUE_SOURCE,
  filter: isCluster,
  layout: {
    'text-field': ['to-string', ['get', 'point_count']],
    'text-font': [FONT.medium],
    'text-size': 12,
    'text-allow-overlap': true,
    'text-ignore-placement': true,
  },
  paint: { 'text-color': venueColors.letter },
};

export const venueLayers = [venueClusters, venueClusterCounts, venuePoints, venueWarnings, venueLetters];
