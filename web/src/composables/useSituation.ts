import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import { fetchSituation, publishSituation, saveSituationDraft, type Situation } from '../api/situations';
import type { Session } from '../auth/session';
import { useLoaded } from './useLoaded';
import { compareWeeks, type IsoWeek } from '@tk/time';
import { comparisonWeeks } from '../utils/situation';

/** A failure as the web shows it (translated by i18n/refusal.ts). */
export type SituationError = Refusal;

export interface SituationState {
  situation: ShallowRef<Situation | null>;
  loading: Ref<boolean>;
  error: ShallowRef<SituationError | null>;
  /** A save or publish under way: the buttons wait for it. */
  busy: Ref<boolean>;
  /** What the server said about the last save or publish; the text field keeps what was typed. */
  writeError: ShallowRef<SituationError | null>;
  /** The four weeks of "Jämför veckor", oldest first, once asked for. */
  comparison: ShallowRef<{ weeks: IsoWeek[]; situations: (Situation | null)[] } | null>;
  comparing: Ref<boolean>;
  reload: () => Promise<void>;
  save: (text: string) => Promise<boolean>;
  publish: () => Promise<boolean>;
  compare: () => Promise<void>;
}

const toError = (cause: unknown): SituationError =>
  toRefusal(cause);

/**
 * The lägesbild of one district and week, fetched again when either (or the user) changes. As for
 * the districts, a refused token calls `onTokenRefused`; other failures are kept to show.
 */
export function useSituation(
  session: Readonly<Ref<Session | null>>,
  districtId: Readonly<Ref<string | null>>,
  week: Readonly<Ref<IsoWeek>>,
  onTokenRefused: () => void,
): SituationState {
  const busy = ref(false);
  const writeError = shallowRef<SituationError | null>(null);
  const comparison = shallowRef<SituationState['comparison']['value']>(null);
  const comparing = ref(false);
  const loaded = useLoaded<Situation>({
    key: () => [session.value?.token, districtId.value, week.value.label],
    load: (signal) => {
      const token = session.value?.token;
      const id = districtId.value;
      // Another district's or week's picture must never stand in for this one.
      comparison.value = null;
      writeError.value = null;
      return token && id ? fetchSituation(week.value, id, { token, signal }) : null;
    },
    onTokenRefused,
    clear: 'asking',
  });
  const { data: situation, error } = loaded;

  const fail = (cause: unknown, into: ShallowRef<SituationError | null>): void => {
    if (isUnauthenticated(cause)) return onTokenRefused();
    into.value = toError(cause);
  };

  /** Runs a save or publish; the answer replaces the shown picture unless the user moved on meanwhile. */
  const write = async (run: (token: string, id: string, asked: IsoWeek) => Promise<Situation>): Promise<boolean> => {
    const token = session.value?.token;
    const id = districtId.value;
    if (!token || !id || busy.value) return false;
    const asked = week.value;
    busy.value = true;
    writeError.value = null;
    try {
      const answer = await run(token, id, asked);
      if (districtId.value === id && compareWeeks(week.value, asked) === 0) {
        situation.value = answer;
        comparison.value = null;
      }
      return true;
    } catch (cause) {
      fail(cause, writeError);
      return false;
    } finally {
      busy.value = false;
    }
  };

  const save = (text: string): Promise<boolean> =>
    write((token, id, asked) => saveSituationDraft(asked, id, text, { token }));
  const publish = (): Promise<boolean> => write((token, id, asked) => publishSituation(asked, id, { token }));

  /** The chosen week and the three before, each as published (frozen) or as a live draft. */
  const compare = async (): Promise<void> => {
    const token = session.value?.token;
    const id = districtId.value;
    if (!token || !id) return;
    const weeks = comparisonWeeks(week.value);
    comparing.value = true;
    try {
      // One week that fails leaves a gap in its column, not an empty comparison.
      const situations = await Promise.all(
        weeks.map((w) =>
          fetchSituation(w, id, { token }).catch((cause: unknown) => {
            if (isUnauthenticated(cause)) throw cause;
            return null;
          }),
        ),
      );
      if (districtId.value === id && compareWeeks(week.value, weeks[weeks.length - 1]!) === 0) comparison.value = { weeks, situations };
    } catch (cause) {
      fail(cause, error);
    } finally {
      comparing.value = false;
    }
  };

  return { situation, loading: loaded.loading, error, busy, writeError, comparison, comparing, reload: loaded.reload, save, publish, compare };
}
