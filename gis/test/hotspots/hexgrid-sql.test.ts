import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/db/types.js';
import { createRandom } from '../../src/random.js';
import { createTestDatabase, type TestDatabase } from '../../src/testing/database.js';
import { cellKey, cellOf, centreOf, polygonOf, sqlCellColumns, sqlCellExpression, sqlCellKeyExpression } from '@tk/stats';

// The database (embedded PostGIS, or DATABASE_URL's server) must put every point in the cell cellOf
// puts it in — also points exactly on edges and vertices, where only identical arithmetic agrees.

let database: TestDatabase;
let db: Db;

beforeAll(async () => {
  database = await createTestDatabase();
  db = await database.open();
});
afterAll(async () => {
  await db?.close();
  await database?.drop();
});

function testPoints(size: number): [number, number][] {
  const random = createRandom(6472650);
  const points: [number, number][] = [];
  // scattered over Linköping (SWEREF 99 TM)
  for (let i = 0; i < 1500; i++) points.push([520000 + 30000 * random.next(), 6460000 + 30000 * random.next()]);
  // around the origin, negative coordinates too
  for (let i = 0; i < 300; i++) points.push([-2000 + 4000 * random.next(), -2000 + 4000 * random.next()]);
  // exactly on centres, vertices and edge midpoints of a few cells (the tie cases)
  for (const [q, r] of [
    [0, 0],
    [1, -1],
    [-3, 2],
    [-21339, 49827],
    [-21300, 49800],
  ] as const) {
    const c = centreOf(q, r, size);
    points.push([c.x, c.y]);
    const ring = polygonOf(q, r, size);
    for (let i = 0; i < 6; i++) {
      const [x1, y1] = ring[i]!;
      const [x2, y2] = ring[i + 1]!;
      points.push([x1, y1], [(x1 + x2) / 2, (y1 + y2) / 2]);
    }
  }
  // round metre coordinates on whole multiples of half a cell (x on vertical edges: x = size/2 · odd)
  for (let k = -5; k <= 5; k++) points.push([(k * size) / 2, 0], [(k * size) / 2, size], [536100 + (k * size) / 2, 6472650]);
  return points;
}

describe('sqlCellExpression', () => {
  for (const size of [150, 100, 37.5]) {
    it(`puts every point in the same cell as cellOf (size ${size})`, async () => {
      const points = testPoints(size);
      const { q, r } = sqlCellColumns('ST_X(p.geom)', 'ST_Y(p.geom)', '$3');
      const array = sqlCellExpression('t.x', 't.y', '$3');
      const key = sqlCellKeyExpression('t.x', 't.y', '$3');
      const rows = await db.query<{ i: string | number; q: number; r: number; cell: number[]; key: string }>(
        `SELECT t.i, ${q} AS q, ${r} AS r, ${array} AS cell, ${key} AS key
           FROM unnest($1::double precision[], $2::double precision[]) WITH ORDINALITY AS t(x, y, i)
           CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_MakePoint(t.x, t.y), 3006) AS geom) AS p
          ORDER BY t.i`,
        [points.map((p) => p[0]), points.map((p) => p[1]), size],
      );
      expect(rows).toHaveLength(points.length);
      const mismatches = rows.flatMap((row, i) => {
        const [x, y] = points[i]!;
        const expected = cellOf(x, y, size);
        const ok =
          row.q === expected.q &&
          row.r === expected.r &&
          row.cell[0] === expected.q &&
          row.cell[1] === expected.r &&
          row.key === cellKey(expected.q, expected.r);
        return ok ? [] : [{ x, y, expected, sql: { q: row.q, r: row.r, cell: row.cell, key: row.key } }];
      });
      expect(mismatches).toEqual([]);
    });
  }

  it('groups points by cell in the database', async () => {
    // three points in (0,0), two in (1,0), one in (0,1)
    const rows = await db.query<{ key: string; n: string | number }>(
      `SELECT ${sqlCellKeyExpression('x', 'y', '$1')} AS key, count(*) AS n
         FROM (VALUES (0::float8, 0::float8), (10, 20), (-30, -40), (150, 0), (140, 10), (75, 129.9)) AS v(x, y)
        GROUP BY 1 ORDER BY 1`,
      [150],
    );
    expect(rows.map((r) => [r.key, Number(r.n)])).toEqual([
      ['0:0', 3],
      ['0:1', 1],
      ['1:0', 2],
    ]);
  });

  it('is plain arithmetic on the given names: no comments, no statement breaks, the √3/2 constant as in TypeScript', () => {
    const sql = sqlCellExpression('ST_X(geom)', 'ST_Y(geom)', '$1');
    expect(sql).not.toContain('--');
    expect(sql).not.toContain(';');
    expect(sql).not.toContain("'");
    expect(sql).toContain('0.8660254037844386::double precision');
    expect(sql).not.toMatch(/\bround\(/); // round(float8) rounds halves to even; floor(v + 0.5) is used
  });

  it('refuses fragments that are not plain column expressions or placeholders', () => {
    expect(() => sqlCellExpression("x'; DROP TABLE x; --", 'y', '$1')).toThrow(RangeError);
    expect(() => sqlCellExpression('x', 'y + 1', '$1')).toThrow(RangeError);
    expect(() => sqlCellExpression('x', 'ST_Y(geom', '$1')).toThrow(RangeError);
    expect(() => sqlCellExpression('x', 'y', '')).toThrow(RangeError);
    expect(() => sqlCellExpression('x', 'y', '1) OR (1')).toThrow(RangeError); // a ")" before its "("
    expect(() => sqlCellExpression('x', 'y', '$1 /* */')).toThrow(RangeError);
  });
});
