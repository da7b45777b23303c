import { nextTick, watch, type Ref } from 'vue';
import type { Refusal } from '../api/client';
import { focusFirstInvalid } from '../utils/formChecks';

/**
 * Each new refusal of a form (its own check or the server's) moves focus to the first field
 * marked invalid, or to the form's alert when the refusal names no field it shows.
 */
export function useRefusalFocus(refusal: () => Refusal | null, form: Ref<HTMLElement | null>, alert: Ref<HTMLElement | null>): void {
  watch(refusal, (now) => {
    if (now) void nextTick(() => focusFirstInvalid(form.value, alert.value));
  });
}
