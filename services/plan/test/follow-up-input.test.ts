import { describe, expect, it } from 'vitest';
import { checkedAssessment, checkedFollowUp, checkedYear } from '../src/follow-up-input.js';

const PERIOD = { from: '2019-06-01', to: '2022-12-31' };
const fieldOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (error) {
    return (error as { extensions: { field?: string } }).extensions.field ?? 'refused';
  }
};

describe('a follow-up', () => {
  it('is for a year from the one before the plan to the one after it, and one that has begun', () => {
    expect(checkedYear(2018, PERIOD, '2026-11-26')).toBe(2018);
    expect(checkedYear(2023, PERIOD, '2026-11-26')).toBe(2023);
    expect(fieldOf(() => checkedYear(2017, PERIOD, '2026-11-26'))).toBe('year');
    expect(fieldOf(() => checkedYear(2024, PERIOD, '2026-11-26'))).toBe('year');
    expect(fieldOf(() => checkedYear(2022, PERIOD, '2021-06-01'))).toBe('year');
  });

  it('trims its words, keeps named figures once each, and refuses personal data', () => {
    expect(checkedFollowUp({ status: 'done', done: ' Klart. ', indicators: [{ name: ' Tillsyner ', value: 40, unit: ' st ' }, { name: 'Andel', value: 0.5 }] }))
      .toEqual({ status: 'done', done: 'Klart.', comment: '', indicators: [{ name: 'Tillsyner', value: 40, unit: 'st' }, { name: 'Andel', value: 0.5, unit: null }] });
    expect(fieldOf(() => checkedFollowUp({ status: 'done', indicators: [{ name: '', value: 1 }] }))).toBe('indicators[0].name');
    expect(fieldOf(() => checkedFollowUp({ status: 'done', indicators: [{ name: 'A', value: Number.NaN }] }))).toBe('indicators[0].value');
    expect(fieldOf(() => checkedFollowUp({ status: 'done', done: 'Kontakt: anna.andersson@example.se' }))).not.toBeNull();
  });
});

describe('an assessment of criminal influence', () => {
  it('has a stage 1–4 and a summary', () => {
    expect(checkedAssessment({ stage: 3, summary: ' Systematisk påverkan på lokala företag. ' })).toEqual({ stage: 3, summary: 'Systematisk påverkan på lokala företag.' });
    expect(fieldOf(() => checkedAssessment({ stage: 0, summary: 'x' }))).toBe('stage');
    expect(fieldOf(() => checkedAssessment({ stage: 2.5, summary: 'x' }))).toBe('stage');
    expect(fieldOf(() => checkedAssessment({ stage: 2, summary: ' ' }))).toBe('summary');
  });
});
