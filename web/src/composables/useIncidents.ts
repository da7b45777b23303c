import { computed, onScopeDispose, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchIncidents, splitIncidents, type IncidentSplit } from '../api/incidents';
import { incidentDistrictFor, mayReadIncidents } from '../auth/permissions';
import type { Session } from '../auth/session';
import { type IsoWeek } from '@tk/time';

/** A failure as the web shows it (translated by i18n/refusal.ts). */
export type IncidentsError = Refusal;

export interface IncidentsState {
  /** The role may ask for single incidents (ACCESS.incidentRead); else no toggle and no fetch. */
  permitted: ComputedRef<boolean>;
  /** The week's incidents, split into points, district badges and the list without a place. */
  split: ShallowRef<(IncidentSplit & { week: IsoWeek }) | null>;
  loading: Ref<boolean>;
  error: ShallowRef<IncidentsError | null>;
  /** The layer toggle; on by default for the roles that may see incidents. */
  visible: Ref<boolean>;
  reload: () => Promise<void>;
}

/**
 * The single incidents of the picked week (the hot spot picker's), fetched again when the user or the
 * week changes. As elsewhere, a refused token calls `onTokenRefused`; other failures are kept.
 */
export function useIncidents(session: Readonly<Ref<Session | null>>, week: Readonly<Ref<IsoWeek>>, onTokenRefused: () => void): IncidentsState {
  const permitted = computed(() => mayReadIncidents(session.value?.user ?? null));
  const split = shallowRef<IncidentsState['split']['value']>(null);
  const loading = ref(false);
  const error = shallowRef<IncidentsError | null>(null);
  const visible = ref(true);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const asked = session.value;
    const askedWeek = week.value;
    if (!asked || !permitted.value) {
      controller = null;
      split.value = null;
      loading.value = false;
      return;
    }
    const current = (controller = new AbortController());
    loading.value = true;
    error.value = null;
    try {
      const incidents = await fetchIncidents(askedWeek, incidentDistrictFor(asked.user), { token: asked.token, signal: current.signal });
      split.value = { ...splitIncidents(incidents), week: askedWeek };
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      // Another week's points must not stand in for a week that failed.
      split.value = null;
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  // Another user starts afresh: the layer on and none of the previous user's incidents.
  watch(
    () => session.value?.token,
    () => {
      split.value = null;
      error.value = null;
      visible.value = true;
      void reload();
    },
  );
  watch(() => week.value.label, () => void reload());
  onScopeDispose(() => controller?.abort());
  void reload();
  return { permitted, split, loading, error, visible, reload };
}
