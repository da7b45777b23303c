import { onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { ApiError, isUnauthenticated, toRefusal, type Refusal } from '../api/client';

export interface Loaded<T, E = Refusal> {
  /** The last answer; writable, so that a save can put its answer in at once. */
  data: ShallowRef<T | null>;
  loading: Ref<boolean>;
  error: ShallowRef<E | null>;
  /** Asks again now, dropping any answer still on its way. */
  reload: () => Promise<void>;
  /** Forgets the answer and the error (another user starts afresh); a question on its way still lands. */
  reset: () => void;
}

/**
 * When an answer stops being shown: when a question fails (a week that failed shows nothing rather
 * than the previous week), when a new question is asked, when the key changes, or never (the
 * districts stay on the map while a new count fails).
 */
export type ClearWhen = 'failed' | 'asking' | 'keyChanged' | 'never';

export interface LoadOptions<T, E = Refusal> {
  /** Asks again whenever this changes (and at once); without it only `reload` asks. */
  key?: () => unknown;
  /** The question, or null when there is nothing to ask this user now. */
  load: (signal: AbortSignal) => Promise<T> | null;
  /** A token the server refuses signs the user out instead of showing an error. */
  onTokenRefused: () => void;
  clear?: ClearWhen;
  /** Nothing to ask (a layer turned off) keeps the last answer for when there is again. */
  keepWhileIdle?: boolean;
  /** The failure as the web shows it; the API's refusal (toRefusal) unless another source says otherwise. */
  toError?: (cause: unknown) => E;
}

/** A key of several parts is the same when every part is (the parts' own objects may be new). */
const sameKey = (now: unknown, before: unknown): boolean =>
  Array.isArray(now) && Array.isArray(before) && now.length === before.length && now.every((part, i) => Object.is(part, before[i]));

/**
 * The one fetch cycle of the web: a question at a time (an answer that arrives after a newer
 * question is dropped), loading and error state, a refused token, and the question given up when
 * the component or scope that asked goes away.
 */
export function useLoaded<T, E = Refusal>(options: LoadOptions<T, E>): Loaded<T, E> {
  const { clear = 'failed' } = options;
  // Without toError, E is the default Refusal.
  const toError = options.toError ?? (toRefusal as (cause: unknown) => E);
  const data = shallowRef<T | null>(null);
  const loading = ref(false);
  const error = shallowRef<E | null>(null);
  let controller: AbortController | null = null;

  const reload = async (): Promise<void> => {
    controller?.abort();
    const current = (controller = new AbortController());
    if (clear === 'asking') data.value = null;
    error.value = null;
    const pending = options.load(current.signal);
    if (!pending) {
      controller = null;
      if (!options.keepWhileIdle) data.value = null;
      loading.value = false;
      return;
    }
    loading.value = true;
    try {
      const answer = await pending;
      // Not every question stops when aborted (an answer already read): a newer question's answer wins.
      if (current.signal.aborted) return;
      data.value = answer;
    } catch (cause) {
      if (current.signal.aborted) return;
      if (isUnauthenticated(cause)) return options.onTokenRefused();
      if (clear !== 'never' && clear !== 'keyChanged') data.value = null;
      error.value = toError(cause);
    } finally {
      if (controller === current) loading.value = false;
    }
  };
  const reset = (): void => {
    data.value = null;
    error.value = null;
  };
  if (options.key) {
    watch(options.key, (now, before) => {
      if (sameKey(now, before)) return;
      if (clear === 'keyChanged') data.value = null;
      void reload();
    }, { immediate: true });
  }
  onScopeDispose(() => controller?.abort());
  return { data, loading, error, reload, reset };
}

export interface ListedDetailsOptions<S, D> {
  session: Readonly<Ref<{ token: string } | null>>;
  /** The item opened from a list (a measure, a venue), or null. */
  summary: Readonly<Ref<S | null>>;
  fetch: (summary: S, options: { token: string; signal: AbortSignal }) => Promise<D | null>;
  /** What the item is, for the error when it is no longer listed. */
  what: string;
  onTokenRefused: () => void;
  /** Runs before each question (a form's last refusal is cleared). */
  onAsk: () => void;
}

/**
 * The details of an item opened from a list, asked for again when another item is opened or the
 * user changes. Another item's details never stand in for this one's; the same item's stay while
 * they are asked for again.
 */
export function useListedDetails<S extends { id?: string | null }, D>(options: ListedDetailsOptions<S, D>): Loaded<D> {
  const { session, summary } = options;
  return useLoaded<D>({
    key: () => [session.value?.token, summary.value?.id],
    load: (signal) => {
      const token = session.value?.token;
      const asked = summary.value;
      options.onAsk();
      if (!token || !asked?.id) return null;
      return options.fetch(asked, { token, signal }).then((answer) => {
        if (!answer) throw new ApiError(`The ${options.what} is no longer listed`, 'NOT_FOUND');
        return answer;
      });
    },
    onTokenRefused: options.onTokenRefused,
    clear: 'keyChanged',
  });
}
