import { assertNoPersonalData, badUserInput } from '@tk/gis';
import { TEXT } from '@tk/input';
import type { NewInspection } from './db/supervision.js';
import { LICENSED_KINDS, type Decision, type InspectionKind, type Inspector, type VenueKind } from './kinds.js';

export interface InspectionFields {
  inspectedOn: string;
  kind: InspectionKind;
  inspectedBy: Inspector;
  findings?: string | null;
  decision: Decision;
}

/** The first day the register holds: earlier dates are typing mistakes, not history. */
const EARLIEST = '2000-01-01';
const MAX_FINDINGS = TEXT.inspectionFindings.max;

/**
 * An inspection as recorded, or BAD_USER_INPUT naming the field: only licensed premises are
 * inspected under the Alcohol Act, on a real day that has come (Swedish calendar), and findings say
 * what was seen, never who (no personal data).
 */
export function checkedInspection(venue: { id: string; kind: VenueKind }, input: InspectionFields, today: string): NewInspection {
  if (!LICENSED_KINDS.includes(venue.kind)) {
    throw badUserInput(`only licensed premises (restaurants, bars, nightclubs) are inspected under the Alcohol Act; this venue is a ${venue.kind}`, { field: 'venueId', reason: 'wrong_kind' });
  }
  // A calendar day already (the Date scalar checked it): "YYYY-MM-DD" compares as the days it names.
  const inspectedOn = input.inspectedOn;
  if (inspectedOn > today) throw badUserInput(`inspectedOn cannot be in the future (today is ${today})`, { field: 'inspectedOn', reason: 'in_future' });
  if (inspectedOn < EARLIEST) throw badUserInput(`inspectedOn must be ${EARLIEST} or later`, { field: 'inspectedOn', reason: 'too_early' });
  const findings = (input.findings ?? '').trim();
  if (findings.length > MAX_FINDINGS) throw badUserInput(`findings may be at most ${MAX_FINDINGS} characters (got ${findings.length})`, { field: 'findings', reason: 'too_long', max: MAX_FINDINGS });
  assertNoPersonalData({ findings });
  return { venueId: venue.id, inspectedOn, kind: input.kind, inspectedBy: input.inspectedBy, findings, decision: input.decision };
}
