import type { LngLat, Map as MapLibreMap } from 'maplibre-gl';
import { computed, nextTick, shallowRef, watch, type ComputedRef, type ShallowRef } from 'vue';
import type { HotspotCell } from '../api/hotspots';
import type { Incident } from '../api/incidents';
import type { PresenceShift } from '../api/presence';
import { useDataStores } from '../stores/data';
import { useHotspotPopup } from './useHotspotPopup';

/** The popups that stand on the map (a measure or a venue opens in the side panel instead). */
export type PopupKind = 'cell' | 'incident' | 'shift';

/** Where a popup stands: the feature's id (a cell's key) and where it was clicked. */
export type Clicked = { id: string; at: LngLat } | null;

export interface MapPopups {
  clicked: Record<PopupKind, ShallowRef<Clicked>>;
  /** The feature each popup shows, read from the data the map draws; null when closed or gone. */
  cell: ComputedRef<HotspotCell | null>;
  incident: ComputedRef<Incident | null>;
  shift: ComputedRef<PresenceShift | null>;
  /** The element each popup's component is teleported into. */
  content: Record<PopupKind, HTMLElement>;
  /** What a click on a feature of that kind does: its popup opens there. */
  openAt: (kind: PopupKind) => (id: string, at: LngLat) => void;
  closeAll: () => void;
  /** The popup opened in this tick takes the focus (it was opened from the list of features in view). */
  focusOpened: () => void;
}

/** The map's popups: which feature each stands on, and their MapLibre popups. */
export function useMapPopups(map: ShallowRef<MapLibreMap | null>): MapPopups {
  const { hotspots, incidents, presence } = useDataStores();
  const clicked: MapPopups['clicked'] = { cell: shallowRef(null), incident: shallowRef(null), shift: shallowRef(null) };
  const idOf = (kind: PopupKind): string | undefined => clicked[kind].value?.id;
  const cell = computed(() => (idOf('cell') ? (hotspots.analysis.value?.cells?.find((c) => c.key === idOf('cell')) ?? null) : null));
  const incident = computed(() => (idOf('incident') ? (incidents.split.value?.placed.find((i) => i.id === idOf('incident')) ?? null) : null));
  const shift = computed(() => (idOf('shift') ? (presence.shown.value?.find((s) => s.id === idOf('shift')) ?? null) : null));
  const shown: Record<PopupKind, ComputedRef<unknown>> = { cell, incident, shift };

  let focusWanted = false;
  const popupOf = (kind: PopupKind): HTMLElement =>
    useHotspotPopup({ map, at: computed(() => (shown[kind].value ? (clicked[kind].value?.at ?? null) : null)), takeFocus: () => focusWanted }).content;
  const content = { cell: popupOf('cell'), incident: popupOf('incident'), shift: popupOf('shift') };

  const closeAll = (): void => {
    for (const one of Object.values(clicked)) one.value = null;
  };
  // Another week, other hours or a layer hidden: the clicked feature is gone from the map.
  watch([hotspots.analysis, hotspots.visible], () => (clicked.cell.value = null));
  watch([incidents.split, incidents.visible], () => (clicked.incident.value = null));
  watch([presence.shown, presence.visible, presence.permitted], () => (clicked.shift.value = null));

  return {
    clicked,
    cell,
    incident,
    shift,
    content,
    openAt: (kind) => (id, at) => void (clicked[kind].value = { id, at }),
    closeAll,
    // Called after the opening changed the state: the wish lasts until that render is done.
    focusOpened: () => {
      focusWanted = true;
      void nextTick(() => (focusWanted = false));
    },
  };
}
