import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/random.js';
import {
  cellArea,
  cellKey,
  cellOf,
  centreOf,
  circumradius,
  DEFAULT_CELL_SIZE,
  hexDistance,
  neighbours,
  parseCellKey,
  polygonOf,
} from '@tk/stats';

// Hand constants for the default size 150 m (across the flats):
//   √3/2 = 0.8660254037844386        row height = 150 · √3/2 = 129.9038105676658
//   circumradius R = 150/√3 = 86.60254037844386    R/2 = 43.30127018922193
//   area = (√3/2) · 150² = 0.8660254037844386 · 22500 = 19485.571585149868
const SIZE = 150;
const ROW = 129.9038105676658;
const R = 86.60254037844386;

describe('hexgrid conventions', () => {
  it('uses 150 m across the flats by default, circumradius 150/√3 and area (√3/2)·150²', () => {
    expect(DEFAULT_CELL_SIZE).toBe(150);
    expect(circumradius()).toBeCloseTo(R, 10);
    expect(cellArea()).toBeCloseTo(19485.571585149868, 8);
  });

  it('puts centres at x = size·(q + r/2), y = size·(√3/2)·r', () => {
    expect(centreOf(0, 0)).toEqual({ x: 0, y: 0 });
    expect(centreOf(1, 0)).toEqual({ x: 150, y: 0 }); // 150·(1 + 0)
    const ne = centreOf(0, 1); // 150·(0 + 1/2) = 75, 1·ROW
    expect(ne.x).toBeCloseTo(75, 9);
    expect(ne.y).toBeCloseTo(ROW, 9);
    const c = centreOf(-2, 3); // 150·(−2 + 1.5) = −75, 3·ROW = 389.7114317029974
    expect(c.x).toBeCloseTo(-75, 9);
    expect(c.y).toBeCloseTo(389.7114317029974, 9);
    const d = centreOf(3, -2, 100); // 100·(3 − 1) = 200, −2·86.60254037844386
    expect(d.x).toBeCloseTo(200, 9);
    expect(d.y).toBeCloseTo(-173.20508075688772, 9);
  });
});

describe('cellOf', () => {
  it('round-trips every centre: cellOf(centreOf(q, r)) = (q, r), near the origin and around Linköping', () => {
    for (let q = -12; q <= 12; q++) {
      for (let r = -12; r <= 12; r++) {
        const { x, y } = centreOf(q, r);
        expect(cellOf(x, y)).toEqual({ q, r });
      }
    }
    for (let q = -21400; q <= -21300; q += 7) {
      for (let r = 49750; r <= 49900; r += 11) {
        for (const size of [150, 100, 250, 37.5]) {
          const { x, y } = centreOf(q, r, size);
          expect(cellOf(x, y, size)).toEqual({ q, r });
        }
      }
    }
  });

  it('finds the cell of a point in Linköping (worked by hand, including the cube-rounding correction)', () => {
    // (x, y) = (536 190, 6 472 650), size 150:
    //   rf = 6472650 / 129.9038105676658 = 49826.48293…
    //   qf = 536190/150 − rf/2 = 3574.6 − 24913.24147… = −21338.64147…
    //   sf = −qf − rf = −28487.84147…
    //   rounded: q = −21339 (dq = 0.35853), r = 49826 (dr = 0.48293), s = −28488 (ds = 0.15853)
    //   −21339 + 49826 − 28488 = −1 ≠ 0, so fix the one that moved furthest: r (0.48293 largest),
    //   r = −q − s = 21339 + 28488 = 49827.
    expect(cellOf(536190, 6472650)).toEqual({ q: -21339, r: 49827 });
    // Its centre: x = 150·(−21339 + 49827/2) = 150·3574.5 = 536175, y = 49827·129.9038105676658 = 6472717.169…
    // 15 m west and 67.17 m north of the point: √(15² + 67.17²) = 68.8 m < R = 86.6 m.
    const centre = centreOf(-21339, 49827);
    expect(centre.x).toBeCloseTo(536175, 6);
    expect(centre.y).toBeCloseTo(6472717.169, 2);
  });

  it('splits points just either side of the vertical edge x = 75 between (0,0) and (1,0)', () => {
    expect(cellOf(74.999, 0)).toEqual({ q: 0, r: 0 });
    expect(cellOf(75.001, 0)).toEqual({ q: 1, r: 0 });
    // the vertical edge runs from y = −R/2 to R/2 = ±43.30127
    expect(cellOf(74.999, 43.2)).toEqual({ q: 0, r: 0 });
    expect(cellOf(75.001, -43.2)).toEqual({ q: 1, r: 0 });
  });

  it('splits points just either side of the slanted edge between (0,0) and its north-east neighbour (0,1)', () => {
    // The edge's midpoint is halfway to the neighbour's centre (75, 129.9038): (37.5, 64.9519).
    // Its normal is the direction (0.5, √3/2); step 1 mm along it either way.
    const mx = 37.5;
    const my = ROW / 2;
    expect(cellOf(mx - 0.0005, my - 0.000866)).toEqual({ q: 0, r: 0 });
    expect(cellOf(mx + 0.0005, my + 0.000866)).toEqual({ q: 0, r: 1 });
    // Along the edge (direction (√3/2, −0.5)), 40 m from the midpoint, still 1 mm either side:
    const ax = mx + 40 * 0.8660254037844386;
    const ay = my - 40 * 0.5;
    expect(cellOf(ax - 0.0005, ay - 0.000866)).toEqual({ q: 0, r: 0 });
    expect(cellOf(ax + 0.0005, ay + 0.000866)).toEqual({ q: 0, r: 1 });
  });

  it('resolves the three cells around a shared vertex', () => {
    // The vertex at 30° of (0,0) is (size/2, R/2) = (75, 43.30127); it is shared with (1,0) and (0,1).
    // 1 cm from it towards each centre lies in that cell.
    const vx = 75;
    const vy = R / 2;
    const towards = (cx: number, cy: number) => {
      const len = Math.hypot(cx - vx, cy - vy);
      return cellOf(vx + (0.01 * (cx - vx)) / len, vy + (0.01 * (cy - vy)) / len);
    };
    expect(towards(0, 0)).toEqual({ q: 0, r: 0 });
    expect(towards(150, 0)).toEqual({ q: 1, r: 0 });
    expect(towards(75, ROW)).toEqual({ q: 0, r: 1 });
    // Exactly on the vertex: one of the three, always the same one.
    expect([cellKey(0, 0), cellKey(1, 0), cellKey(0, 1)]).toContain(cellKey(cellOf(vx, vy).q, cellOf(vx, vy).r));
  });

  it('keeps the inscribed circle (radius size/2) in the cell and everything beyond the circumradius out', () => {
    const random = createRandom(3006);
    for (let i = 0; i < 2000; i++) {
      const q = random.int(-21400, -21300);
      const r = random.int(49750, 49900);
      const { x, y } = centreOf(q, r);
      const angle = random.next() * 2 * Math.PI;
      const inside = 0.999 * (SIZE / 2) * random.next();
      expect(cellOf(x + inside * Math.cos(angle), y + inside * Math.sin(angle))).toEqual({ q, r });
      const outside = 1.001 * R + 30 * random.next();
      expect(cellOf(x + outside * Math.cos(angle), y + outside * Math.sin(angle))).not.toEqual({ q, r });
    }
  });

  it('always picks the nearest centre (checked against the cell and its neighbours)', () => {
    const random = createRandom(58);
    for (let i = 0; i < 5000; i++) {
      const x = 520000 + 30000 * random.next();
      const y = 6460000 + 30000 * random.next();
      const cell = cellOf(x, y);
      const own = centreOf(cell.q, cell.r);
      const d = Math.hypot(x - own.x, y - own.y);
      expect(d).toBeLessThanOrEqual(R + 1e-9);
      for (const n of neighbours(cell.q, cell.r)) {
        const c = centreOf(n.q, n.r);
        expect(Math.hypot(x - c.x, y - c.y)).toBeGreaterThanOrEqual(d - 1e-9);
      }
    }
  });

  it('refuses a non-positive size and non-finite coordinates', () => {
    expect(() => cellOf(0, 0, 0)).toThrow(RangeError);
    expect(() => cellOf(0, 0, -150)).toThrow(RangeError);
    expect(() => cellOf(Number.NaN, 0)).toThrow(RangeError);
    expect(() => cellOf(0, Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('neighbours', () => {
  it('lists the ring of six counter-clockwise from east', () => {
    // E (+1,0), NE (0,+1), NW (−1,+1), W (−1,0), SW (0,−1), SE (+1,−1)
    expect(neighbours(2, -3)).toEqual([
      { q: 3, r: -3 },
      { q: 2, r: -2 },
      { q: 1, r: -2 },
      { q: 1, r: -3 },
      { q: 2, r: -4 },
      { q: 3, r: -4 },
    ]);
  });

  it('puts every neighbour at centre distance = size, at bearings 0°, 60°, … 300°', () => {
    for (const size of [150, 100]) {
      const c = centreOf(5, 7, size);
      neighbours(5, 7).forEach((n, i) => {
        const p = centreOf(n.q, n.r, size);
        expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeCloseTo(size, 9);
        const bearing = (Math.atan2(p.y - c.y, p.x - c.x) * 180) / Math.PI;
        expect((bearing + 360) % 360).toBeCloseTo(60 * i, 9);
        expect(hexDistance({ q: 5, r: 7 }, n)).toBe(1);
      });
    }
  });

  it('is symmetric, and the second ring is at hex distance 2', () => {
    for (const n of neighbours(0, 0)) expect(neighbours(n.q, n.r)).toContainEqual({ q: 0, r: 0 });
    expect(hexDistance({ q: 0, r: 0 }, { q: 2, r: -1 })).toBe(2);
    expect(hexDistance({ q: 0, r: 0 }, { q: 3, r: -1 })).toBe(3);
  });
});

describe('polygonOf', () => {
  it('gives 6 vertices and the closing one, counter-clockwise from 30°, each at the circumradius', () => {
    const ring = polygonOf(0, 0);
    expect(ring).toHaveLength(7);
    expect(ring[6]).toEqual(ring[0]);
    // hand: (±75, ±43.30127) and (0, ±86.60254)
    const expected: [number, number][] = [
      [75, R / 2],
      [0, R],
      [-75, R / 2],
      [-75, -R / 2],
      [0, -R],
      [75, -R / 2],
    ];
    expected.forEach(([x, y], i) => {
      expect(ring[i]![0]).toBeCloseTo(x, 9);
      expect(ring[i]![1]).toBeCloseTo(y, 9);
    });
  });

  it('has every vertex at distance R = size/√3 from the centre, edges of length R, and area (√3/2)·size²', () => {
    for (const [q, r] of [
      [0, 0],
      [-21339, 49827],
    ] as const) {
      const c = centreOf(q, r);
      const ring = polygonOf(q, r);
      let twiceArea = 0;
      for (let i = 0; i < 6; i++) {
        const [x1, y1] = ring[i]!;
        const [x2, y2] = ring[i + 1]!;
        expect(Math.hypot(x1 - c.x, y1 - c.y)).toBeCloseTo(R, 6);
        expect(Math.hypot(x2 - x1, y2 - y1)).toBeCloseTo(R, 6);
        twiceArea += (x1 - c.x) * (y2 - c.y) - (x2 - c.x) * (y1 - c.y);
      }
      expect(twiceArea / 2).toBeCloseTo(19485.571585149868, 4); // positive: counter-clockwise
    }
  });

  it('shares vertices bit for bit with the neighbours', () => {
    // vertex 30° of (0,0) = vertex 150° of its east neighbour (1,0) = vertex 270° of its NE neighbour (0,1)
    for (const [q, r] of [
      [0, 0],
      [-21339, 49827],
    ] as const) {
      const v = polygonOf(q, r)[0];
      expect(polygonOf(q + 1, r)[2]).toEqual(v);
      expect(polygonOf(q, r + 1)[4]).toEqual(v);
    }
  });
});

describe('cellKey', () => {
  it('writes "q:r" and reads it back', () => {
    expect(cellKey(3, -2)).toBe('3:-2');
    expect(cellKey(-21339, 49827)).toBe('-21339:49827');
    expect(cellKey(-0, 0)).toBe('0:0');
    expect(parseCellKey('-21339:49827')).toEqual({ q: -21339, r: 49827 });
    expect(() => parseCellKey('1,2')).toThrow(RangeError);
    expect(() => cellKey(0.5, 1)).toThrow(RangeError);
  });
});
