import { describe, expect, it } from 'vitest';
import { getisOrdGiStar, type CellCount, type GiStarCell } from '../src/index.js';

// Gi*_i = (L_i − X̄·W_i) / ( S·√( (n·W_i − W_i²) / (n − 1) ) )
//   L_i = Σ_j w_ij x_j (own count + neighbours' counts), W_i = Σ_j w_ij = Σ_j w_ij² (binary weights)
//   X̄ = Σx/n, S = √(Σx²/n − X̄²)
// Neighbour offsets (q, r): E (+1,0), NE (0,+1), NW (−1,+1), W (−1,0), SW (0,−1), SE (+1,−1).

function byKey(cells: GiStarCell[]): Record<string, GiStarCell> {
  return Object.fromEntries(cells.map((c) => [c.key, c]));
}

describe('Getis-Ord Gi* on a 10-cell grid', () => {
  // A 7-cell flower around A = (0,0) and three cells further east:
  //
  //   cell       (q, r)   count   neighbours in the study area              W    L
  //   A          (0, 0)    10     B C D E F G                               7    10+6+4+4+2+2+2 = 30
  //   B  E of A  (1, 0)     6     I(2,0) H(2,−1) C A G          [(1,1) out] 6    6+0+0+4+10+2   = 22
  //   C  SE of A (1,−1)     4     H(2,−1) D A B         [(2,−2),(1,−2) out]  5    4+0+4+10+6     = 24
  //   D  SW of A (0,−1)     4     C E A           [(1,−2),(0,−2),(−1,−1) out] 4   4+4+2+10       = 20
  //   E  W of A  (−1,0)     2     A D F           [(−1,−1),(−2,0),(−2,1) out] 4   2+10+4+2       = 18
  //   F  NW of A (−1,1)     2     G A E           [(−2,1),(−2,2),(−1,2) out]  4   2+2+10+2       = 16
  //   G  NE of A (0, 1)     2     B A F           [(1,1),(−1,2),(0,2) out]    4   2+6+10+2       = 20
  //   H          (2,−1)     0     J(3,−1) C B I         [(3,−2),(2,−2) out]  5    0+0+4+6+0      = 10
  //   I          (2, 0)     0     J H B            [(3,0),(1,1),(2,1) out]   4    0+0+0+6        = 6
  //   J          (3,−1)     0     H I       [(4,−1),(4,−2),(3,−2),(3,0) out]  3    0+0+0          = 0
  //
  // n = 10, Σx = 30, X̄ = 3; Σx² = 100+36+16+16+4+4+4 = 180, Σx²/n = 18, S² = 18 − 9 = 9, S = 3.
  // Denominator S·√(W(n−W)/(n−1)) = 3·√(W(10−W)/9) = √(W(10−W)):
  //   W=7: √21 = 4.58258   W=6: √24 = 4.89898   W=5: √25 = 5   W=4: √24   W=3: √21
  //
  //   A: (30 − 21)/√21 =  9/√21 =  1.963961     B: (22 − 18)/√24 =  4/√24 =  0.816497
  //   C: (24 − 15)/5   =  9/5   =  1.8          D: (20 − 12)/√24 =  8/√24 =  1.632993
  //   E: (18 − 12)/√24 =  6/√24 =  1.224745     F: (16 − 12)/√24 =  4/√24 =  0.816497
  //   G: (20 − 12)/√24 =  8/√24 =  1.632993     H: (10 − 15)/5   = −5/5   = −1
  //   I: ( 6 − 12)/√24 = −6/√24 = −1.224745     J: ( 0 −  9)/√21 = −9/√21 = −1.963961
  //
  // Two-sided p = 2·(1 − Φ(|z|)), from the normal table:
  //   |z| = 1.963961: Φ = 0.975233 → p = 0.049535      |z| = 1.8: Φ = 0.964070 → p = 0.071861
  //   |z| = 1.632993: Φ = 0.948765 → p = 0.102470      |z| = 1.224745: Φ = 0.889664 → p = 0.220671
  //   |z| = 0.816497: Φ = 0.792892 → p = 0.414216      |z| = 1: Φ = 0.841345 → p = 0.317311
  const grid: CellCount[] = [
    { q: 0, r: 0, count: 10 },
    { q: 1, r: 0, count: 6 },
    { q: 1, r: -1, count: 4 },
    { q: 0, r: -1, count: 4 },
    { q: -1, r: 0, count: 2 },
    { q: -1, r: 1, count: 2 },
    { q: 0, r: 1, count: 2 },
    { q: 2, r: -1, count: 0 },
    { q: 2, r: 0, count: 0 },
    { q: 3, r: -1, count: 0 },
  ];
  const expected: Record<string, { W: number; L: number; z: number; p: number }> = {
    '0:0': { W: 7, L: 30, z: 9 / Math.sqrt(21), p: 0.049535 },
    '1:0': { W: 6, L: 22, z: 4 / Math.sqrt(24), p: 0.414216 },
    '1:-1': { W: 5, L: 24, z: 1.8, p: 0.071861 },
    '0:-1': { W: 4, L: 20, z: 8 / Math.sqrt(24), p: 0.10247 },
    '-1:0': { W: 4, L: 18, z: 6 / Math.sqrt(24), p: 0.220671 },
    '-1:1': { W: 4, L: 16, z: 4 / Math.sqrt(24), p: 0.414216 },
    '0:1': { W: 4, L: 20, z: 8 / Math.sqrt(24), p: 0.10247 },
    '2:-1': { W: 5, L: 10, z: -1, p: 0.317311 },
    '2:0': { W: 4, L: 6, z: -6 / Math.sqrt(24), p: 0.220671 },
    '3:-1': { W: 3, L: 0, z: -9 / Math.sqrt(21), p: 0.049535 },
  };

  it('computes X̄ = 3 and S = 3', () => {
    const result = getisOrdGiStar(grid);
    expect(result.status).toBe('ok');
    expect(result.n).toBe(10);
    expect(result.mean).toBe(3);
    expect(result.s).toBeCloseTo(3, 12);
  });

  it('computes W, the local sum, z and p of every cell as worked out by hand', () => {
    const cells = byKey(getisOrdGiStar(grid).cells);
    for (const [key, e] of Object.entries(expected)) {
      const c = cells[key]!;
      expect(c.weight, key).toBe(e.W);
      expect(c.localSum, key).toBe(e.L);
      expect(c.z, key).toBeCloseTo(e.z, 12);
      expect(c.p, key).toBeCloseTo(e.p, 5);
    }
    expect(cells['1:-1']!.z).toBeCloseTo(1.8, 12);
    expect(cells['0:0']!.z).toBeCloseTo(1.963961, 6);
  });

  it('returns the cells in input order, whatever that order', () => {
    const reversed = [...grid].reverse();
    const result = getisOrdGiStar(reversed);
    expect(result.cells.map((c) => c.key)).toEqual(reversed.map((c) => `${c.q}:${c.r}`));
    expect(byKey(result.cells)['0:0']!.z).toBeCloseTo(9 / Math.sqrt(21), 12);
  });
});

describe('Getis-Ord Gi* on the 7-cell flower alone', () => {
  // centre (0,0) 7, E (1,0) 7, NE (0,1) 7, NW (−1,1) 0, W (−1,0) 0, SW (0,−1) 0, SE (1,−1) 0
  // n = 7, Σx = 21, X̄ = 3; Σx² = 3·49 = 147, Σx²/n = 21, S² = 21 − 9 = 12, S = 2√3 = 3.464102
  // The centre's neighbourhood is the whole area (W = n = 7): 0/0, reported as z = 0, p = 1.
  // Each ring cell has W = 4 (itself, the centre, its two ring neighbours):
  //   denominator = S·√((7·4 − 16)/6) = 2√3·√2 = 2√6 = 4.898979
  //   E : L = 7 + 7 (centre) + 7 (NE) + 0 (SE) = 21 → (21 − 12)/2√6 =  9/2√6 =  1.837117
  //   NE: L = 7 + 7 + 7 (E) + 0 (NW)           = 21 →                           1.837117
  //   NW: L = 0 + 7 + 7 (NE) + 0 (W)            = 14 → (14 − 12)/2√6 =  2/2√6 =  0.408248
  //   W : L = 0 + 7 + 0 (NW) + 0 (SW)           =  7 → ( 7 − 12)/2√6 = −5/2√6 = −1.020621
  //   SW: L = 0 + 7 + 0 (W) + 0 (SE)            =  7 →                          −1.020621
  //   SE: L = 0 + 7 + 0 (SW) + 7 (E)            = 14 →                           0.408248
  const flower: CellCount[] = [
    { q: 0, r: 0, count: 7 },
    { q: 1, r: 0, count: 7 },
    { q: 0, r: 1, count: 7 },
    { q: -1, r: 1, count: 0 },
    { q: -1, r: 0, count: 0 },
    { q: 0, r: -1, count: 0 },
    { q: 1, r: -1, count: 0 },
  ];

  it('gives the centre z = 0, p = 1 and the ring the hand-computed z-scores', () => {
    const result = getisOrdGiStar(flower);
    expect(result.status).toBe('ok');
    expect(result.s).toBeCloseTo(2 * Math.sqrt(3), 12);
    const cells = byKey(result.cells);
    expect(cells['0:0']).toMatchObject({ weight: 7, localSum: 21, z: 0, p: 1 });
    const root = 2 * Math.sqrt(6);
    expect(cells['1:0']!.z).toBeCloseTo(9 / root, 12);
    expect(cells['0:1']!.z).toBeCloseTo(9 / root, 12);
    expect(cells['-1:1']!.z).toBeCloseTo(2 / root, 12);
    expect(cells['-1:0']!.z).toBeCloseTo(-5 / root, 12);
    expect(cells['0:-1']!.z).toBeCloseTo(-5 / root, 12);
    expect(cells['1:-1']!.z).toBeCloseTo(2 / root, 12);
    expect(cells['1:0']!.z).toBeCloseTo(1.837117, 6);
    for (const key of ['1:0', '0:1', '-1:1', '-1:0', '0:-1', '1:-1']) expect(cells[key]!.weight).toBe(4);
  });
});

describe('Getis-Ord Gi* edge cases', () => {
  it('reduces to the plain z-score (x − X̄)/S for cells with no neighbours in the area', () => {
    // three isolated cells, counts 0, 0, 3: X̄ = 1, Σx²/n = 9/3 = 3, S² = 3 − 1 = 2, S = √2
    // W = 1: denominator = √2·√((3·1 − 1)/2) = √2 → z = (3 − 1)/√2 = √2 and (0 − 1)/√2 = −1/√2
    const result = getisOrdGiStar([
      { q: 0, r: 0, count: 0 },
      { q: 10, r: 0, count: 0 },
      { q: 0, r: 10, count: 3 },
    ]);
    expect(result.cells.map((c) => c.weight)).toEqual([1, 1, 1]);
    expect(result.cells[0]!.z).toBeCloseTo(-1 / Math.SQRT2, 12);
    expect(result.cells[1]!.z).toBeCloseTo(-1 / Math.SQRT2, 12);
    expect(result.cells[2]!.z).toBeCloseTo(Math.SQRT2, 12);
  });

  it('reports no variance (S = 0) with z = 0 and p = 1 everywhere', () => {
    for (const count of [0, 3]) {
      const result = getisOrdGiStar([
        { q: 0, r: 0, count },
        { q: 1, r: 0, count },
        { q: 2, r: 0, count },
        { q: 0, r: 1, count },
      ]);
      expect(result.status).toBe('no-variance');
      expect(result.s).toBe(0);
      expect(result.cells.map((c) => [c.z, c.p])).toEqual([
        [0, 1],
        [0, 1],
        [0, 1],
        [0, 1],
      ]);
    }
  });

  it('gives no statistic for fewer than 3 cells', () => {
    const two = getisOrdGiStar([
      { q: 0, r: 0, count: 1 },
      { q: 1, r: 0, count: 5 },
    ]);
    expect(two).toMatchObject({ status: 'too-few-cells', n: 2, mean: 3, cells: [] });
    expect(getisOrdGiStar([])).toMatchObject({ status: 'too-few-cells', n: 0, cells: [] });
  });

  it('refuses a cell given twice and counts that are not finite', () => {
    expect(() =>
      getisOrdGiStar([
        { q: 0, r: 0, count: 1 },
        { q: 0, r: 0, count: 2 },
        { q: 1, r: 0, count: 2 },
      ]),
    ).toThrow(/twice/);
    expect(() =>
      getisOrdGiStar([
        { q: 0, r: 0, count: Number.NaN },
        { q: 1, r: 0, count: 2 },
        { q: 2, r: 0, count: 2 },
      ]),
    ).toThrow(RangeError);
  });
});

describe('Gi* gives equal inputs equal z-scores (the trend test depends on seeing ties)', () => {
  // A 6 × 5 parallelogram of cells. Week B is week A with two counts swapped: the same n, Σx and Σx²,
  // and cell (3, 0) has the same neighbourhood sum and weight in both, so its z is the same number.
  // Computed from a floating-point mean and deviations the two differed in the last bit
  // (−0.785166160896482 and −0.7851661608964821), and Mann-Kendall missed the tie.
  const grid = Array.from({ length: 30 }, (_, i) => ({ q: i % 6, r: Math.floor(i / 6) }));
  const week = (counts: number[]): CellCount[] => grid.map((c, i) => ({ ...c, count: counts[i]! }));
  const a = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0];
  const b = [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0];

  it('is bit-identical for the same neighbourhood sum, weight and area totals', () => {
    const [za, zb] = [getisOrdGiStar(week(a)).cells[3]!, getisOrdGiStar(week(b)).cells[3]!];
    expect([za.localSum, za.weight]).toEqual([zb.localSum, zb.weight]);
    expect(Object.is(za.z, zb.z)).toBe(true);
    expect(za.z).toBeCloseTo(-0.785166160896482, 14);
  });

  it('is the same for every cell of a permuted grid whose neighbourhoods are the same', () => {
    const [ga, gb] = [getisOrdGiStar(week(a)).cells, getisOrdGiStar(week(b)).cells];
    const same = ga.filter((c, i) => c.localSum === gb[i]!.localSum && c.weight === gb[i]!.weight);
    expect(same.length).toBeGreaterThan(10);
    same.forEach((c) => expect(c.z).toBe(gb[ga.indexOf(c)]!.z));
  });
});
