import { describe, expect, it } from 'vitest';
import { checkedInspection, type InspectionFields } from '../src/inspection-input.js';

const BAR = { id: 'b1', kind: 'bar' as const };
const TODAY = '2026-11-26';
const input = (extra: Partial<InspectionFields> = {}): InspectionFields => ({
  inspectedOn: '2026-11-20', kind: 'on_site', inspectedBy: 'joint', findings: '  Matutbud saknades efter kl. 23.  ', decision: 'remark', ...extra,
});
const fieldOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { extensions: { field?: string; code: string } }).extensions;
  }
};

describe('an inspection as recorded', () => {
  it('keeps what was given, the findings trimmed', () => {
    expect(checkedInspection(BAR, input(), TODAY)).toEqual({
      venueId: 'b1', inspectedOn: '2026-11-20', kind: 'on_site', inspectedBy: 'joint', findings: 'Matutbud saknades efter kl. 23.', decision: 'remark',
    });
    expect(checkedInspection(BAR, input({ findings: null, inspectedOn: TODAY }), TODAY).findings).toBe('');
  });

  it('refuses a day after today or before 2000, too long findings and premises without a licence', () => {
    expect(fieldOf(() => checkedInspection(BAR, input({ inspectedOn: '2026-11-27' }), TODAY))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'inspectedOn' });
    expect(fieldOf(() => checkedInspection(BAR, input({ inspectedOn: '1999-12-31' }), TODAY))).toMatchObject({ field: 'inspectedOn' });
    expect(fieldOf(() => checkedInspection(BAR, input({ findings: 'x'.repeat(2001) }), TODAY))).toMatchObject({ field: 'findings' });
    expect(fieldOf(() => checkedInspection({ id: 'g1', kind: 'gym' }, input(), TODAY))).toMatchObject({ field: 'venueId' });
    expect(fieldOf(() => checkedInspection({ id: 'n1', kind: 'nightclub' }, input(), TODAY))).toBeNull();
  });

  it('refuses personal data in the findings', () => {
    expect(fieldOf(() => checkedInspection(BAR, input({ findings: 'Ring 070-123 45 67 om du har frågor.' }), TODAY))).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
