import { computed, onScopeDispose, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchMeasureLayer, type MapViewBounds, type MeasureLayerData } from '../api/measureLayer';
import { fetchMeasures, type MeasureDetails, type MeasureSummary } from '../api/measures';
import { mayReadMeasures } from '../auth/permissions';
import type { Session } from '../auth/session';

export interface MeasuresState {
  /** The role may see measures (ACCESS.measureRead); else no layer, no list and no fetch. */
  permitted: ComputedRef<boolean>;
  /** Every measure the user may see, newest first; null while none have loaded. */
  measures: ShallowRef<MeasureSummary[] | null>;
  loading: Ref<boolean>;
  error: ShallowRef<Refusal | null>;
  /** The layer toggle; on by default for the roles that may see measures. */
  visible: Ref<boolean>;
  /** The measure whose panel is open. */
  selectedId: Ref<string | null>;
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
  const measures = shallowRef<MeasureSummary[] | null>(null);
  const loading = ref(false);
  const error = shallowRef<Refusal | null>(null);
  const visible = ref(true);
  const selectedId = ref<string | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const asked = session.value;
    if (!asked || !permitted.value) {
      controller = null;
      measures.value = null;
      loading.value = false;
      return;
    }
    const current = (controller = new AbortController());
    loading.value = true;
    error.value = null;
    try {
      measures.value = await fetchMeasures({ token: asked.token, signal: current.signal });
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      measures.value = null;
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

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

  // Another user starts afresh: the layer on, no panel open, and none of the previous user's measures.
  watch(
    () => session.value?.token,
    () => {
      measures.value = null;
      error.value = null;
      visible.value = true;
      selectedId.value = null;
      void reload();
    },
  );
  onScopeDispose(() => controller?.abort());
  void reload();
  return { permitted, measures, loading, error, visible, selectedId, reload, remember, forget, fetchLayer };
}
