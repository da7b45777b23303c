export const VENUE_KINDS = {
  restaurant: 'Restaurang',
  bar: 'Bar',
  nightclub: 'Nattklubb',
  gym: 'Gym',
  school: 'Skola',
  youth_centre: 'Fritidsgård',
} as const;
export type VenueKind = keyof typeof VENUE_KINDS;
