import { describe, expect, it } from 'vitest';
import type { MeasureEffect } from '../api/measures';
import { effectGroups, percentChange, relativeVerdict } from './measureEffect';

const exact = (value: number) => ({ exact: true, value, atLeast: value, hiddenCells: 0 });

describe('effectGroups', () => {
  it('scales each area on its own, so the target is not flattened by the control area', () => {
    const effect: MeasureEffect = {
      target: { before: exact(12), after: exact(6) },
      control: { before: exact(300), after: exact(280) },
    };
    const [target, control] = effectGroups(effect);
    expect(target!.zone).toBe('target');
    expect(target!.max).toBe(20);
    expect(target!.bars.map((b) => [b.period, b.height])).toEqual([['before', 0.6], ['after', 0.3]]);
    expect(control!.max).toBe(500);
    expect(control!.bars.map((b) => b.height)).toEqual([0.6, 0.56]);
  });

  it('draws a count under 5 as a marker and an unknown "after" as nothing', () => {
    const effect: MeasureEffect = {
      target: { before: { exact: false, value: null, atLeast: 0, hiddenCells: 2 }, after: null },
      control: { before: exact(40), after: null },
    };
    const [target] = effectGroups(effect);
    expect(target!.bars.map((b) => [b.display.kind, b.height])).toEqual([['underFive', 0.8], ['unknown', 0]]);
  });
});

describe('percentChange and relativeVerdict', () => {
  it('rounds the fraction to whole per cent', () => {
    expect(percentChange(-0.354)).toBe(-35);
    expect(percentChange(null)).toBeNull();
  });

  it('reads under 1 as better than the control trend', () => {
    expect(relativeVerdict(0.6)).toBe('better');
    expect(relativeVerdict(1.3)).toBe('worse');
    expect(relativeVerdict(1.02)).toBe('same');
    expect(relativeVerdict(undefined)).toBeNull();
  });
});
