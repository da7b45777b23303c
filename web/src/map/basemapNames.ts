import type { LngLatLike, Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { BASEMAP_SOURCE } from './basemap';

/** How far from a point a street still names it, in screen pixels (about a block at street level). */
const REACH_PX = 60;

type Xy = { x: number; y: number };

function distanceToSegment(p: Xy, a: Xy, b: Xy): number {
  const [dx, dy] = [b.x - a.x, b.y - a.y];
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

function linesOf(feature: MapGeoJSONFeature): number[][][] {
  const g = feature.geometry;
  if (g.type === 'LineString') return [g.coordinates];
  if (g.type === 'MultiLineString') return g.coordinates;
  return [];
}

/**
 * The name of the basemap's street nearest to a place, as the map draws it now; null without a
 * vector basemap, or with no named street within reach. Read from the drawn tiles, so it costs no
 * request and names only what the user can see.
 */
export function streetNear(map: MapLibreMap, at: LngLatLike): string | null {
  if (!map.getSource(BASEMAP_SOURCE) || map.getSource(BASEMAP_SOURCE)?.type !== 'vector') return null;
  const p = map.project(at);
  const roads = map
    .queryRenderedFeatures([[p.x - REACH_PX, p.y - REACH_PX], [p.x + REACH_PX, p.y + REACH_PX]])
    .filter((f) => f.source === BASEMAP_SOURCE && f.sourceLayer === 'roads' && typeof f.properties.name === 'string');
  let best: { name: string; distance: number } | null = null;
  for (const road of roads) {
    for (const line of linesOf(road)) {
      const points = line.map((c) => map.project(c as [number, number]));
      for (let i = 1; i < points.length; i++) {
        const distance = distanceToSegment(p, points[i - 1]!, points[i]!);
        if (distance <= REACH_PX && (!best || distance < best.distance)) best = { name: road.properties.name as string, distance };
      }
    }
  }
  return best?.name ?? null;
}
