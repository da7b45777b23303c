import { graphql } from '../gql';

/*
 * Measures (åtgärder) and presence (närvaro), from the measures subgraph. Each role sees the rows the
 * server scopes for it (ACCESS.measureRead, ACCESS.presenceRead): an area group only its own district.
 */

/** What the map and the district's list need of every measure; the details come with the measure's panel. */
export const measuresQuery = graphql(`
  query Measures {
    measures {
      id
      kind
      title
      status
      districtId
      geometry
      camera {
        directionDeg
        angleDeg
        rangeM
        permitState
        view
      }
    }
  }
`);

/**
 * The measures in the map's view: one by one while they are few, else clusters (the server decides;
 * see MapLayer in the schema). Asked again whenever the view settles.
 */
export const measureLayerQuery = graphql(`
  query MeasureLayer($view: MapViewInput!) {
    measureLayer(view: $view) {
      total
      clustered
      features
    }
  }
`);

/** One measure as its panel shows it: the details, the steps, the history and the effect once it is done. */
export const measureDetailFieldsFragment = graphql(`
  fragment MeasureDetailFields on Measure {
    id
    kind
    title
    description
    status
    nextStatuses
    districtId
    geometry
    responsibleOrg
    costEstimateSek
    motivation {
      week
      districtId
      cells
      incidentIds
    }
    decidedOn
    startedOn
    doneOn
    evaluatedOn
    rejectedOn
    lighting {
      kind
      luxBefore
      luxAfter
    }
    camera {
      directionDeg
      angleDeg
      rangeM
      hours
      permitState
      view
    }
    history {
      at
      actorName
      action
      status
    }
    effect {
      doneOn
      radiusM
      weeks
      beforeFrom
      beforeTo
      afterFrom
      afterTo
      afterComplete
      exact
      target {
        ...EffectZoneFields
      }
      buffer {
        ...EffectZoneFields
      }
      control {
        ...EffectZoneFields
      }
      targetChange
      controlChange
      relativeChange
      wdq
    }
  }
`);

export const effectZoneFieldsFragment = graphql(`
  fragment EffectZoneFields on EffectZoneCounts {
    before {
      exact
      value
      atLeast
      hiddenCells
    }
    after {
      exact
      value
      atLeast
      hiddenCells
    }
  }
`);

/** One measure with everything its panel shows (the effect is computed only for a measure that is done). */
export const measureDetailsQuery = graphql(`
  query MeasureDetails($id: ID!) {
    measure(id: $id) {
      ...MeasureDetailFields
    }
  }
`);

/** Proposes a measure; the server derives its district from the geometry and refuses one outside the user's. */
export const proposeMeasureMutation = graphql(`
  mutation ProposeMeasure($input: MeasureInput!) {
    proposeMeasure(input: $input) {
      ...MeasureDetailFields
    }
  }
`);

/** One step along the status machine; the server names the allowed steps when it refuses one. */
export const changeMeasureStatusMutation = graphql(`
  mutation ChangeMeasureStatus($id: ID!, $status: MeasureStatus!) {
    changeMeasureStatus(id: $id, status: $status) {
      ...MeasureDetailFields
    }
  }
`);

/** The shifts of presence in each district during an ISO week; districts outside the user's answer none. */
export const presenceQuery = graphql(`
  query Presence($week: IsoWeek!) {
    districts {
      id
      presence(week: $week) {
        id
        actorKind
        organisation
        geometry
        districtId
        startsAt
        endsAt
        hours
        state
        note
      }
    }
  }
`);

/** Changes a measure's details (everything but its status): here, a camera's permit. */
export const withdrawMeasureMutation = graphql(`
  mutation WithdrawMeasure($id: ID!, $reason: String!) {
    withdrawMeasure(id: $id, reason: $reason)
  }
`);

export const updateMeasureMutation = graphql(`
  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {
    updateMeasure(id: $id, input: $input) {
      ...MeasureDetailFields
    }
  }
`);
