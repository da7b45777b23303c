/** Must match the panel width and the breakpoint in styles/layout.css. */
const PANEL_WIDTH = 380;
/** How far the panel stands from the map's edge (`left: 12px`; on a phone `bottom: 8px`, `max-height: 45%`). */
const PANEL_INSET = 12;
const NARROW_BREAKPOINT = 720;
const MARGIN = 40;

/** A rectangle of the map's canvas in CSS pixels, from its top left corner. */
export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The part of the map a person can see past the side panel: what the list of features in view
 * names, so that it does not name symbols the panel hides (whose popup would open under it).
 */
export function uncoveredRect(width: number, height: number): ScreenRect {
  if (width < NARROW_BREAKPOINT) return { left: 0, top: 0, right: width, bottom: Math.round(height * 0.55) };
  return { left: PANEL_WIDTH + PANEL_INSET, top: 0, right: width, bottom: height };
}

/**
 * Padding for fitting the districts into view: the side panel floats over the map, so the districts
 * are fitted into the part of the map it leaves visible.
 */
export function fitPaddingFor(width: number, height: number): { top: number; right: number; bottom: number; left: number } {
  if (width < NARROW_BREAKPOINT) {
    return { top: MARGIN + 40, right: MARGIN / 2, bottom: Math.round(height * 0.45), left: MARGIN / 2 };
  }
  return { top: MARGIN + 40, right: MARGIN + 40, bottom: MARGIN, left: PANEL_WIDTH + MARGIN };
}

/**
 * Padding for zooming to a chosen district or feature: as for the districts, and on a wide screen
 * also clear of the layer controls standing on the right (their width as drawn).
 */
export function choicePadding(container: HTMLElement | null): { top: number; right: number; bottom: number; left: number } {
  const width = container?.clientWidth ?? 0;
  const padding = fitPaddingFor(width, container?.clientHeight ?? 0);
  const overlays = container?.parentElement?.querySelector<HTMLElement>('.map-overlays')?.offsetWidth ?? 0;
  return width < NARROW_BREAKPOINT ? padding : { ...padding, right: Math.max(padding.right, overlays + MARGIN / 2) };
}
