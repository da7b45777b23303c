export const MEASURE_KINDS = {
  lighting: 'Belysning',
  camera: 'Kamerabevakning',
  signage: 'Skyltning',
  vegetation_clearing: 'Röjning av vegetation',
  fencing: 'Stängsel',
  graffiti_removal: 'Klottersanering',
  other: 'Övrigt',
} as const;
export type MeasureKind = keyof typeof MEASURE_KINDS;

export const MEASURE_STATUSES = ['proposed', 'decided', 'in_progress', 'done', 'evaluated', 'rejected'] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];
