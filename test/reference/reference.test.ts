import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseIsoWeek, weeksEndingWith } from '@tk/time';
import { countsOf, studyArea, weeklyCellCounts } from '../../services/incidents/src/db/hotspots.js';
import { MIN_HOT_NEIGHBOURHOOD } from '../../services/incidents/src/hotspots.js';
import { weekBefore } from '../support/clock.js';
import { startTestPlatform, type TestPlatform } from '../support/platform.js';
import { compareWithR, describeAgreement, rscriptAvailable, type Agreement, type ReferenceDataset } from './compare.js';
import { dense, sparse, trends } from './datasets.js';

// The hot-spot analysis against R on fixed data sets: Gi* against spdep::localG, Benjamini–Hochberg
// against p.adjust, Mann-Kendall against cor.test's Kendall statistic with ties, and the emerging
// categories against Esri's rules written a second time in R (reference.R). Runs with
// `npm run test:reference`; R comes from Debian (r-base-core, r-cran-spdep), as `.ci/run` installs it.

if (!rscriptAvailable()) {
  throw new Error('The reference suite needs R with spdep: apt-get install r-base-core r-cran-spdep (see the README, "Reference checks").');
}

const TOLERANCE = 1e-9;

const tally = (values: readonly string[]) =>
  Object.entries(values.reduce<Record<string, number>>((t, v) => ({ ...t, [v]: (t[v] ?? 0) + 1 }), {})).map(([k, n]) => `${k} ${n}`).join(', ');

function expectAgreement(a: Agreement): void {
  console.log(describeAgreement(a));
  expect(a.disagreements).toEqual([]);
  expect(a.giZ).toBeLessThanOrEqual(TOLERANCE);
  expect(a.giP).toBeLessThanOrEqual(TOLERANCE);
  expect(a.bh).toBeLessThanOrEqual(TOLERANCE);
  expect(a.kendallZ).toBeLessThanOrEqual(TOLERANCE);
  expect(a.kendallP).toBeLessThanOrEqual(TOLERANCE);
  expect(a.classesEqual).toBe(a.cellWeeks);
  expect(a.categoriesEqual).toBe(a.cells);
}

describe('the hot-spot analysis against R', () => {
  it('agrees on sparse weeks with clusters and ties', () => {
    const a = compareWithR(sparse());
    expectAgreement(a);
    console.log('  categories:', tally(a.r.categories));
  });

  it('agrees on dense weeks with cold spots and a week without variance', () => {
    const a = compareWithR(dense());
    expectAgreement(a);
    console.log('  categories:', tally(a.r.categories));
  });

  it('agrees on clusters whose strength trends up or down', () => {
    const a = compareWithR(trends());
    expectAgreement(a);
    console.log('  categories:', tally(a.r.categories));
  });

  it('agrees on a single week (no trend: every category none)', () => {
    const one = sparse();
    expectAgreement(compareWithR({ ...one, name: 'crafted, one week', counts: [one.counts[9]!] }));
  });
});

describe('the demo data against R', () => {
  let platform: TestPlatform;
  beforeAll(async () => {
    platform = await startTestPlatform();
  });
  afterAll(() => platform?.stop());

  it('agrees on the last whole week with eight trend weeks in the priority districts, and the API shows the same', async () => {
    const db = platform.databases.get('incidents')!;
    const week = await weekBefore(db);
    const districts = ['berga', 'city', 'ryd', 'skaggetorp'];
    const weeks = weeksEndingWith(parseIsoWeek(week)!, 8);
    const area = await studyArea(db, districts, 150);
    const byWeek = await weeklyCellCounts(db, districts, 150, weeks);
    const counts = weeks.map((w) => countsOf(area, byWeek.get(w.label)!).map((c) => c.count));
    const dataset: ReferenceDataset = { name: `demo data, ${week}`, size: 150, minHot: MIN_HOT_NEIGHBOURHOOD, cells: area, counts };
    const a = compareWithR(dataset);
    expectAgreement(a);

    // What the API answers is what R computed: every cell with a class or a pattern, and no other.
    const res = await platform.gql<{ hotspots: { cells: { key: string; z: number; class: string; emerging: string; weeks: { class: string }[] }[] } }>(
      `query($w: IsoWeek!) { hotspots(week: $w, trendWeeks: 8) { cells { key z class emerging weeks { class } } } }`, { w: week }, { as: 'est' });
    expect(res.errors).toBeUndefined();
    const api = new Map(res.data!.hotspots.cells.map((c) => [c.key, c]));
    const last = counts.length - 1;
    const enumOf = (value: string) => value.replace('-', '_').replace(/^(hot|cold) /, '').toUpperCase();
    const listed = area.map((c, i) => ({ key: `${c.q}:${c.r}`, i })).filter(({ i }) => a.r.classes[last]![i] !== 'none' || a.r.categories[i] !== 'none');
    expect(listed.length).toBeGreaterThan(0);
    expect([...api.keys()].sort()).toEqual(listed.map((c) => c.key).sort());
    for (const { key, i } of listed) {
      const cell = api.get(key)!;
      expect(Math.abs(cell.z - a.r.z[last]![i]!), key).toBeLessThanOrEqual(TOLERANCE);
      expect(cell.class, key).toBe(enumOf(a.r.classes[last]![i]!));
      expect(cell.emerging, key).toBe(enumOf(a.r.categories[i]!));
      expect(cell.weeks.map((w) => w.class), key).toEqual(a.r.classes.map((week) => enumOf(week[i]!)));
    }
    expect(res.data!.hotspots.cells.some((c) => c.class.startsWith('HOT'))).toBe(true);
  });
});
