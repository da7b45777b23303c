import { circumradius, sqlCellColumns } from '@tk/stats';

/**
 * The fixed cells that published answers about places are built from, for callers who do not see
 * every incident one by one. A question about a place (a venue's surroundings, a measure's target,
 * buffer and control) is answered as a sum over whole cells of the hot-spot grid (gis/hotspots:
 * pointy-top hexagons in EPSG:3006, the same arithmetic as `cellOf`), at 250 m across the flats,
 * taken by whether the cell's centre lies within the distance asked about. Each cell × time block
 * (× late hours or not, × district) is published when the incidents in it the caller cannot see
 * one by one number 0 or at least 5. Moving or resizing the question therefore changes the answer
 * only by whole published cells, never by the few incidents between two circles.
 */
export const PUBLISHED_CELL_M = 250;

/** Centre to vertex: no point of a cell is farther than this from its centre (≈ 144.3 m). */
export const PUBLISHED_CELL_REACH_M = circumradius(PUBLISHED_CELL_M);

/** The fixed time blocks of a measure's effect: 4 weeks, Swedish time, from Monday 3 January 2000. */
export const BLOCK_DAYS = 28;
export const BLOCK_EPOCH = '2000-01-03';

/** q and r (integer SQL expressions) of the published cell of a point given by its SWEREF 99 TM x and y columns. */
export function publishedCellColumns(xSql: string, ySql: string): { q: string; r: string } {
  return sqlCellColumns(xSql, ySql, String(PUBLISHED_CELL_M));
}

// centreOf's arithmetic: the centre of (q, r) is (size/2 · (2q + r), size/(2√3) · 3r), in doubles.
const HALF_STEP = PUBLISHED_CELL_M / 2;
const ROW_STEP = PUBLISHED_CELL_M / (2 * Math.sqrt(3));

/** The centre of the published cell (q, r) as an EPSG:3006 point; `q` and `r` are integer column names. */
export function publishedCellCentre(q: string, r: string): string {
  return `ST_SetSRID(ST_MakePoint(${HALF_STEP}::float8 * (2 * ${q} + ${r}), ${ROW_STEP}::float8 * (3 * ${r})), 3006)`;
}

/** The 4-week block (0 = the one starting on Monday 3 January 2000) an instant falls in, Swedish time. */
export function blockOf(instantSql: string): string {
  return `floor((((${instantSql}) AT TIME ZONE 'Europe/Stockholm')::date - DATE '${BLOCK_EPOCH}') / ${BLOCK_DAYS}.0)::int`;
}
