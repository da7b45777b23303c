import { describe, expect, it } from 'vitest';
import { TRANSITIONS, transitionProblem } from '../src/lifecycle/status.js';
import { wedgeRing } from '../src/lifecycle/wedge.js';
import { MEASURE_STATUSES } from '../src/kinds.js';

describe('the status machine', () => {
  it('allows exactly the moves of the plan', () => {
    const allowed = MEASURE_STATUSES.flatMap((from) => TRANSITIONS[from].map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual([
      'decided→in_progress', 'decided→rejected', 'done→evaluated', 'in_progress→done', 'proposed→decided', 'proposed→rejected',
    ]);
    for (const from of MEASURE_STATUSES) {
      for (const to of MEASURE_STATUSES) {
        const problem = transitionProblem({ from, to, kind: 'lighting', permitState: null });
        expect(problem === null).toBe(TRANSITIONS[from].includes(to));
      }
    }
  });

  it('names the allowed moves when it refuses one', () => {
    expect(transitionProblem({ from: 'proposed', to: 'done', kind: 'signage', permitState: null }))
      .toBe('A measure cannot go from proposed to done; allowed: decided, rejected');
    expect(transitionProblem({ from: 'rejected', to: 'decided', kind: 'signage', permitState: null }))
      .toBe('A measure that is rejected cannot change status any more');
  });

  it('keeps a camera from being in progress or done without a granted permit', () => {
    for (const permitState of ['not_applied', 'applied', 'refused', 'expired', null] as const) {
      expect(transitionProblem({ from: 'decided', to: 'in_progress', kind: 'camera', permitState })).toMatch(/without a granted permit/);
      expect(transitionProblem({ from: 'in_progress', to: 'done', kind: 'camera', permitState })).toMatch(/without a granted permit/);
    }
    expect(transitionProblem({ from: 'decided', to: 'in_progress', kind: 'camera', permitState: 'granted' })).toBeNull();
    // Deciding on a camera, or rejecting it, needs no permit yet.
    expect(transitionProblem({ from: 'proposed', to: 'decided', kind: 'camera', permitState: 'not_applied' })).toBeNull();
    expect(transitionProblem({ from: 'decided', to: 'rejected', kind: 'camera', permitState: 'refused' })).toBeNull();
  });
});

describe('the camera wedge', () => {
  it('points a 90° view east with 100 m range from the origin', () => {
    // Bearings 45° … 135° in 5° steps: 18 steps, 19 arc points; sin 45° = cos 45° = 0.70711.
    const ring = wedgeRing([0, 0], { directionDeg: 90, angleDeg: 90, rangeM: 100 });
    expect(ring).toHaveLength(1 + 19 + 1);
    expect(ring[0]).toEqual([0, 0]);
    expect(ring[1]).toEqual([70.71, 70.71]);
    expect(ring[10]).toEqual([100, 0]); // due east, the middle of the arc
    expect(ring[19]).toEqual([70.71, -70.71]);
    expect(ring[20]).toEqual([0, 0]);
  });

  it('works in SWEREF 99 TM coordinates and across north', () => {
    // Facing north (0°) with a 60° view: from bearing −30° to 30° in ceil(60 / 5) = 12 steps of 5°.
    const ring = wedgeRing([536_000, 6_472_000], { directionDeg: 0, angleDeg: 60, rangeM: 50 });
    expect(ring).toHaveLength(1 + 13 + 1);
    // −30°: x − 50 · sin 30° = x − 25, y + 50 · cos 30° = y + 43.30.
    expect(ring[1]).toEqual([535_975, 6_472_043.3]);
    expect(ring[7]).toEqual([536_000, 6_472_050]);
    expect(ring[13]).toEqual([536_025, 6_472_043.3]);
  });

  it('draws a 360° dome camera as a closed circle without an apex', () => {
    // The arc runs from bearing −180° (south) clockwise: west at −90°, north at 0°, east at 90°.
    const ring = wedgeRing([0, 0], { directionDeg: 0, angleDeg: 360, rangeM: 10 });
    expect(ring).toHaveLength(72 + 1);
    expect(ring[0]).toEqual([0, -10]);
    expect(ring[18]).toEqual([-10, 0]);
    expect(ring[36]).toEqual([0, 10]);
    expect(ring[72]).toEqual(ring[0]);
  });

  it('keeps a narrow view a triangle-like wedge', () => {
    // 3°: one step, the two arc ends only. Bearings 178.5° and 181.5°: sin 1.5° = 0.026177, cos 1.5° = 0.999657,
    // so x = ±200 · 0.026177 = ±5.24 and y = −200 · 0.999657 = −199.93.
    expect(wedgeRing([0, 0], { directionDeg: 180, angleDeg: 3, rangeM: 200 })).toEqual([[0, 0], [5.24, -199.93], [-5.24, -199.93], [0, 0]]);
  });
});
