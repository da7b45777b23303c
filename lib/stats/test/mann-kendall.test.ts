import { describe, expect, it } from 'vitest';
import { mannKendall } from '../src/index.js';

// S = Σ_{i<j} sgn(x_j − x_i); Var(S) = (n(n−1)(2n+5) − Σ t(t−1)(2t+5)) / 18 over tie groups of size t;
// z = (S − 1)/√Var if S > 0, (S + 1)/√Var if S < 0, 0 if S = 0; p two-sided.

describe('Mann-Kendall', () => {
  it('1 2 3 4 5: S = 10, Var = 50/3, z = 2.204541, p = 0.027486, up', () => {
    // every one of the 5·4/2 = 10 pairs increases: S = 10, tau = 10/10 = 1
    // Var = 5·4·15/18 = 300/18 = 16.666667; z = 9/√16.666667 = 9/4.082483 = 2.204541
    // p = 2·(1 − Φ(2.204541)) = 2·(1 − 0.986257) = 0.027486
    const r = mannKendall([1, 2, 3, 4, 5]);
    expect(r.s).toBe(10);
    expect(r.tau).toBe(1);
    expect(r.variance).toBeCloseTo(300 / 18, 12);
    expect(r.z).toBeCloseTo(9 / Math.sqrt(300 / 18), 12);
    expect(r.z).toBeCloseTo(2.204541, 6);
    expect(r.p).toBeCloseTo(0.027486, 6);
    expect(r.trend).toBe('up');
    expect(r.tieGroups).toEqual([]);
    // at alpha 0.01 the same series has no significant trend
    expect(mannKendall([1, 2, 3, 4, 5], 0.01).trend).toBe('none');
  });

  it('1 2 2 3 5 4 (one tie of two): S = 12, Var = 492/18, z = 2.104003, up', () => {
    // i=1 (1): 2 2 3 5 4 all larger            +5
    // i=2 (2): 2 (=0), 3, 5, 4                 +3
    // i=3 (2): 3, 5, 4                         +3
    // i=4 (3): 5, 4                            +2
    // i=5 (5): 4                               −1      S = 12
    // Var = (6·5·17 − 2·1·9)/18 = (510 − 18)/18 = 27.333333; z = 11/√27.333333 = 11/5.228129 = 2.104003
    // p = 2·(1 − Φ(2.104003)) = 2·(1 − 0.982311) = 0.035378
    const r = mannKendall([1, 2, 2, 3, 5, 4]);
    expect(r.s).toBe(12);
    expect(r.tieGroups).toEqual([2]);
    expect(r.variance).toBeCloseTo(492 / 18, 12);
    expect(r.z).toBeCloseTo(11 / Math.sqrt(492 / 18), 12);
    expect(r.z).toBeCloseTo(2.104003, 6);
    expect(r.p).toBeCloseTo(0.035378, 6);
    expect(r.tau).toBeCloseTo(12 / 15, 12);
    expect(r.trend).toBe('up');
  });

  it('4 4 3 5 2 2 2 1 (ties of two and three): S = −18, Var = 1092/18, z = −2.182599, down', () => {
    // i=1 (4): 4 (0), 3 −, 5 +, 2 2 2 1 −−−−   +1 − 5 = −4
    // i=2 (4): 3 −, 5 +, 2 2 2 1 −−−−          +1 − 5 = −4
    // i=3 (3): 5 +, 2 2 2 1 −−−−               +1 − 4 = −3
    // i=4 (5): 2 2 2 1                         −4
    // i=5 (2): 2 (0), 2 (0), 1 −               −1
    // i=6 (2): 2 (0), 1 −                      −1
    // i=7 (2): 1 −                             −1      S = −18
    // ties: {4, 4} t = 2 → 2·1·9 = 18; {2, 2, 2} t = 3 → 3·2·11 = 66; Σ = 84
    // Var = (8·7·21 − 84)/18 = (1176 − 84)/18 = 60.666667; z = (−18 + 1)/√60.666667 = −17/7.788881 = −2.182599
    // p = 2·(1 − Φ(2.182599)) = 2·(1 − 0.985467) = 0.029065
    const r = mannKendall([4, 4, 3, 5, 2, 2, 2, 1]);
    expect(r.s).toBe(-18);
    expect(r.tieGroups).toEqual([2, 3]);
    expect(r.variance).toBeCloseTo(1092 / 18, 12);
    expect(r.z).toBeCloseTo(-17 / Math.sqrt(1092 / 18), 12);
    expect(r.z).toBeCloseTo(-2.182599, 6);
    expect(r.p).toBeCloseTo(0.029065, 6);
    expect(r.trend).toBe('down');
  });

  it('1 3 2 3 1: S = 0 → z = 0, p = 1, no trend', () => {
    // i=1 (1): 3 +, 2 +, 3 +, 1 (0)  +3;  i=2 (3): 2 −, 3 (0), 1 −  −2;  i=3 (2): 3 +, 1 −  0;  i=4 (3): 1 −  −1
    // S = 0; ties {1,1} and {3,3}: Var = (5·4·15 − 18 − 18)/18 = 264/18 = 14.666667
    const r = mannKendall([1, 3, 2, 3, 1]);
    expect(r.s).toBe(0);
    expect(r.variance).toBeCloseTo(264 / 18, 12);
    expect(r).toMatchObject({ z: 0, p: 1, trend: 'none', tieGroups: [2, 2] });
  });

  it('3 2 3 2 … (ten alternating values): S = −5, z = −0.417786, no trend', () => {
    // pairs (2 before 3): 4+3+2+1+0 = 10 → +10; pairs (3 before 2): 5+4+3+2+1 = 15 → −15; S = −5
    // ties: two groups of five, each 5·4·15 = 300; Var = (10·9·25 − 600)/18 = 1650/18 = 91.666667
    // z = (−5 + 1)/√91.666667 = −4/9.574271 = −0.417786; p = 0.676103
    const r = mannKendall([3, 2, 3, 2, 3, 2, 3, 2, 3, 2]);
    expect(r.s).toBe(-5);
    expect(r.variance).toBeCloseTo(1650 / 18, 12);
    expect(r.z).toBeCloseTo(-0.417786, 6);
    expect(r.p).toBeCloseTo(0.676103, 6);
    expect(r.trend).toBe('none');
  });

  it('handles the degenerate series', () => {
    // n = 2, S = 1: Var = 2·1·9/18 = 1, z = (1 − 1)/1 = 0
    expect(mannKendall([1, 2])).toMatchObject({ s: 1, variance: 1, z: 0, p: 1, trend: 'none' });
    // all equal: Var = (4·3·13 − 4·3·13)/18 = 0
    expect(mannKendall([3, 3, 3, 3])).toMatchObject({ s: 0, variance: 0, z: 0, p: 1, trend: 'none', tieGroups: [4] });
    expect(mannKendall([7])).toMatchObject({ n: 1, s: 0, z: 0, p: 1, trend: 'none', tau: 0 });
    expect(mannKendall([])).toMatchObject({ n: 0, s: 0, z: 0, p: 1, trend: 'none' });
    // n = 3 increasing: S = 3, Var = 3·2·11/18 = 3.666667, z = 2/1.914854 = 1.044466, p = 0.296 — never significant
    expect(mannKendall([1, 2, 3]).z).toBeCloseTo(1.044466, 6);
    expect(mannKendall([1, 2, 3]).trend).toBe('none');
  });

  it('refuses non-finite values and an alpha outside (0, 1)', () => {
    expect(() => mannKendall([1, Number.NaN, 3])).toThrow(RangeError);
    expect(() => mannKendall([1, 2, 3], 0)).toThrow(RangeError);
  });
});
