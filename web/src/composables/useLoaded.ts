import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';

export interface Loaded<T> {
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  error: Ref<Refusal | null>;
  reload: () => Promise<void>;
}

/**
 * Fetches again whenever `key` changes, dropping an answer that arrives after a newer question.
 * `load` answering null means "nothing to ask for this user".
 */
export function useLoaded<T>(key: () => unknown, load: (signal: AbortSignal) => Promise<T> | null, onTokenRefused: () => void): Loaded<T> {
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = shallowRef<Refusal | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const current = (controller = new AbortController());
    const pending = load(current.signal);
    if (!pending) {
      data.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    error.value = null;
    try {
      data.value = await pending;
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return onTokenRefused();
      data.value = null;
      error.value = toRefusal(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };
  watch(key, () => void reload(), { immediate: true });
  onScopeDispose(() => controller?.abort());
  return { data, loading, error, reload };
}
