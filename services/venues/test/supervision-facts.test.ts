import { describe, expect, it } from 'vitest';
import type { InspectionRow, LicenceRow, MembershipRow } from '../src/db/supervision.js';
import { supervisionFacts } from '../src/supervision-facts.js';

const inspection = (inspectedOn: string, decision: InspectionRow['decision']): InspectionRow =>
  ({ id: inspectedOn, venueId: 'v', inspectedOn, kind: 'on_site', inspectedBy: 'joint', findings: '', decision, createdAt: new Date(`${inspectedOn}T12:00:00+01:00`) });
const licence = (validFrom: string, validTo: string | null, servesUntilWeekend: string): LicenceRow =>
  ({ id: validFrom, venueId: 'v', kind: 'permanent_public', servesUntil: '01:00', servesUntilWeekend, validFrom, validTo });
const member = (joinedOn: string, leftOn: string | null): MembershipRow => ({ id: joinedOn, venueId: 'v', network: 'krogar_mot_knark', joinedOn, leftOn });

describe('a venue\'s supervision facts on a day', () => {
  it('counts remarks and warnings of the last three years, finds the latest visit, the licence in force and a current membership', () => {
    const facts = supervisionFacts({
      inspections: [inspection('2026-10-01', 'none'), inspection('2025-03-01', 'warning'), inspection('2023-11-27', 'remark'), inspection('2023-11-25', 'warning')],
      licences: [licence('2026-12-01', null, '03:00'), licence('2020-01-01', '2026-11-30', '02:00')],
      memberships: [member('2021-01-01', '2022-01-01'), member('2024-05-01', null)],
    }, '2026-11-26');
    expect(facts).toEqual({ lastInspectedOn: '2026-10-01', remarksLast3Years: 1, warningsLast3Years: 1, servesUntilWeekend: '02:00', inNetwork: true });
  });

  it('says so when there is nothing: never inspected, no licence, no network', () => {
    expect(supervisionFacts({ inspections: [], licences: [], memberships: [member('2021-01-01', '2022-01-01')] }, '2026-11-26'))
      .toEqual({ lastInspectedOn: null, remarksLast3Years: 0, warningsLast3Years: 0, servesUntilWeekend: null, inNetwork: false });
  });

  it('counts from 28 February three years back on a 29 February', () => {
    // 2028-02-29: three years earlier has no 29 February; the window starts on 2025-02-28 and takes it in.
    const facts = supervisionFacts({ inspections: [inspection('2025-02-28', 'remark'), inspection('2025-02-27', 'warning')], licences: [], memberships: [] }, '2028-02-29');
    expect(facts).toMatchObject({ remarksLast3Years: 1, warningsLast3Years: 0 });
  });
});
