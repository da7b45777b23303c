/** Incidents in one hour of the week, as Venue.incidentsNearby.byHour gives them. */
export interface HourCount {
  dayOfWeek?: number | null;
  hour?: number | null;
  count?: number | null;
}

/** 22:00–04:59, the late hours the licensing work is about (the same hours as NearbyIncidents.lateHours). */
export const isLateHour = (hour: number): boolean => hour >= 22 || hour < 5;

export interface HourGrid {
  /** 7 rows (Monday first) of 24 counts (00 first). */
  rows: number[][];
  max: number;
  total: number;
  late: number;
  /** The busiest hour, Monday = 1; null when there are no incidents. */
  peak: { dayOfWeek: number; hour: number; count: number } | null;
}

/** The 168 hours as a grid; hours the server left out count as 0, and out-of-range entries are ignored. */
export function hourGrid(byHour: readonly HourCount[]): HourGrid {
  const rows = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  for (const entry of byHour) {
    const day = entry.dayOfWeek ?? 0;
    const hour = entry.hour ?? -1;
    if (day < 1 || day > 7 || hour < 0 || hour > 23) continue;
    rows[day - 1]![hour]! += Math.max(0, entry.count ?? 0);
  }
  let max = 0;
  let total = 0;
  let late = 0;
  let peak: HourGrid['peak'] = null;
  rows.forEach((row, d) =>
    row.forEach((count, hour) => {
      total += count;
      if (isLateHour(hour)) late += count;
      if (count > max) {
        max = count;
        peak = { dayOfWeek: d + 1, hour, count };
      }
    }),
  );
  return { rows, max, total, late, peak };
}

/** 0 (none) to 4 (the busiest hours): the shade of a cell, so that a few incidents still show. */
export function heatLevel(count: number, max: number): 0 | 1 | 2 | 3 | 4 {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4)) as 1 | 2 | 3 | 4;
}
