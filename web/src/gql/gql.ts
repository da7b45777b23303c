/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Measures {\n    measures {\n      id\n      kind\n      title\n      status\n      districtId\n      geometry\n      camera {\n        directionDeg\n        angleDeg\n        rangeM\n        permitState\n        view\n      }\n    }\n  }\n": typeof types.MeasuresDocument,
    "\n  query MeasureLayer($view: MapViewInput!) {\n    measureLayer(view: $view) {\n      total\n      clustered\n      features\n    }\n  }\n": typeof types.MeasureLayerDocument,
    "\n  fragment MeasureDetailFields on Measure {\n    id\n    kind\n    title\n    description\n    status\n    nextStatuses\n    districtId\n    geometry\n    responsibleOrg\n    costEstimateSek\n    motivation {\n      week\n      districtId\n      cells\n      incidentIds\n    }\n    decidedOn\n    startedOn\n    doneOn\n    evaluatedOn\n    rejectedOn\n    lighting {\n      kind\n      luxBefore\n      luxAfter\n    }\n    camera {\n      directionDeg\n      angleDeg\n      rangeM\n      hours\n      permitState\n      view\n    }\n    history {\n      at\n      actorName\n      action\n      status\n    }\n    effect {\n      doneOn\n      radiusM\n      weeks\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      afterComplete\n      exact\n      target {\n        ...EffectZoneFields\n      }\n      buffer {\n        ...EffectZoneFields\n      }\n      control {\n        ...EffectZoneFields\n      }\n      targetChange\n      controlChange\n      relativeChange\n      wdq\n    }\n  }\n": typeof types.MeasureDetailFieldsFragmentDoc,
    "\n  fragment EffectZoneFields on EffectZoneCounts {\n    before {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n    after {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n  }\n": typeof types.EffectZoneFieldsFragmentDoc,
    "\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetailFields\n    }\n  }\n": typeof types.MeasureDetailsDocument,
    "\n  mutation ProposeMeasure($input: MeasureInput!) {\n    proposeMeasure(input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n": typeof types.ProposeMeasureDocument,
    "\n  mutation ChangeMeasureStatus($id: ID!, $status: MeasureStatus!) {\n    changeMeasureStatus(id: $id, status: $status) {\n      ...MeasureDetailFields\n    }\n  }\n": typeof types.ChangeMeasureStatusDocument,
    "\n  query Presence($week: String!) {\n    districts {\n      id\n      presence(week: $week) {\n        id\n        actorKind\n        organisation\n        geometry\n        districtId\n        startsAt\n        endsAt\n        hours\n        state\n        note\n      }\n    }\n  }\n": typeof types.PresenceDocument,
    "\n  mutation WithdrawMeasure($id: ID!, $reason: String!) {\n    withdrawMeasure(id: $id, reason: $reason)\n  }\n": typeof types.WithdrawMeasureDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  query PublicDistricts {\n    districts {\n      id\n      name\n      code\n      priority\n      approximate\n      source\n      geometry\n      labelPoint\n      areaKm2\n    }\n  }\n": typeof types.PublicDistrictsDocument,
    "\n  query DistrictIncidentCounts($from: DateTime, $to: DateTime) {\n    districts {\n      id\n      incidentCount(from: $from, to: $to) {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n    }\n  }\n": typeof types.DistrictIncidentCountsDocument,
    "\n  query DistrictVenues {\n    districts {\n      id\n      venues {\n        id\n      }\n    }\n  }\n": typeof types.DistrictVenuesDocument,
    "\n  query DistrictMeasures {\n    districts {\n      id\n      measures {\n        id\n      }\n    }\n  }\n": typeof types.DistrictMeasuresDocument,
    "\n  query Hotspots($week: String!, $trendWeeks: Int, $withPresence: Boolean = false) {\n    hotspots(week: $week, trendWeeks: $trendWeeks) {\n      week\n      weekStart\n      weekEnd\n      districtIds\n      cellSizeM\n      trendWeeks\n      neighbourhood\n      correction\n      studyAreaCells\n      incidentsCounted\n      status\n      cells {\n        key\n        districtId\n        count\n        z\n        p\n        class\n        confidence\n        emerging\n        trend\n        geometry\n        presence @include(if: $withPresence) {\n          hasPresence\n          covered\n          incidents\n        }\n      }\n    }\n  }\n": typeof types.HotspotsDocument,
    "\n  fragment SituationFields on Situation {\n    week\n    districtId\n    version\n    status\n    text\n    publishedAt\n    publishedBy\n    figures {\n      total\n      previousFourWeeksAverage\n      sameWeekLastYear\n      byCategory {\n        category\n        count\n        previousFourWeeksAverage\n        sameWeekLastYear\n        change\n      }\n      hotCells {\n        key\n        count\n        z\n        confidence\n        emerging\n      }\n    }\n  }\n": typeof types.SituationFieldsFragmentDoc,
    "\n  query Situation($week: String!, $districtId: ID!) {\n    situation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n": typeof types.SituationDocument,
    "\n  mutation SaveSituationDraft($week: String!, $districtId: ID!, $text: String!) {\n    saveSituationDraft(week: $week, districtId: $districtId, text: $text) {\n      ...SituationFields\n    }\n  }\n": typeof types.SaveSituationDraftDocument,
    "\n  mutation PublishSituation($week: String!, $districtId: ID!) {\n    publishSituation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n": typeof types.PublishSituationDocument,
    "\n  query WeeklyIncidents($districtId: ID!, $lastWeek: String!, $weeks: Int) {\n    district(id: $districtId) {\n      id\n      weeklyIncidents(lastWeek: $lastWeek, weeks: $weeks) {\n        week\n        count\n        exact\n      }\n    }\n  }\n": typeof types.WeeklyIncidentsDocument,
    "\n  query Incidents($districtId: ID, $from: DateTime, $to: DateTime, $limit: Int) {\n    incidents(districtId: $districtId, from: $from, to: $to, limit: $limit) {\n      id\n      occurredAt\n      category\n      description\n      precision\n      location\n      districtId\n      areaName\n      title\n      originalType\n      source\n    }\n  }\n": typeof types.IncidentsDocument,
    "\n  mutation ImportPolisenEvents($json: String!) {\n    importPolisenEvents(json: $json) {\n      read\n      imported\n      updated\n      unchanged\n      outsideMunicipality\n      districtPrecision\n      municipalityPrecision\n      countyPrecision\n      summariesWithheld\n      districts {\n        districtId\n        count\n      }\n      invalid {\n        index\n        reason\n      }\n    }\n  }\n": typeof types.ImportPolisenEventsDocument,
    "\n  query Venues {\n    venues {\n      id\n      name\n      kind\n      location\n      districtId\n      synthetic\n      licensed\n      lastInspectedOn\n      remarksLast3Years\n      warningsLast3Years\n      servesUntilWeekend\n      inNetwork\n      supervisionRisk {\n        ...SupervisionRiskFields\n      }\n    }\n  }\n": typeof types.VenuesDocument,
    "\n  fragment SupervisionRiskFields on SupervisionRisk {\n    score\n    parts {\n      factor\n      points\n      limit\n      value\n      exact\n    }\n  }\n": typeof types.SupervisionRiskFieldsFragmentDoc,
    "\n  fragment VenueDetailFields on Venue {\n    id\n    name\n    kind\n    districtId\n    synthetic\n    licensed\n    lastInspectedOn\n    remarksLast3Years\n    warningsLast3Years\n    servesUntilWeekend\n    inNetwork\n    supervisionRisk {\n      ...SupervisionRiskFields\n    }\n    licences {\n      id\n      kind\n      servesUntil\n      servesUntilWeekend\n      validFrom\n      validTo\n    }\n    inspections {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n    networks {\n      id\n      network\n      joinedOn\n      leftOn\n    }\n    trainings {\n      id\n      heldOn\n      course\n      participants\n    }\n    incidentsNearby {\n      radiusM\n      from\n      to\n      exact\n      total {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      lateHours {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      byHour {\n        dayOfWeek\n        hour\n        count\n      }\n    }\n  }\n": typeof types.VenueDetailFieldsFragmentDoc,
    "\n  query VenueDetails($districtId: ID!, $kind: VenueKind) {\n    venues(districtId: $districtId, kind: $kind) {\n      ...VenueDetailFields\n    }\n  }\n": typeof types.VenueDetailsDocument,
    "\n  mutation RecordInspection($venueId: ID!, $input: InspectionInput!) {\n    recordInspection(venueId: $venueId, input: $input) {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n  }\n": typeof types.RecordInspectionDocument,
};
const documents: Documents = {
    "\n  query Measures {\n    measures {\n      id\n      kind\n      title\n      status\n      districtId\n      geometry\n      camera {\n        directionDeg\n        angleDeg\n        rangeM\n        permitState\n        view\n      }\n    }\n  }\n": types.MeasuresDocument,
    "\n  query MeasureLayer($view: MapViewInput!) {\n    measureLayer(view: $view) {\n      total\n      clustered\n      features\n    }\n  }\n": types.MeasureLayerDocument,
    "\n  fragment MeasureDetailFields on Measure {\n    id\n    kind\n    title\n    description\n    status\n    nextStatuses\n    districtId\n    geometry\n    responsibleOrg\n    costEstimateSek\n    motivation {\n      week\n      districtId\n      cells\n      incidentIds\n    }\n    decidedOn\n    startedOn\n    doneOn\n    evaluatedOn\n    rejectedOn\n    lighting {\n      kind\n      luxBefore\n      luxAfter\n    }\n    camera {\n      directionDeg\n      angleDeg\n      rangeM\n      hours\n      permitState\n      view\n    }\n    history {\n      at\n      actorName\n      action\n      status\n    }\n    effect {\n      doneOn\n      radiusM\n      weeks\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      afterComplete\n      exact\n      target {\n        ...EffectZoneFields\n      }\n      buffer {\n        ...EffectZoneFields\n      }\n      control {\n        ...EffectZoneFields\n      }\n      targetChange\n      controlChange\n      relativeChange\n      wdq\n    }\n  }\n": types.MeasureDetailFieldsFragmentDoc,
    "\n  fragment EffectZoneFields on EffectZoneCounts {\n    before {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n    after {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n  }\n": types.EffectZoneFieldsFragmentDoc,
    "\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetailFields\n    }\n  }\n": types.MeasureDetailsDocument,
    "\n  mutation ProposeMeasure($input: MeasureInput!) {\n    proposeMeasure(input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n": types.ProposeMeasureDocument,
    "\n  mutation ChangeMeasureStatus($id: ID!, $status: MeasureStatus!) {\n    changeMeasureStatus(id: $id, status: $status) {\n      ...MeasureDetailFields\n    }\n  }\n": types.ChangeMeasureStatusDocument,
    "\n  query Presence($week: String!) {\n    districts {\n      id\n      presence(week: $week) {\n        id\n        actorKind\n        organisation\n        geometry\n        districtId\n        startsAt\n        endsAt\n        hours\n        state\n        note\n      }\n    }\n  }\n": types.PresenceDocument,
    "\n  mutation WithdrawMeasure($id: ID!, $reason: String!) {\n    withdrawMeasure(id: $id, reason: $reason)\n  }\n": types.WithdrawMeasureDocument,
    "\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  query PublicDistricts {\n    districts {\n      id\n      name\n      code\n      priority\n      approximate\n      source\n      geometry\n      labelPoint\n      areaKm2\n    }\n  }\n": types.PublicDistrictsDocument,
    "\n  query DistrictIncidentCounts($from: DateTime, $to: DateTime) {\n    districts {\n      id\n      incidentCount(from: $from, to: $to) {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n    }\n  }\n": types.DistrictIncidentCountsDocument,
    "\n  query DistrictVenues {\n    districts {\n      id\n      venues {\n        id\n      }\n    }\n  }\n": types.DistrictVenuesDocument,
    "\n  query DistrictMeasures {\n    districts {\n      id\n      measures {\n        id\n      }\n    }\n  }\n": types.DistrictMeasuresDocument,
    "\n  query Hotspots($week: String!, $trendWeeks: Int, $withPresence: Boolean = false) {\n    hotspots(week: $week, trendWeeks: $trendWeeks) {\n      week\n      weekStart\n      weekEnd\n      districtIds\n      cellSizeM\n      trendWeeks\n      neighbourhood\n      correction\n      studyAreaCells\n      incidentsCounted\n      status\n      cells {\n        key\n        districtId\n        count\n        z\n        p\n        class\n        confidence\n        emerging\n        trend\n        geometry\n        presence @include(if: $withPresence) {\n          hasPresence\n          covered\n          incidents\n        }\n      }\n    }\n  }\n": types.HotspotsDocument,
    "\n  fragment SituationFields on Situation {\n    week\n    districtId\n    version\n    status\n    text\n    publishedAt\n    publishedBy\n    figures {\n      total\n      previousFourWeeksAverage\n      sameWeekLastYear\n      byCategory {\n        category\n        count\n        previousFourWeeksAverage\n        sameWeekLastYear\n        change\n      }\n      hotCells {\n        key\n        count\n        z\n        confidence\n        emerging\n      }\n    }\n  }\n": types.SituationFieldsFragmentDoc,
    "\n  query Situation($week: String!, $districtId: ID!) {\n    situation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n": types.SituationDocument,
    "\n  mutation SaveSituationDraft($week: String!, $districtId: ID!, $text: String!) {\n    saveSituationDraft(week: $week, districtId: $districtId, text: $text) {\n      ...SituationFields\n    }\n  }\n": types.SaveSituationDraftDocument,
    "\n  mutation PublishSituation($week: String!, $districtId: ID!) {\n    publishSituation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n": types.PublishSituationDocument,
    "\n  query WeeklyIncidents($districtId: ID!, $lastWeek: String!, $weeks: Int) {\n    district(id: $districtId) {\n      id\n      weeklyIncidents(lastWeek: $lastWeek, weeks: $weeks) {\n        week\n        count\n        exact\n      }\n    }\n  }\n": types.WeeklyIncidentsDocument,
    "\n  query Incidents($districtId: ID, $from: DateTime, $to: DateTime, $limit: Int) {\n    incidents(districtId: $districtId, from: $from, to: $to, limit: $limit) {\n      id\n      occurredAt\n      category\n      description\n      precision\n      location\n      districtId\n      areaName\n      title\n      originalType\n      source\n    }\n  }\n": types.IncidentsDocument,
    "\n  mutation ImportPolisenEvents($json: String!) {\n    importPolisenEvents(json: $json) {\n      read\n      imported\n      updated\n      unchanged\n      outsideMunicipality\n      districtPrecision\n      municipalityPrecision\n      countyPrecision\n      summariesWithheld\n      districts {\n        districtId\n        count\n      }\n      invalid {\n        index\n        reason\n      }\n    }\n  }\n": types.ImportPolisenEventsDocument,
    "\n  query Venues {\n    venues {\n      id\n      name\n      kind\n      location\n      districtId\n      synthetic\n      licensed\n      lastInspectedOn\n      remarksLast3Years\n      warningsLast3Years\n      servesUntilWeekend\n      inNetwork\n      supervisionRisk {\n        ...SupervisionRiskFields\n      }\n    }\n  }\n": types.VenuesDocument,
    "\n  fragment SupervisionRiskFields on SupervisionRisk {\n    score\n    parts {\n      factor\n      points\n      limit\n      value\n      exact\n    }\n  }\n": types.SupervisionRiskFieldsFragmentDoc,
    "\n  fragment VenueDetailFields on Venue {\n    id\n    name\n    kind\n    districtId\n    synthetic\n    licensed\n    lastInspectedOn\n    remarksLast3Years\n    warningsLast3Years\n    servesUntilWeekend\n    inNetwork\n    supervisionRisk {\n      ...SupervisionRiskFields\n    }\n    licences {\n      id\n      kind\n      servesUntil\n      servesUntilWeekend\n      validFrom\n      validTo\n    }\n    inspections {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n    networks {\n      id\n      network\n      joinedOn\n      leftOn\n    }\n    trainings {\n      id\n      heldOn\n      course\n      participants\n    }\n    incidentsNearby {\n      radiusM\n      from\n      to\n      exact\n      total {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      lateHours {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      byHour {\n        dayOfWeek\n        hour\n        count\n      }\n    }\n  }\n": types.VenueDetailFieldsFragmentDoc,
    "\n  query VenueDetails($districtId: ID!, $kind: VenueKind) {\n    venues(districtId: $districtId, kind: $kind) {\n      ...VenueDetailFields\n    }\n  }\n": types.VenueDetailsDocument,
    "\n  mutation RecordInspection($venueId: ID!, $input: InspectionInput!) {\n    recordInspection(venueId: $venueId, input: $input) {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n  }\n": types.RecordInspectionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measures {\n    measures {\n      id\n      kind\n      title\n      status\n      districtId\n      geometry\n      camera {\n        directionDeg\n        angleDeg\n        rangeM\n        permitState\n        view\n      }\n    }\n  }\n"): (typeof documents)["\n  query Measures {\n    measures {\n      id\n      kind\n      title\n      status\n      districtId\n      geometry\n      camera {\n        directionDeg\n        angleDeg\n        rangeM\n        permitState\n        view\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureLayer($view: MapViewInput!) {\n    measureLayer(view: $view) {\n      total\n      clustered\n      features\n    }\n  }\n"): (typeof documents)["\n  query MeasureLayer($view: MapViewInput!) {\n    measureLayer(view: $view) {\n      total\n      clustered\n      features\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureDetailFields on Measure {\n    id\n    kind\n    title\n    description\n    status\n    nextStatuses\n    districtId\n    geometry\n    responsibleOrg\n    costEstimateSek\n    motivation {\n      week\n      districtId\n      cells\n      incidentIds\n    }\n    decidedOn\n    startedOn\n    doneOn\n    evaluatedOn\n    rejectedOn\n    lighting {\n      kind\n      luxBefore\n      luxAfter\n    }\n    camera {\n      directionDeg\n      angleDeg\n      rangeM\n      hours\n      permitState\n      view\n    }\n    history {\n      at\n      actorName\n      action\n      status\n    }\n    effect {\n      doneOn\n      radiusM\n      weeks\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      afterComplete\n      exact\n      target {\n        ...EffectZoneFields\n      }\n      buffer {\n        ...EffectZoneFields\n      }\n      control {\n        ...EffectZoneFields\n      }\n      targetChange\n      controlChange\n      relativeChange\n      wdq\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureDetailFields on Measure {\n    id\n    kind\n    title\n    description\n    status\n    nextStatuses\n    districtId\n    geometry\n    responsibleOrg\n    costEstimateSek\n    motivation {\n      week\n      districtId\n      cells\n      incidentIds\n    }\n    decidedOn\n    startedOn\n    doneOn\n    evaluatedOn\n    rejectedOn\n    lighting {\n      kind\n      luxBefore\n      luxAfter\n    }\n    camera {\n      directionDeg\n      angleDeg\n      rangeM\n      hours\n      permitState\n      view\n    }\n    history {\n      at\n      actorName\n      action\n      status\n    }\n    effect {\n      doneOn\n      radiusM\n      weeks\n      beforeFrom\n      beforeTo\n      afterFrom\n      afterTo\n      afterComplete\n      exact\n      target {\n        ...EffectZoneFields\n      }\n      buffer {\n        ...EffectZoneFields\n      }\n      control {\n        ...EffectZoneFields\n      }\n      targetChange\n      controlChange\n      relativeChange\n      wdq\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EffectZoneFields on EffectZoneCounts {\n    before {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n    after {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n  }\n"): (typeof documents)["\n  fragment EffectZoneFields on EffectZoneCounts {\n    before {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n    after {\n      exact\n      value\n      atLeast\n      hiddenCells\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetailFields\n    }\n  }\n"): (typeof documents)["\n  query MeasureDetails($id: ID!) {\n    measure(id: $id) {\n      ...MeasureDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMeasure($input: MeasureInput!) {\n    proposeMeasure(input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMeasure($input: MeasureInput!) {\n    proposeMeasure(input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMeasureStatus($id: ID!, $status: MeasureStatus!) {\n    changeMeasureStatus(id: $id, status: $status) {\n      ...MeasureDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMeasureStatus($id: ID!, $status: MeasureStatus!) {\n    changeMeasureStatus(id: $id, status: $status) {\n      ...MeasureDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Presence($week: String!) {\n    districts {\n      id\n      presence(week: $week) {\n        id\n        actorKind\n        organisation\n        geometry\n        districtId\n        startsAt\n        endsAt\n        hours\n        state\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query Presence($week: String!) {\n    districts {\n      id\n      presence(week: $week) {\n        id\n        actorKind\n        organisation\n        geometry\n        districtId\n        startsAt\n        endsAt\n        hours\n        state\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawMeasure($id: ID!, $reason: String!) {\n    withdrawMeasure(id: $id, reason: $reason)\n  }\n"): (typeof documents)["\n  mutation WithdrawMeasure($id: ID!, $reason: String!) {\n    withdrawMeasure(id: $id, reason: $reason)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasure($id: ID!, $input: MeasureInput!) {\n    updateMeasure(id: $id, input: $input) {\n      ...MeasureDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicDistricts {\n    districts {\n      id\n      name\n      code\n      priority\n      approximate\n      source\n      geometry\n      labelPoint\n      areaKm2\n    }\n  }\n"): (typeof documents)["\n  query PublicDistricts {\n    districts {\n      id\n      name\n      code\n      priority\n      approximate\n      source\n      geometry\n      labelPoint\n      areaKm2\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictIncidentCounts($from: DateTime, $to: DateTime) {\n    districts {\n      id\n      incidentCount(from: $from, to: $to) {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictIncidentCounts($from: DateTime, $to: DateTime) {\n    districts {\n      id\n      incidentCount(from: $from, to: $to) {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictVenues {\n    districts {\n      id\n      venues {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictVenues {\n    districts {\n      id\n      venues {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DistrictMeasures {\n    districts {\n      id\n      measures {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query DistrictMeasures {\n    districts {\n      id\n      measures {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Hotspots($week: String!, $trendWeeks: Int, $withPresence: Boolean = false) {\n    hotspots(week: $week, trendWeeks: $trendWeeks) {\n      week\n      weekStart\n      weekEnd\n      districtIds\n      cellSizeM\n      trendWeeks\n      neighbourhood\n      correction\n      studyAreaCells\n      incidentsCounted\n      status\n      cells {\n        key\n        districtId\n        count\n        z\n        p\n        class\n        confidence\n        emerging\n        trend\n        geometry\n        presence @include(if: $withPresence) {\n          hasPresence\n          covered\n          incidents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Hotspots($week: String!, $trendWeeks: Int, $withPresence: Boolean = false) {\n    hotspots(week: $week, trendWeeks: $trendWeeks) {\n      week\n      weekStart\n      weekEnd\n      districtIds\n      cellSizeM\n      trendWeeks\n      neighbourhood\n      correction\n      studyAreaCells\n      incidentsCounted\n      status\n      cells {\n        key\n        districtId\n        count\n        z\n        p\n        class\n        confidence\n        emerging\n        trend\n        geometry\n        presence @include(if: $withPresence) {\n          hasPresence\n          covered\n          incidents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SituationFields on Situation {\n    week\n    districtId\n    version\n    status\n    text\n    publishedAt\n    publishedBy\n    figures {\n      total\n      previousFourWeeksAverage\n      sameWeekLastYear\n      byCategory {\n        category\n        count\n        previousFourWeeksAverage\n        sameWeekLastYear\n        change\n      }\n      hotCells {\n        key\n        count\n        z\n        confidence\n        emerging\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SituationFields on Situation {\n    week\n    districtId\n    version\n    status\n    text\n    publishedAt\n    publishedBy\n    figures {\n      total\n      previousFourWeeksAverage\n      sameWeekLastYear\n      byCategory {\n        category\n        count\n        previousFourWeeksAverage\n        sameWeekLastYear\n        change\n      }\n      hotCells {\n        key\n        count\n        z\n        confidence\n        emerging\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Situation($week: String!, $districtId: ID!) {\n    situation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n"): (typeof documents)["\n  query Situation($week: String!, $districtId: ID!) {\n    situation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveSituationDraft($week: String!, $districtId: ID!, $text: String!) {\n    saveSituationDraft(week: $week, districtId: $districtId, text: $text) {\n      ...SituationFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveSituationDraft($week: String!, $districtId: ID!, $text: String!) {\n    saveSituationDraft(week: $week, districtId: $districtId, text: $text) {\n      ...SituationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSituation($week: String!, $districtId: ID!) {\n    publishSituation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSituation($week: String!, $districtId: ID!) {\n    publishSituation(week: $week, districtId: $districtId) {\n      ...SituationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WeeklyIncidents($districtId: ID!, $lastWeek: String!, $weeks: Int) {\n    district(id: $districtId) {\n      id\n      weeklyIncidents(lastWeek: $lastWeek, weeks: $weeks) {\n        week\n        count\n        exact\n      }\n    }\n  }\n"): (typeof documents)["\n  query WeeklyIncidents($districtId: ID!, $lastWeek: String!, $weeks: Int) {\n    district(id: $districtId) {\n      id\n      weeklyIncidents(lastWeek: $lastWeek, weeks: $weeks) {\n        week\n        count\n        exact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incidents($districtId: ID, $from: DateTime, $to: DateTime, $limit: Int) {\n    incidents(districtId: $districtId, from: $from, to: $to, limit: $limit) {\n      id\n      occurredAt\n      category\n      description\n      precision\n      location\n      districtId\n      areaName\n      title\n      originalType\n      source\n    }\n  }\n"): (typeof documents)["\n  query Incidents($districtId: ID, $from: DateTime, $to: DateTime, $limit: Int) {\n    incidents(districtId: $districtId, from: $from, to: $to, limit: $limit) {\n      id\n      occurredAt\n      category\n      description\n      precision\n      location\n      districtId\n      areaName\n      title\n      originalType\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportPolisenEvents($json: String!) {\n    importPolisenEvents(json: $json) {\n      read\n      imported\n      updated\n      unchanged\n      outsideMunicipality\n      districtPrecision\n      municipalityPrecision\n      countyPrecision\n      summariesWithheld\n      districts {\n        districtId\n        count\n      }\n      invalid {\n        index\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportPolisenEvents($json: String!) {\n    importPolisenEvents(json: $json) {\n      read\n      imported\n      updated\n      unchanged\n      outsideMunicipality\n      districtPrecision\n      municipalityPrecision\n      countyPrecision\n      summariesWithheld\n      districts {\n        districtId\n        count\n      }\n      invalid {\n        index\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Venues {\n    venues {\n      id\n      name\n      kind\n      location\n      districtId\n      synthetic\n      licensed\n      lastInspectedOn\n      remarksLast3Years\n      warningsLast3Years\n      servesUntilWeekend\n      inNetwork\n      supervisionRisk {\n        ...SupervisionRiskFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Venues {\n    venues {\n      id\n      name\n      kind\n      location\n      districtId\n      synthetic\n      licensed\n      lastInspectedOn\n      remarksLast3Years\n      warningsLast3Years\n      servesUntilWeekend\n      inNetwork\n      supervisionRisk {\n        ...SupervisionRiskFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SupervisionRiskFields on SupervisionRisk {\n    score\n    parts {\n      factor\n      points\n      limit\n      value\n      exact\n    }\n  }\n"): (typeof documents)["\n  fragment SupervisionRiskFields on SupervisionRisk {\n    score\n    parts {\n      factor\n      points\n      limit\n      value\n      exact\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment VenueDetailFields on Venue {\n    id\n    name\n    kind\n    districtId\n    synthetic\n    licensed\n    lastInspectedOn\n    remarksLast3Years\n    warningsLast3Years\n    servesUntilWeekend\n    inNetwork\n    supervisionRisk {\n      ...SupervisionRiskFields\n    }\n    licences {\n      id\n      kind\n      servesUntil\n      servesUntilWeekend\n      validFrom\n      validTo\n    }\n    inspections {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n    networks {\n      id\n      network\n      joinedOn\n      leftOn\n    }\n    trainings {\n      id\n      heldOn\n      course\n      participants\n    }\n    incidentsNearby {\n      radiusM\n      from\n      to\n      exact\n      total {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      lateHours {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      byHour {\n        dayOfWeek\n        hour\n        count\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment VenueDetailFields on Venue {\n    id\n    name\n    kind\n    districtId\n    synthetic\n    licensed\n    lastInspectedOn\n    remarksLast3Years\n    warningsLast3Years\n    servesUntilWeekend\n    inNetwork\n    supervisionRisk {\n      ...SupervisionRiskFields\n    }\n    licences {\n      id\n      kind\n      servesUntil\n      servesUntilWeekend\n      validFrom\n      validTo\n    }\n    inspections {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n    networks {\n      id\n      network\n      joinedOn\n      leftOn\n    }\n    trainings {\n      id\n      heldOn\n      course\n      participants\n    }\n    incidentsNearby {\n      radiusM\n      from\n      to\n      exact\n      total {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      lateHours {\n        exact\n        value\n        atLeast\n        hiddenCells\n      }\n      byHour {\n        dayOfWeek\n        hour\n        count\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VenueDetails($districtId: ID!, $kind: VenueKind) {\n    venues(districtId: $districtId, kind: $kind) {\n      ...VenueDetailFields\n    }\n  }\n"): (typeof documents)["\n  query VenueDetails($districtId: ID!, $kind: VenueKind) {\n    venues(districtId: $districtId, kind: $kind) {\n      ...VenueDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordInspection($venueId: ID!, $input: InspectionInput!) {\n    recordInspection(venueId: $venueId, input: $input) {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n  }\n"): (typeof documents)["\n  mutation RecordInspection($venueId: ID!, $input: InspectionInput!) {\n    recordInspection(venueId: $venueId, input: $input) {\n      id\n      inspectedOn\n      kind\n      inspectedBy\n      joint\n      findings\n      decision\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;