import type { MapIndicator } from '../api/overview';
import { formatCount, formatDecimal, type AppLocale } from './format';

/** A figure as the overview shows it: rates with one decimal, survey shares in percent, hours whole. */
export function formatIndicator(value: number, indicator: MapIndicator, locale: AppLocale): string {
  if (indicator === 'incidentRate') return formatDecimal(value, locale, 1);
  if (indicator === 'measuresDone') return formatCount(value, locale);
  if (indicator === 'presenceHours') return `${formatCount(value, locale)}\u00a0h`;
  return `${formatDecimal(value, locale, 0)}\u00a0%`;
}

/** A legend class as a range with the unit once, e.g. "10–20" or "20–40 %". */
export function formatRange(from: number, to: number, indicator: MapIndicator, locale: AppLocale): string {
  const upper = formatIndicator(to, indicator, locale);
  const unit = upper.match(/\u00a0\S+$/)?.[0] ?? '';
  return `${formatIndicator(from, indicator, locale).slice(0, unit ? -unit.length : undefined)}–${upper}`;
}
