import { Popup, type LngLat, type Map as MapLibreMap } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';

export interface HotspotPopupOptions {
  map: ShallowRef<MapLibreMap | null>;
  /** Where the popup stands, or null when it is closed. */
  at: Ref<LngLat | null>;
}

/**
 * A MapLibre popup whose content is a plain element; the component renders into it through a
 * <Teleport>, so the texts follow the UI language like the rest of the app. The popup has no close
 * button or close-on-click of its own: the content brings a translated button, and a click on the
 * map decides itself whether it opens another cell or closes this one.
 */
export function useHotspotPopup({ map, at }: HotspotPopupOptions): { content: HTMLElement } {
  const content = document.createElement('div');
  const popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    focusAfterOpen: false,
    maxWidth: '280px',
    offset: 8,
    className: 'hotspot-popup',
  }).setDOMContent(content);

  // After the render, so the popup measures its filled content when it picks an anchor.
  watch(
    [map, at],
    ([instance, lngLat]) => {
      if (!instance || !lngLat) popup.remove();
      else if (popup.isOpen()) popup.setLngLat(lngLat);
      else popup.setLngLat(lngLat).addTo(instance);
    },
    { flush: 'post' },
  );

  onBeforeUnmount(() => popup.remove());
  return { content };
}
