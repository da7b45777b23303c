import type { SupervisionRiskFactor, VenueSummary } from '../api/venues';

/**
 * How recently licensed premises were inspected, for the ring on the map and the list: within 12
 * months, 12–24 months, longer ago or never; `none` for venues that are not supervised (gyms …).
 */
export type SupervisionState = 'recent' | 'due' | 'overdue' | 'none';
export const SUPERVISION_STATES = ['recent', 'due', 'overdue'] as const satisfies readonly SupervisionState[];

/** Whole calendar months from one "YYYY-MM-DD" day to another (a month counts once its day has come). */
export function monthsBetween(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return (ty - fy) * 12 + (tm - fm) - (td < fd ? 1 : 0);
}

export function supervisionState(venue: Pick<VenueSummary, 'licensed' | 'lastInspectedOn'>, today: string): SupervisionState {
  if (!venue.licensed) return 'none';
  if (!venue.lastInspectedOn) return 'overdue';
  const months = monthsBetween(venue.lastInspectedOn, today);
  return months < 12 ? 'recent' : months < 24 ? 'due' : 'overdue';
}

/** Licensed premises with a score, highest first; equal scores by name, so the order is stable. */
export function bySupervisionRisk<V extends Pick<VenueSummary, 'name' | 'supervisionRisk'>>(venues: readonly V[]): V[] {
  return venues
    .filter((v) => typeof v.supervisionRisk?.score === 'number')
    .sort((a, b) => (b.supervisionRisk?.score ?? 0) - (a.supervisionRisk?.score ?? 0) || (a.name ?? '').localeCompare(b.name ?? '', 'sv'));
}

export interface RiskPart {
  factor: SupervisionRiskFactor;
  points: number;
  value: number | null;
  exact: boolean;
}

/** The parts that moved the score, largest effect first (a network's minus counts by its size). */
export function biggestParts(risk: VenueSummary['supervisionRisk'], count = 2): RiskPart[] {
  const parts: RiskPart[] = [];
  for (const p of risk?.parts ?? []) {
    if (!p.factor || !p.points) continue;
    parts.push({ factor: p.factor, points: p.points, value: p.value ?? null, exact: p.exact !== false });
  }
  return parts.sort((a, b) => Math.abs(b.points) - Math.abs(a.points)).slice(0, count);
}
