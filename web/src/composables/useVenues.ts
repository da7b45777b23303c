import { computed, onScopeDispose, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchVenues, type VenueSummary } from '../api/venues';
import { mayReadVenues } from '../auth/permissions';
import type { Session } from '../auth/session';

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
  /** The venue whose panel is open. */
  selectedId: Ref<string | null>;
  /** Asks again, e.g. after an inspection changed a score; the list stays on screen meanwhile. */
  reload: () => Promise<void>;
}

/** The venues the user may see, for the map and the supervision lists, fetched again when the user changes. */
export function useVenues(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): VenuesState {
  const permitted = computed(() => mayReadVenues(session.value?.user ?? null));
  const venues = shallowRef<VenueSummary[] | null>(null);
  const loading = ref(false);
  const error = shallowRef<VenuesError | null>(null);
  const visible = ref(true);
  const selectedId = ref<string | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const asked = session.value;
    if (!asked || !permitted.value) {
      controller = null;
      venues.value = null;
      loading.value = false;
      return;
    }
    const current = (controller = new AbortController());
    loading.value = true;
    error.value = null;
    try {
      venues.value = await fetchVenues({ token: asked.token, signal: current.signal });
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      venues.value = null;
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  // Another user starts afresh: none of the previous user's venues, no panel open.
  watch(
    () => session.value?.token,
    () => {
      venues.value = null;
      error.value = null;
      visible.value = true;
      selectedId.value = null;
      void reload();
    },
  );
  onScopeDispose(() => controller?.abort());
  void reload();
  return { permitted, venues, loading, error, visible, selectedId, reload };
}
