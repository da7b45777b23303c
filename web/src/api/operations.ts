import { graphql } from '../gql';

/*
 * One operation per part of the data, because each part has its own access rule: anonymous visitors
 * get only the public districts, and a signed-in user gets the parts their role may see (see
 * auth/permissions.ts). Asking for a field the role may not see would fail the whole answer.
 */

/** The public part: boundaries and facts that anyone may see, signed in or not. */
export const publicDistrictsQuery = graphql(`
  query PublicDistricts {
    districts {
      id
      name
      code
      priority
      approximate
      source
      geometry
      labelPoint
      areaKm2
    }
  }
`);

/** Incidents counted in [from, to), as the role may see them (exact, or from district-weeks). */
export const districtIncidentCountsQuery = graphql(`
  query DistrictIncidentCounts($from: DateTime, $to: DateTime) {
    districts {
      id
      incidentCount(from: $from, to: $to) {
        exact
        value
        atLeast
        hiddenCells
      }
    }
  }
`);

/** Venues per district; only their ids, since the panel shows how many. */
export const districtVenuesQuery = graphql(`
  query DistrictVenues {
    districts {
      id
      venues {
        id
      }
    }
  }
`);

/** Measures per district; only their ids, since the panel shows how many. */
export const districtMeasuresQuery = graphql(`
  query DistrictMeasures {
    districts {
      id
      measures {
        id
      }
    }
  }
`);

/**
 * Hot and cold spots of one ISO week (Gi* on a hexagon grid), with the method and the counts behind
 * them. Without districtIds the server picks the districts: the priority ones, or an area group's
 * own. Only the roles in ACCESS.hotspotRead may ask; the others get FORBIDDEN. Each cell's presence
 * (ACCESS.presenceRead) is asked for only when the role may read it.
 */
export const hotspotsQuery = graphql(`
  query Hotspots($week: IsoWeek!, $trendWeeks: Int, $withPresence: Boolean = false) {
    hotspots(week: $week, trendWeeks: $trendWeeks) {
      week
      weekStart
      weekEnd
      districtIds
      cellSizeM
      trendWeeks
      minHotNeighbourhood
      studyAreaCells
      incidentsCounted
      status
      cells {
        key
        districtId
        count
        z
        p
        class
        confidence
        emerging
        trend
        geometry
        presence @include(if: $withPresence) {
          hasPresence
          covered
          incidents
        }
      }
    }
  }
`);

/*
 * The weekly situational picture (lägesbild) of one district. Only the roles of
 * ACCESS.situationRead may ask (area groups for their own district); the others get FORBIDDEN.
 * The figures are frozen in a published picture and live in a draft, so the same fields serve both.
 */
export const situationFieldsFragment = graphql(`
  fragment SituationFields on Situation {
    week
    districtId
    version
    status
    text
    publishedAt
    publishedBy
    figures {
      total
      previousFourWeeksAverage
      sameWeekLastYear
      byCategory {
        category
        count
        previousFourWeeksAverage
        sameWeekLastYear
        change
      }
      hotCells {
        key
        count
        z
        confidence
        emerging
      }
    }
  }
`);

/** The latest version of one week's picture; version 0 while nothing is written. */
export const situationQuery = graphql(`
  query Situation($week: IsoWeek!, $districtId: ID!) {
    situation(week: $week, districtId: $districtId) {
      ...SituationFields
    }
  }
`);

/** Writes the draft's text; after publication the server starts a new version (a correction). */
export const saveSituationDraftMutation = graphql(`
  mutation SaveSituationDraft($week: IsoWeek!, $districtId: ID!, $text: String!) {
    saveSituationDraft(week: $week, districtId: $districtId, text: $text) {
      ...SituationFields
    }
  }
`);

/** Publishes the draft: its figures are frozen and it can no longer change. */
export const publishSituationMutation = graphql(`
  mutation PublishSituation($week: IsoWeek!, $districtId: ID!) {
    publishSituation(week: $week, districtId: $districtId) {
      ...SituationFields
    }
  }
`);

/**
 * A district's incidents per ISO week, for the trend chart. Any signed-in role may ask; a week of
 * 1–4 incidents the role may not see one by one answers count null, never a number.
 */
export const weeklyIncidentsQuery = graphql(`
  query WeeklyIncidents($districtId: ID!, $lastWeek: IsoWeek!, $weeks: Int) {
    district(id: $districtId) {
      id
      weeklyIncidents(lastWeek: $lastWeek, weeks: $weeks) {
        week
        count
        exact
      }
    }
  }
`);

/**
 * Single incidents with their places, for the incidents layer. Only the roles of
 * ACCESS.incidentRead may ask; the server returns only the rows the role reaches (an area group's
 * own district, a property owner's own properties).
 */
export const incidentsQuery = graphql(`
  query Incidents($districtId: ID, $from: DateTime, $to: DateTime, $limit: Int) {
    incidents(districtId: $districtId, from: $from, to: $to, limit: $limit) {
      id
      occurredAt
      category
      description
      precision
      location
      districtId
      areaName
      title
      originalType
      source
    }
  }
`);

/** Imports a file of the Police's open events (ACCESS.incidentWrite); the report says what it did. */
export const importPolisenEventsMutation = graphql(`
  mutation ImportPolisenEvents($json: String!) {
    importPolisenEvents(json: $json) {
      read
      imported
      updated
      unchanged
      outsideMunicipality
      districtPrecision
      municipalityPrecision
      countyPrecision
      summariesWithheld
      districts {
        districtId
        count
      }
      invalid {
        index
        fields
      }
    }
  }
`);
