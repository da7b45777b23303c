import { describe, expect, it } from 'vitest';
import { effectFigures } from '../src/effect.js';

// Worked by hand: target 20 → 10, buffer 10 → 12, control 100 → 100, 84 days on each side.
//   target change: (10/84) / (20/84) − 1 = −0.5
//   relative change: (10/20) / (100/100) = 0.5
//   success measure: 10/100 − 20/100 = −0.1
//   buffer measure: 12/100 − 10/100 = 0.02 → WDQ = 0.02 / −0.1 = −0.2 (some displacement, less than the gain)
const CASE = {
  target: { before: 20, after: 10 },
  buffer: { before: 10, after: 12 },
  control: { before: 100, after: 100 },
  beforeDays: 84,
  afterDays: 84,
};

describe('effectFigures', () => {
  it('gives the change, the relative change and the weighted displacement quotient', () => {
    const f = effectFigures(CASE);
    expect(f.targetChange).toBeCloseTo(-0.5, 12);
    expect(f.controlChange).toBeCloseTo(0, 12);
    expect(f.relativeChange).toBeCloseTo(0.5, 12);
    expect(f.successMeasure).toBeCloseTo(-0.1, 12);
    expect(f.wdq).toBeCloseTo(-0.2, 12);
  });

  it('compares daily rates when the "after" window is still running', () => {
    // 21 days after with 5 incidents = 5/21 a day against 20/84: exactly the same rate.
    const f = effectFigures({ ...CASE, target: { before: 20, after: 5 }, afterDays: 21 });
    expect(f.targetChange).toBeCloseTo(0, 12);
  });

  it('says nothing (null) where a count is hidden or a divisor is zero', () => {
    expect(effectFigures({ ...CASE, target: { before: null, after: 10 } })).toMatchObject({ targetChange: null, relativeChange: null, successMeasure: null, wdq: null });
    expect(effectFigures({ ...CASE, target: { before: 0, after: 3 } }).targetChange).toBeNull();
    expect(effectFigures({ ...CASE, control: { before: 0, after: 0 } })).toMatchObject({ relativeChange: null, successMeasure: null, wdq: null });
    // No change in the target: nothing to weigh displacement against.
    expect(effectFigures({ ...CASE, target: { before: 20, after: 20 } }).wdq).toBeNull();
    expect(effectFigures({ ...CASE, buffer: { before: null, after: 12 } })).toMatchObject({ wdq: null, successMeasure: -0.1 });
  });
});
