import { onBeforeUnmount, ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { fetchDistricts, INCIDENT_WINDOW_DAYS, type District } from '../api/districts';
import { daysBefore } from '../utils/dates';

export interface DistrictsState {
  districts: ShallowRef<readonly District[]>;
  loading: Ref<boolean>;
  error: Ref<string | null>;
  /** The period the incident counts cover, fixed when the data was asked for. */
  period: ShallowRef<{ from: Date; to: Date } | null>;
  reload: () => Promise<void>;
}

export function useDistricts(): DistrictsState {
  const districts = shallowRef<readonly District[]>([]);
  const loading = ref(false);
  const error = ref<string | null>(null);
  const period = shallowRef<{ from: Date; to: Date } | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const current = (controller = new AbortController());
    const now = new Date();
    loading.value = true;
    error.value = null;
    try {
      districts.value = await fetchDistricts(now, current.signal);
      period.value = { from: daysBefore(now, INCIDENT_WINDOW_DAYS), to: now };
    } catch (cause) {
      if (current.signal.aborted) return;
      error.value = cause instanceof Error ? cause.message : String(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };

  onBeforeUnmount(() => controller?.abort());
  void reload();
  return { districts, loading, error, period, reload };
}
