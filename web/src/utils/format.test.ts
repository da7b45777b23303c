import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  formatArea,
  formatCount,
  formatDayRange,
  formatDecimal,
  formatFixed,
  formatInstant,
  formatShiftTime,
  formatSpanDays,
  incidentDensity,
  localeTag,
} from './format';

describe('formatArea', () => {
  it('uses a decimal comma in Swedish and a point in English', () => {
    expect(formatArea(4.7527, 'sv')).toBe('4,8\u00a0km²');
    expect(formatArea(4.7527, 'en')).toBe('4.8\u00a0km²');
  });

  it('always shows one decimal', () => {
    expect(formatArea(2, 'en')).toBe('2.0\u00a0km²');
  });
});

describe('formatCount', () => {
  it('groups thousands the way each language does', () => {
    expect(formatCount(12345, 'en')).toBe('12,345');
    expect(formatCount(12345, 'sv').replace(/\s/g, ' ')).toBe('12 345');
  });
});

describe('formatDecimal', () => {
  it('shows up to the given number of decimals', () => {
    expect(formatDecimal(6.25, 'sv')).toBe('6,3');
    expect(formatDecimal(6, 'en')).toBe('6');
    expect(formatDecimal(1.23456, 'en', 2)).toBe('1.23');
  });
});

describe('formatFixed', () => {
  it("always shows the decimals, with the language's minus sign", () => {
    expect(formatFixed(3.04, 'en')).toBe('3.0');
    expect(formatFixed(3.87128, 'sv')).toBe('3,9');
    expect(formatFixed(-1.66, 'sv')).toBe('\u22121,7');
    expect(formatFixed(-1.66, 'en')).toBe('-1.7');
  });
});

describe('incidentDensity', () => {
  it('divides by the area, one decimal', () => {
    expect(incidentDensity(135, 4.75)).toBe(28.4);
  });

  it('is null without a usable area', () => {
    expect(incidentDensity(10, 0)).toBeNull();
    expect(incidentDensity(10, null)).toBeNull();
  });
});

describe('localeTag', () => {
  it('maps UI languages to regional tags', () => {
    expect(localeTag('sv')).toBe('sv-SE');
    expect(localeTag('en')).toBe('en-GB');
  });
});

describe('formatDayRange', () => {
  const day = (iso: string): string => iso;

  it('names the month once within a month', () => {
    expect(formatDayRange(day('2026-11-16'), day('2026-11-22'), 'sv').replace(/\s/g, ' ')).toMatch(/^16 ?\D ?22 nov\.? 2026$/);
    expect(formatDayRange(day('2026-11-16'), day('2026-11-22'), 'en').replace(/\s/g, ' ')).toMatch(/^16 ?\D ?22 Nov 2026$/);
  });

  it('shows both years across New Year', () => {
    const text = formatDayRange(day('2026-12-28'), day('2027-01-03'), 'en');
    expect(text).toContain('2026');
    expect(text).toContain('2027');
  });
});

describe('formatSpanDays', () => {
  // Node's and the browsers' ICU differ in spaces and the month's full stop; the days are what matter.
  const plain = (text: string): string => text.replace(/\s/g, ' ');

  it('starts on the Swedish day of a Swedish midnight, not the UTC day before', () => {
    // 52 weeks from Mon 24 Nov 2025 00:00 CET (23:00Z on the 23rd) to Mon 23 Nov 2026 00:00 CET.
    expect(plain(formatSpanDays('2025-11-23T23:00:00Z', '2026-11-22T23:00:00Z', 'sv'))).toMatch(/^24 nov\.? 2025 ?– ?22 nov\.? 2026$/);
    // Four quarters from 1 Jul 2025 00:00 CEST (22:00Z on 30 Jun) to 1 Jul 2026 00:00 CEST.
    expect(plain(formatSpanDays('2025-06-30T22:00:00Z', '2026-06-30T22:00:00Z', 'en'))).toMatch(/^1 Jul 2025 ?– ?30 Jun 2026$/);
  });

  it('ends on the day before `to`, across both clock changes', () => {
    // Mon 30 Mar 00:00 CEST (22:00Z on the 29th) to Mon 26 Oct 00:00 CET: 30 March to Sunday 25 October.
    expect(plain(formatSpanDays('2026-03-29T22:00:00Z', '2026-10-25T23:00:00Z', 'sv'))).toMatch(/^30 mars ?– ?25 okt\.? 2026$/);
  });

  it('ends on the Swedish day of an end within the day', () => {
    // recentDays(28) at Mon 30 Mar 2026 00:30 CEST: 2 Mar 00:00 CET until 00:30 on the 30th, which is still the 29th in UTC.
    expect(plain(formatSpanDays('2026-03-01T23:00:00Z', '2026-03-29T22:30:00Z', 'en'))).toMatch(/^2 ?– ?30 Mar 2026$/);
  });
});

describe('formatInstant', () => {
  const plain = (text: string): string => text.replace(/\s/g, ' ');
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it.each([
    // 22:30Z on Sun 29 Mar 2026 is 00:30 on Monday in Stockholm (summer time, UTC+2).
    ['2026-03-29T22:30:00Z', 'sv', /^30 mars 2026,? 00:30$/],
    ['2026-03-29T22:30:00Z', 'en', /^30 Mar 2026,? 00:30$/],
    // 23:30Z on Sun 25 Oct 2026 is 00:30 on Monday 26 Oct (winter time again, UTC+1).
    ['2026-10-25T23:30:00Z', 'sv', /^26 okt\.? 2026,? 00:30$/],
    // 12:00Z on Tue 10 Nov 2026 is 13:00.
    ['2026-11-10T12:00:00Z', 'sv', /^10 nov\.? 2026,? 13:00$/],
  ] as const)('shows %s in Swedish time (%s)', (value, locale, expected) => {
    expect(plain(formatInstant(value, locale))).toMatch(expected);
  });

  it("does not follow the browser's own zone", () => {
    // In New York it is still 18:30 on Sunday 29 March.
    vi.stubEnv('TZ', 'America/New_York');
    expect(plain(formatInstant('2026-03-29T22:30:00Z', 'sv'))).toMatch(/^30 mars 2026,? 00:30$/);
  });
});

describe('formatShiftTime', () => {
  // Node's and the browsers' ICU differ in spaces and the month's full stop; the words are what matter.
  const plain = (text: string | null): string | null => text?.replace(/\s/g, ' ') ?? null;

  it('gives the day and hours in Swedish time, past midnight without naming the next day', () => {
    // 20 November 2026 is a Friday; 19:00 UTC is 20:00 in Stockholm (winter time).
    expect(plain(formatShiftTime('2026-11-20T19:00:00Z', '2026-11-21T01:00:00Z', 'sv'))).toMatch(/^fre 20 nov\.?, 20:00–02:00$/);
    expect(plain(formatShiftTime('2026-11-20T19:00:00Z', '2026-11-21T01:00:00Z', 'en'))).toMatch(/^Fri 20 Nov, 20:00–02:00$/);
  });

  it('follows summer time, and writes midnight as 00:00', () => {
    expect(plain(formatShiftTime('2026-06-12T16:00:00Z', '2026-06-12T22:00:00Z', 'sv'))).toMatch(/^fre 12 juni, 18:00–00:00$/);
  });

  it('takes the day from Swedish time, not UTC', () => {
    // 23:30 UTC on Sunday is already Monday 00:30 in Stockholm.
    expect(plain(formatShiftTime('2026-11-22T23:30:00Z', '2026-11-23T03:00:00Z', 'sv'))).toMatch(/^mån 23 nov\.?, 00:30–04:00$/);
  });

  it('names the end day when the hours alone would read as a short shift', () => {
    expect(plain(formatShiftTime('2026-11-20T19:00:00Z', '2026-11-21T19:00:00Z', 'sv'))).toMatch(/^fre 20 nov\.?, 20:00 – lör 21 nov\.?, 20:00$/);
  });

  it('is null without two readable times in order', () => {
    expect(formatShiftTime(null, '2026-11-21T01:00:00Z', 'sv')).toBeNull();
    expect(formatShiftTime('soon', '2026-11-21T01:00:00Z', 'sv')).toBeNull();
    expect(formatShiftTime('2026-11-21T01:00:00Z', '2026-11-20T19:00:00Z', 'sv')).toBeNull();
  });
});
