import { monthsBetween } from '@tk/time';

/**
 * Which licensed premises to inspect first: a risk score of stated parts, each with its points, so an
 * inspector sees why one venue comes before another. Points, not probabilities: a ranking aid that the
 * licensing unit and the Police can argue with, part by part.
 */

/** What the venues subgraph knows of a venue's supervision (federation: `@requires`). */
export interface SupervisionFacts {
  /** The latest inspection, a calendar day; null when never inspected. */
  lastInspectedOn: string | null;
  remarksLast3Years: number;
  warningsLast3Years: number;
  /** Latest serving time on Friday and Saturday nights, "HH:MM"; null without a current licence. */
  servesUntilWeekend: string | null;
  /** A current member of Krogar mot knark (or another network of the plan). */
  inNetwork: boolean;
}

/** Incidents near the venue in its late hours, as the caller may see them: exact, or at least the published cells' sum. */
export interface LateIncidents {
  value: number | null;
  atLeast: number;
}

export type RiskFactor = 'SINCE_INSPECTION' | 'REMARKS' | 'SERVING_HOURS' | 'NETWORK' | 'LATE_INCIDENTS';

export interface RiskPart {
  factor: RiskFactor;
  points: number;
  /** The most (or, for a network, the least) this part can give. */
  limit: number;
  /** The fact the points come from, as a number (months, count, hours past 01:00); null: none. */
  value: number | null;
  /** False when the value is a lower bound (late incidents from published cells, some under 5 hidden). */
  exact: boolean;
}

export interface SupervisionRisk {
  score: number;
  parts: RiskPart[];
}

/** The weights, stated once; the README and the API descriptions repeat them from here. */
export const RISK_WEIGHTS = {
  /** One point a month since the latest inspection, at most 30 (also when never inspected). */
  sinceInspection: { perMonth: 1, max: 30 },
  /** Five points a remark (erinran) and fifteen a warning (varning) in the last three years, at most 30. */
  remarks: { perRemark: 5, perWarning: 15, max: 30 },
  /** Five points an hour of weekend serving past 01:00, at most 10 (03:00). */
  servingHours: { perHourPast1: 5, max: 10 },
  /** Ten points off for a member of Krogar mot knark: trained staff and agreed routines. */
  network: { member: -10 },
  /** One point per incident within 200 m between 22:00 and 04:59 over the last year, at most 30. */
  lateIncidents: { perIncident: 1, max: 30 },
} as const;

/** Hours past 01:00 of a night's last serving time: "03:00" → 2, "23:00" → 0 (before 01:00). */
export function hoursPastOne(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  // Times from 12:00 on are the evening before midnight.
  const afterMidnight = h < 12 ? h + m / 60 : 0;
  return Math.max(0, afterMidnight - 1);
}

export function supervisionRisk(facts: SupervisionFacts, late: LateIncidents, today: string): SupervisionRisk {
  const w = RISK_WEIGHTS;
  const months = facts.lastInspectedOn ? monthsBetween(facts.lastInspectedOn, today) : null;
  const pastOne = facts.servesUntilWeekend ? hoursPastOne(facts.servesUntilWeekend) : null;
  // Hidden cells ("under 5") count as none: a published cell never says more, and guessing would make it up.
  const lateCount = late.value ?? late.atLeast;
  const parts: RiskPart[] = [
    { factor: 'SINCE_INSPECTION', limit: w.sinceInspection.max, value: months, exact: true,
      points: months === null ? w.sinceInspection.max : Math.min(w.sinceInspection.max, months * w.sinceInspection.perMonth) },
    { factor: 'REMARKS', limit: w.remarks.max, value: facts.remarksLast3Years + facts.warningsLast3Years, exact: true,
      points: Math.min(w.remarks.max, facts.remarksLast3Years * w.remarks.perRemark + facts.warningsLast3Years * w.remarks.perWarning) },
    { factor: 'SERVING_HOURS', limit: w.servingHours.max, value: pastOne, exact: true,
      points: pastOne === null ? 0 : Math.min(w.servingHours.max, Math.round(pastOne * w.servingHours.perHourPast1)) },
    { factor: 'NETWORK', limit: w.network.member, value: facts.inNetwork ? 1 : 0, exact: true, points: facts.inNetwork ? w.network.member : 0 },
    { factor: 'LATE_INCIDENTS', limit: w.lateIncidents.max, value: lateCount, exact: late.value !== null,
      points: Math.min(w.lateIncidents.max, lateCount * w.lateIncidents.perIncident) },
  ];
  return { score: Math.max(0, parts.reduce((s, p) => s + p.points, 0)), parts };
}
