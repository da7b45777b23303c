import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchWeeklyIncidents, type WeekCount } from '../api/trend';
import type { Session } from '../auth/session';
import { type IsoWeek } from '@tk/time';

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
  const trend = shallowRef<TrendState['trend']['value']>(null);
  const loading = ref(false);
  const error = shallowRef<TrendError | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const token = session.value?.token;
    const id = districtId.value;
    const lastWeek = week.value;
    // Another district's bars must never stand in for this one's.
    trend.value = null;
    error.value = null;
    if (!token || !id) {
      loading.value = false;
      return;
    }
    const current = (controller = new AbortController());
    loading.value = true;
    try {
      trend.value = { lastWeek, weeks: await fetchWeeklyIncidents(id, lastWeek, { token, signal: current.signal }) };
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  watch([() => session.value?.token, districtId, () => week.value.label], () => void reload(), { immediate: true });
  onScopeDispose(() => controller?.abort());
  return { trend, loading, error, reload };
}
