import type { Ref, ShallowRef } from 'vue';
import type { Refusal } from '../api/client';
import { fetchWeeklyIncidents, type WeekCount } from '../api/trend';
import type { Session } from '../auth/session';
import { type IsoWeek } from '@tk/time';
import { useLoaded } from './useLoaded';

/** A failure as the web shows it (translated by i18n/refusal.ts). */
export type TrendError = Refusal;

export interface TrendState {
  /** The weeks as answered, with the week they end with; null while none have loaded. */
  trend: ShallowRef<{ lastWeek: IsoWeek; weeks: WeekCount[] } | null>;
  loading: Ref<boolean>;
  error: ShallowRef<TrendError | null>;
  reload: () => Promise<void>;
}

/**
 * The weekly incident counts of one district for the trend chart, fetched again when the district,
 * the week or the user changes. Every signed-in role may ask; the server hides the small weeks.
 */
export function useTrend(
  session: Readonly<Ref<Session | null>>,
  districtId: Readonly<Ref<string | null>>,
  week: Readonly<Ref<IsoWeek>>,
  onTokenRefused: () => void,
): TrendState {
  const loaded = useLoaded<NonNullable<TrendState['trend']['value']>>({
    key: () => [session.value?.token, districtId.value, week.value.label],
    load: (signal) => {
      const token = session.value?.token;
      const id = districtId.value;
      const lastWeek = week.value;
      if (!token || !id) return null;
      return fetchWeeklyIncidents(id, lastWeek, { token, signal }).then((weeks) => ({ lastWeek, weeks }));
    },
    onTokenRefused,
    // Another district's bars must never stand in for this one's.
    clear: 'asking',
  });
  return { trend: loaded.data, loading: loaded.loading, error: loaded.error, reload: loaded.reload };
}
