import { graphql } from '../gql';

/*
 * The activity plan (aktivitetsplan), from the plan subgraph. The structure and the citizen promises
 * are public; follow-ups and progress need ACCESS.followUpRead, so they are asked for apart and only
 * for those roles. Kept flat (the plan's activities, not areas → activities → follow-ups): nested
 * lists multiply the query's cost.
 */

export const planStructureQuery = graphql(`
  query PlanStructure($id: ID!) {
    plan(id: $id) {
      id
      title
      parties
      periodFrom
      periodTo
      goal
      purpose
      priorityDistrictIds
      areas {
        code
        title
        goal
      }
      activities {
        code
        areaCode
        title
        goal
        description
        lead
        participants
        cadence
        districtIds
      }
      citizenPromises {
        id
        year
        promise
        districtIds
        status
        outcome
      }
    }
  }
`);

/** A year's follow-up: the progress per priority area and every activity's follow-ups. */
export const planFollowUpQuery = graphql(`
  query PlanFollowUp($id: ID!, $year: Int!) {
    plan(id: $id) {
      id
      progress(year: $year) {
        areaCode
        title
        year
        activities
        done
        ongoing
        notStarted
        paused
        cancelled
        notFollowedUp
      }
      activities {
        code
        followUps {
          year
          status
          done
          comment
          updatedByName
          updatedAt
        }
      }
    }
  }
`);

/** The activities that name a district (public), for its panel. */
export const districtActivitiesQuery = graphql(`
  query DistrictActivities($id: ID!) {
    district(id: $id) {
      id
      activities {
        code
        areaCode
        title
        goal
        planId
      }
    }
  }
`);

/** A year's follow-up of an activity, written again as a whole (the server keeps the earlier one in its log). */
export const recordFollowUpMutation = graphql(`
  mutation RecordFollowUp($planId: ID!, $code: ID!, $year: Int!, $input: FollowUpInput!) {
    recordFollowUp(planId: $planId, activityCode: $code, year: $year, input: $input) {
      year
      status
      done
      comment
      updatedByName
      updatedAt
    }
  }
`);
