import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { ApiError, isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchVenueDetails, recordInspection, type InspectionInput, type VenueDetails, type VenueSummary } from '../api/venues';
import type { Session } from '../auth/session';


export interface VenueDetailsState {
  details: ShallowRef<VenueDetails | null>;
  loading: Ref<boolean>;
  error: ShallowRef<Refusal | null>;
  /** An inspection being recorded: the form waits for it. */
  busy: Ref<boolean>;
  /** The server's refusal of the last inspection, with the input field it names. */
  refusal: ShallowRef<Refusal | null>;
  reload: () => Promise<void>;
  /** Records an inspection, then fetches the venue again (inspections, score); true when it was stored. */
  record: (input: InspectionInput) => Promise<boolean>;
}

/**
 * One venue's details for its panel, fetched again when another venue is opened or the user changes.
 * After an inspection is recorded the details are asked for again and `onRecorded` hears of it, so
 * that the list and the map follow (the score and the ring change).
 */
export function useVenueDetails(
  session: Readonly<Ref<Session | null>>,
  summary: Readonly<Ref<VenueSummary | null>>,
  onRecorded: () => void,
  onTokenRefused: () => void,
): VenueDetailsState {
  const details = shallowRef<VenueDetails | null>(null);
  const loading = ref(false);
  const error = shallowRef<Refusal | null>(null);
  const busy = ref(false);
  const refusal = shallowRef<Refusal | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const token = session.value?.token;
    const asked = summary.value;
    // Another venue's details must never stand in for this one's.
    if (details.value?.id !== asked?.id) details.value = null;
    error.value = null;
    if (!token || !asked?.id) {
      loading.value = false;
      return;
    }
    const current = (controller = new AbortController());
    loading.value = true;
    try {
      const answer = await fetchVenueDetails(asked, { token, signal: current.signal });
      if (!answer) throw new ApiError('The venue is no longer listed', 'NOT_FOUND');
      details.value = answer;
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  const record = async (input: InspectionInput): Promise<boolean> => {
    const token = session.value?.token;
    const id = summary.value?.id;
    if (!token || !id || busy.value) return false;
    busy.value = true;
    refusal.value = null;
    try {
      await recordInspection(id, input, { token });
    } catch (cause) {
      if (isUnauthenticated(cause)) onTokenRefused();
      else refusal.value = toRefusal(cause);
      return false;
    } finally {
      busy.value = false;
    }
    onRecorded();
    await reload();
    return true;
  };

  watch([() => session.value?.token, () => summary.value?.id], () => {
    refusal.value = null;
    void reload();
  }, { immediate: true });
  onScopeDispose(() => controller?.abort());
  return { details, loading, error, busy, refusal, reload, record };
}
