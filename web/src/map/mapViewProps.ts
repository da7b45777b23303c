import type { PublicDistrict } from '../api/districts';
import type { HotspotAnalysis } from '../api/hotspots';
import type { IncidentSplit } from '../api/incidents';
import type { MeasureSummary } from '../api/measures';
import type { PresenceShift } from '../api/presence';
import type { VenueSummary } from '../api/venues';
import type { MeasureDraft } from '../composables/useMeasureDraft';
import type { MeasureLayerSource } from './useMeasureLayer';

/** What the map draws; MapArea passes it through unchanged when WebGL is available. */
export interface MapViewProps {
  districts: readonly PublicDistrict[];
  selectedId: string | null;
  basemapStyleUrl: string | null;
  /** The role may see hot spots. */
  hotspotsEnabled: boolean;
  /** Null for roles without hot spots, and while none have loaded. */
  hotspots: HotspotAnalysis | null;
  hotspotsVisible: boolean;
  hotspotsLoading: boolean;
  /** The role may see single incidents. */
  incidentsEnabled: boolean;
  /** Null for roles without incidents, and while none have loaded. */
  incidents: IncidentSplit | null;
  incidentsVisible: boolean;
  incidentsLoading: boolean;
  /** The role may see measures. */
  measuresEnabled: boolean;
  /** Asks for the measures in the map's view; null for roles without measures. */
  measureSource: MeasureLayerSource | null;
  /** The measures' list: when it changes (loaded again, a measure saved) the map asks for its view again. */
  measures: readonly MeasureSummary[] | null;
  measuresVisible: boolean;
  selectedMeasureId: string | null;
  /** The role may see shifts of presence. */
  presenceEnabled: boolean;
  /** The week's shifts in the chosen hours; null for roles without presence and while none have loaded. */
  presence: readonly PresenceShift[] | null;
  presenceVisible: boolean;
  presenceLoading: boolean;
  /** The role may see venues. */
  venuesEnabled: boolean;
  /** Every venue the user may see; null for roles without venues and while none have loaded. */
  venues: readonly VenueSummary[] | null;
  venuesVisible: boolean;
  venuesLoading: boolean;
  selectedVenueId: string | null;
  /** The measure being drawn; the map draws only while the draft has a tool chosen. */
  draft: MeasureDraft | null;
}
