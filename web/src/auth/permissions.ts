import { ACCESS, rolesFor, rowScope, type AccessRule } from '@tk/access';
import type { Role } from '@tk/access';
import { identityOf, type SessionUser } from './session';

/**
 * What a user may see, from the same rules the subgraphs enforce (@tk/access), so that
 * the app asks only for what the server will give and says why the rest is missing.
 */

/** The parts of the district data beyond the public boundaries, each fetched by its own operation. */
export type DataPart = 'incidentCounts' | 'venues' | 'measures';
export const DATA_PARTS: readonly DataPart[] = ['incidentCounts', 'venues', 'measures'];

const RULES: Record<Exclude<DataPart, 'incidentCounts'>, AccessRule> = {
  venues: ACCESS.venueRead,
  measures: ACCESS.measureRead,
};

const mayUse = (roles: readonly Role[], rule: AccessRule): boolean => rolesFor(rule).some((r) => roles.includes(r));

/** Whether the field may be asked for at all: the server's field-level check. */
export function mayRead(user: SessionUser | null, part: DataPart): boolean {
  if (!user) return false;
  // Counts are open to every signed-in user; the server decides how exact they are.
  if (part === 'incidentCounts') return true;
  return mayUse(user.roles, RULES[part]);
}

/** The parts to fetch for this user, in a fixed order; none for anonymous visitors. */
export function partsFor(user: SessionUser | null): DataPart[] {
  return DATA_PARTS.filter((part) => mayRead(user, part));
}

/**
 * Whether the user may ask for hot spots at all: the roles of ACCESS.hotspotRead, area groups
 * included (the server then analyses their own district). Everyone else gets no hot spot controls.
 */
export function mayReadHotspots(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.hotspotRead);
}

/** Whether the user may propose measures (in some district). */
export function mayProposeMeasures(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.measureWrite);
}

/**
 * Whether the user may propose and change measures in this district (ACCESS.measureWrite): EST and
 * admins everywhere, an area group in its own districts. The server decides the district from the
 * geometry, so this only says where the drawing tools are offered.
 */
export function mayWriteMeasuresIn(user: SessionUser | null, districtId: string): boolean {
  if (!user || !mayUse(user.roles, ACCESS.measureWrite)) return false;
  const scope = rowScope(identityOf(user), ACCESS.measureWrite);
  return scope.all || scope.districtIds.includes(districtId);
}

/** Whether the user may see measures at all (ACCESS.measureRead); the server scopes the rows. */
export function mayReadMeasures(user: SessionUser | null): boolean {
  return mayRead(user, 'measures');
}

/**
 * Whether the user may see shifts of presence (ACCESS.presenceRead: EST, the Police and admins
 * everywhere, an area group in its own district). Operational: nobody else gets the layer.
 */
export function mayReadPresence(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.presenceRead);
}

/** Whether the user may read hours of presence per district and week (ACCESS.presenceHoursRead). */
export function mayReadPresenceHours(user: SessionUser | null, districtId: string): boolean {
  if (!user || !mayUse(user.roles, ACCESS.presenceHoursRead)) return false;
  const scope = rowScope(identityOf(user), ACCESS.presenceHoursRead);
  return scope.all || scope.districtIds.includes(districtId);
}

/**
 * How much of a part the user sees in one district: everything, everything because it is their own
 * district, only the rows on their own properties, nothing there (outside their districts), or
 * nothing at all (not signed in or not permitted).
 */
export type Reach = 'all' | 'ownDistrict' | 'ownProperties' | 'outside' | 'none';

export function reachIn(user: SessionUser | null, part: DataPart, districtId: string): Reach {
  if (!user || !mayRead(user, part)) return 'none';
  if (part === 'incidentCounts') return 'all';
  const scope = rowScope(identityOf(user), RULES[part]);
  if (scope.all) return 'all';
  if (scope.districtIds.includes(districtId)) return 'ownDistrict';
  if (scope.ownerId) return 'ownProperties';
  return 'outside';
}

/**
 * Whether the user may read the lägesbild of this district (ACCESS.situationRead): EST, the Police
 * and admins everywhere, an area group only in its own districts. Everyone else sees no section.
 */
export function mayReadSituation(user: SessionUser | null, districtId: string): boolean {
  if (!user || !mayUse(user.roles, ACCESS.situationRead)) return false;
  const scope = rowScope(identityOf(user), ACCESS.situationRead);
  return scope.all || scope.districtIds.includes(districtId);
}

/** Whether the user may write and publish it (ACCESS.situationWrite: EST and admins, every district). */
export function mayWriteSituation(user: SessionUser | null, districtId: string): boolean {
  if (!user || !mayUse(user.roles, ACCESS.situationWrite)) return false;
  const scope = rowScope(identityOf(user), ACCESS.situationWrite);
  return scope.all || scope.districtIds.includes(districtId);
}

/**
 * Whether the user may ask for single incidents (ACCESS.incidentRead): EST, the Police and admins
 * everywhere, an area group in its own district, a property owner on its own properties.
 */
export function mayReadIncidents(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.incidentRead);
}

/**
 * The districtId to ask incidents for: none for the roles that see every district or own
 * properties anywhere (the server scopes the rows), an area group's district when it has one.
 */
export function incidentDistrictFor(user: SessionUser | null): string | null {
  if (!user || !mayReadIncidents(user)) return null;
  const scope = rowScope(identityOf(user), ACCESS.incidentRead);
  if (scope.all || scope.ownerId) return null;
  return scope.districtIds.length === 1 ? scope.districtIds[0]! : null;
}

/**
 * The organisation whose properties the user speaks for (a property owner's `own properties` rows),
 * or null for every other role.
 */
export function ownPropertiesOwner(user: SessionUser | null): string | null {
  if (!user || !mayReadIncidents(user)) return null;
  return rowScope(identityOf(user), ACCESS.incidentRead).ownerId ?? null;
}

/** Whether the user may import the Police's events (ACCESS.incidentWrite: EST, the Police, admins). */
export function mayImportIncidents(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.incidentWrite);
}

/** Whether the user may see venues at all (ACCESS.venueRead); the server scopes the rows. */
export function mayReadVenues(user: SessionUser | null): boolean {
  return mayRead(user, 'venues');
}

/** Whether the user may record inspections of licensed premises (ACCESS.inspectionWrite: licensing, the Police, admins). */
export function mayRecordInspections(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.inspectionWrite);
}

/** Whether the user may write the plan's yearly follow-ups (ACCESS.followUpWrite: preparation group, EST, admin). */
export function mayWriteFollowUps(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.followUpWrite);
}

/** Whether the user may read the plan's yearly follow-ups and progress (ACCESS.followUpRead). */
export function mayReadFollowUps(user: SessionUser | null): boolean {
  return !!user && mayUse(user.roles, ACCESS.followUpRead);
}

/**
 * Whether the user gets the steering group's overview: the roles that see every district's
 * measures, hours of presence and follow-ups (steering and preparation groups, EST, the Police,
 * admins). An area group sees only its own district, which would colour the rest as "no data".
 */
export function mayOpenOverview(user: SessionUser | null): boolean {
  if (!user) return false;
  const everywhere = [ACCESS.measureRead, ACCESS.presenceHoursRead, ACCESS.followUpRead].map((rule) => rule.all as readonly Role[]);
  return user.roles.some((role) => everywhere.every((roles) => roles.includes(role)));
}
