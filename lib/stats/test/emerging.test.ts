import { describe, expect, it } from 'vitest';
import { emergingCategory, emergingHotSpots, type CellCount, type EmergingStep, type HotSpotClass } from '../src/index.js';

// Series are written one letter a week, oldest first:
//   H = hot (hot-90), C = cold (cold-90), . = not significant.
// The z-scores only matter for the trend (Mann-Kendall on z); unless a test says otherwise they are
// +2 for H, −2 for C and +0.5 for '.', so the z-series and the hot weeks go together.
function weeks(pattern: string, z?: readonly number[]): EmergingStep[] {
  return [...pattern].map((ch, i) => {
    const cls: HotSpotClass = ch === 'H' ? 'hot-90' : ch === 'C' ? 'cold-90' : 'none';
    return { class: cls, z: z?.[i] ?? (ch === 'H' ? 2 : ch === 'C' ? -2 : 0.5) };
  });
}

describe('emerging hot spot categories', () => {
  it('new: hot in the final week only', () => {
    expect(emergingCategory(weeks('.........H'))).toMatchObject({ category: 'new', spot: 'hot', hotSteps: 1, steps: 10 });
    expect(emergingCategory(weeks('...H'))).toMatchObject({ category: 'new', spot: 'hot' });
  });

  it('consecutive: one unbroken final run of at least two hot weeks, never hot before, < 90 %', () => {
    expect(emergingCategory(weeks('.......HHH'))).toMatchObject({ category: 'consecutive', spot: 'hot', hotSteps: 3 });
    // 8 of 10 = 80 % < 90 %: still consecutive
    expect(emergingCategory(weeks('..HHHHHHHH')).category).toBe('consecutive');
  });

  it('intensifying: hot in ≥ 90 % of weeks including the last, z rising significantly', () => {
    // z = 2.0, 2.1, … 2.9: all 45 pairs increase, S = 45, Var = 10·9·25/18 = 125,
    // z_MK = 44/√125 = 3.935480, p = 0.000083 ≤ 0.05 → up
    const z = [2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9];
    const result = emergingCategory(weeks('HHHHHHHHHH', z));
    expect(result.trend.s).toBe(45);
    expect(result.trend.z).toBeCloseTo(3.93548, 5);
    expect(result).toMatchObject({ category: 'intensifying', spot: 'hot', hotSteps: 10 });
  });

  it('diminishing: hot in ≥ 90 % of weeks including the last, z falling significantly', () => {
    // the same z-scores reversed: S = −45, z_MK = −3.935480 → down
    const z = [2.9, 2.8, 2.7, 2.6, 2.5, 2.4, 2.3, 2.2, 2.1, 2.0];
    expect(emergingCategory(weeks('HHHHHHHHHH', z))).toMatchObject({ category: 'diminishing', spot: 'hot' });
  });

  it('persistent: hot in ≥ 90 % of weeks including the last, no significant trend', () => {
    // z = 3 2 3 2 …: S = −5, z_MK = −0.417786, p = 0.676 → no trend
    const z = [3, 2, 3, 2, 3, 2, 3, 2, 3, 2];
    expect(emergingCategory(weeks('HHHHHHHHHH', z))).toMatchObject({ category: 'persistent', spot: 'hot' });
    // exactly 90 %: 9 of 10 weeks (10·9 ≥ 9·10); default z = 2 2 2 2 0.5 2 2 2 2 2:
    // S = +5 (0.5 below the 5 later 2s) − 4 (the 4 earlier 2s above it) = 1 → z_MK = 0 → persistent
    expect(emergingCategory(weeks('HHHH.HHHHH'))).toMatchObject({ category: 'persistent', hotSteps: 9 });
  });

  it('sporadic: hot in the final week, on and off, < 90 %, never cold', () => {
    expect(emergingCategory(weeks('.H..H...HH'))).toMatchObject({ category: 'sporadic', spot: 'hot', hotSteps: 4 });
    // 8 of 9 weeks = 88.9 % < 90 % (10·8 = 80 < 81 = 9·9) with a gap: sporadic, not persistent
    expect(emergingCategory(weeks('HHHH.HHHH'))).toMatchObject({ category: 'sporadic', hotSteps: 8 });
  });

  it('oscillating: hot in the final week, a cold spot in an earlier week, < 90 % hot', () => {
    expect(emergingCategory(weeks('C.H.C..HHH'))).toMatchObject({ category: 'oscillating', spot: 'hot', coldSteps: 2 });
    // hot only in the final week, cold before: oscillating wins over new (see emerging.ts)
    expect(emergingCategory(weeks('C........H')).category).toBe('oscillating');
    // a cold week before a final hot run: oscillating, not consecutive
    expect(emergingCategory(weeks('.C.....HHH')).category).toBe('oscillating');
  });

  it('historical: not hot in the final week, but hot in ≥ 90 % of weeks', () => {
    expect(emergingCategory(weeks('HHHHHHHHH.'))).toMatchObject({ category: 'historical', spot: 'hot', hotSteps: 9 });
    // 8 of 10 and not hot now: no pattern
    expect(emergingCategory(weeks('HHHHHHHH..'))).toMatchObject({ category: 'none', spot: null });
  });

  it('none: never significant, or significant earlier but not now and < 90 %', () => {
    expect(emergingCategory(weeks('..........'))).toMatchObject({ category: 'none', spot: null, hotSteps: 0, coldSteps: 0 });
    expect(emergingCategory(weeks('H.........'))).toMatchObject({ category: 'none', spot: null });
    expect(emergingCategory([])).toMatchObject({ category: 'none', spot: null, steps: 0 });
  });

  it('mirrors every category for cold spots', () => {
    expect(emergingCategory(weeks('.........C'))).toMatchObject({ category: 'new', spot: 'cold' });
    expect(emergingCategory(weeks('.......CCC'))).toMatchObject({ category: 'consecutive', spot: 'cold' });
    expect(emergingCategory(weeks('.C..C...CC'))).toMatchObject({ category: 'sporadic', spot: 'cold' });
    expect(emergingCategory(weeks('H.......CC'))).toMatchObject({ category: 'oscillating', spot: 'cold' });
    expect(emergingCategory(weeks('CCCCCCCCC.'))).toMatchObject({ category: 'historical', spot: 'cold' });
    // colder and colder (z −2.0 … −2.9, S = −45, down) is an intensifying cold spot
    const falling = [-2.0, -2.1, -2.2, -2.3, -2.4, -2.5, -2.6, -2.7, -2.8, -2.9];
    expect(emergingCategory(weeks('CCCCCCCCCC', falling))).toMatchObject({ category: 'intensifying', spot: 'cold' });
    expect(emergingCategory(weeks('CCCCCCCCCC', [...falling].reverse()))).toMatchObject({ category: 'diminishing', spot: 'cold' });
    expect(emergingCategory(weeks('CCCCCCCCCC'))).toMatchObject({ category: 'persistent', spot: 'cold' });
  });

  it("lets the final week's state decide when a hot and a cold pattern both fit", () => {
    // hot 9 of 10 then cold: historical hot and oscillating cold both fit; the final week is cold
    expect(emergingCategory(weeks('HHHHHHHHHC'))).toMatchObject({ category: 'oscillating', spot: 'cold' });
    // without cold-spot patterns it is a historical hot spot
    expect(emergingCategory(weeks('HHHHHHHHHC'), { coldSpots: false })).toMatchObject({ category: 'historical', spot: 'hot' });
    expect(emergingCategory(weeks('.........C'), { coldSpots: false })).toMatchObject({ category: 'none', spot: null });
  });

  it('uses the trend level it is given', () => {
    // 1…5 as z-scores: z_MK = 2.204541, p = 0.027486: up at 0.05, no trend at 0.01
    const z = [1, 2, 3, 4, 5];
    expect(emergingCategory(weeks('HHHHH', z)).category).toBe('intensifying');
    expect(emergingCategory(weeks('HHHHH', z), { trendAlpha: 0.01 }).category).toBe('persistent');
  });

  it('refuses a class that contradicts the sign of z', () => {
    expect(() => emergingCategory([{ z: -1, class: 'hot-95' }])).toThrow(RangeError);
  });
});

describe('emergingHotSpots (Gi* per week, FDR classes, categories)', () => {
  // The 10 cells of gistar.test.ts. Weeks 1–9: every cell 1 (no variance: z = 0, class none).
  // Week 10: the flower A…G at 10, H I J at 0 — by the hand computation in fdr.test.ts
  // A hot-95 (z 3), J cold-95 (z −3), I cold-90 (z −2.405351), the others not significant.
  const cells = [
    [0, 0],
    [1, 0],
    [1, -1],
    [0, -1],
    [-1, 0],
    [-1, 1],
    [0, 1],
    [2, -1],
    [2, 0],
    [3, -1],
  ] as const;
  const week = (counts: readonly number[]): CellCount[] => cells.map(([q, r], i) => ({ q, r, count: counts[i]! }));
  const quiet = week([1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
  const cluster = week([10, 10, 10, 10, 10, 10, 10, 0, 0, 0]);

  it('finds a new hot spot at the centre and new cold spots at I and J', () => {
    const result = emergingHotSpots([quiet, quiet, quiet, quiet, quiet, quiet, quiet, quiet, quiet, cluster]);
    expect(result.map((c) => c.key)).toEqual(['0:0', '1:0', '1:-1', '0:-1', '-1:0', '-1:1', '0:1', '2:-1', '2:0', '3:-1']);
    const byKey = Object.fromEntries(result.map((c) => [c.key, c]));
    expect(byKey['0:0']!.emerging).toMatchObject({ category: 'new', spot: 'hot' });
    expect(byKey['0:0']!.weeks[9]).toMatchObject({ count: 10, z: 3, class: 'hot-95' });
    expect(byKey['0:0']!.weeks[0]).toMatchObject({ count: 1, z: 0, p: 1, class: 'none' });
    expect(byKey['3:-1']!.emerging).toMatchObject({ category: 'new', spot: 'cold' });
    expect(byKey['2:0']!.emerging).toMatchObject({ category: 'new', spot: 'cold' });
    for (const key of ['1:0', '1:-1', '0:-1', '-1:0', '-1:1', '0:1', '2:-1']) expect(byKey[key]!.emerging.category, key).toBe('none');
  });

  it('finds a consecutive hot spot when the cluster holds for the last three weeks', () => {
    const result = emergingHotSpots([quiet, quiet, quiet, quiet, quiet, quiet, quiet, cluster, cluster, cluster]);
    expect(result[0]!.emerging).toMatchObject({ category: 'consecutive', spot: 'hot', hotSteps: 3 });
  });

  it('finds a persistent hot spot when the cluster is there every week', () => {
    const result = emergingHotSpots(Array.from({ length: 10 }, () => cluster));
    // z = 3 every week: all ties, Var(S) = 0, no trend
    expect(result[0]!.emerging).toMatchObject({ category: 'persistent', spot: 'hot', hotSteps: 10 });
    expect(result[0]!.emerging.trend).toMatchObject({ s: 0, variance: 0, trend: 'none' });
  });

  it('refuses weeks with a different study area', () => {
    const other = cluster.map((c, i) => (i === 0 ? { ...c, q: 9, r: 9 } : c));
    expect(() => emergingHotSpots([quiet, other])).toThrow(/week 1/);
    expect(() => emergingHotSpots([quiet, cluster.slice(1)])).toThrow(/week 1/);
    expect(() => emergingHotSpots([quiet.slice(0, 2)])).toThrow(/at least 3/);
    expect(emergingHotSpots([])).toEqual([]);
  });
});

describe('the rule that defines a hot week holds in every week of the series', () => {
  // 20 × 20 cells, nothing for three weeks, then one lone incident: Gi* puts its whole
  // neighbourhood above z = 7 (hot-99), but it rests on one incident.
  const grid = Array.from({ length: 400 }, (_, i) => ({ q: i % 20, r: Math.floor(i / 20) }));
  const empty: CellCount[] = grid.map((c) => ({ ...c, count: 0 }));
  const lone: CellCount[] = grid.map((c) => ({ ...c, count: c.q === 10 && c.r === 10 ? 1 : 0 }));
  const series = [empty, empty, empty, lone];

  it('without the rule the lone incident is a new hot spot', () => {
    const cell = emergingHotSpots(series).find((c) => c.key === '10:10')!;
    expect(cell.weeks[3]!.class).toBe('hot-99');
    expect(cell.emerging.category).toBe('new');
  });

  it('with it, neither the final week nor the pattern calls it hot', () => {
    const cells = emergingHotSpots(series, { minHotNeighbourhood: 3 });
    const cell = cells.find((c) => c.key === '10:10')!;
    expect(cell.weeks[3]).toMatchObject({ localSum: 1, class: 'none' });
    expect(cell.emerging.category).toBe('none');
    // No cell has a pattern that needs a hot final week while its final week is not hot.
    const needsHotFinal = new Set(['new', 'consecutive', 'intensifying', 'persistent', 'diminishing', 'sporadic', 'oscillating']);
    cells.forEach((c) => {
      if (c.emerging.spot === 'hot' && needsHotFinal.has(c.emerging.category)) expect(c.weeks.at(-1)!.class).toMatch(/^hot/);
    });
  });

  it('lets a neighbourhood of three incidents be hot, in any week', () => {
    const three: CellCount[] = grid.map((c) => ({ ...c, count: c.q === 10 && c.r === 10 ? 3 : 0 }));
    const cells = emergingHotSpots([three, empty, lone, three], { minHotNeighbourhood: 3 });
    const cell = cells.find((c) => c.key === '10:10')!;
    expect(cell.weeks.map((w) => w.class)).toEqual(['hot-99', 'none', 'none', 'hot-99']);
    expect(cell.emerging.category).toBe('sporadic');
  });
});

describe('a tie the z-scores really have is a tie for Mann-Kendall', () => {
  // Weeks A and B have the same n, Σx and Σx², and cell (3, 0) the same neighbourhood in both (see
  // gistar.test.ts), so its z is equal in A and B; week C raises it. S = sgn(B − A) + sgn(C − A) +
  // sgn(C − B) = 0 + 1 + 1 = 2, Var(S) = (3·2·11 − 2·1·9)/18 = 48/18. Without the tie S was 1 or 3 and
  // Var(S) 66/18.
  const grid = Array.from({ length: 30 }, (_, i) => ({ q: i % 6, r: Math.floor(i / 6) }));
  const week = (counts: number[]): CellCount[] => grid.map((c, i) => ({ ...c, count: counts[i]! }));
  const a = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0];
  const b = [0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0];
  const c = [0, 0, 0, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0];

  it('counts S and the variance with the tie', () => {
    const cell = emergingHotSpots([week(a), week(b), week(c)])[3]!;
    expect(cell.key).toBe('3:0');
    expect(cell.weeks[0]!.z).toBe(cell.weeks[1]!.z);
    expect(cell.weeks[2]!.z).toBeGreaterThan(cell.weeks[0]!.z);
    expect(cell.emerging.trend).toMatchObject({ s: 2, tieGroups: [2] });
    expect(cell.emerging.trend.variance).toBeCloseTo(48 / 18, 14);
  });
});
