import { graphql } from '../gql';

/*
 * The steering group's overview: a year's figures for every district (one colour on the map each)
 * and, for the priority districts, the same figures over three years for the trend charts. Asked
 * only for the roles that see every district (mayOpenOverview); all fields are flat per district.
 */

export const overviewFiguresQuery = graphql(`
  query OverviewFigures($year: Int!, $indicator: SurveyIndicator!) {
    districts {
      id
      populationCount
      incidentRate(year: $year) {
        year
        count {
          exact
          value
          atLeast
        }
        population
        perThousand
        perThousandAtLeast
      }
      measuresDoneInYear(year: $year)
      presenceHoursInYear(year: $year) {
        planned
        realised
      }
      surveyResults(indicator: $indicator) {
        year
        value
        respondents
      }
    }
  }
`);

/** Incidents per 1,000 inhabitants in the three years up to the chosen one, for the priority districts. */
export const overviewTrendQuery = graphql(`
  query OverviewTrend($first: Int!, $second: Int!, $third: Int!) {
    districts(priority: true) {
      id
      first: incidentRate(year: $first) {
        ...IncidentRateTrendFields
      }
      second: incidentRate(year: $second) {
        ...IncidentRateTrendFields
      }
      third: incidentRate(year: $third) {
        ...IncidentRateTrendFields
      }
    }
  }
`);

export const incidentRateTrendFieldsFragment = graphql(`
  fragment IncidentRateTrendFields on IncidentRate {
    year
    perThousand
    count {
      exact
      value
      atLeast
    }
  }
`);
