import { computed, ref, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { Refusal } from '../api/client';
import { fetchHotspots, type HotspotAnalysis } from '../api/hotspots';
import { mayReadHotspots, mayReadPresence } from '../auth/permissions';
import type { Session } from '../auth/session';
import { appNow } from '../utils/clock';
import { useLoaded } from './useLoaded';
import { addWeeks, compareWeeks, isoWeekAt, lastCompleteWeek, type IsoWeek } from '@tk/time';

/** A failure as the web shows it (translated by i18n/refusal.ts). */
export type HotspotError = Refusal;

export interface HotspotsState {
  /** The role may ask for hot spots; without it no controls are shown and nothing is fetched. */
  permitted: ComputedRef<boolean>;
  /** The week picked; the analysis below may still be the previous week's while this one loads. */
  week: Ref<IsoWeek>;
  /** The current week in Swedish time: the picker stops there. */
  latestWeek: ComputedRef<IsoWeek>;
  analysis: ShallowRef<HotspotAnalysis | null>;
  loading: Ref<boolean>;
  error: ShallowRef<HotspotError | null>;
  /** The layer toggle; on by default for the roles that may see hot spots. */
  visible: Ref<boolean>;
  stepWeek: (delta: -1 | 1) => void;
  reload: () => Promise<void>;
}

/**
 * The hot spot analysis of the picked week for the current user, fetched again when the user or the
 * week changes. A token the server refuses calls `onTokenRefused` (which signs out), as for the
 * districts; any other failure is kept as an error to show beside the controls.
 */
export function useHotspots(
  session: Readonly<Ref<Session | null>>,
  onTokenRefused: () => void,
  now: () => Date = appNow,
): HotspotsState {
  const permitted = computed(() => mayReadHotspots(session.value?.user ?? null));
  const week = ref<IsoWeek>(lastCompleteWeek(now()));
  // Read when the picker renders; a page left open over a weekend then still reaches the new week.
  const latestWeek = computed(() => {
    void week.value;
    return isoWeekAt(now());
  });
  const visible = ref(true);
  const loaded = useLoaded<HotspotAnalysis>({
    key: () => [session.value?.token, week.value.label],
    load: (signal) => {
      const asked = session.value;
      if (!asked || !permitted.value) return null;
      return fetchHotspots(week.value, { token: asked.token, signal }, mayReadPresence(asked.user));
    },
    onTokenRefused,
    // Last week's cells must not stand in for a week that failed; the shown week stays while the next loads.
    keepWhileIdle: true,
  });

  const stepWeek = (delta: -1 | 1): void => {
    const next = addWeeks(week.value, delta);
    if (compareWeeks(next, latestWeek.value) <= 0) week.value = next;
  };

  // Another user starts afresh: their own default week, the layer on, and none of the previous cells.
  watch(
    () => session.value?.token,
    () => {
      loaded.reset();
      visible.value = true;
      week.value = lastCompleteWeek(now());
    },
  );
  return { permitted, week, latestWeek, analysis: loaded.data, loading: loaded.loading, error: loaded.error, visible, stepWeek, reload: loaded.reload };
}
