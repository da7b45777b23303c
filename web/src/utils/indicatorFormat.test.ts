import { describe, expect, it } from 'vitest';
import { formatIndicator, formatRange } from './indicatorFormat';

describe('formatIndicator', () => {
  it('shows each figure in its own unit and the language’s decimals', () => {
    expect(formatIndicator(12.345, 'incidentRate', 'sv')).toBe('12,3');
    expect(formatIndicator(12.345, 'incidentRate', 'en')).toBe('12.3');
    expect(formatIndicator(41.6, 'SAFE_AT_NIGHT', 'sv')).toBe('42\u00a0%');
    expect(formatIndicator(7, 'measuresDone', 'en')).toBe('7');
    expect(formatIndicator(1250, 'presenceHours', 'en')).toBe('1,250\u00a0h');
  });

  it('writes a class as a range', () => {
    expect(formatRange(0, 10, 'incidentRate', 'sv')).toBe('0–10');
    expect(formatRange(20, 40, 'SAFE_AT_NIGHT', 'sv')).toBe('20–40\u00a0%');
  });
});
