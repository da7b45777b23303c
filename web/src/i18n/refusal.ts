import { useI18n } from 'vue-i18n';
import { toRefusal, type Refusal } from '../api/client';
import { formatCount, type AppLocale } from '../utils/format';

/** The parts of vue-i18n's composer the translator needs (so a test can pass i18n.global). */
export interface Translator {
  t: (key: string, named?: Record<string, unknown>) => string;
  te: (key: string) => boolean;
  locale: { value: string };
}

const isRefusal = (value: unknown): value is Refusal =>
  typeof value === 'object' && value !== null && typeof (value as Refusal).code === 'string' && 'reason' in value && 'field' in value;

/** "indicators[2].name" and "camera.rangeM" as message keys: no indices, dots as underscores. */
const fieldKey = (field: string): string => field.replace(/\[\d+\]/g, '').replace(/\./g, '_');

/**
 * A refusal (or any failure) in the user's language, from the message catalogue only: the field's
 * own words for its reason, else the reason's, else the code's, else the generic text. The
 * server's message is never used: it is English and written for developers.
 */
export function refusalText(i18n: Translator, failure: unknown): string {
  const refusal = isRefusal(failure) ? failure : toRefusal(failure);
  const { code, reason, field, min, max } = refusal;
  const locale = (i18n.locale.value === 'en' ? 'en' : 'sv') as AppLocale;
  const bounds = {
    ...(min === undefined ? {} : { min: formatCount(min, locale) }),
    ...(max === undefined ? {} : { max: formatCount(max, locale) }),
  };
  if (reason) {
    const own = field ? `refusal.field.${fieldKey(field)}.${reason}` : null;
    if (own && i18n.te(own)) return i18n.t(own, bounds);
    // A sentence with a number in it needs the number; without it, the sentence without one.
    const needs = reason === 'out_of_range' ? min !== undefined && max !== undefined : reason === 'too_long' ? max !== undefined : reason === 'too_short' ? min !== undefined : true;
    const key = needs ? `refusal.reason.${reason}` : `refusal.reason.${reason}Bare`;
    if (i18n.te(key)) return i18n.t(key, bounds);
  }
  if (i18n.te(`refusal.code.${code}`)) return i18n.t(`refusal.code.${code}`);
  return i18n.t('refusal.fallback');
}

/** refusalText with the component's i18n. */
export function useRefusalText(): (failure: unknown) => string {
  const { t, te, locale } = useI18n();
  return (failure) => refusalText({ t: (key, named) => (named ? t(key, named) : t(key)), te: (key) => te(key), locale }, failure);
}
