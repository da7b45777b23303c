import type { IndicatorMeaning } from '../utils/choropleth';
import type { IncidentRateTrendFieldsFragment, OverviewFiguresQuery, SurveyIndicator } from '../gql/graphql';
import type { IncidentCountValue } from '../utils/incidentCount';
import { request, type RequestOptions } from './client';
import { overviewFiguresQuery, overviewTrendQuery } from './overviewOperations';

export type { SurveyIndicator };
export const SURVEY_INDICATORS = ['SAFE_AT_NIGHT', 'WORRIED_ABOUT_CRIME', 'AVOIDS_PLACES'] as const satisfies readonly SurveyIndicator[];

/** What the overview map can be coloured by: a survey indicator is chosen by its own name. */
export type MapIndicator = 'incidentRate' | 'measuresDone' | 'presenceHours' | SurveyIndicator;
export const MAP_INDICATORS: readonly MapIndicator[] = ['incidentRate', ...SURVEY_INDICATORS, 'measuresDone', 'presenceHours'];

/** What a high value of each indicator means, for its colours (utils/choropleth.ts). */
export const INDICATOR_MEANING = {
  incidentRate: 'risk',
  SAFE_AT_NIGHT: 'safety',
  WORRIED_ABOUT_CRIME: 'risk',
  AVOIDS_PLACES: 'risk',
  measuresDone: 'work',
  presenceHours: 'work',
} as const satisfies Record<MapIndicator, IndicatorMeaning>;

export const isSurveyIndicator = (indicator: MapIndicator): indicator is SurveyIndicator =>
  (SURVEY_INDICATORS as readonly string[]).includes(indicator);

export interface YearValue {
  year: number;
  value: number | null;
}

/** A district's figures for the chosen year, as far as the role may see them; null: no figure. */
export interface DistrictFigures {
  districtId: string;
  population: number | null;
  incidents: IncidentCountValue | null;
  /** Null when the count is not complete for the role or the population is missing. */
  perThousand: number | null;
  /** The rate is at least this (from the published part of the count); equal to perThousand when complete. */
  perThousandAtLeast: number | null;
  measuresDone: number | null;
  presencePlanned: number | null;
  presenceRealised: number | null;
  /** The chosen survey indicator in the chosen year, percent of respondents. */
  survey: number | null;
  surveyRespondents: number | null;
  /** The chosen survey indicator in every year it was asked. */
  surveyByYear: YearValue[];
}

type FiguresDistrict = NonNullable<OverviewFiguresQuery['districts']>[number];

function toFigures(district: FiguresDistrict, year: number): DistrictFigures {
  const surveyByYear = (district.surveyResults ?? [])
    .filter((r): r is typeof r & { year: number } => typeof r.year === 'number')
    .map((r) => ({ year: r.year, value: r.value ?? null }))
    .sort((a, b) => a.year - b.year);
  const thisYear = district.surveyResults?.find((r) => r.year === year);
  return {
    districtId: district.id ?? '',
    population: district.incidentRate?.population ?? district.populationCount ?? null,
    incidents: district.incidentRate?.count ?? null,
    perThousand: district.incidentRate?.perThousand ?? null,
    perThousandAtLeast: district.incidentRate?.perThousandAtLeast ?? null,
    measuresDone: district.measuresDoneInYear ?? null,
    presencePlanned: district.presenceHoursInYear?.planned ?? null,
    presenceRealised: district.presenceHoursInYear?.realised ?? null,
    survey: thisYear?.value ?? null,
    surveyRespondents: thisYear?.respondents ?? null,
    surveyByYear,
  };
}

/** The value the map colours a district by. */
export function indicatorValue(figures: DistrictFigures | undefined, indicator: MapIndicator): number | null {
  if (!figures) return null;
  // A lower bound colours the map rather than no colour: the table says "at least".
  if (indicator === 'incidentRate') return figures.perThousand ?? figures.perThousandAtLeast;
  if (indicator === 'measuresDone') return figures.measuresDone;
  if (indicator === 'presenceHours') return figures.presenceRealised;
  return figures.survey;
}

export async function fetchOverviewFigures(year: number, survey: SurveyIndicator, options: RequestOptions): Promise<DistrictFigures[]> {
  const data = await request(overviewFiguresQuery, { year, indicator: survey }, options);
  return (data.districts ?? []).filter((d) => d.id).map((d) => toFigures(d, year));
}

/** Incidents per 1,000 inhabitants in the three years ending with `year`, per priority district. */
export async function fetchIncidentTrend(year: number, options: RequestOptions): Promise<Map<string, YearValue[]>> {
  const data = await request(overviewTrendQuery, { first: year - 2, second: year - 1, third: year }, options);
  const point = (rate: IncidentRateTrendFieldsFragment | null | undefined, fallback: number): YearValue => ({
    year: rate?.year ?? fallback,
    value: rate?.perThousand ?? null,
  });
  return new Map(
    (data.districts ?? [])
      .filter((d): d is typeof d & { id: string } => !!d.id)
      .map((d) => [d.id, [point(d.first, year - 2), point(d.second, year - 1), point(d.third, year)]]),
  );
}
