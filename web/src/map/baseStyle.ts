import type { StyleSpecification } from 'maplibre-gl';
import { palette } from './palette';

/**
 * The style used without a basemap: only a background. It deliberately has no glyphs, sprite or
 * sources, so the map renders with no network access at all; labels are HTML markers instead.
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Trygghetskartan offline',
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.background } }],
  };
}

/** Linköping's centre, where the map starts before it fits itself to the districts. */
export const INITIAL_VIEW = { center: [15.61, 58.405] as [number, number], zoom: 11.5 };
