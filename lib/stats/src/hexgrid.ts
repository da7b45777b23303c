/**
 * The hexagon grid incidents are counted in, in EPSG:3006 (SWEREF 99 TM, metres).
 *
 * Conventions (the database groups points with `sqlCellExpression`, which mirrors `cellOf`):
 *
 * - x is the easting and y the northing, as PostGIS's ST_X / ST_Y return them for EPSG:3006
 *   (the EPSG definition lists northing first; we never use that axis order).
 * - Pointy-top hexagons: a vertex points north and south, two edges are vertical. Cells form
 *   east–west rows; every other row is shifted half a cell east.
 * - `size` is the distance between opposite edges (the width across the flats), default 150 m.
 *   It is also the distance between the centres of two neighbouring cells. The circumradius (centre
 *   to vertex, also the edge length) is size/√3 ≈ 86.6 m and the area (√3/2)·size² ≈ 19 486 m².
 * - Axial coordinates (q, r): r counts rows northwards, q counts cells eastwards along a row. The
 *   cell (0, 0) is centred on the origin of SWEREF 99 TM, so the grid is the same everywhere and
 *   for every query; around Linköping q ≈ −21 300 and r ≈ 49 800 at the default size.
 *       centre x = size · (q + r/2)
 *       centre y = size · (√3/2) · r
 * - Neighbours: the six cells sharing an edge, all at centre distance `size`.
 */

export const DEFAULT_CELL_SIZE = 150;

/** √3/2, the row height of a grid of size 1. The SQL uses the same double (its shortest decimal). */
export const SQRT3_HALF = Math.sqrt(3) / 2;

export interface Cell {
  q: number;
  r: number;
}

export interface Point {
  x: number;
  y: number;
}

/** Axial offsets of the six neighbours, counter-clockwise from east: E, NE, NW, W, SW, SE. */
export const NEIGHBOUR_OFFSETS: readonly Readonly<Cell>[] = Object.freeze([
  { q: 1, r: 0 },
  { q: 0, r: 1 },
  { q: -1, r: 1 },
  { q: -1, r: 0 },
  { q: 0, r: -1 },
  { q: 1, r: -1 },
]);

function checkSize(size: number): void {
  if (!Number.isFinite(size) || size <= 0) throw new RangeError(`cell size must be a positive number of metres, got ${size}`);
}

function checkCell(q: number, r: number): void {
  if (!Number.isInteger(q) || !Number.isInteger(r)) throw new RangeError(`cell coordinates must be integers, got (${q}, ${r})`);
}

/** Centre to vertex (= edge length) of a cell `size` across the flats. */
export function circumradius(size: number = DEFAULT_CELL_SIZE): number {
  checkSize(size);
  return size / Math.sqrt(3);
}

/** Area of one cell in square metres: (√3/2)·size². */
export function cellArea(size: number = DEFAULT_CELL_SIZE): number {
  checkSize(size);
  return SQRT3_HALF * size * size;
}

/**
 * Rounds half up: floor(v + 0.5). Not Math.round (same here, but PostgreSQL's round(float8)
 * rounds half to even) — the SQL uses floor(v + 0.5) too, so both sides agree on every input.
 */
function roundHalfUp(v: number): number {
  return Math.floor(v + 0.5);
}

/**
 * The cell containing the point (x, y).
 *
 * Fractional axial coordinates first (inverting the centre formulas):
 *     rf = y / (size · √3/2)
 *     qf = x / size − rf / 2
 * then cube rounding. In cube coordinates (q, r, s) with q + r + s = 0 (so sf = −qf − rf) each of
 * qf, rf, sf is rounded; the rounded triple may break q + r + s = 0, so the coordinate that moved
 * furthest is recomputed from the other two. This lands in the hexagon whose centre is nearest.
 * Points exactly on an edge or vertex go to one of the touching cells, decided by the fixed order of
 * the comparisons (`dq > dr && dq > ds`, else `dr > ds`) and by rounding halves up — the same
 * comparisons as the SQL, so the database and this function agree even there.
 */
export function cellOf(x: number, y: number, size: number = DEFAULT_CELL_SIZE): Cell {
  checkSize(size);
  if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`coordinates must be finite, got (${x}, ${y})`);
  const rf = y / (size * SQRT3_HALF);
  const qf = x / size - rf / 2;
  const sf = -qf - rf;
  let q = roundHalfUp(qf);
  let r = roundHalfUp(rf);
  const s = roundHalfUp(sf);
  const dq = Math.abs(q - qf);
  const dr = Math.abs(r - rf);
  const ds = Math.abs(s - sf);
  if (dq > dr && dq > ds) q = -r - s;
  else if (dr > ds) r = -q - s;
  // (else s would be −q − r; s is not kept.)
  return { q: q + 0, r: r + 0 }; // + 0 turns −0 into 0
}

// Vertices and centres lie on a lattice of (size/2) × (circumradius/2): computing them as integer
// multiples of these two steps makes the vertex two cells share the very same pair of doubles.
function steps(size: number) {
  return { dx: size / 2, dy: size / (2 * Math.sqrt(3)) };
}

/** The centre of cell (q, r). */
export function centreOf(q: number, r: number, size: number = DEFAULT_CELL_SIZE): Point {
  checkSize(size);
  checkCell(q, r);
  const { dx, dy } = steps(size);
  return { x: dx * (2 * q + r) + 0, y: dy * (3 * r) + 0 };
}

// Lattice offsets of the vertices from the centre, counter-clockwise from the one at 30° (east-north-east).
const VERTEX_OFFSETS: readonly (readonly [number, number])[] = [
  [1, 1], // 30°
  [0, 2], // 90° (north tip)
  [-1, 1], // 150°
  [-1, -1], // 210°
  [0, -2], // 270° (south tip)
  [1, -1], // 330°
];

/**
 * The cell's outline: 6 vertices counter-clockwise (the exterior-ring order of RFC 7946) starting at
 * the vertex at 30°, and the first repeated to close the ring — 7 positions, [x, y] in EPSG:3006.
 */
export function polygonOf(q: number, r: number, size: number = DEFAULT_CELL_SIZE): [number, number][] {
  checkSize(size);
  checkCell(q, r);
  const { dx, dy } = steps(size);
  const ring = VERTEX_OFFSETS.map(([i, j]): [number, number] => [dx * (2 * q + r + i) + 0, dy * (3 * r + j) + 0]);
  ring.push([ring[0]![0], ring[0]![1]]);
  return ring;
}

/** The ring of 6 cells sharing an edge with (q, r), counter-clockwise from east: E, NE, NW, W, SW, SE. */
export function neighbours(q: number, r: number): Cell[] {
  checkCell(q, r);
  return NEIGHBOUR_OFFSETS.map((d) => ({ q: q + d.q, r: r + d.r }));
}

/** Number of steps between two cells (0 for the same cell, 1 for neighbours). */
export function hexDistance(a: Cell, b: Cell): number {
  const dq = a.q - b.q;
  const dr = a.r - b.r;
  return (Math.abs(dq) + Math.abs(dr) + Math.abs(dq + dr)) / 2;
}

/** "q:r", e.g. "-21342:49830": the key the statistics and the database use for a cell. */
export function cellKey(q: number, r: number): string {
  checkCell(q, r);
  return `${q + 0}:${r + 0}`;
}

/** The inverse of `cellKey`. */
export function parseCellKey(key: string): Cell {
  const match = /^(-?\d+):(-?\d+)$/.exec(key);
  if (!match) throw new RangeError(`not a cell key: ${JSON.stringify(key)}`);
  return { q: Number(match[1]) + 0, r: Number(match[2]) + 0 };
}

// ---------------------------------------------------------------------------------------------
// SQL

/**
 * The fragments the SQL is built from are the caller's own column expressions and parameter
 * placeholders (`ST_X(i.geom)`, `$1`), never user input. As a guard they may only contain letters,
 * digits, `_ $ . , : ( )` and spaces, with balanced parentheses: no quotes, operators or comments.
 */
function sqlFragment(sql: string, what: string): string {
  const text = sql.trim();
  let depth = 0;
  for (const ch of text) {
    if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) break;
  }
  if (text === '' || !/^[A-Za-z0-9_$.,:() ]+$/.test(text) || depth !== 0) {
    throw new RangeError(`${what} must be a column expression or a parameter placeholder such as ST_X(geom) or $1, got ${JSON.stringify(sql)}`);
  }
  return `(${text})::double precision`;
}

/** A double as a SQL double precision constant. JavaScript prints the shortest decimal that reads
 * back as the same double, and PostgreSQL reads decimals with correct rounding: the same value. */
function sqlDouble(value: number): string {
  return `${String(value)}::double precision`;
}

export interface SqlCellColumns {
  /** integer expression for q */
  q: string;
  /** integer expression for r */
  r: string;
}

/**
 * PostgreSQL expressions for the q and r of the cell containing (x, y), the same arithmetic as
 * `cellOf`, step by step and in the same order, all in double precision:
 *
 *     rf = y / (size * 0.8660254037844386)          -- √3/2, the same double as SQRT3_HALF
 *     qf = x / size - rf / 2
 *     sf = -qf - rf
 *     rq = floor(qf + 0.5)    rr = floor(rf + 0.5)    rs = floor(sf + 0.5)
 *     dq = abs(rq - qf)       dr = abs(rr - rf)       ds = abs(rs - sf)
 *     q  = CASE WHEN dq > dr AND dq > ds THEN -rr - rs ELSE rq END
 *     r  = CASE WHEN dq > dr AND dq > ds THEN rr WHEN dr > ds THEN -rq - rs ELSE rr END
 *
 * Why it matches bit for bit: +, −, ×, ÷ on float8 are IEEE 754 correctly rounded in PostgreSQL as in
 * JavaScript, each operator is its own function call (no fused multiply-add), floor and abs are exact,
 * and the constants are written as decimals that read back as the very doubles `cellOf` uses. Rounding
 * is floor(v + 0.5) on both sides because PostgreSQL's round(float8) rounds halves to even while
 * Math.round rounds them up; ties (points on edges) would otherwise split differently. Every input
 * is cast to double precision first, so numeric columns or parameters take the same path.
 *
 * The expression has no subqueries, so it can be used in SELECT, GROUP BY, an index or a generated
 * column. Each named step is written out where it is used (SQL has no local variables in an
 * expression), so the text is long, but it is only arithmetic, floor, abs and CASE.
 *
 * @param xSql easting column expression, e.g. `ST_X(geom)` (geom in EPSG:3006)
 * @param ySql northing column expression, e.g. `ST_Y(geom)`
 * @param sizeSql the cell size (across the flats, metres): a placeholder such as `$1` or a column
 */
export function sqlCellColumns(xSql: string, ySql: string, sizeSql: string): SqlCellColumns {
  const x = sqlFragment(xSql, 'xSql');
  const y = sqlFragment(ySql, 'ySql');
  const size = sqlFragment(sizeSql, 'sizeSql');
  const half = sqlDouble(0.5);
  const two = sqlDouble(2);
  const rf = `(${y} / (${size} * ${sqlDouble(SQRT3_HALF)}))`;
  const qf = `(${x} / ${size} - ${rf} / ${two})`;
  const sf = `(-${qf} - ${rf})`;
  const rq = `floor(${qf} + ${half})`;
  const rr = `floor(${rf} + ${half})`;
  const rs = `floor(${sf} + ${half})`;
  const dq = `abs(${rq} - ${qf})`;
  const dr = `abs(${rr} - ${rf})`;
  const ds = `abs(${rs} - ${sf})`;
  const qMoved = `${dq} > ${dr} AND ${dq} > ${ds}`;
  return {
    q: `(CASE WHEN ${qMoved} THEN -${rr} - ${rs} ELSE ${rq} END)::integer`,
    r: `(CASE WHEN ${qMoved} THEN ${rr} WHEN ${dr} > ${ds} THEN -${rq} - ${rs} ELSE ${rr} END)::integer`,
  };
}

/**
 * One PostgreSQL expression of type integer[]: ARRAY[q, r] of the cell containing (x, y), exactly as
 * `cellOf` computes it (see `sqlCellColumns` for the arithmetic). Group by it, or read it as
 * `cell[1] AS q, cell[2] AS r`.
 */
export function sqlCellExpression(xSql: string, ySql: string, sizeSql: string): string {
  const { q, r } = sqlCellColumns(xSql, ySql, sizeSql);
  return `ARRAY[${q}, ${r}]`;
}

/** One PostgreSQL text expression giving `cellKey(q, r)`, e.g. '-21342:49830'. */
export function sqlCellKeyExpression(xSql: string, ySql: string, sizeSql: string): string {
  const { q, r } = sqlCellColumns(xSql, ySql, sizeSql);
  return `((${q})::text || ':' || (${r})::text)`;
}
