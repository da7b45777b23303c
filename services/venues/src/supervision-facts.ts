import type { InspectionRow, LicenceRow, MembershipRow } from './db/supervision.js';

/** What the supervision risk (incidents subgraph, `@requires`) needs to know of a venue, on a day. */
export interface SupervisionFacts {
  lastInspectedOn: string | null;
  remarksLast3Years: number;
  warningsLast3Years: number;
  servesUntilWeekend: string | null;
  inNetwork: boolean;
}

/** The same day three years earlier ("YYYY-MM-DD"); 29 February, which that year lacks, becomes the 28th. */
const threeYearsBefore = (day: string) => `${Number(day.slice(0, 4)) - 3}${day.slice(4) === '-02-29' ? '-02-28' : day.slice(4)}`;
const validOn = (day: string) => (l: { validFrom: string; validTo: string | null }) => l.validFrom <= day && (l.validTo === null || l.validTo >= day);

export function supervisionFacts(
  lists: { inspections: readonly InspectionRow[]; licences: readonly LicenceRow[]; memberships: readonly MembershipRow[] },
  today: string,
): SupervisionFacts {
  const since = threeYearsBefore(today);
  const recent = lists.inspections.filter((i) => i.inspectedOn >= since && i.inspectedOn <= today);
  const latest = lists.inspections.filter((i) => i.inspectedOn <= today).map((i) => i.inspectedOn).sort().at(-1) ?? null;
  return {
    lastInspectedOn: latest,
    remarksLast3Years: recent.filter((i) => i.decision === 'remark').length,
    warningsLast3Years: recent.filter((i) => i.decision === 'warning').length,
    servesUntilWeekend: lists.licences.find(validOn(today))?.servesUntilWeekend ?? null,
    // Left on a day: no longer a member from that day on.
    inNetwork: lists.memberships.some((m) => m.joinedOn <= today && (m.leftOn === null || m.leftOn > today)),
  };
}
