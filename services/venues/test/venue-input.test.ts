import { describe, expect, it } from 'vitest';
import { checkedLicence, checkedNetwork, checkedParticipants, checkedVenue, notAfterToday, type LicenceFields } from '../src/venue-input.js';

const refusedField = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { extensions: { field?: string; code: string } }).extensions.field ?? (error as { extensions: { code: string } }).extensions.code;
  }
};
const licence = (extra: Partial<LicenceFields> = {}): LicenceFields => ({
  kind: 'permanent_public', servesUntil: '01:00', servesUntilWeekend: '03:00', validFrom: '2026-01-01', validTo: null, ...extra,
});

describe('a venue as registered', () => {
  it('tidies the name and keeps a point', () => {
    expect(checkedVenue({ name: '  Krogen   Hörnet ', kind: 'bar', location: { type: 'Point', coordinates: [15.62, 58.41] } }))
      .toEqual({ name: 'Krogen Hörnet', kind: 'bar', location: { type: 'Point', coordinates: [15.62, 58.41] } });
  });

  it('refuses an empty or too long name, a person\'s number in it, and anything but a valid point', () => {
    const point = { type: 'Point', coordinates: [15.62, 58.41] };
    expect(refusedField(() => checkedVenue({ name: '  ', kind: 'bar', location: point }))).toBe('name');
    expect(refusedField(() => checkedVenue({ name: 'x'.repeat(201), kind: 'bar', location: point }))).toBe('name');
    expect(refusedField(() => checkedVenue({ name: 'Bar 19121212-1212', kind: 'bar', location: point }))).not.toBeNull();
    expect(refusedField(() => checkedVenue({ name: 'Bar', kind: 'bar', location: { type: 'Point', coordinates: [215, 58] } }))).toBe('location');
    expect(refusedField(() => checkedVenue({ name: 'Bar', kind: 'bar', location: { type: 'LineString', coordinates: [[15, 58], [15.1, 58]] } }))).toBe('location');
  });
});

describe('a licence as granted', () => {
  it('is for licensed premises, with serving times by 05:00 and a period that does not end before it begins', () => {
    expect(checkedLicence({ kind: 'nightclub' }, licence())).toEqual(licence());
    expect(checkedLicence({ kind: 'restaurant' }, licence({ servesUntil: '23:00' })).servesUntil).toBe('23:00');
    expect(refusedField(() => checkedLicence({ kind: 'gym' }, licence()))).toBe('venueId');
    expect(refusedField(() => checkedLicence({ kind: 'bar' }, licence({ servesUntilWeekend: '06:00' })))).toBe('servesUntilWeekend');
    expect(refusedField(() => checkedLicence({ kind: 'bar' }, licence({ servesUntil: '1:00' })))).toBe('servesUntil');
    expect(refusedField(() => checkedLicence({ kind: 'bar' }, licence({ validTo: '2025-12-31' })))).toBe('validTo');
    expect(refusedField(() => checkedLicence({ kind: 'bar' }, licence({ servesUntilWeekend: '05:00' })))).toBeNull();
  });
});

describe('networks, training and days', () => {
  it('matches each network to its venues, bounds participants and refuses days ahead', () => {
    expect(checkedNetwork({ kind: 'bar' }, 'krogar_mot_knark')).toBe('krogar_mot_knark');
    expect(checkedNetwork({ kind: 'gym' }, 'ren_hardtraning')).toBe('ren_hardtraning');
    expect(refusedField(() => checkedNetwork({ kind: 'gym' }, 'krogar_mot_knark'))).toBe('network');
    expect(refusedField(() => checkedNetwork({ kind: 'bar' }, 'ren_hardtraning'))).toBe('network');
    expect(checkedParticipants(12)).toBe(12);
    expect(refusedField(() => checkedParticipants(0))).toBe('participants');
    expect(refusedField(() => checkedParticipants(2.5))).toBe('participants');
    expect(notAfterToday('on', '2026-11-26', '2026-11-26')).toBe('2026-11-26');
    expect(refusedField(() => notAfterToday('on', '2026-11-27', '2026-11-26'))).toBe('on');
  });
});
