export const VENUE_KINDS = {
  restaurant: 'Restaurang',
  bar: 'Bar',
  nightclub: 'Nattklubb',
  gym: 'Gym',
  school: 'Skola',
  youth_centre: 'Fritidsgård',
} as const;
export type VenueKind = keyof typeof VENUE_KINDS;

export const LICENCE_KINDS = {
  permanent_public: 'Stadigvarande, allmänheten',
  permanent_private: 'Stadigvarande, slutet sällskap',
  temporary_public: 'Tillfälligt, allmänheten',
  temporary_private: 'Tillfälligt, slutet sällskap',
} as const;
export type LicenceKind = keyof typeof LICENCE_KINDS;

export const INSPECTION_KINDS = { on_site: 'Besök på plats', internal_control: 'Inre tillsyn' } as const;
export type InspectionKind = keyof typeof INSPECTION_KINDS;

export const INSPECTORS = { police: 'Polisen', municipality: 'Kommunen', joint: 'Samordnad tillsyn' } as const;
export type Inspector = keyof typeof INSPECTORS;

/** What an inspection led to, mildest first: the order the risk score weighs them in. */
export const DECISIONS = { none: 'Ingen åtgärd', remark: 'Erinran', warning: 'Varning', revocation: 'Återkallelse' } as const;
export type Decision = keyof typeof DECISIONS;

export const NETWORKS = { krogar_mot_knark: 'Krogar mot knark', ren_hardtraning: '100 % ren hårdträning' } as const;
export type Network = keyof typeof NETWORKS;

export const COURSES = { ansvarsfull_alkoholservering: 'Ansvarsfull alkoholservering' } as const;
export type Course = keyof typeof COURSES;

/** Licensed premises: the venues with licences, inspections and training. */
export const LICENSED_KINDS: readonly VenueKind[] = ['restaurant', 'bar', 'nightclub'];
