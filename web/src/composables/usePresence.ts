import { computed, ref, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { Refusal } from '../api/client';
import { fetchPresence, type PresenceShift } from '../api/presence';
import { mayReadPresence } from '../auth/permissions';
import type { Session } from '../auth/session';
import { type IsoWeek } from '@tk/time';
import { shiftInWindow, WHOLE_DAY, type HourWindow } from '../utils/presenceHours';
import { useLoaded } from './useLoaded';

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
  const hours = ref<HourWindow>({ ...WHOLE_DAY });
  const visible = ref(false);
  // Asked for only when the layer is on; turned off, the week's shifts stay for when it comes back.
  const loaded = useLoaded<{ week: IsoWeek; shifts: PresenceShift[] }>({
    load: (signal) => {
      const asked = session.value;
      const askedWeek = week.value;
      if (!asked || !permitted.value || !visible.value) return null;
      return fetchPresence(askedWeek, { token: asked.token, signal }).then((shifts) => ({ week: askedWeek, shifts }));
    },
    onTokenRefused,
    keepWhileIdle: true,
  });
  const shifts = loaded.data;
  const shown = computed(() => {
    const answer = shifts.value;
    if (!answer) return null;
    return answer.shifts.filter((shift) => !!shift.startsAt && !!shift.endsAt && shiftInWindow(shift.startsAt, shift.endsAt, hours.value));
  });

  // Another user starts afresh: the layer off, the whole day, and none of the previous user's shifts.
  watch(
    () => session.value?.token,
    () => {
      visible.value = false;
      hours.value = { ...WHOLE_DAY };
      // Nothing to ask with the layer off: this drops a question on its way, then the answer goes.
      void loaded.reload();
      loaded.reset();
    },
  );
  watch([() => week.value.label, visible], ([label, isVisible]) => {
    if (isVisible && (shifts.value?.week.label !== label || loaded.error.value)) void loaded.reload();
  });
  return { permitted, shifts, shown, hours, loading: loaded.loading, error: loaded.error, visible, reload: loaded.reload };
}
