import { describe, expect, it } from 'vitest';
import { emergingCategory, type EmergingStep, type HotSpotClass } from '../src/index.js';

// Esri's rules ("How Emerging Hot Spot Analysis works", ArcGIS Pro), applied by hand to crafted
// series, every category and its cold mirror. One letter a week, oldest first: H hot-90, C cold-90,
// '.' not significant. z: the weekly z-scores the trend test sees (Mann-Kendall, alpha 0.05), written
// out where they matter, with ties. Worked by hand: S, the tie groups, Var(S) and the verdict.
//
// The platform's deliberate differences from Esri's text (README, "Method") are rows too: a cold
// week before a final hot run makes it oscillating, not new or consecutive; persistent needs the
// final week; and the final week's own state picks between a hot and a cold pattern.

const rising12 = [2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 3.1];
// Equal z in pairs (ties): 2.0 2.0 2.4 2.4 … — S = 60 of 66 pairs (the 6 tied pairs count 0),
// Var(S) = (12·11·29 − 6·2·1·9)/18 = (3828 − 108)/18 = 206.67, z = 59/14.38 = 4.10: up.
const risingTies = [2.0, 2.0, 2.4, 2.4, 2.8, 2.8, 3.2, 3.2, 3.6, 3.6, 4.0, 4.0];
const flat = Array.from({ length: 12 }, () => 2.5); // all tied: Var(S) = 0, no trend
const neg = (z: readonly number[]) => z.map((v) => -v);

interface Row { series: string; z?: readonly number[]; category: string; spot: 'hot' | 'cold' | null; why: string }

const TABLE: Row[] = [
  { series: '...........H', category: 'new', spot: 'hot', why: 'hot in the final step only, never before' },
  { series: '...........C', category: 'new', spot: 'cold', why: 'mirror' },
  { series: '.........HHH', category: 'consecutive', spot: 'hot', why: 'an unbroken final run of ≥ 2, never before, < 90 %' },
  { series: '.........CCC', category: 'consecutive', spot: 'cold', why: 'mirror' },
  { series: 'HHHHHHHHHHHH', z: rising12, category: 'intensifying', spot: 'hot', why: '≥ 90 % hot incl. the final step, z rising (S = 66, z = 4.46)' },
  { series: 'CCCCCCCCCCCC', z: neg(rising12), category: 'intensifying', spot: 'cold', why: 'mirror: ever colder' },
  { series: 'HHHHHHHHHHHH', z: risingTies, category: 'intensifying', spot: 'hot', why: 'rising with ties in pairs (S = 60, Var 206.67, z = 4.10)' },
  { series: 'HHHHHHHHHHHH', z: flat, category: 'persistent', spot: 'hot', why: 'every z tied: Var(S) = 0, no trend' },
  { series: 'CCCCCCCCCCCC', z: neg(flat), category: 'persistent', spot: 'cold', why: 'mirror' },
  { series: 'HHHHHHHHHHHH', z: [...rising12].reverse(), category: 'diminishing', spot: 'hot', why: 'z falling' },
  { series: 'CCCCCCCCCCCC', z: neg([...rising12].reverse()), category: 'diminishing', spot: 'cold', why: 'mirror: warming' },
  { series: '.H..H....H.H', category: 'sporadic', spot: 'hot', why: 'on and off, final hot, < 90 %, never cold' },
  { series: '.C..C....C.C', category: 'sporadic', spot: 'cold', why: 'mirror' },
  { series: 'C....C....HH', category: 'oscillating', spot: 'hot', why: 'final hot, a cold spot before, < 90 % hot' },
  { series: 'H....H....CC', category: 'oscillating', spot: 'cold', why: 'mirror' },
  { series: 'HHHHHHHHHHH.', category: 'historical', spot: 'hot', why: '≥ 90 % hot (11 of 12), not the final step' },
  { series: 'CCCCCCCCCCC.', category: 'historical', spot: 'cold', why: 'mirror' },
  { series: 'HHHHHHHHHH..', category: 'none', spot: null, why: '10 of 12 = 83 %, final not hot' },
  // Deliberate differences, stated in the README.
  { series: 'C..........H', category: 'oscillating', spot: 'hot', why: 'new by Esri\'s words, oscillating here: a cold spot came before' },
  { series: 'HHHHHHHHHHHC', category: 'oscillating', spot: 'cold', why: 'historical hot and oscillating cold both fit: the final week is cold' },
  { series: 'H.HHHHHHHHHH', z: flat, category: 'persistent', spot: 'hot', why: '11 of 12 ≥ 90 %, final hot; Esri\'s persistent does not name the final step' },
];

const STEP: Record<string, HotSpotClass> = { H: 'hot-90', C: 'cold-90', '.': 'none' };

function steps(row: Row): EmergingStep[] {
  return [...row.series].map((ch, i) => ({ class: STEP[ch]!, z: row.z?.[i] ?? (ch === 'H' ? 2 : ch === 'C' ? -2 : 0.5) }));
}

describe("emerging categories against a written table of Esri's rules", () => {
  it.each(TABLE)('$series → $spot $category ($why)', (row) => {
    expect(emergingCategory(steps(row))).toMatchObject({ category: row.category, spot: row.spot });
  });

  it('covers every category, hot and cold', () => {
    const seen = new Set(TABLE.map((r) => `${r.spot} ${r.category}`));
    for (const c of ['new', 'consecutive', 'intensifying', 'persistent', 'diminishing', 'sporadic', 'oscillating', 'historical']) {
      expect(seen).toContain(`hot ${c}`);
      expect(seen).toContain(`cold ${c}`);
    }
  });

  it('decides ties in the trend as worked out above', () => {
    const trend = emergingCategory(steps(TABLE[6]!)).trend;
    expect(trend).toMatchObject({ s: 60, tieGroups: [2, 2, 2, 2, 2, 2], trend: 'up' });
    expect(trend.variance).toBeCloseTo(3720 / 18, 12);
    expect(trend.z).toBeCloseTo(59 / Math.sqrt(3720 / 18), 12);
  });
});
