import { describe, expect, it } from 'vitest';
import { occurrencesOf, type PresenceRuleRow } from '../src/db/presence.js';
import { hoursWithin } from '../src/presence/hours.js';
import { parseIsoWeek } from '@tk/time';
import { weekWindow } from '../src/db/presence.js';

// "Sundays 00:30–00:29": each occurrence lasts 23 h 59 min on the clock. On Sunday 25 October 2026
// the clocks go back at 03:00, so that one lasts 24 h 59 min: 2026-10-24T22:30Z to 2026-10-25T23:29Z.
// Week 2026-W44 starts Monday 26 October 00:00 CET = 2026-10-25T23:00Z: the occurrence reaches 29
// minutes into it, and began 24.5 hours before it.
const rule: PresenceRuleRow = {
  id: '00000000-0000-4000-8000-000000000001', weekdays: [7], startTime: '00:30', endTime: '00:29', firstDate: '2026-10-01', lastDate: '2026-11-30',
  actorKind: 'night_walker', organisation: 'Nattvandrarna', geometry: { type: 'Point', coordinates: [15.6, 58.4] }, districtId: 'ryd',
  motivationWeek: null, note: '', synthetic: false,
} as PresenceRuleRow;

describe('occurrences of a recurring plan in a week', () => {
  it('include one that began more than 24 hours before the week (the autumn clock change)', () => {
    const w = weekWindow(parseIsoWeek('2026-W44')!);
    const found = occurrencesOf(rule, w, new Set());
    expect(found.map((o) => o.occurrenceDate)).toEqual(['2026-10-25', '2026-11-01']);
    const [autumn] = found;
    expect([autumn!.startsAt.toISOString(), autumn!.endsAt.toISOString()]).toEqual(['2026-10-24T22:30:00.000Z', '2026-10-25T23:29:00.000Z']);
    // Hours inside the week: 29 minutes of the autumn one, and the 1 November one (00:30 to 2 Nov 00:00, the week's end) 23.5 h.
    expect(found.reduce((sum, o) => sum + hoursWithin(o, w), 0)).toBeCloseTo(29 / 60 + 23.5, 10);
  });
});
