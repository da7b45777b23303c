import { parseIsoWeek, type IsoWeek } from '@tk/time';
import type { Translate } from './countTexts';

/** "v. 47 2026" or "Week 47, 2026". The year goes in as text, so it can never be grouped like a number. */
export function weekName(week: IsoWeek, t: Translate): string {
  return t('hotspots.week', { week: week.week, year: String(week.year) });
}

/** The same for the API's "2026-W47"; anything that is not a week is shown as it came. */
export function weekNameOf(label: string | null | undefined, t: Translate): string {
  const week = parseIsoWeek(label ?? '');
  return week ? weekName(week, t) : (label ?? '');
}
