import { describe, expect, it } from 'vitest';
import { monthsBetween } from '@tk/time';
import { hoursPastOne, supervisionRisk, type SupervisionFacts } from '../src/supervision-risk.js';

const TODAY = '2026-11-26';
const facts = (extra: Partial<SupervisionFacts> = {}): SupervisionFacts => ({
  lastInspectedOn: '2025-11-26', remarksLast3Years: 0, warningsLast3Years: 0, servesUntilWeekend: '01:00', inNetwork: false, ...extra,
});
const points = (risk: ReturnType<typeof supervisionRisk>) => Object.fromEntries(risk.parts.map((p) => [p.factor, p.points]));

describe('the supervision risk score', () => {
  it('adds its parts as stated: a year since the last visit, a warning and a remark, served until 03:00, 12 late incidents', () => {
    // 26 Nov 2025 → 26 Nov 2026: 12 months → 12 points; 15 + 5 = 20; 2 h past 01:00 → 10; not in a network → 0; 12.
    const risk = supervisionRisk(facts({ remarksLast3Years: 1, warningsLast3Years: 1, servesUntilWeekend: '03:00' }), { value: 12, atLeast: 12 }, TODAY);
    expect(points(risk)).toEqual({ SINCE_INSPECTION: 12, REMARKS: 20, SERVING_HOURS: 10, NETWORK: 0, LATE_INCIDENTS: 12 });
    expect(risk.score).toBe(54);
    expect(risk.parts.find((p) => p.factor === 'SINCE_INSPECTION')!.value).toBe(12);
  });

  it('caps each part, and gives a never-inspected venue the most for time', () => {
    const risk = supervisionRisk(facts({ lastInspectedOn: null, remarksLast3Years: 2, warningsLast3Years: 3, servesUntilWeekend: '05:00' }), { value: 80, atLeast: 80 }, TODAY);
    expect(points(risk)).toEqual({ SINCE_INSPECTION: 30, REMARKS: 30, SERVING_HOURS: 10, NETWORK: 0, LATE_INCIDENTS: 30 });
    expect(risk.score).toBe(100);
  });

  it('takes ten off for a network member, counts hidden cells ("under 5") as none, and never goes below 0', () => {
    const risk = supervisionRisk(facts({ lastInspectedOn: '2026-11-20', servesUntilWeekend: '23:00', inNetwork: true }), { value: null, atLeast: 0 }, TODAY);
    expect(points(risk)).toEqual({ SINCE_INSPECTION: 0, REMARKS: 0, SERVING_HOURS: 0, NETWORK: -10, LATE_INCIDENTS: 0 });
    expect(risk.score).toBe(0);
    // Published cells of 7 and "under 5": at least 7, said to be a lower bound.
    const published = supervisionRisk(facts(), { value: null, atLeast: 7 }, TODAY).parts.find((p) => p.factor === 'LATE_INCIDENTS');
    expect(published).toMatchObject({ points: 7, value: 7, exact: false });
  });

  it('reads months and serving hours as a person would', () => {
    expect(monthsBetween('2026-01-26', TODAY)).toBe(10);
    expect(monthsBetween(TODAY, TODAY)).toBe(0);
    expect(monthsBetween('2026-10-27', TODAY)).toBe(0);
    expect(monthsBetween('2023-11-26', TODAY)).toBe(36);
    expect(hoursPastOne('01:00')).toBe(0);
    expect(hoursPastOne('02:30')).toBe(1.5);
    expect(hoursPastOne('23:00')).toBe(0);
  });
});
