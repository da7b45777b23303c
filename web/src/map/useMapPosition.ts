import type { Map as MapLibreMap } from 'maplibre-gl';
import { watch, type Ref, type ShallowRef } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { positionOf, positionText, viewOf, type MapPosition } from '../router';

const positionOfMap = (map: MapLibreMap): MapPosition => {
  const { lng, lat } = map.getCenter();
  return { zoom: map.getZoom(), lat, lng };
};

/**
 * The map's position and the address's `karta` follow each other. Only a move the user made (drag,
 * wheel, the zoom buttons) writes the address, replacing it; the first fit to the districts does
 * not, so an address without a position stays without one until the user moves the map.
 */
export interface MapPositionInAddress {
  /** The address names no position: the map fits the districts when they load. */
  fitOnLoad: () => boolean;
  /** The address names a position, which wins over zooming to what is chosen. */
  positionInAddress: () => boolean;
}

export function useMapPosition(map: Readonly<ShallowRef<MapLibreMap | null>>, loaded: Readonly<Ref<boolean>>): MapPositionInAddress {
  const route = useRoute();
  const router = useRouter();
  watch(
    [map, loaded, () => route.query.karta],
    ([instance, isLoaded]) => {
      const asked = positionOf(route.query);
      if (!instance || !isLoaded || !asked || positionText(positionOfMap(instance)) === positionText(asked)) return;
      instance.jumpTo({ center: [asked.lng, asked.lat], zoom: asked.zoom });
    },
    { immediate: true },
  );
  let listening: MapLibreMap | null = null;
  watch(
    map,
    (instance) => {
      if (!instance || instance === listening) return;
      listening = instance;
      instance.on('moveend', (event) => {
        if (!event.originalEvent || viewOf(route) !== 'map') return;
        const karta = positionText(positionOfMap(instance));
        if (route.query.karta !== karta) void router.replace({ query: { ...route.query, karta } });
      });
    },
    { immediate: true },
  );
  const positionInAddress = (): boolean => positionOf(route.query) !== null;
  return { fitOnLoad: () => !positionInAddress(), positionInAddress };
}
