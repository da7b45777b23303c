import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchDistricts, INCIDENT_WINDOW_DAYS, NOTHING_PERMITTED, publicOnly, type District, type PartStatus } from '../api/districts';
import type { DataPart } from '../auth/permissions';
import type { Session } from '../auth/session';
import { appNow } from '../utils/clock';
import { swedishDaysBefore, type Span } from '@tk/time';

export interface DistrictsState {
  districts: ShallowRef<readonly District[]>;
  /** How each restricted part fared for the current user. */
  parts: ShallowRef<Readonly<Record<DataPart, PartStatus>>>;
  loading: Ref<boolean>;
  error: Ref<Refusal | null>;
  /** The period the incident counts cover, fixed when the data was asked for. */
  period: ShallowRef<Span | null>;
  reload: () => Promise<void>;
}

/**
 * The districts as the current user may see them, fetched again whenever the user changes. A token
 * the server refuses calls `onTokenRefused` (which signs out) instead of showing an error.
 */
export function useDistricts(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): DistrictsState {
  const districts = shallowRef<readonly District[]>([]);
  const parts = shallowRef<Readonly<Record<DataPart, PartStatus>>>(NOTHING_PERMITTED);
  const loading = ref(false);
  const error = shallowRef<Refusal | null>(null);
  const period = shallowRef<Span | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const current = (controller = new AbortController());
    const asked = session.value;
    const now = appNow();
    loading.value = true;
    error.value = null;
    try {
      const data = await fetchDistricts(now, { user: asked?.user ?? null, token: asked?.token ?? null }, current.signal);
      districts.value = data.districts;
      parts.value = data.parts;
      // The same window fetchDistricts asked for, from the same `now`.
      period.value = swedishDaysBefore(now, INCIDENT_WINDOW_DAYS);
    } catch (cause) {
      if (current.signal.aborted) return;
      if (asked && isUnauthenticated(cause)) return onTokenRefused();
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  // Another user must not see the previous one's figures, not even while the new ones load.
  watch(
    () => session.value?.token,
    () => {
      districts.value = districts.value.map(publicOnly);
      parts.value = NOTHING_PERMITTED;
      void reload();
    },
  );

  onBeforeUnmount(() => controller?.abort());
  void reload();
  return { districts, parts, loading, error, period, reload };
}
