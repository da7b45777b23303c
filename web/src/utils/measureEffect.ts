import type { MeasureEffect } from '../api/measures';
import { countDisplay, type CountDisplay } from './incidentCount';
import { niceMax } from './trendChart';

/**
 * Pure helpers for a measure's before/after chart: one small group of bars per area (the target
 * around the measure, the control area), each with its own scale, since the control area is a whole
 * district and would flatten the target's bars on a shared one. The figures stand on the bars.
 */

export type EffectZone = 'target' | 'control';
export type EffectPeriod = 'before' | 'after';
export const EFFECT_ZONES: readonly EffectZone[] = ['target', 'control'];
export const EFFECT_PERIODS: readonly EffectPeriod[] = ['before', 'after'];

export interface EffectBar {
  period: EffectPeriod;
  display: CountDisplay;
  /** 0–1 of the group's scale; a count under 5 gets a fixed marker, an unknown one none. */
  height: number;
}

export interface EffectGroup {
  zone: EffectZone;
  bars: EffectBar[];
  max: number;
}

/** The number a bar is drawn up to: the count, or what is known of it. */
function drawnValue(display: CountDisplay): number | null {
  if (display.kind === 'exact' || display.kind === 'atLeast') return display.value;
  return null;
}

export function effectGroups(effect: MeasureEffect): EffectGroup[] {
  return EFFECT_ZONES.map((zone) => {
    const counts = effect[zone];
    const displays = EFFECT_PERIODS.map((period) => ({ period, display: countDisplay(counts?.[period]) }));
    const max = niceMax(displays.map(({ display }) => drawnValue(display) ?? 0));
    const bars = displays.map(({ period, display }) => {
      const value = drawnValue(display);
      const height = value !== null ? value / max : display.kind === 'underFive' ? Math.min(1, 4 / max) : 0;
      return { period, display, height };
    });
    return { zone, bars, max };
  });
}

/** −35 for a fall of 35 %, rounded to whole per cent; null when the server could not say. */
export function percentChange(fraction: number | null | undefined): number | null {
  return typeof fraction === 'number' && Number.isFinite(fraction) ? Math.round(fraction * 100) : null;
}

/** Whether the target fell more (or rose less) than the control area's trend predicts. */
export function relativeVerdict(relativeChange: number | null | undefined): 'better' | 'worse' | 'same' | null {
  if (typeof relativeChange !== 'number' || !Number.isFinite(relativeChange)) return null;
  if (Math.abs(relativeChange - 1) < 0.05) return 'same';
  return relativeChange < 1 ? 'better' : 'worse';
}
