/**
 * Map colours in one place, so the layer styles, the legend and the contrast test agree. Priority
 * districts get a warm, saturated colour; the rest stay a quiet blue-grey that recedes.
 */
export const palette = {
  background: '#e8ecef',
  water: '#cfdde8',
  priorityFill: '#e8590c',
  priorityOutline: '#a63c06',
  otherFill: '#6f8597',
  otherOutline: '#6f8597',
  selectedOutline: '#13202c',
  hoverOutline: '#13202c',
  labelText: '#13202c',
  labelBackground: '#ffffff',
  priorityLabelText: '#7a2d04',
  /** A property owner's properties: a dashed boundary, as property maps draw them. */
  property: '#37474f',
} as const;

/** Fill opacities: priority districts must read as "highlighted" even next to a selected one. */
export const fillOpacity = {
  priority: 0.38,
  other: 0.12,
  selectedBoost: 0.14,
  /** What remains of a district's fill at street level (zoom 15 and closer). */
  streetScale: 0.35,
} as const;

/** Ramp for the relative incident bars in the district list, light to strong. */
export const incidentRamp = ['#f3c9a8', '#e8590c', '#8f3305'] as const;

/**
 * Hot and cold spot classes on a diverging red–blue ramp (ColorBrewer RdBu), stronger with higher
 * confidence. The reds are darker than the orange of the priority districts they sit on, and each
 * cell gets a white edge so that neighbouring cells stay apart.
 */
export const hotspotColors = {
  HOT_99: '#b2182b',
  HOT_95: '#d6604d',
  HOT_90: '#f4a582',
  COLD_99: '#2166ac',
  COLD_95: '#4393c3',
  COLD_90: '#92c5de',
  /** Outline of cells that are not significant this week but have an emerging pattern. */
  pattern: '#5b2a86',
  cellEdge: '#ffffff',
} as const;

/** Hot spot cells are nearly opaque; while another week loads they fade, so they do not pass for it. */
export const hotspotOpacity = {
  fill: 0.85,
  stale: 0.3,
} as const;

/**
 * The trend chart's bars: a quiet blue-grey for the weeks, the selection's dark ink for the picked
 * week, and grey hatching for hidden weeks, so that "under 5" never looks like a measured height.
 */
export const trendColors = {
  bar: '#6f8597',
  picked: '#13202c',
  hiddenStroke: '#8a96a1',
  hiddenFill: '#eef1f4',
  grid: '#d5dce2',
  axis: '#4a5a68',
} as const;

/**
 * Incident points by category: a qualitative palette (after Tableau 10, extended), each with a white
 * ring so that points stay apart from each other and from the district fills below.
 */
export const incidentColors = {
  VANDALISM: '#1f77b4',
  GRAFFITI: '#9467bd',
  FIRE: '#d62728',
  STONE_THROWING: '#8c564b',
  DRUG_DEALING: '#e377c2',
  PUBLIC_DISORDER: '#ff7f0e',
  THREAT_VIOLENCE: '#7a0c2e',
  BURGLARY: '#2ca02c',
  LITTERING: '#9a9a1f',
  UNSAFE_PLACE: '#17becf',
  YOUTH_GATHERING: '#393b79',
  OTHER: '#6b6b6b',
  ring: '#ffffff',
} as const;

/**
 * Measures by status, along the status machine: proposed is a quiet violet, decided blue, in progress
 * amber-brown, done green, evaluated teal, rejected grey. Each carries a white letter for its kind
 * (at least 4.5:1 against white, checked in the palette test), and a camera's view is the same colour
 * translucent.
 */
export const measureStatusColors = {
  PROPOSED: '#6a4c93',
  DECIDED: '#1d5fa8',
  IN_PROGRESS: '#9a4f00',
  DONE: '#1b7a3a',
  EVALUATED: '#0b5e5e',
  REJECTED: '#666666',
  letter: '#ffffff',
} as const;

export const measureViewOpacity = {
  fill: 0.18,
  outline: 0.8,
} as const;

/**
 * Presence by who is there: rings, so they stay apart from the incidents' filled dots and the
 * measures' lettered discs. A realised shift's ring is solid, a planned one's fainter.
 */
export const presenceColors = {
  POLICE: '#1f3a93',
  MUNICIPAL_GUARD: '#00737d',
  SECURITY_GUARD: '#6d4c41',
  FIELD_ASSISTANT: '#c2185b',
  LEISURE_LEADER: '#4f7f1f',
  SAFETY_HOST: '#b07800',
  NIGHT_WALKER: '#6a1b9a',
  centre: '#ffffff',
} as const;

/** The dashed edge of a hot cell where nobody was present, and the wedge of a camera being placed. */
export const coverageColors = {
  uncovered: '#13202c',
  draft: '#0b5cad',
} as const;

/**
 * Venues: the ring says how recently licensed premises were inspected (green within 12 months, amber
 * 12–24, red longer or never; grey for venues not supervised), the disc is dark so the white kind
 * letter reads on it, and a red dot marks a warning in the last three years.
 */
export const venueColors = {
  disc: '#2b3a48',
  letter: '#ffffff',
  recent: '#1b7a3a',
  due: '#c77700',
  overdue: '#c62828',
  none: '#9aa6b0',
  warning: '#d50000',
  /** The hour-of-week chart, none to most (after ColorBrewer Oranges). */
  heat: ['#f4f6f8', '#fdd0a2', '#fd8d3c', '#d94801', '#7f2704'],
  lateFrame: '#13202c',
} as const;

/** Plan progress by follow-up status: done strong, ongoing mid, the rest muted; "not followed up" hatched grey. */
export const progressColors = {
  done: '#2b7a3d',
  ongoing: '#7fb36a',
  notStarted: '#e0a526',
  paused: '#9aa5ae',
  cancelled: '#b3261e',
  notFollowedUp: '#dde2e6',
} as const;

/** The trend charts' lines, one per figure. */
export const yearTrendColor = '#0b5cad';
