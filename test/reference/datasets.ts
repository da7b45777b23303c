/** Fixed, seeded data sets for the reference checks against R. */
import { createRandom, seedOf } from '@tk/gis';
import { hexDistance, neighbours } from '@tk/stats';
import { MIN_HOT_NEIGHBOURHOOD } from '../../services/incidents/src/hotspots.js';
import type { ReferenceDataset } from './compare.js';

type Cell = { q: number; r: number };
const disc = (radius: number, hole?: { centre: Cell; radius: number }): Cell[] => {
  const cells: Cell[] = [];
  for (let r = -radius; r <= radius; r++) {
    for (let q = -radius; q <= radius; q++) {
      const c = { q, r };
      if (hexDistance(c, { q: 0, r: 0 }) > radius) continue;
      if (hole && hexDistance(c, hole.centre) <= hole.radius) continue;
      cells.push(c);
    }
  }
  return cells;
};

/** Poisson counts by inversion: small means, seeded. */
function poisson(random: ReturnType<typeof createRandom>, mean: number): number {
  let [k, p, sum] = [0, Math.exp(-mean), Math.exp(-mean)];
  const u = random.next();
  while (u > sum && k < 50) {
    k += 1;
    p *= mean / k;
    sum += p;
  }
  return k;
}

/** Adds `perWeek` incidents spread over a cell and its ring, in the given weeks (1-based). */
function cluster(cells: Cell[], counts: number[][], centre: Cell, weeks: number[], perWeek: number | ((week: number) => number), seed: number): void {
  const around = [centre, ...neighbours(centre.q, centre.r)];
  const index = new Map(cells.map((c, i) => [`${c.q}:${c.r}`, i]));
  const random = createRandom(seed);
  for (const w of weeks) {
    for (let k = 0; k < (typeof perWeek === 'number' ? perWeek : perWeek(w)); k++) {
      const at = index.get(`${random.pick(around).q}:${random.pick(around).r}`) ?? index.get(`${centre.q}:${centre.r}`)!;
      counts[w - 1]![at]! += 1;
    }
  }
}

/**
 * Sparse weeks with clusters that appear, hold, fade and come and go, over a study area with a
 * lake in it (a hole: cells at its shore have fewer neighbours). Week 5 is week 4 with two cells'
 * counts swapped, so many cells have exactly equal z in the two weeks (ties for Mann-Kendall).
 */
export function sparse(): ReferenceDataset {
  const cells = disc(12, { centre: { q: 5, r: -3 }, radius: 2 });
  const random = createRandom(seedOf('reference', 'sparse'));
  const counts = Array.from({ length: 10 }, () => cells.map(() => poisson(random, 0.12)));
  cluster(cells, counts, { q: -4, r: 2 }, [8, 9, 10], 6, 1);
  cluster(cells, counts, { q: 3, r: 4 }, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 5, 2);
  cluster(cells, counts, { q: -7, r: -1 }, [1, 2, 3, 4, 5, 6], 6, 3);
  cluster(cells, counts, { q: 8, r: 1 }, [2, 5, 10], 6, 4);
  cluster(cells, counts, { q: 0, r: -9 }, [10], 7, 5);
  const swapped = [...counts[3]!];
  const [i, j] = [cells.findIndex((c) => c.q === 0 && c.r === -12), cells.findIndex((c) => c.q === 5 && c.r === -9)];
  [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
  counts[4] = swapped;
  return { name: 'crafted, sparse (10 weeks, clusters, a lake, a week of ties)', size: 150, minHot: MIN_HOT_NEIGHBOURHOOD, cells, counts };
}

/**
 * Dense weeks where an empty patch makes cold spots (one that appears, one that holds, one that
 * thaws), clusters that grow, shrink, stop or follow a cold spell, and a first week with no incident
 * at all (no variance: every z is 0).
 */
export function dense(): ReferenceDataset {
  const cells = disc(9);
  const random = createRandom(seedOf('reference', 'dense'));
  const counts = Array.from({ length: 12 }, (_, w) => cells.map(() => (w === 0 ? 0 : poisson(random, 4))));
  const empty = (centre: Cell, weeks: number[]) =>
    cells.forEach((c, i) => {
      if (hexDistance(c, centre) <= 1) weeks.forEach((w) => (counts[w - 1]![i] = 0));
    });
  empty({ q: -4, r: 1 }, [10, 11, 12]);
  empty({ q: 4, r: -2 }, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  empty({ q: 0, r: 6 }, [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  cluster(cells, counts, { q: 1, r: -6 }, [3, 6, 9, 12], 40, 6);
  const every = Array.from({ length: 12 }, (_, w) => w + 1);
  cluster(cells, counts, { q: -6, r: 5 }, every, (w) => 40 + 10 * w, 7); // intensifying
  cluster(cells, counts, { q: 2, r: 2 }, every, (w) => 160 - 10 * w, 8); // diminishing
  cluster(cells, counts, { q: 6, r: 2 }, every.slice(0, 11), 40, 9); // historical
  empty({ q: -5, r: -3 }, [2, 3, 4]);
  cluster(cells, counts, { q: -5, r: -3 }, [11, 12], 40, 10); // cold, then hot: oscillating
  return { name: 'crafted, dense (12 weeks, cold patches, an empty first week)', size: 200, minHot: MIN_HOT_NEIGHBOURHOOD, cells, counts };
}


/** Clusters hot in every week that shrink or hold, and one that stops, over a thin background: the trend patterns. */
export function trends(): ReferenceDataset {
  const cells = disc(8);
  const random = createRandom(seedOf('reference', 'trends'));
  const counts = Array.from({ length: 12 }, () => cells.map(() => poisson(random, 1)));
  const every = Array.from({ length: 12 }, (_, w) => w + 1);
  cluster(cells, counts, { q: -4, r: 2 }, every, (w) => 30, 11);
  cluster(cells, counts, { q: 4, r: -2 }, every, (w) => 66 - 4 * w, 12);
  cluster(cells, counts, { q: 0, r: 5 }, every, 33, 13);
  cluster(cells, counts, { q: -3, r: -3 }, every.slice(0, 11), 33, 14);
  return { name: 'crafted, trends (12 weeks, clusters shrinking, holding, stopping)', size: 150, minHot: MIN_HOT_NEIGHBOURHOOD, cells, counts };
}
