import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  benjaminiHochbergAdjusted,
  benjaminiHochbergCutoff,
  classifyHotSpots,
  getisOrdGiStar,
  isCold,
  isHot,
} from '../src/index.js';

// Ten results (input order a…j). Sorted by p, m = 10, with the BH thresholds k·q/m:
//
//   k  cell  p        z      q=0.01: k·0.001   q=0.05: k·0.005   q=0.10: k·0.01
//   1  b     0.0008   +3.35   0.001  ✓          0.005  ✓          0.01  ✓
//   2  d     0.008    −2.65   0.002  ✗          0.010  ✓          0.02  ✓
//   3  f     0.039    +2.06   0.003  ✗          0.015  ✗          0.03  ✗ (but below a later k)
//   4  i     0.041    −2.04   0.004  ✗          0.020  ✗          0.04  ✗ (idem)
//   5  a     0.042    +2.03   0.005  ✗          0.025  ✗          0.05  ✓
//   6  e     0.059    +1.89   0.006  ✗          0.030  ✗          0.06  ✓   ← largest k at q = 0.10
//   7  h     0.074    −1.79   0.007  ✗          0.035  ✗          0.07  ✗
//   8  g     0.205    +1.27   …      ✗          …      ✗          0.08  ✗
//   9  j     0.212    +1.25   …      ✗          …      ✗          0.09  ✗
//  10  c     0.216    −1.24   0.010  ✗          0.050  ✗          0.10  ✗
//
// Largest k with p_(k) ≤ k·q/m: q = 0.01 → k = 1 (b); q = 0.05 → k = 2 (b, d); q = 0.10 → k = 6
// (b, d, f, i, a, e — f and i fail their own threshold but the step-up takes every p ≤ p_(6)).
const results = [
  { name: 'a', p: 0.042, z: 2.03 },
  { name: 'b', p: 0.0008, z: 3.35 },
  { name: 'c', p: 0.216, z: -1.24 },
  { name: 'd', p: 0.008, z: -2.65 },
  { name: 'e', p: 0.059, z: 1.89 },
  { name: 'f', p: 0.039, z: 2.06 },
  { name: 'g', p: 0.205, z: 1.27 },
  { name: 'h', p: 0.074, z: -1.79 },
  { name: 'i', p: 0.041, z: -2.04 },
  { name: 'j', p: 0.212, z: 1.25 },
];
const pValues = results.map((r) => r.p);
const names = (flags: boolean[]) => results.filter((_, i) => flags[i]).map((r) => r.name);

describe('Benjamini–Hochberg', () => {
  it('finds the significant p-values at q = 0.01, 0.05 and 0.10 as worked out by hand', () => {
    expect(names(benjaminiHochberg(pValues, 0.01))).toEqual(['b']);
    expect(names(benjaminiHochberg(pValues, 0.05))).toEqual(['b', 'd']);
    expect(names(benjaminiHochberg(pValues, 0.1))).toEqual(['a', 'b', 'd', 'e', 'f', 'i']);
    expect(benjaminiHochbergCutoff(pValues, 0.1)).toBe(0.059);
    expect(benjaminiHochbergCutoff(pValues, 0.001)).toBe(-1); // 0.0008 > 1·0.001/10
    expect(names(benjaminiHochberg(pValues, 0.001))).toEqual([]);
  });

  it('gives the adjusted p-values min_{k ≥ i} m·p_(k)/k', () => {
    // m·p_(k)/k: 0.008, 0.04, 0.13, 0.1025, 0.084, 0.098333, 0.105714, 0.25625, 0.235556, 0.216
    // running minimum from k = 10 down:
    //   k10 0.216, k9 0.216, k8 0.216, k7 0.105714, k6 0.098333, k5 0.084, k4 0.084, k3 0.084, k2 0.04, k1 0.008
    const adjusted = benjaminiHochbergAdjusted(pValues);
    const expected = { a: 0.084, b: 0.008, c: 0.216, d: 0.04, e: 0.0983333, f: 0.084, g: 0.216, h: 0.1057143, i: 0.084, j: 0.216 };
    results.forEach((r, i) => expect(adjusted[i], r.name).toBeCloseTo(expected[r.name as keyof typeof expected], 6));
  });

  it('treats tied p-values alike', () => {
    // m = 4, q = 0.05: thresholds 0.0125, 0.025, 0.0375, 0.05; p_(3) = 0.01 ≤ 0.0375 → all three 0.01 in
    expect(benjaminiHochberg([0.01, 0.5, 0.01, 0.01], 0.05)).toEqual([true, false, true, true]);
    // m = 3, q = 0.05: thresholds 0.016667, 0.033333, 0.05; p_(2) = 0.02 ≤ 0.033333 → both 0.02 in
    expect(benjaminiHochberg([0.02, 0.9, 0.02], 0.05)).toEqual([true, false, true]);
    // m = 2, q = 0.05: thresholds 0.025, 0.05; p_(2) = 0.03 ≤ 0.05 → both in, though 0.03 > 0.025
    expect(benjaminiHochberg([0.03, 0.03], 0.05)).toEqual([true, true]);
  });

  it('accepts an empty list and refuses p-values outside [0, 1] and levels outside (0, 1]', () => {
    expect(benjaminiHochberg([], 0.05)).toEqual([]);
    expect(() => benjaminiHochberg([0.5, Number.NaN], 0.05)).toThrow(RangeError);
    expect(() => benjaminiHochberg([1.5], 0.05)).toThrow(RangeError);
    expect(() => benjaminiHochberg([0.5], 0)).toThrow(RangeError);
  });
});

describe('classifyHotSpots', () => {
  it('classifies by the strictest level at which BH keeps the cell, and the sign of z', () => {
    const classes = classifyHotSpots(results);
    const byName = Object.fromEntries(results.map((r, i) => [r.name, classes[i]]));
    expect(byName.b).toEqual({ class: 'hot-99', confidence: 99, bin: 3 });
    expect(byName.d).toEqual({ class: 'cold-95', confidence: 95, bin: -2 });
    expect(byName.a).toEqual({ class: 'hot-90', confidence: 90, bin: 1 });
    expect(byName.e).toEqual({ class: 'hot-90', confidence: 90, bin: 1 });
    expect(byName.f).toEqual({ class: 'hot-90', confidence: 90, bin: 1 });
    expect(byName.i).toEqual({ class: 'cold-90', confidence: 90, bin: -1 });
    for (const name of ['c', 'g', 'h', 'j']) expect(byName[name]).toEqual({ class: 'none', confidence: 0, bin: 0 });
  });

  it('without correction uses the raw p-value: p ≤ 0.01 / 0.05 / 0.10', () => {
    const classes = classifyHotSpots(results, { correction: 'none' }).map((c) => c.class);
    // a 0.042 → hot-95, b 0.0008 → hot-99, c 0.216 → none, d 0.008 → cold-99, e 0.059 → hot-90,
    // f 0.039 → hot-95, g 0.205 → none, h 0.074 → cold-90, i 0.041 → cold-95, j 0.212 → none
    expect(classes).toEqual(['hot-95', 'hot-99', 'none', 'cold-99', 'hot-90', 'hot-95', 'none', 'cold-90', 'cold-95', 'none']);
  });

  it('never calls z = 0 hot or cold', () => {
    expect(classifyHotSpots([{ z: 0, p: 0 }])).toEqual([{ class: 'none', confidence: 0, bin: 0 }]);
  });

  it('classifies a Gi* result: a 7-cell cluster of 10s next to three empty cells', () => {
    // Cells as in gistar.test.ts, counts: flower A…G = 10 each, H (2,−1), I (2,0), J (3,−1) = 0.
    // n = 10, X̄ = 70/10 = 7, Σx²/n = 700/10 = 70, S² = 70 − 49 = 21, S = √21.
    // Denominator √21·√(W(10 − W)/9): W=7 or 3: √21·√21/3 = 7; W=4 or 6: √(21·24/9) = √56 = 7.483315;
    // W=5: √21·5/3 = 7.637626.
    //   A (W 7, L 70): (70 − 49)/7 = 3              p = 2·(1 − 0.998650) = 0.002700
    //   J (W 3, L 0):  (0 − 21)/7 = −3              p = 0.002700
    //   I (W 4, L 10): (10 − 28)/√56 = −2.405351    p = 0.016157
    //   H (W 5, L 20): (20 − 35)/7.637626 = −1.963961  p = 0.049535
    //   D E F G (W 4, L 40): (40 − 28)/√56 = 1.603567  p = 0.108809
    //   C (W 5, L 40): (40 − 35)/7.637626 = 0.654654   p = 0.512691
    //   B (W 6, L 40): (40 − 42)/√56 = −0.267261       p = 0.789268
    // Sorted p: 0.0027 (A), 0.0027 (J), 0.016157 (I), 0.049535 (H), 0.108809 ×4, 0.512691, 0.789268
    //   q = 0.01: k·0.001 → 0.0027 > 0.002 (k=2), > 0.001 (k=1): nothing
    //   q = 0.05: k·0.005 → k=2: 0.0027 ≤ 0.010 ✓; k=3: 0.016157 > 0.015; k=4: 0.049535 > 0.020 … → A, J
    //   q = 0.10: k·0.01  → k=3: 0.016157 ≤ 0.03 ✓; k=4: 0.049535 > 0.04; k≥5: 0.108809 > 0.05 … → A, J, I
    // So A hot-95, J cold-95, I cold-90, the rest none.
    const gi = getisOrdGiStar([
      { q: 0, r: 0, count: 10 },
      { q: 1, r: 0, count: 10 },
      { q: 1, r: -1, count: 10 },
      { q: 0, r: -1, count: 10 },
      { q: -1, r: 0, count: 10 },
      { q: -1, r: 1, count: 10 },
      { q: 0, r: 1, count: 10 },
      { q: 2, r: -1, count: 0 },
      { q: 2, r: 0, count: 0 },
      { q: 3, r: -1, count: 0 },
    ]);
    expect(gi.cells.map((c) => c.z).map((z) => Math.round(z * 1e6) / 1e6)).toEqual([
      3, -0.267261, 0.654654, 1.603567, 1.603567, 1.603567, 1.603567, -1.963961, -2.405351, -3,
    ]);
    expect(gi.cells[0]!.p).toBeCloseTo(0.0027, 6);
    expect(gi.cells[8]!.p).toBeCloseTo(0.016157, 6);
    const classes = classifyHotSpots(gi.cells).map((c) => c.class);
    expect(classes).toEqual(['hot-95', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'cold-90', 'cold-95']);
    expect(classes.map(isHot)).toEqual([true, false, false, false, false, false, false, false, false, false]);
    expect(classes.map(isCold)).toEqual([false, false, false, false, false, false, false, false, true, true]);
  });
});
