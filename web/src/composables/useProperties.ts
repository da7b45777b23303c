import { computed, shallowRef, watch, type ComputedRef, type Ref, type ShallowRef } from 'vue';
import type { Refusal } from '../api/client';
import { fetchOwnProperties, type OwnProperty } from '../api/properties';
import { ownPropertiesOwner } from '../auth/permissions';
import type { Session } from '../auth/session';
import { appNow } from '../utils/clock';
import { useLoaded } from './useLoaded';

/** How far back a property's reports are listed. */
export const PROPERTY_REPORT_DAYS = 365;

export interface PropertiesState {
  /** The owner the user speaks for; null: no property view for this role. */
  owner: ComputedRef<string | null>;
  properties: ShallowRef<OwnProperty[] | null>;
  loading: Ref<boolean>;
  error: ShallowRef<Refusal | null>;
  /** The first day whose reports are listed (the last PROPERTY_REPORT_DAYS days). */
  since: ComputedRef<Date>;
  reload: () => Promise<void>;
  /** The property the map is asked to show (a new object each time, so the same one can be asked again). */
  shown: ShallowRef<{ id: string } | null>;
  show: (id: string) => void;
}

/** A property owner's own properties, drawn on the map and listed with what was reported on them. */
export function useProperties(session: Readonly<Ref<Session | null>>, onTokenRefused: () => void): PropertiesState {
  const owner = computed(() => ownPropertiesOwner(session.value?.user ?? null));
  const since = computed(() => new Date(appNow().getTime() - PROPERTY_REPORT_DAYS * 86_400_000));
  const loaded = useLoaded<OwnProperty[]>({
    key: () => session.value?.token,
    load: (signal) => {
      const asked = session.value;
      return asked && owner.value ? fetchOwnProperties(owner.value, since.value, { token: asked.token, signal }) : null;
    },
    onTokenRefused,
  });
  const shown = shallowRef<{ id: string } | null>(null);
  watch(() => session.value?.token, () => {
    loaded.reset();
    shown.value = null;
  });
  return { owner, properties: loaded.data, loading: loaded.loading, error: loaded.error, since, reload: loaded.reload, shown, show: (id) => (shown.value = { id }) };
}
