/**
 * Map colours in one place, so the layer styles, the legend and the contrast test agree. Priority
 * districts get a warm, saturated colour; the rest stay a quiet blue-grey that recedes.
 */
export const palette = {
  background: '#e8ecef',
  water: '#cfdde8',
  priorityFill: '#e8590c',
  priorityOutline: '#a63c06',
  otherFill: '#6f8597',
  otherOutline: '#6f8597',
  selectedOutline: '#13202c',
  hoverOutline: '#13202c',
  labelText: '#13202c',
  labelBackground: '#ffffff',
  priorityLabelText: '#7a2d04',
} as const;

/** Fill opacities: priority districts must read as "highlighted" even next to a selected one. */
export const fillOpacity = {
  priority: 0.38,
  other: 0.12,
  selectedBoost: 0.14,
} as const;

/** Ramp for the relative incident bars in the district list, light to strong. */
export const incidentRamp = ['#f3c9a8', '#e8590c', '#8f3305'] as const;
