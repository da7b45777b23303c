/** The safety survey's indicators and one result row: what the importer reads and the database stores. */
export const SURVEY_INDICATORS = {
  safe_at_night: 'Känner sig trygg utomhus ensam sent på kvällen (andel, %)',
  worried_about_crime: 'Oroar sig för att utsättas för brott (andel, %)',
  avoids_places: 'Undviker vissa platser av oro för brott (andel, %)',
} as const;
export type SurveyIndicator = keyof typeof SURVEY_INDICATORS;

export interface SurveyRow {
  districtId: string;
  year: number;
  indicator: SurveyIndicator;
  value: number;
  respondents: number | null;
}
