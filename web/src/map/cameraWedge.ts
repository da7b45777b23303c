import type { Polygon, Position } from '../types/geojson';

/**
 * A camera's field of view drawn while it is being placed, before the server has computed the one it
 * keeps (`camera.view`, in EPSG:3006). The same wedge as the server's: the camera's point, an arc
 * from direction − angle/2 to direction + angle/2 at the range in steps of at most 5°, and back;
 * bearings clockwise from north. Computed on a sphere here; at 500 m the two differ by centimetres.
 */
export interface CameraView {
  directionDeg: number;
  angleDeg: number;
  rangeM: number;
}

export const ARC_STEP_DEG = 5;
const EARTH_RADIUS_M = 6_371_008.8;
const toRadians = (degrees: number): number => (degrees * Math.PI) / 180;
const toDegrees = (radians: number): number => (radians * 180) / Math.PI;
// 7 decimals are about a centimetre: more would only be noise in the GeoJSON.
const round = (value: number): number => Math.round(value * 1e7) / 1e7 + 0;

/** The point `distanceM` from `from` along the compass bearing (great circle). */
export function destination(from: readonly [number, number], bearingDeg: number, distanceM: number): [number, number] {
  const [lng, lat] = from;
  const φ1 = toRadians(lat);
  const θ = toRadians(bearingDeg);
  const δ = distanceM / EARTH_RADIUS_M;
  const φ2 = Math.asin(Math.sin(φ1) * Math.cos(δ) + Math.cos(φ1) * Math.sin(δ) * Math.cos(θ));
  const λ2 = toRadians(lng) + Math.atan2(Math.sin(θ) * Math.sin(δ) * Math.cos(φ1), Math.cos(δ) - Math.sin(φ1) * Math.sin(φ2));
  return [round(toDegrees(λ2)), round(toDegrees(φ2))];
}

/** The compass bearing (0 ≤ b < 360) and the distance in metres from one point to another. */
export function bearingAndDistance(from: readonly [number, number], to: readonly [number, number]): { bearingDeg: number; distanceM: number } {
  const φ1 = toRadians(from[1]);
  const φ2 = toRadians(to[1]);
  const Δλ = toRadians(to[0] - from[0]);
  const Δφ = φ2 - φ1;
  const y = Math.sin(Δλ) * Math.cos(φ2);
  const x = Math.cos(φ1) * Math.sin(φ2) - Math.sin(φ1) * Math.cos(φ2) * Math.cos(Δλ);
  const bearingDeg = (toDegrees(Math.atan2(y, x)) + 360) % 360;
  const a = Math.sin(Δφ / 2) ** 2 + Math.cos(φ1) * Math.cos(φ2) * Math.sin(Δλ / 2) ** 2;
  const distanceM = 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
  return { bearingDeg, distanceM };
}

/** The wedge as a closed ring; a view of 360° (a dome camera) is the circle itself, without the apex. */
export function wedgeRing(centre: readonly [number, number], view: CameraView): Position[] {
  const angle = Math.min(360, Math.max(0, view.angleDeg));
  const steps = Math.max(1, Math.ceil(angle / ARC_STEP_DEG));
  const start = view.directionDeg - angle / 2;
  const arc = Array.from({ length: steps + 1 }, (_, i) => destination(centre, start + (angle * i) / steps, view.rangeM));
  const apex: Position = [centre[0], centre[1]];
  return angle >= 360 ? [...arc.slice(0, -1), arc[0]!] : [apex, ...arc, apex];
}

export function wedgePolygon(centre: readonly [number, number], view: CameraView): Polygon {
  return { type: 'Polygon', coordinates: [wedgeRing(centre, view)] };
}

/** A view the server would accept: direction in [0, 360), angle 1–360, range 1–500 m. */
export function isDrawableView(view: Partial<CameraView>): view is CameraView {
  const { directionDeg: d, angleDeg: a, rangeM: r } = view;
  return typeof d === 'number' && typeof a === 'number' && typeof r === 'number'
    && Number.isFinite(d) && Number.isFinite(a) && Number.isFinite(r) && a > 0 && r > 0;
}
