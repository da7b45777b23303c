/** The project's incident categories (code list), with the Swedish words users know them by. */
export const CATEGORIES = {
  vandalism: 'Skadegörelse',
  graffiti: 'Klotter',
  fire: 'Brand/anlagd brand',
  stone_throwing: 'Stenkastning',
  drug_dealing: 'Narkotikahandel',
  public_disorder: 'Ordningsstörning',
  threat_violence: 'Hot/våld',
  burglary: 'Inbrott',
  littering: 'Nedskräpning',
  unsafe_place: 'Otrygg plats',
  youth_gathering: 'Samling av ungdomar',
  other: 'Övrigt',
} as const;
export type Category = keyof typeof CATEGORIES;

export const PRECISIONS = ['exact', 'district', 'municipality', 'county'] as const;
export type Precision = (typeof PRECISIONS)[number];
