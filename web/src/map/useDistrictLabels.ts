import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import { onBeforeUnmount, watch, type Ref, type ShallowRef } from 'vue';
import type { PublicDistrict as District } from '../api/districts';
import { pointCoordinates } from '../utils/geo';

/** Below this zoom only priority and selected labels are shown; the others would overlap. */
const COMPACT_BELOW_ZOOM = 10.8;
const COMPACT_CLASS = 'map--compact-labels';

function toggleCompact(map: MapLibreMap): void {
  map.getContainer().classList.toggle(COMPACT_CLASS, map.getZoom() < COMPACT_BELOW_ZOOM);
}

export interface DistrictLabelOptions {
  map: ShallowRef<MapLibreMap | null>;
  loaded: Ref<boolean>;
  districts: Ref<readonly District[]>;
  selectedId: Ref<string | null>;
  onSelect: (id: string) => void;
}

/**
 * The label is hidden from assistive technology: the side panel lists the same districts as real
 * buttons, and reading every label twice would only add noise.
 */
function labelElement(district: District, id: string, onSelect: (id: string) => void): HTMLElement {
  const element = document.createElement('div');
  element.className = district.priority ? 'district-label district-label--priority' : 'district-label';
  element.textContent = district.name ?? id;
  element.setAttribute('aria-hidden', 'true');
  element.dataset.districtId = id;
  element.addEventListener('click', (event) => {
    // The map's own click handler would otherwise see the same click and select again.
    event.stopPropagation();
    onSelect(id);
  });
  return element;
}

/**
 * District names as HTML markers at each label point. HTML instead of a symbol layer because the
 * offline style has no glyphs to draw text with.
 */
export function useDistrictLabels({ map, loaded, districts, selectedId, onSelect }: DistrictLabelOptions): void {
  let markers: Marker[] = [];

  const clear = (): void => {
    markers.forEach((marker) => marker.remove());
    markers = [];
  };

  const draw = (): void => {
    clear();
    const instance = map.value;
    if (!instance || !loaded.value) return;
    for (const district of districts.value) {
      const at = pointCoordinates(district.labelPoint);
      if (!district.id || !at) continue;
      const element = labelElement(district, district.id, onSelect);
      markers.push(new Marker({ element, anchor: 'center' }).setLngLat(at).addTo(instance));
    }
    highlight(selectedId.value);
  };

  const highlight = (id: string | null): void => {
    for (const marker of markers) {
      const element = marker.getElement();
      element.classList.toggle('district-label--selected', element.dataset.districtId === id);
    }
  };

  watch([map, loaded, districts], draw, { immediate: true });
  watch(selectedId, highlight);
  watch(
    map,
    (instance) => {
      if (!instance) return;
      const onZoom = (): void => toggleCompact(instance);
      instance.on('zoomend', onZoom);
      instance.on('load', onZoom);
    },
    { immediate: true },
  );
  onBeforeUnmount(clear);
}
