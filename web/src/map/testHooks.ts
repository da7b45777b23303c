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

/** Sets or removes one `<body data-…>` hook; the named ones below say what each means. */
function setHook(name: string, value: string | null): void {
  if (value === null) delete document.body.dataset[name];
  else document.body.dataset[name] = value;
}

/**
 * `<body data-measures-ready>`: "true" once the measure layers hold the current list and the map has
 * drawn it (idle), "false" while the list loads; absent for roles that may not see measures. With it,
 * `data-measures-count` says how many measures are on the map.
 */
export function markMeasuresForTests(ready: boolean | null, count: number | null = null): void {
  setHook('measuresReady', ready === null ? null : String(ready));
  setHook('measuresCount', ready && count !== null ? String(count) : null);
}

/**
 * `<body data-presence-ready>`: "true" once the presence layer holds the week's shifts in the chosen
 * hours and the map has drawn them, "false" while a week loads; absent for roles without presence.
 */
export function markPresenceForTests(ready: boolean | null): void {
  setHook('presenceReady', ready === null ? null : String(ready));
}

/**
 * The drawing of a new measure: `data-drawing` is the tool in use ("point", "linestring",
 * "polygon", "camera"), `data-draft-geometry` the type of the finished shape ("Point" …), and
 * `data-draft-view` "true" while a camera's wedge is drawn on the map. All absent when not drawing.
 */
export function markDraftForTests(state: { mode: string | null; geometry: string | null; view: boolean } | null): void {
  setHook('drawing', state?.mode ?? null);
  setHook('draftGeometry', state?.geometry ?? null);
  setHook('draftView', state?.view ? 'true' : null);
}

/**
 * `<body data-venues-ready>`: "true" once the venue layer holds the current list and the map has drawn
 * it (idle), "false" while the list loads; absent for roles that may not see venues. With it,
 * `data-venues-count` says how many venues are on the map.
 */
export function markVenuesForTests(ready: boolean | null, count: number | null = null): void {
  setHook('venuesReady', ready === null ? null : String(ready));
  setHook('venuesCount', ready && count !== null ? String(count) : null);
}
