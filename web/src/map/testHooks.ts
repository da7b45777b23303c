import type { Map as MapLibreMap } from 'maplibre-gl';

declare global {
  interface Window {
    /** The live map, for end-to-end tests (queryRenderedFeatures and the like). */
    __map?: MapLibreMap;
  }
}

/**
 * Signals end-to-end tests that the map has loaded and drawn the districts: `window.__map` and
 * `<body data-map-ready="true">`.
 */
export function exposeMapForTests(map: MapLibreMap): void {
  window.__map = map;
  document.body.dataset.mapReady = 'true';
}

export function withdrawMapForTests(): void {
  delete window.__map;
  delete document.body.dataset.mapReady;
}

/**
 * `<body data-hotspots-ready>`: "true" once the hot spot layer has the week's cells and the map has
 * drawn them (idle), "false" while another week loads or after it failed; absent for roles without
 * hot spots.
 */
export function markHotspotsForTests(ready: boolean | null): void {
  if (ready === null) delete document.body.dataset.hotspotsReady;
  else document.body.dataset.hotspotsReady = String(ready);
}

/**
 * `<body data-incidents-ready>`: "true" once the incident layer has the week's points and the map has
 * drawn them (idle), "false" while a week loads; absent for roles that may not see single incidents.
 */
export function markIncidentsForTests(ready: boolean | null): void {
  if (ready === null) delete document.body.dataset.incidentsReady;
  else document.body.dataset.incidentsReady = String(ready);
}
