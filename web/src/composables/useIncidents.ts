import { computed, ref, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { Refusal } from '../api/client';
import { fetchIncidents, splitIncidents, type IncidentSplit } from '../api/incidents';
import { incidentDistrictFor, mayReadIncidents } from '../auth/permissions';
import type { Session } from '../auth/session';
import { type IsoWeek } from '@tk/time';
import { useLoaded } from './useLoaded';

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
  const visible = ref(true);
  const loaded = useLoaded<NonNullable<IncidentsState['split']['value']>>({
    key: () => [session.value?.token, week.value.label],
    load: (signal) => {
      const asked = session.value;
      const askedWeek = week.value;
      if (!asked || !permitted.value) return null;
      return fetchIncidents(askedWeek, incidentDistrictFor(asked.user), { token: asked.token, signal }).then((incidents) => ({ ...splitIncidents(incidents), week: askedWeek }));
    },
    onTokenRefused,
  });
  // Another user starts afresh: the layer on and none of the previous user's incidents.
  watch(
    () => session.value?.token,
    () => {
      loaded.reset();
      visible.value = true;
    },
  );
  return { permitted, split: loaded.data, loading: loaded.loading, error: loaded.error, visible, reload: loaded.reload };
}
