export const VENUE_KINDS = {
  restaurant: 'Restaurang',
  bar: 'Bar',
  nightclub: 'Nattklubb',
  gym: 'Gym',
  school: 'Skola',
  youth_centre: 'Fritidsgård',
} as const;
export type VenueKind = keyof typeof VENUE_KINDS;
export const VENUE_KIND_CODES = Object.keys(VENUE_KINDS) as VenueKind[];
