import { computed, type WritableComputedRef } from 'vue';
import { createI18n } from 'vue-i18n';
import type { AppLocale } from '../utils/format';
import { en } from './en';
import { sv, type Messages } from './sv';

export const LOCALES: readonly AppLocale[] = ['sv', 'en'];
const STORAGE_KEY = 'tk.locale';

function isAppLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The remembered choice; storage can be blocked (private mode, policies), which must not break the app. */
function storedLocale(): AppLocale | null {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return isAppLocale(value) ? value : null;
  } catch {
    return null;
  }
}

function rememberLocale(locale: AppLocale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Not remembering the language is acceptable; failing to switch it is not.
  }
}

export const i18n = createI18n<[Messages], AppLocale, false>({
  legacy: false,
  locale: storedLocale() ?? 'sv',
  fallbackLocale: 'sv',
  messages: { sv, en },
});

document.documentElement.lang = i18n.global.locale.value;

/** The UI language, kept in step with <html lang> and localStorage. */
export const appLocale: WritableComputedRef<AppLocale> = computed({
  get: () => i18n.global.locale.value,
  set: (locale) => {
    i18n.global.locale.value = locale;
    document.documentElement.lang = locale;
    rememberLocale(locale);
  },
});
