import { graphql } from '../gql';

/*
 * Venues and their supervision (tillsyn), from the venues subgraph; the nearby incidents come from the
 * incidents subgraph. The server scopes the rows (ACCESS.venueRead): an area group sees its own district.
 * There is no venue(id) root field: the details are asked for the venue's district and kind.
 */

/** What the map and the supervision list need of every venue, the risk score with its parts included. */
export const venuesQuery = graphql(`
  query Venues {
    venues {
      id
      name
      kind
      location
      districtId
      synthetic
      licensed
      lastInspectedOn
      remarksLast3Years
      warningsLast3Years
      servesUntilWeekend
      inNetwork
      supervisionRisk {
        ...SupervisionRiskFields
      }
    }
  }
`);

export const supervisionRiskFieldsFragment = graphql(`
  fragment SupervisionRiskFields on SupervisionRisk {
    score
    parts {
      factor
      points
      limit
      value
      exact
    }
  }
`);

/** One venue as its panel shows it: licences, inspections, networks, training and the incidents nearby. */
export const venueDetailFieldsFragment = graphql(`
  fragment VenueDetailFields on Venue {
    id
    name
    kind
    districtId
    synthetic
    licensed
    lastInspectedOn
    remarksLast3Years
    warningsLast3Years
    servesUntilWeekend
    inNetwork
    supervisionRisk {
      ...SupervisionRiskFields
    }
    licences {
      id
      kind
      servesUntil
      servesUntilWeekend
      validFrom
      validTo
    }
    inspections {
      id
      inspectedOn
      kind
      inspectedBy
      joint
      findings
      decision
    }
    networks {
      id
      network
      joinedOn
      leftOn
    }
    trainings {
      id
      heldOn
      course
      participants
    }
    incidentsNearby {
      radiusM
      from
      to
      exact
      total {
        exact
        value
        atLeast
        hiddenCells
      }
      lateHours {
        exact
        value
        atLeast
        hiddenCells
      }
      byHour {
        dayOfWeek
        hour
        count
      }
    }
  }
`);

/** The venues of one district and kind with their details; the panel picks its own. */
export const venueDetailsQuery = graphql(`
  query VenueDetails($districtId: ID!, $kind: VenueKind) {
    venues(districtId: $districtId, kind: $kind) {
      ...VenueDetailFields
    }
  }
`);

export const recordInspectionMutation = graphql(`
  mutation RecordInspection($venueId: ID!, $input: InspectionInput!) {
    recordInspection(venueId: $venueId, input: $input) {
      id
      inspectedOn
      kind
      inspectedBy
      joint
      findings
      decision
    }
  }
`);
