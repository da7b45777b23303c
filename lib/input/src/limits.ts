/**
 * The one definition of every limit a person meets in a form: the subgraphs refuse with these
 * numbers and the web checks with them before sending, so the two cannot drift apart. The web
 * imports this file (through @tk/input), so it must stay free of imports and of server code.
 */

export interface Range {
  readonly min: number;
  readonly max: number;
}

/** Characters of free text, after trimming. */
export const TEXT = {
  measureTitle: { min: 1, max: 200 },
  measureDescription: { min: 0, max: 2000 },
  responsibleOrg: { min: 0, max: 200 },
  cameraHours: { min: 0, max: 200 },
  /** Why a status changes, a measure is withdrawn, an incident corrected or a shift cancelled. */
  changeReason: { min: 1, max: 500 },
  situation: { min: 0, max: 4000 },
  incidentDescription: { min: 0, max: 1000 },
  inspectionFindings: { min: 0, max: 2000 },
  venueName: { min: 1, max: 200 },
  presenceOrganisation: { min: 1, max: 200 },
  presenceNote: { min: 0, max: 500 },
  followUpDone: { min: 0, max: 4000 },
  followUpComment: { min: 0, max: 2000 },
  indicatorName: { min: 1, max: 100 },
  assessmentSummary: { min: 1, max: 4000 },
  promise: { min: 1, max: 2000 },
  promiseOutcome: { min: 0, max: 4000 },
} as const satisfies Record<string, Range>;

/** Numbers, inclusive at both ends unless said otherwise. */
export const NUMBER = {
  costEstimateSek: { min: 0, max: 1_000_000_000 },
  lux: { min: 0, max: 100_000 },
  /** A compass bearing: 0 ≤ d < 360, so the top is exclusive. */
  cameraDirectionDeg: { min: 0, max: 360 },
  cameraAngleDeg: { min: 1, max: 360 },
  cameraRangeM: { min: 1, max: 500 },
  trainingParticipants: { min: 1, max: 500 },
  assessmentStage: { min: 1, max: 4 },
  effectRadiusM: { min: 25, max: 1000 },
  incidentRadiusM: { min: 0, max: 5000 },
} as const satisfies Record<string, Range>;

export const MAX_INDICATORS = 20;

/** The number typed is a finite number in the range (the top exclusive when `below` is set). */
export function inRange(value: number, range: Range, below = false): boolean {
  return Number.isFinite(value) && value >= range.min && (below ? value < range.max : value <= range.max);
}
