import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { countDisplay, type IncidentCountValue } from '../utils/incidentCount';
import type { AppLocale } from '../utils/format';
import { countTexts } from './countTexts';
import { en } from './en';
import { sv } from './sv';

// A fresh instance with the app's messages (i18n/index.ts also touches the document).
const i18n = createI18n({ legacy: false, locale: 'sv', fallbackLocale: 'sv', messages: { sv, en } });

function texts(count: IncidentCountValue, locale: AppLocale) {
  i18n.global.locale.value = locale;
  return countTexts(countDisplay(count), locale, (key, named) => i18n.global.t(key, named));
}

describe('countTexts', () => {
  it('shows an exact count without explanation', () => {
    expect(texts({ exact: true, value: 37, atLeast: 37, hiddenCells: 0 }, 'sv')).toEqual({
      value: '37',
      list: '37 händelser',
      explanation: null,
    });
    expect(texts({ exact: true, value: 1234, atLeast: 1234, hiddenCells: 0 }, 'en').value).toBe('1,234');
  });

  it('explains a district-week count even when nothing was hidden', () => {
    const shown = texts({ exact: false, value: 28, atLeast: 28, hiddenCells: 0 }, 'sv');
    expect(shown.value).toBe('28');
    expect(shown.explanation).toContain('veckor med färre än 5 händelser visas inte');
  });

  it('says "minst N" / "at least N" when weeks were hidden', () => {
    const count = { exact: false, value: null, atLeast: 5, hiddenCells: 1 };
    expect(texts(count, 'sv')).toEqual({
      value: 'minst 5',
      list: 'minst 5 händelser',
      explanation: 'Veckor med färre än 5 händelser visas inte (dolda veckor: 1).',
    });
    expect(texts(count, 'en')).toEqual({
      value: 'at least 5',
      list: 'at least 5 incidents',
      explanation: 'Weeks with fewer than 5 incidents are not shown (hidden weeks: 1).',
    });
  });

  it('says "färre än 5" / "under 5" when only hidden weeks had incidents', () => {
    expect(texts({ exact: false, value: null, atLeast: 0, hiddenCells: 1 }, 'sv').value).toBe('färre än 5');
    expect(texts({ exact: false, value: null, atLeast: 0, hiddenCells: 1 }, 'en').value).toBe('under 5');
  });

  it('says "per week" when several weeks were hidden, since together they may hold 5 or more', () => {
    expect(texts({ exact: false, value: null, atLeast: 0, hiddenCells: 3 }, 'sv').value).toBe('färre än 5 per vecka');
    expect(texts({ exact: false, value: null, atLeast: 0, hiddenCells: 3 }, 'en').list).toBe('under 5 a week');
    expect(texts({ exact: false, value: null, atLeast: 0, hiddenCells: 3 }, 'sv').list).toBe('under 5 per vecka');
  });

  it('says when no count is available', () => {
    expect(texts({}, 'sv')).toEqual({ value: 'uppgift saknas', list: 'händelser saknas', explanation: null });
  });
});

describe('messages', () => {
  const keys = (value: unknown, prefix = ''): string[] =>
    typeof value === 'object' && value !== null
      ? Object.entries(value).flatMap(([k, v]) => keys(v, `${prefix}${k}.`))
      : [prefix.slice(0, -1)];

  it('has the same keys in Swedish and English', () => {
    expect(keys(en).sort()).toEqual(keys(sv).sort());
  });
});
