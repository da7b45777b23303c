import { ref, shallowRef, type Ref, type ShallowRef } from 'vue';
import { isUnauthenticated, toRefusal, type Refusal } from '../api/client';
import {
  changeMeasureStatus, fetchMeasureDetails, inputWithEdit, inputWithPermit, updateMeasure, withdrawMeasure,
  type CameraPermitState, type MeasureDetails, type MeasureEdit, type MeasureStatus, type MeasureSummary,
} from '../api/measures';
import type { Session } from '../auth/session';
import { useListedDetails } from './useLoaded';


export interface MeasureDetailsState {
  details: ShallowRef<MeasureDetails | null>;
  loading: Ref<boolean>;
  error: ShallowRef<Refusal | null>;
  /** A step under way: the buttons wait for it. */
  busy: Ref<boolean>;
  /** What the server said about the last step, e.g. a camera without a granted permit. */
  refusal: ShallowRef<Refusal | null>;
  reload: () => Promise<void>;
  changeStatus: (status: MeasureStatus) => Promise<boolean>;
  /** Records a camera's permit (e.g. granted), which it needs before work on it starts. */
  setPermit: (permit: CameraPermitState) => Promise<boolean>;
  /** Saves new words, who, cost, lighting or camera hours; the place and kind stay. */
  edit: (changes: MeasureEdit) => Promise<boolean>;
  /** Withdraws the measure with a reason; `onWithdrawn` hears of it. */
  withdraw: (reason: string) => Promise<boolean>;
}

/**
 * One measure's details for its panel, fetched again when another measure is opened or the user
 * changes. A step's answer replaces the details and is handed to `onChanged` (the list and the map).
 */
export function useMeasureDetails(
  session: Readonly<Ref<Session | null>>,
  summary: Readonly<Ref<MeasureSummary | null>>,
  onChanged: (measure: MeasureDetails) => void,
  onTokenRefused: () => void,
  onWithdrawn: (id: string) => void = () => undefined,
): MeasureDetailsState {
  const busy = ref(false);
  const refusal = shallowRef<Refusal | null>(null);
  const loaded = useListedDetails({ session, summary, fetch: fetchMeasureDetails, what: 'measure', onTokenRefused, onAsk: () => (refusal.value = null) });
  const details = loaded.data;

  /** One write to the server, one at a time; its refusal is shown. */
  const write = async (work: (id: string, token: string, m: MeasureDetails) => Promise<void>): Promise<boolean> => {
    const token = session.value?.token;
    const current = details.value;
    const id = current?.id;
    if (!token || !id || !current || busy.value) return false;
    busy.value = true;
    refusal.value = null;
    try {
      await work(id, token, current);
      return true;
    } catch (cause) {
      if (isUnauthenticated(cause)) onTokenRefused();
      else refusal.value = toRefusal(cause);
      return false;
    } finally {
      busy.value = false;
    }
  };
  /** A change whose answer replaces the details and goes to the list and the map. */
  const send = (change: (id: string, token: string, m: MeasureDetails) => Promise<MeasureDetails>): Promise<boolean> =>
    write(async (id, token, m) => {
      const answer = await change(id, token, m);
      if (details.value?.id === id) details.value = answer;
      onChanged(answer);
    });
  const changeStatus = (status: MeasureStatus) => send((id, token) => changeMeasureStatus(id, status, { token }));
  const setPermit = (permit: CameraPermitState) => send((id, token, m) => updateMeasure(id, inputWithPermit(m, permit), { token }));
  const edit = (changes: MeasureEdit) => send((id, token, m) => updateMeasure(id, inputWithEdit(m, changes), { token }));
  const withdraw = (reason: string) =>
    write(async (id, token) => {
      await withdrawMeasure(id, reason, { token });
      onWithdrawn(id);
    });

  // The list's copy changes after a step too (status, kind): only another id or user asks again (the key above).
  return { details, loading: loaded.loading, error: loaded.error, busy, refusal, reload: loaded.reload, changeStatus, setPermit, edit, withdraw };
}
