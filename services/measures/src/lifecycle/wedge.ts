/**
 * A camera's field of view as a wedge in EPSG:3006 (metres, x east, y north): the camera's point,
 * then the arc from direction − angle/2 to direction + angle/2 at `rangeM`, then back. Directions
 * are compass bearings (0 = north, 90 = east). SWEREF 99 TM's grid north is within a degree of true
 * north over Linköping, well inside how precisely a camera's direction is known.
 */
export interface CameraView {
  directionDeg: number;
  angleDeg: number;
  rangeM: number;
}

/** The most degrees between two arc points: a 90° view gets 19 points, smooth at map scale. */
export const ARC_STEP_DEG = 5;

export function wedgeRing(centre: readonly [number, number], view: CameraView): [number, number][] {
  const [x, y] = centre;
  const steps = Math.max(1, Math.ceil(view.angleDeg / ARC_STEP_DEG));
  const start = view.directionDeg - view.angleDeg / 2;
  const arc = Array.from({ length: steps + 1 }, (_, i): [number, number] => {
    const bearing = ((start + (view.angleDeg * i) / steps) * Math.PI) / 180;
    return [round(x + view.rangeM * Math.sin(bearing)), round(y + view.rangeM * Math.cos(bearing))];
  });
  // A full circle needs no apex: the ring is the arc itself, closed.
  return view.angleDeg >= 360 ? [...arc.slice(0, -1), arc[0]!] : [[x, y], ...arc, [x, y]];
}

// Centimetres: what a surveyed camera position could ever claim.
const round = (v: number) => Math.round(v * 100) / 100 + 0; // + 0 turns −0 into 0
