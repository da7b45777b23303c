import { computed, inject, provide, shallowRef, type ComputedRef, type InjectionKey, type ShallowRef } from 'vue';
import { loadWebConfig, type WebConfig } from '../api/config';
import { mayProposeMeasures } from '../auth/permissions';
import type { SessionUser } from '../auth/session';
import { useSession, type SessionState } from '../auth/useSession';
import { useDistricts, type DistrictsState } from '../composables/useDistricts';
import { useHotspots, type HotspotsState } from '../composables/useHotspots';
import { useIncidents, type IncidentsState } from '../composables/useIncidents';
import { useMeasureDraft, type MeasureDraft } from '../composables/useMeasureDraft';
import { useMeasures, type MeasuresState } from '../composables/useMeasures';
import { usePresence, type PresenceState } from '../composables/usePresence';
import { useProperties, type PropertiesState } from '../composables/useProperties';
import { useVenues, type VenuesState } from '../composables/useVenues';

/**
 * What the map and the district panel show, fetched once for the whole app and shared through a
 * typed injection key (no component receives it through props). Each part keeps its own loading,
 * error and layer toggle; the week lives in the hot spots' part and the others follow it.
 */
export interface DataStores {
  session: SessionState;
  user: ComputedRef<SessionUser | null>;
  config: ShallowRef<WebConfig | null>;
  districts: DistrictsState;
  hotspots: HotspotsState;
  incidents: IncidentsState;
  measures: MeasuresState;
  /** The measure being drawn; the map follows it (it draws only while a tool is chosen). */
  draft: MeasureDraft;
  /** The draft for the roles that may propose measures, else null. */
  offeredDraft: ComputedRef<MeasureDraft | null>;
  presence: PresenceState;
  /** A property owner's own properties (none for other roles). */
  properties: PropertiesState;
  venues: VenuesState;
}

const DATA: InjectionKey<DataStores> = Symbol('data-stores');

function createDataStores(): DataStores {
  const session = useSession();
  const user = computed(() => session.session.value?.user ?? null);
  const config = shallowRef<WebConfig | null>(null);
  void loadWebConfig().then((loaded) => (config.value = loaded));
  // A token the server refuses (expired, key rotated) signs the user out with a message.
  const refused = (): void => session.signOut('expired');
  const token = session.session;
  const hotspots = useHotspots(token, refused);
  const draft = useMeasureDraft(token, refused);
  return {
    session,
    user,
    config,
    districts: useDistricts(token, refused),
    hotspots,
    // Single incidents and presence follow the hot spot picker's week: points, cells and shifts show the same week.
    incidents: useIncidents(token, hotspots.week, refused),
    measures: useMeasures(token, refused),
    draft,
    offeredDraft: computed(() => (mayProposeMeasures(user.value) ? draft : null)),
    presence: usePresence(token, hotspots.week, refused),
    properties: useProperties(token, refused),
    venues: useVenues(token, refused),
  };
}

/** Called once, by the app's root component. */
export function provideDataStores(): DataStores {
  const stores = createDataStores();
  provide(DATA, stores);
  return stores;
}

export function useDataStores(): DataStores {
  const stores = inject(DATA);
  if (!stores) throw new Error('useDataStores() outside the app: provideDataStores() was not called above it');
  return stores;
}
