import { computed, ref, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, type Refusal } from '../api/client';
import { fetchMeasureLayer, type MapViewBounds, type MeasureLayerData } from '../api/measureLayer';
import { fetchMeasures, type MeasureDetails, type MeasureSummary } from '../api/measures';
import { mayReadMeasures } from '../auth/permissions';
import type { Session } from '../auth/session';
import { useLoaded } from './useLoaded';

export interface MeasuresState {
  /** The role may see measures (ACCESS.measureRead); else no layer, no list and no fetch. */
  permitted: ComputedRef<boolean>;
  /** Every measure the user may see, newest first; null while none have loaded. */
  measures: ShallowRef<MeasureSummary[] | null>;
  loading: Ref<boolean>;
  error: ShallowRef<Refusal | null>;
  /** The layer toggle; on by default for the roles that may see measures. */
  visible: Ref<boolean>;
  reload: () => Promise<void>;
  /** A measure as a save or a step answered it, put in the list at once (new ones first). */
  remember: (measure: MeasureDetails) => void;
  /** A withdrawn measure, taken out of the list at once. */
  forget: (id: string) => void;
  /** The measures in a map view, as the signed-in user; a refused token signs out as elsewhere. */
  fetchLayer: (view: MapViewBounds, signal: AbortSignal) => Promise<MeasureLayerData>;
}

/**
 * The measures the user may see, for the map and the districts' lists, fetched again when the user
 * changes. As elsewhere, a refused token calls `onTokenRefused`; other failures are kept to show.
 */
export function useMeasures(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): MeasuresState {
  const permitted = computed(() => mayReadMeasures(session.value?.user ?? null));
  const visible = ref(true);
  const loaded = useLoaded<MeasureSummary[]>({
    key: () => session.value?.token,
    load: (signal) => {
      const asked = session.value;
      return asked && permitted.value ? fetchMeasures({ token: asked.token, signal }) : null;
    },
    onTokenRefused,
  });
  const measures = loaded.data;

  const fetchLayer = async (view: MapViewBounds, signal: AbortSignal): Promise<MeasureLayerData> => {
    try {
      return await fetchMeasureLayer(view, { token: session.value?.token ?? null, signal });
    } catch (cause) {
      if (!signal.aborted && isUnauthenticated(cause)) onTokenRefused();
      throw cause;
    }
  };

  const forget = (id: string): void => {
    if (measures.value) measures.value = measures.value.filter((m) => m.id !== id);
  };

  const remember = (measure: MeasureDetails): void => {
    if (!measure.id) return;
    const list = measures.value ?? [];
    const index = list.findIndex((m) => m.id === measure.id);
    measures.value = index < 0 ? [measure, ...list] : list.map((m, i) => (i === index ? measure : m));
  };

  // Another user starts afresh: the layer on and none of the previous user's measures.
  watch(
    () => session.value?.token,
    () => {
      loaded.reset();
      visible.value = true;
    },
  );
  return { permitted, measures, loading: loaded.loading, error: loaded.error, visible, reload: loaded.reload, remember, forget, fetchLayer };
}
