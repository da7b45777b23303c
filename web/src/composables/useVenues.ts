import { computed, ref, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { Refusal } from '../api/client';
import { fetchVenues, type VenueSummary } from '../api/venues';
import { mayReadVenues } from '../auth/permissions';
import type { Session } from '../auth/session';
import { useLoaded } from './useLoaded';

export type VenuesError = Refusal;

export interface VenuesState {
  /** The role may see venues (ACCESS.venueRead); else no layer, no list and no fetch. */
  permitted: ComputedRef<boolean>;
  /** Every venue the user may see; null while none have loaded. */
  venues: ShallowRef<VenueSummary[] | null>;
  loading: Ref<boolean>;
  error: ShallowRef<VenuesError | null>;
  /** The layer toggle; on by default. */
  visible: Ref<boolean>;
  /** Asks again, e.g. after an inspection changed a score; the list stays on screen meanwhile. */
  reload: () => Promise<void>;
}

/** The venues the user may see, for the map and the supervision lists, fetched again when the user changes. */
export function useVenues(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): VenuesState {
  const permitted = computed(() => mayReadVenues(session.value?.user ?? null));
  const visible = ref(true);
  const loaded = useLoaded<VenueSummary[]>({
    key: () => session.value?.token,
    load: (signal) => {
      const asked = session.value;
      return asked && permitted.value ? fetchVenues({ token: asked.token, signal }) : null;
    },
    onTokenRefused,
  });
  // Another user starts afresh: the layer on and none of the previous user's venues (the open panel follows the list, stores/navigation.ts).
  watch(
    () => session.value?.token,
    () => {
      loaded.reset();
      visible.value = true;
    },
  );
  return { permitted, venues: loaded.data, loading: loaded.loading, error: loaded.error, visible, reload: loaded.reload };
}
