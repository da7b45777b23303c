import { computed, onScopeDispose, ref, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchPresence, type PresenceShift } from '../api/presence';
import { mayReadPresence } from '../auth/permissions';
import type { Session } from '../auth/session';
import { type IsoWeek } from '@tk/time';
import { shiftInWindow, WHOLE_DAY, type HourWindow } from '../utils/presenceHours';

/** A failure as the web shows it (translated by i18n/refusal.ts). */
export type PresenceError = Refusal;

export interface PresenceState {
  /** The role may see shifts (ACCESS.presenceRead); else no toggle, no layer and no fetch. */
  permitted: ComputedRef<boolean>;
  /** The week's shifts as answered, and the week they are of; null while none have loaded. */
  shifts: ShallowRef<{ week: IsoWeek; shifts: PresenceShift[] } | null>;
  /** The shifts that touch the chosen hours on some day of the week. */
  shown: ComputedRef<PresenceShift[] | null>;
  hours: Ref<HourWindow>;
  loading: Ref<boolean>;
  error: ShallowRef<PresenceError | null>;
  /** Off by default: presence is asked for only when the layer is turned on. */
  visible: Ref<boolean>;
  reload: () => Promise<void>;
}

/**
 * The shifts of presence in the picked week (the hot spot picker's), fetched when the layer is on
 * and again when the week or the user changes. A refused token calls `onTokenRefused`.
 */
export function usePresence(session: Readonly<Ref<Session | null>>, week: Readonly<Ref<IsoWeek>>, onTokenRefused: () => void): PresenceState {
  const permitted = computed(() => mayReadPresence(session.value?.user ?? null));
  const shifts = shallowRef<PresenceState['shifts']['value']>(null);
  const hours = ref<HourWindow>({ ...WHOLE_DAY });
  const loading = ref(false);
  const error = shallowRef<PresenceError | null>(null);
  const visible = ref(false);
  let controller: AbortController | null = null;

  const shown = computed(() => {
    const answer = shifts.value;
    if (!answer) return null;
    return answer.shifts.filter((shift) => !!shift.startsAt && !!shift.endsAt && shiftInWindow(shift.startsAt, shift.endsAt, hours.value));
  });

  const reload = async (): Promise<void> => {
    controller?.abort();
    const asked = session.value;
    const askedWeek = week.value;
    if (!asked || !permitted.value || !visible.value) {
      controller = null;
      loading.value = false;
      return;
    }
    const current = (controller = new AbortController());
    loading.value = true;
    error.value = null;
    try {
      shifts.value = { week: askedWeek, shifts: await fetchPresence(askedWeek, { token: asked.token, signal: current.signal }) };
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      // Another week's shifts must not stand in for a week that failed.
      shifts.value = null;
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  // Another user starts afresh: the layer off, the whole day, and none of the previous user's shifts.
  watch(
    () => session.value?.token,
    () => {
      controller?.abort();
      shifts.value = null;
      error.value = null;
      visible.value = false;
      hours.value = { ...WHOLE_DAY };
      loading.value = false;
    },
  );
  watch([() => week.value.label, visible], ([label, isVisible]) => {
    const loaded = shifts.value ? (shifts.value.week).label : null;
    if (isVisible && (loaded !== label || error.value)) void reload();
  });
  onScopeDispose(() => controller?.abort());
  return { permitted, shifts, shown, hours, loading, error, visible, reload };
}
