import type { PublicDistrict } from '../api/districts';
import type { HotspotAnalysis } from '../api/hotspots';
import type { IncidentSplit } from '../api/incidents';

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
}
