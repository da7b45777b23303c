import { computed, watch, type ComputedRef, type Ref } from 'vue';
import type { Refusal } from '../api/client';
import { fetchDistricts, INCIDENT_WINDOW_DAYS, NOTHING_PERMITTED, publicOnly, type District, type PartStatus } from '../api/districts';
import type { DataPart } from '../auth/permissions';
import type { Session } from '../auth/session';
import { appNow } from '../utils/clock';
import { useLoaded } from './useLoaded';
import { swedishDaysBefore, type Span } from '@tk/time';

interface DistrictsAnswer {
  districts: readonly District[];
  parts: Readonly<Record<DataPart, PartStatus>>;
  period: Span;
}

export interface DistrictsState {
  districts: ComputedRef<readonly District[]>;
  /** How each restricted part fared for the current user. */
  parts: ComputedRef<Readonly<Record<DataPart, PartStatus>>>;
  loading: Ref<boolean>;
  error: Ref<Refusal | null>;
  /** The period the incident counts cover, fixed when the data was asked for. */
  period: ComputedRef<Span | null>;
  reload: () => Promise<void>;
}

/**
 * The districts as the current user may see them, fetched again whenever the user changes. A token
 * the server refuses calls `onTokenRefused` (which signs out) instead of showing an error.
 */
export function useDistricts(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): DistrictsState {
  const loaded = useLoaded<DistrictsAnswer>({
    load: (signal) => {
      const asked = session.value;
      const now = appNow();
      return fetchDistricts(now, { user: asked?.user ?? null, token: asked?.token ?? null }, signal).then((answer) => ({
        ...answer,
        // The same window fetchDistricts asked for, from the same `now`.
        period: swedishDaysBefore(now, INCIDENT_WINDOW_DAYS),
      }));
    },
    // Signed out, a refusal is an error to show; signed in, the token was refused.
    onTokenRefused: () => (session.value ? onTokenRefused() : undefined),
    // The map keeps its districts while a new count fails.
    clear: 'never',
  });
  const { data } = loaded;

  // Another user must not see the previous one's figures, not even while the new ones load.
  watch(
    () => session.value?.token,
    () => {
      if (data.value) data.value = { ...data.value, districts: data.value.districts.map(publicOnly), parts: NOTHING_PERMITTED };
      void loaded.reload();
    },
  );
  void loaded.reload();
  return {
    districts: computed(() => data.value?.districts ?? []),
    parts: computed(() => data.value?.parts ?? NOTHING_PERMITTED),
    loading: loaded.loading,
    error: loaded.error,
    period: computed(() => data.value?.period ?? null),
    reload: loaded.reload,
  };
}
