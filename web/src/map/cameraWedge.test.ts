import { describe, expect, it } from 'vitest';
import { bearingAndDistance, destination, isDrawableView, wedgeRing } from './cameraWedge';

const camera: [number, number] = [15.587, 58.426];

describe('destination and bearingAndDistance', () => {
  it('measures bearings clockwise from north', () => {
    const north = destination(camera, 0, 100);
    const east = destination(camera, 90, 100);
    expect(north[0]).toBeCloseTo(camera[0], 7);
    expect(north[1]).toBeGreaterThan(camera[1]);
    expect(east[0]).toBeGreaterThan(camera[0]);
    expect(east[1]).toBeCloseTo(camera[1], 5);
    // 100 m north is 1/1112 of a degree of latitude.
    expect((north[1] - camera[1]) * 111_195).toBeCloseTo(100, 0);
  });

  it('finds the bearing and distance back from a point it made', () => {
    for (const bearing of [0, 45, 135, 200, 315]) {
      const { bearingDeg, distanceM } = bearingAndDistance(camera, destination(camera, bearing, 80));
      expect(bearingDeg).toBeCloseTo(bearing, 1);
      expect(distanceM).toBeCloseTo(80, 1);
    }
  });
});

describe('wedgeRing', () => {
  it('is the apex, the arc in 5° steps at the range, and the apex again, like the server', () => {
    const ring = wedgeRing(camera, { directionDeg: 90, angleDeg: 60, rangeM: 80 });
    // 60° in 5° steps: 13 arc points, the apex at both ends.
    expect(ring).toHaveLength(15);
    expect(ring[0]).toEqual(camera);
    expect(ring.at(-1)).toEqual(camera);
    for (const point of ring.slice(1, -1)) expect(bearingAndDistance(camera, point as [number, number]).distanceM).toBeCloseTo(80, 1);
    expect(bearingAndDistance(camera, ring[1] as [number, number]).bearingDeg).toBeCloseTo(60, 1);
    expect(bearingAndDistance(camera, ring[7] as [number, number]).bearingDeg).toBeCloseTo(90, 1);
    expect(bearingAndDistance(camera, ring[13] as [number, number]).bearingDeg).toBeCloseTo(120, 1);
  });

  it('spreads an angle that is no multiple of 5° evenly, and wraps across north', () => {
    const ring = wedgeRing(camera, { directionDeg: 0, angleDeg: 12, rangeM: 50 });
    // ceil(12 / 5) = 3 steps of 4°: 4 arc points.
    expect(ring).toHaveLength(6);
    expect(bearingAndDistance(camera, ring[1] as [number, number]).bearingDeg).toBeCloseTo(354, 1);
    expect(bearingAndDistance(camera, ring[4] as [number, number]).bearingDeg).toBeCloseTo(6, 1);
  });

  it('draws a dome camera (360°) as a closed circle without the apex', () => {
    const ring = wedgeRing(camera, { directionDeg: 0, angleDeg: 360, rangeM: 30 });
    expect(ring).toHaveLength(73);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(ring).not.toContainEqual(camera);
  });
});

describe('isDrawableView', () => {
  it('needs finite numbers and a positive angle and range', () => {
    expect(isDrawableView({ directionDeg: 0, angleDeg: 90, rangeM: 50 })).toBe(true);
    expect(isDrawableView({ directionDeg: 0, angleDeg: 90 })).toBe(false);
    expect(isDrawableView({ directionDeg: Number.NaN, angleDeg: 90, rangeM: 50 })).toBe(false);
    expect(isDrawableView({ directionDeg: 0, angleDeg: 0, rangeM: 50 })).toBe(false);
  });
});
