import { hasRole, type Identity, type Role } from './identity.js';

/**
 * Who may read and write what: the rules the subgraphs enforce, the same as the table in the
 * README (which the security tests read). `all` roles see every row; an area group sees the rows of
 * its own districts, a property owner the rows on its own properties, when the rule says so.
 */
export interface AccessRule {
  all: readonly Role[];
  ownDistrict?: boolean;
  ownProperties?: boolean;
}

export const ACCESS = {
  /** Single incidents, with their places. Counts are open to every signed-in role (see counts.ts). */
  incidentRead: { all: ['est', 'police', 'admin'], ownDistrict: true, ownProperties: true },
  /** Reporting, correcting and removing incidents: the EST group's work (and the Police's). */
  incidentWrite: { all: ['est', 'police', 'admin'] },
  /** Hot spots are drawn from single incidents' places: the same people, per district. */
  hotspotRead: { all: ['est', 'police', 'admin'], ownDistrict: true },
  /** The weekly situational picture (lägesbild): EST writes it; who sees single incidents reads it. */
  situationRead: { all: ['est', 'police', 'admin'], ownDistrict: true },
  situationWrite: { all: ['est', 'admin'] },
  venueRead: { all: ['steering_group', 'preparation_group', 'est', 'licensing', 'police', 'admin'], ownDistrict: true },
  /** The venue register, licences, network memberships and training: the municipality's licensing unit. */
  venueWrite: { all: ['licensing', 'admin'] },
  /** Supervision of alcohol licences: the municipality's licensing unit and the Police, apart or together. */
  inspectionWrite: { all: ['licensing', 'police', 'admin'] },
  measureRead: { all: ['steering_group', 'preparation_group', 'est', 'police', 'admin'], ownDistrict: true, ownProperties: true },
  measureWrite: { all: ['est', 'admin'], ownDistrict: true },
  /** Where and when police, guards and night walkers will be: operational, so shift by shift only to those who plan it. */
  presenceRead: { all: ['est', 'police', 'admin'], ownDistrict: true },
  presenceWrite: { all: ['est', 'police', 'admin'], ownDistrict: true },
  /** Hours of presence per district and week: the follow-up figure the steering group reads. */
  presenceHoursRead: { all: ['steering_group', 'preparation_group', 'est', 'police', 'admin'], ownDistrict: true },
  /** The plan's yearly follow-up: prepared by the preparation group and EST, read by those who steer and carry it out. */
  followUpRead: { all: ['steering_group', 'preparation_group', 'est', 'police', 'admin', 'area_group'] },
  followUpWrite: { all: ['preparation_group', 'est', 'admin'] },
  /** The assessment of criminal influence per district: restricted to the steering group and the Police. */
  assessmentRead: { all: ['steering_group', 'police', 'admin'] },
  assessmentWrite: { all: ['police', 'admin'] },
  /** Citizen promises (medborgarlöften) are public; the partners write them and follow them up. */
  promiseWrite: { all: ['preparation_group', 'police', 'admin'] },
  /** Safety survey results are imported by the preparation group (which follows the plan up) and admins. */
  surveyWrite: { all: ['preparation_group', 'admin'] },
  auditRead: { all: ['admin'] },
} as const satisfies Record<string, AccessRule>;

/** Every role that may see at least some rows under the rule: the field-level check. */
export function rolesFor(rule: AccessRule): Role[] {
  return [...rule.all, ...(rule.ownDistrict ? (['area_group'] as const) : []), ...(rule.ownProperties ? (['property_owner'] as const) : [])];
}

/**
 * The rows an identity may see under a rule, as parameters for SQL: the query selects them
 * (`$all OR district_id = ANY($districts) OR <on a property of $owner>`); nothing is filtered later.
 */
export interface RowScope {
  all: boolean;
  districtIds: string[];
  ownerId: string | null;
}

export function rowScope(identity: Identity | null, rule: AccessRule): RowScope {
  return {
    all: hasRole(identity, rule.all),
    districtIds: rule.ownDistrict && hasRole(identity, ['area_group']) ? identity!.districtIds : [],
    ownerId: rule.ownProperties && hasRole(identity, ['property_owner']) ? identity!.organisationId : null,
  };
}

export const NO_ROWS: RowScope = { all: false, districtIds: [], ownerId: null };
/** For the service's own checks (does this row exist at all?), never for a caller's answer. */
export const ALL_ROWS: RowScope = { all: true, districtIds: [], ownerId: null };
