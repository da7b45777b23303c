import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchVenueDetails, recordInspection, type InspectionInput, type VenueDetails, type VenueSummary } from '../api/venues';
import type { Session } from '../auth/session';
import { useListedDetails } from './useLoaded';


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
  const busy = ref(false);
  const refusal = shallowRef<Refusal | null>(null);
  const loaded = useListedDetails({ session, summary, fetch: fetchVenueDetails, what: 'venue', onTokenRefused, onAsk: () => (refusal.value = null) });
  const details = loaded.data;

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
    await loaded.reload();
    return true;
  };

  return { details, loading: loaded.loading, error: loaded.error, busy, refusal, reload: loaded.reload, record };
}
