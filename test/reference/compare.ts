/**
 * The platform's hot-spot analysis and R's (reference.R) on the same counts, side by side: what
 * the reference suite asserts on and what `npm run reference:check` prints for a database.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  benjaminiHochbergAdjusted, centreOf, classifyWeek, emergingHotSpots, getisOrdGiStar, type CellCount,
} from '@tk/stats';
import { readCsv } from '@tk/input';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'reference.R');

export interface ReferenceDataset {
  name: string;
  /** Hexagon width across the flats (the centre spacing), metres. */
  size: number;
  /** Incidents a hot spot must rest on (the platform's MIN_HOT_NEIGHBOURHOOD). */
  minHot: number;
  cells: readonly { q: number; r: number }[];
  /** counts[w][i]: incidents in cell i in week w, oldest week first. */
  counts: readonly (readonly number[])[];
}

export interface Disagreement {
  cell: string;
  week?: number;
  what: string;
  ours: string | number;
  r: string | number;
}

export interface Agreement {
  dataset: string;
  cells: number;
  weeks: number;
  /** largest |z − z_R| of Gi* over every cell and week, and likewise of its p-value */
  giZ: number;
  giP: number;
  /** largest |p̃ − p̃_R| of the Benjamini–Hochberg adjusted p-values */
  bh: number;
  /** neighbourhood sums equal to R's lag.listw in every cell-week */
  neighbourhoodsEqual: number;
  classesEqual: number;
  cellWeeks: number;
  /** Mann-Kendall: S equal to R's on its own z-scores; the largest |z − z_R|, |p − p_R| of cor.test on ours */
  kendallSEqual: number;
  kendallZ: number;
  kendallP: number;
  categoriesEqual: number;
  disagreements: Disagreement[];
  /** R's own results, [week][cell] and [cell]: what an answer of the API can be held against */
  r: { z: number[][]; classes: string[][]; categories: string[] };
}

export function rscriptAvailable(): boolean {
  return spawnSync('Rscript', ['--version'], { stdio: 'ignore' }).status === 0;
}

const csv = (header: string[], rows: readonly (readonly (string | number)[])[]) =>
  [header.join(','), ...rows.map((r) => r.map((v) => (typeof v === 'number' ? v.toPrecision(17) : v)).join(','))].join('\n') + '\n';

function readTable(path: string): Record<string, string>[] {
  const table = readCsv(readFileSync(path, 'utf8'));
  return table.rows.map((row) => Object.fromEntries(table.header.map((h, i) => [h, row.cells[i] ?? ''])));
}

interface Ours {
  z: number[][];
  p: number[][];
  bh: number[][];
  local: number[][];
  classes: string[][];
  kendall: { s: number; z: number; p: number }[];
  categories: string[];
}

function analyse(ds: ReferenceDataset): Ours {
  const weeks: CellCount[][] = ds.counts.map((counts) => ds.cells.map((c, i) => ({ q: c.q, r: c.r, count: counts[i]! })));
  const rule = { minHotNeighbourhood: ds.minHot };
  const gi = weeks.map((w) => getisOrdGiStar(w).cells);
  const emerging = emergingHotSpots(weeks, rule);
  return {
    z: gi.map((w) => w.map((c) => c.z)),
    p: gi.map((w) => w.map((c) => c.p)),
    bh: gi.map((w) => benjaminiHochbergAdjusted(w.map((c) => c.p))),
    local: gi.map((w) => w.map((c) => c.localSum)),
    classes: gi.map((w) => classifyWeek(w, rule).map((c) => c.class)),
    kendall: emerging.map((c) => ({ s: c.emerging.trend.s, z: c.emerging.trend.z, p: c.emerging.trend.p })),
    categories: emerging.map((c) => (ds.counts.length > 1 && c.emerging.spot ? `${c.emerging.spot} ${c.emerging.category}` : 'none')),
  };
}

/** Runs both analyses and counts where they agree; throws when R cannot run. */
export function compareWithR(ds: ReferenceDataset): Agreement {
  const ours = analyse(ds);
  const dir = mkdtempSync(join(tmpdir(), 'tk-reference-'));
  try {
    const weekNames = ds.counts.map((_, w) => `w${w + 1}`);
    const byCell = <T,>(perWeek: readonly (readonly T[])[]) => ds.cells.map((_, i) => perWeek.map((w) => w[i]!));
    writeFileSync(join(dir, 'cells.csv'), csv(['x', 'y'], ds.cells.map((c) => { const p = centreOf(c.q, c.r, ds.size); return [p.x, p.y]; })));
    writeFileSync(join(dir, 'counts.csv'), csv(weekNames, byCell(ds.counts)));
    writeFileSync(join(dir, 'ours.csv'), csv(weekNames, byCell(ours.z)));
    writeFileSync(join(dir, 'params.csv'), csv(['name', 'value'], [['size', ds.size], ['min_hot', ds.minHot]]));
    const run = spawnSync('Rscript', ['--vanilla', SCRIPT, dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.status !== 0) throw new Error(`Rscript failed (${run.error?.message ?? `exit ${run.status}`}): ${run.stderr}`);
    return agreement(ds, ours, readTable(join(dir, 'weeks.csv')), readTable(join(dir, 'cells-out.csv')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function agreement(ds: ReferenceDataset, ours: Ours, weeks: Record<string, string>[], cells: Record<string, string>[]): Agreement {
  const key = (i: number) => `${ds.cells[i]!.q}:${ds.cells[i]!.r}`;
  const a: Agreement = {
    dataset: ds.name, cells: ds.cells.length, weeks: ds.counts.length, giZ: 0, giP: 0, bh: 0, neighbourhoodsEqual: 0,
    classesEqual: 0, cellWeeks: weeks.length, kendallSEqual: 0, kendallZ: 0, kendallP: 0, categoriesEqual: 0, disagreements: [],
    r: { z: ds.counts.map(() => []), classes: ds.counts.map(() => []), categories: [] },
  };
  const differ = (d: Disagreement) => a.disagreements.length < 50 && a.disagreements.push(d);
  for (const row of weeks) {
    const [i, w] = [Number(row.cell), Number(row.week)];
    a.r.z[w]![i] = Number(row.z);
    a.r.classes[w]![i] = row.class!;
    a.giZ = Math.max(a.giZ, Math.abs(ours.z[w]![i]! - Number(row.z)));
    a.giP = Math.max(a.giP, Math.abs(ours.p[w]![i]! - Number(row.p)));
    a.bh = Math.max(a.bh, Math.abs(ours.bh[w]![i]! - Number(row.p_bh)));
    if (ours.local[w]![i] === Number(row.local)) a.neighbourhoodsEqual += 1;
    else differ({ cell: key(i), week: w, what: 'neighbourhood', ours: ours.local[w]![i]!, r: Number(row.local) });
    if (ours.classes[w]![i] === row.class) a.classesEqual += 1;
    else differ({ cell: key(i), week: w, what: 'class', ours: ours.classes[w]![i]!, r: row.class! });
  }
  for (const row of cells) {
    const i = Number(row.cell);
    const k = ours.kendall[i]!;
    a.r.categories[i] = row.category!;
    // S against R's count on its own z-scores (ties decided at 1e-9): a tie the platform's z-scores
    // miss shows here. z and p against cor.test on the platform's own z-scores: the test's arithmetic.
    if (k.s === Number(row.s)) a.kendallSEqual += 1;
    else differ({ cell: key(i), what: 'Mann-Kendall S', ours: k.s, r: Number(row.s) });
    a.kendallZ = Math.max(a.kendallZ, Math.abs(k.z - Number(row.mk_z_ours)));
    a.kendallP = Math.max(a.kendallP, Math.abs(k.p - Number(row.mk_p_ours)));
    if (ours.categories[i] === row.category) a.categoriesEqual += 1;
    else differ({ cell: key(i), what: 'emerging category', ours: ours.categories[i]!, r: row.category! });
  }
  return a;
}

/** One line per figure, for the closing note and the check script. */
export function describeAgreement(a: Agreement): string {
  const e = (x: number) => x.toExponential(1);
  return [
    `${a.dataset}: ${a.cells} cells × ${a.weeks} weeks`,
    `  Gi* z max |Δ| ${e(a.giZ)}, p max |Δ| ${e(a.giP)} (spdep::localG); BH adjusted p max |Δ| ${e(a.bh)} (p.adjust)`,
    `  neighbourhood sums equal ${a.neighbourhoodsEqual}/${a.cellWeeks}; classes equal ${a.classesEqual}/${a.cellWeeks} cell-weeks`,
    `  Mann-Kendall S equal ${a.kendallSEqual}/${a.cells}, z max |Δ| ${e(a.kendallZ)}, p max |Δ| ${e(a.kendallP)} (cor.test, Kendall)`,
    `  emerging categories equal ${a.categoriesEqual}/${a.cells} (Esri's rules written in R)`,
    ...a.disagreements.slice(0, 10).map((d) => `  differs: ${d.cell}${d.week === undefined ? '' : ` week ${d.week + 1}`} ${d.what}: ours ${d.ours}, R ${d.r}`),
  ].join('\n');
}
