import {
  Map as MapLibreMap,
  NavigationControl,
  setWorkerUrl,
  type ErrorEvent,
  type StyleSpecification,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { onBeforeUnmount, onMounted, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import { INITIAL_VIEW, offlineStyle } from './baseStyle';
import { basemapStyle, type Basemap } from './basemap';

// MapLibre 6 loads its worker from a URL; without this under Vite the style never loads.
setWorkerUrl(workerUrl);

export interface MapUiStrings {
  canvasLabel: string;
  zoomIn: string;
  zoomOut: string;
  resetBearing: string;
}

export interface UseMapOptions {
  container: Ref<HTMLElement | null>;
  basemap: Basemap | null;
  /** Read again whenever the UI language changes. */
  uiStrings: () => MapUiStrings;
  /** Keep the last frame readable (canvas.toDataURL), for a map printed as an image; costs some speed. */
  preserveDrawingBuffer?: boolean;
}

export interface UseMap {
  map: ShallowRef<MapLibreMap | null>;
  /** True once the style has loaded and layers may be added. */
  loaded: Ref<boolean>;
  /** Set when the map itself could not be created (not for data errors). */
  failure: Ref<string | null>;
}

function uiLocale(ui: MapUiStrings): Record<string, string> {
  return {
    'Map.Title': ui.canvasLabel,
    'NavigationControl.ZoomIn': ui.zoomIn,
    'NavigationControl.ZoomOut': ui.zoomOut,
    'NavigationControl.ResetBearing': ui.resetBearing,
  };
}

/**
 * MapLibre reads its UI strings only when it builds the controls, and has no API to change them,
 * so a language switch rewrites the few labels it rendered.
 */
function relabel(map: MapLibreMap, ui: MapUiStrings): void {
  map.getCanvas().setAttribute('aria-label', ui.canvasLabel);
  const container = map.getContainer();
  for (const [selector, label] of [
    ['.maplibregl-ctrl-zoom-in', ui.zoomIn],
    ['.maplibregl-ctrl-zoom-out', ui.zoomOut],
  ] as const) {
    const button = container.querySelector(selector);
    button?.setAttribute('aria-label', label);
    button?.setAttribute('title', label);
  }
}

function createMap(container: HTMLElement, style: string | StyleSpecification, ui: MapUiStrings, preserveDrawingBuffer: boolean): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style,
    ...(preserveDrawingBuffer ? { canvasContextAttributes: { preserveDrawingBuffer: true } } : {}),
    ...INITIAL_VIEW,
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    locale: uiLocale(ui),
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new NavigationControl({ showCompass: false }), 'bottom-right');
  return map;
}

/**
 * An unreachable basemap must not leave the map empty: if the configured style fails before the
 * first load, the offline style takes over and our layers are drawn on a plain background.
 */
function fallBackWhenBasemapFails(map: MapLibreMap, basemap: Basemap | null): void {
  if (basemap?.kind !== 'style') return;
  const onError = (event: ErrorEvent): void => {
    // A missing tile names its source and is not worth giving up the basemap for.
    if ('sourceId' in event && event.sourceId) return;
    map.off('error', onError);
    map.setStyle(offlineStyle());
  };
  map.on('error', onError);
  map.once('load', () => map.off('error', onError));
}

export function useMap({ container, basemap, uiStrings, preserveDrawingBuffer = false }: UseMapOptions): UseMap {
  const map = shallowRef<MapLibreMap | null>(null);
  const loaded = ref(false);
  const failure = ref<string | null>(null);

  onMounted(() => {
    if (!container.value) return;
    try {
      const instance = createMap(container.value, basemapStyle(basemap), uiStrings(), preserveDrawingBuffer);
      fallBackWhenBasemapFails(instance, basemap);
      instance.once('load', () => (loaded.value = true));
      map.value = instance;
    } catch (error) {
      failure.value = error instanceof Error ? error.message : String(error);
    }
  });

  watch(uiStrings, (ui) => map.value && relabel(map.value, ui));

  onBeforeUnmount(() => {
    map.value?.remove();
    map.value = null;
    loaded.value = false;
  });

  return { map, loaded, failure };
}
