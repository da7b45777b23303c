import { formatCount, type AppLocale } from '../utils/format';
import type { CountDisplay } from '../utils/incidentCount';

/** A translate function as useI18n() gives one; passed in so that this stays pure and testable. */
export type Translate = (key: string, named: Record<string, string | number>) => string;

export interface CountTexts {
  /** The number for the panel, e.g. "37", "minst 28", "färre än 5". */
  value: string;
  /** The line in the district list, e.g. "minst 28 händelser". */
  list: string;
  /** Which counting rule applies, when the count is not exact; null when it is. */
  explanation: string | null;
}

/** The texts of an incident count in the UI language (see utils/incidentCount.ts for the rules). */
export function countTexts(display: CountDisplay, locale: AppLocale, t: Translate): CountTexts {
  switch (display.kind) {
    case 'exact': {
      const count = formatCount(display.value, locale);
      return {
        value: count,
        list: t('counts.list', { count }),
        explanation: display.rule ? t('counts.ruleWeekly', {}) : null,
      };
    }
    case 'atLeast': {
      const count = formatCount(display.value, locale);
      return {
        value: t('counts.atLeast', { count }),
        list: t('counts.listAtLeast', { count }),
        explanation: t('counts.ruleHidden', { weeks: display.hiddenWeeks }),
      };
    }
    case 'underFive': {
      // One hidden week held 1–4 incidents in all; several may together hold more, so say "a week".
      const perWeek = display.hiddenWeeks > 1;
      return {
        value: t(perWeek ? 'counts.underFivePerWeek' : 'counts.underFive', {}),
        list: t(perWeek ? 'counts.listUnderFivePerWeek' : 'counts.listUnderFive', {}),
        explanation: t('counts.ruleHidden', { weeks: display.hiddenWeeks }),
      };
    }
    case 'unknown':
      return { value: t('district.unknown', {}), list: t('counts.listUnknown', {}), explanation: null };
  }
}
