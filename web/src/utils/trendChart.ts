import { parseIsoWeek, weeksEndingWith, type IsoWeek } from '@tk/time';

/**
 * Pure helpers for the trend chart: which weeks it shows, how tall each bar is, and what each bar
 * says. The component only draws what these return, so the scaling is tested without a DOM.
 */

export interface WeekCountLike {
  week?: string | null;
  count?: number | null;
  exact?: boolean | null;
}

/**
 * count: a number to draw; hidden: 1–4 incidents the role may not see one by one (never drawn as
 * a height, which would give the number away); missing: the server said nothing about the week.
 */
export type TrendBarKind = 'count' | 'hidden' | 'missing';

export interface TrendBar {
  week: IsoWeek;
  label: string;
  kind: TrendBarKind;
  count: number | null;
  picked: boolean;
}

/** The answer laid on the chart's weeks; a week the answer lacks (or doubles) is never guessed. */
export function trendBars(answer: readonly WeekCountLike[], last: IsoWeek, count: number, picked: IsoWeek = last): TrendBar[] {
  const byLabel = new Map<string, WeekCountLike>();
  for (const row of answer) {
    const week = row.week ? parseIsoWeek(row.week) : null;
    if (week) byLabel.set(week.label, row);
  }
  // The chart's columns are the weeks ending with `last`, even where the answer has gaps.
  const pickedLabel = picked.label;
  return weeksEndingWith(last, count).map((week) => {
    const label = week.label;
    const row = byLabel.get(label);
    const kind: TrendBarKind = !row ? 'missing' : row.count == null ? 'hidden' : 'count';
    return { week, label, kind, count: kind === 'count' ? Math.max(0, row?.count ?? 0) : null, picked: label === pickedLabel };
  });
}

/**
 * The top of the scale: the largest count rounded up to 1, 2, 2.5 or 5 × a power of ten, and at least 5
 * so that a hidden week's marker (drawn up to "under 5") fits below it.
 */
export function niceMax(counts: readonly number[]): number {
  const max = Math.max(5, ...counts);
  const power = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 2.5, 5, 10].find((factor) => factor * power >= max) ?? 10;
  return step * power;
}

export interface BarGeometry {
  x: number;
  width: number;
  /** Top of the bar; the bars stand on the baseline at `height`. */
  y: number;
  height: number;
}

/**
 * Where each bar goes in a plot `width` × `height` (SVG units). A zero count gets a hairline so the
 * week is seen to be counted; a hidden week gets a fixed marker that reaches no particular count.
 */
export function barGeometry(bars: readonly TrendBar[], width: number, height: number, max: number, gap = 2): BarGeometry[] {
  const slot = bars.length > 0 ? width / bars.length : width;
  const barWidth = Math.max(1, slot - gap);
  return bars.map((bar, index) => {
    const x = index * slot + (slot - barWidth) / 2;
    let barHeight: number;
    if (bar.kind === 'count') barHeight = bar.count ? Math.max(1, (bar.count / max) * height) : 1;
    else if (bar.kind === 'hidden') barHeight = Math.min(height, (4 / max) * height);
    else barHeight = 0;
    return { x, width: barWidth, y: height - barHeight, height: barHeight };
  });
}

/** Gridline values: 0, half and the top of the scale, whole numbers only. */
export function gridValues(max: number): number[] {
  const half = max / 2;
  return Number.isInteger(half) ? [0, half, max] : [0, max];
}

/** Which weeks get a label under the axis: every `every`th counted back from the last, so the last has one. */
export function tickIndexes(length: number, every = 4): number[] {
  const indexes: number[] = [];
  for (let index = length - 1; index >= 0; index -= every) indexes.unshift(index);
  return indexes;
}

export type Translate = (key: string, named: Record<string, string | number>) => string;

/** What a bar says in its tooltip and in the table: a number, "färre än 5", or "uppgift saknas". */
export function barValueText(bar: TrendBar, t: Translate, formatNumber: (value: number) => string): string {
  if (bar.kind === 'count') return formatNumber(bar.count ?? 0);
  if (bar.kind === 'hidden') return t('counts.underFive', {});
  return t('trend.missing', {});
}
