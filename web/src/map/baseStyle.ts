import type { StyleSpecification } from 'maplibre-gl';
import { fontFaces } from './fonts';
import { palette } from './palette';

/**
 * The style used without a basemap: only a background, and the platform's own fonts for the
 * project's labels. It has no sources, so the map renders with nothing but this platform to reach.
 */
export function offlineStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Trygghetskartan offline',
    sources: {},
    'font-faces': fontFaces(),
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': palette.background } }],
  };
}

/** Linköping's centre, where the map starts before it fits itself to the districts. */
export const INITIAL_VIEW = { center: [15.61, 58.405] as [number, number], zoom: 11.5 };
