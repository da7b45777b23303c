import { Popup, type LngLat, type Map as MapLibreMap } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';

export interface HotspotPopupOptions {
  map: ShallowRef<MapLibreMap | null>;
  /** Where the popup stands, or null when it is closed. */
  at: Ref<LngLat | null>;
  /**
   * Asked as the popup opens: true when it was opened from the list of features in view, so that a
   * keyboard user lands in it (its root, `tabindex="-1"`) and goes back to the list when it closes.
   */
  takeFocus?: () => boolean;
}

/**
 * A MapLibre popup whose content is a plain element; the component renders into it through a
 * <Teleport>, so the texts follow the UI language like the rest of the app. The popup has no close
 * button or close-on-click of its own: the content brings a translated button, and a click on the
 * map decides itself whether it opens another cell or closes this one.
 */
export function useHotspotPopup({ map, at, takeFocus }: HotspotPopupOptions): { content: HTMLElement } {
  const content = document.createElement('div');
  const popup = new Popup({
    closeButton: false,
    closeOnClick: false,
    focusAfterOpen: false,
    maxWidth: '280px',
    offset: 8,
    className: 'hotspot-popup',
  }).setDOMContent(content);
  let returnFocusTo: HTMLElement | null = null;

  // Closed from inside (its button, Escape), the focus went down with the content; anywhere else
  // (a click on the map, another item of the list) it stays where the person put it.
  const giveFocusBack = (): void => {
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost && returnFocusTo?.isConnected) returnFocusTo.focus();
    returnFocusTo = null;
  };
  const focusContent = (): void => {
    returnFocusTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    content.querySelector<HTMLElement>(':scope > [tabindex="-1"]')?.focus();
  };

  // After the render, so the popup measures its filled content when it picks an anchor.
  watch(
    [map, at],
    ([instance, lngLat]) => {
      if (!instance || !lngLat) {
        popup.remove();
        return giveFocusBack();
      }
      if (popup.isOpen()) popup.setLngLat(lngLat);
      else popup.setLngLat(lngLat).addTo(instance);
      if (takeFocus?.()) focusContent();
    },
    { flush: 'post' },
  );

  onBeforeUnmount(() => popup.remove());
  return { content };
}
