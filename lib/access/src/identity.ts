/** The roles of the plan's organisation (DOMAIN.md, "Who uses the system"). */
export const ROLES = [
  'steering_group', 'preparation_group', 'est', 'area_group', 'property_owner', 'licensing', 'police', 'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is asking, as read from a verified token. Anonymous requests have no identity at all. */
export interface Identity {
  subject: string;
  name: string;
  roles: Role[];
  /** The districts of an area group (områdesgrupp). */
  districtIds: string[];
  /** The organisation of a property owner (fastighetsägare). */
  organisationId: string | null;
}

export const hasRole = (identity: Identity | null, roles: readonly Role[]): boolean =>
  !!identity && identity.roles.some((r) => roles.includes(r));

/**
 * The claims a token carries besides the registered ones (iss, aud, sub, exp): `name`, `roles`,
 * `districts` (area groups) and `organisation` (property owners). Unknown roles are ignored.
 */
export function identityFromClaims(claims: Record<string, unknown>): Identity {
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
  return {
    subject: String(claims.sub),
    name: typeof claims.name === 'string' ? claims.name : String(claims.sub),
    roles: list(claims.roles).filter((r): r is Role => (ROLES as readonly string[]).includes(r)),
    districtIds: list(claims.districts),
    organisationId: typeof claims.organisation === 'string' ? claims.organisation : null,
  };
}
