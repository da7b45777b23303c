import { describe, expect, it } from 'vitest';
import { swedishToday } from './clock';
import { biggestParts, bySupervisionRisk, monthsBetween, supervisionState } from './supervision';

const risk = (score: number) => ({ score, parts: [] });

describe('supervisionState', () => {
  const today = '2026-03-15';
  it('is none for venues that are not licensed premises', () => {
    expect(supervisionState({ licensed: false, lastInspectedOn: '2026-01-01' }, today)).toBe('none');
  });
  it('says overdue for licensed premises never inspected', () => {
    expect(supervisionState({ licensed: true, lastInspectedOn: null }, today)).toBe('overdue');
  });
  it('splits at 12 and 24 whole months', () => {
    expect(supervisionState({ licensed: true, lastInspectedOn: '2025-03-16' }, today)).toBe('recent');
    expect(supervisionState({ licensed: true, lastInspectedOn: '2025-03-15' }, today)).toBe('due');
    expect(supervisionState({ licensed: true, lastInspectedOn: '2024-03-16' }, today)).toBe('due');
    expect(supervisionState({ licensed: true, lastInspectedOn: '2024-03-15' }, today)).toBe('overdue');
  });
  it('counts a month once its day has come', () => {
    expect(monthsBetween('2026-01-31', '2026-02-28')).toBe(0);
    expect(monthsBetween('2025-12-15', '2026-01-15')).toBe(1);
  });
});

describe('bySupervisionRisk', () => {
  it('orders by score, highest first, then by name, and leaves out venues without a score', () => {
    const venues = [
      { name: 'Bodega', supervisionRisk: risk(20) },
      { name: 'Gym', supervisionRisk: null },
      { name: 'Ankan', supervisionRisk: risk(20) },
      { name: 'Cirkus', supervisionRisk: risk(45) },
      { name: 'Dalen', supervisionRisk: risk(0) },
    ];
    expect(bySupervisionRisk(venues).map((v) => v.name)).toEqual(['Cirkus', 'Ankan', 'Bodega', 'Dalen']);
    expect(venues[0]!.name).toBe('Bodega');
  });
});

describe('biggestParts', () => {
  it('takes the parts with the largest effect, a network minus included, and skips zero parts', () => {
    const parts = biggestParts({
      score: 27,
      parts: [
        { factor: 'SINCE_INSPECTION', points: 7, limit: 30, value: 7, exact: true },
        { factor: 'REMARKS', points: 0, limit: 30, value: 0, exact: true },
        { factor: 'NETWORK', points: -10, limit: 10, value: 1, exact: true },
        { factor: 'LATE_INCIDENTS', points: 30, limit: 30, value: 41, exact: false },
      ],
    });
    expect(parts).toEqual([
      { factor: 'LATE_INCIDENTS', points: 30, value: 41, exact: false },
      { factor: 'NETWORK', points: -10, value: 1, exact: true },
    ]);
    expect(biggestParts(null)).toEqual([]);
  });
});

describe('swedishToday', () => {
  it('is the calendar day in Sweden', () => {
    expect(swedishToday(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
