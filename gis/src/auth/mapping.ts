import { ROLES, type Identity, type Role } from '@tk/access';

/**
 * What one group (or app role) of the organisation's identity provider grants here. A directory
 * holds groups such as "tk-omradesgrupp-ryd" or an Entra object id, never our role codes; the
 * mapping file says what each is.
 */
export interface GroupGrant {
  roles: Role[];
  /** Only with `area_group`: the districts the area group plans. */
  districts: string[];
  /** Only with `property_owner`: the organisation whose properties it sees. */
  organisation: string | null;
}

export interface RoleMapping {
  /** The claim that holds the groups: a name, or a dotted path such as Keycloak's `realm_access.roles`. */
  claim: string;
  groups: ReadonlyMap<string, GroupGrant>;
  /** Whom a signed-in person without a mapped group should ask (shown on the "no role" page). */
  contact: string | null;
}

/** A mapping that cannot be used, with the entry at fault named (`groups["tk-x"].roles[1]`). */
export class MappingError extends Error {
  override name = 'MappingError';
}

const SLUG = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const GRANT_KEYS = new Set(['roles', 'districts', 'organisation']);
const TOP_KEYS = new Set(['groups', 'contact', '$comment']);
const MAX_GROUP_NAME = 512;
const MAX_CONTACT = 500;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function stringList(value: unknown, at: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string')) throw new MappingError(`${at} must be a list of strings`);
  return value as string[];
}

function parseRoles(value: unknown, at: string): Role[] {
  const roles = stringList(value, `${at}.roles`);
  if (roles.length === 0) throw new MappingError(`${at}.roles must name at least one role (${ROLES.join(', ')})`);
  roles.forEach((role, i) => {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new MappingError(`${at}.roles[${i}]: "${role}" is not a role; the roles are ${ROLES.join(', ')}`);
    }
  });
  return [...new Set(roles)] as Role[];
}

function parseGrant(group: string, value: unknown): GroupGrant {
  const at = `groups[${JSON.stringify(group)}]`;
  if (group.length === 0 || group.length > MAX_GROUP_NAME) throw new MappingError(`${at}: a group value must be 1–${MAX_GROUP_NAME} characters`);
  if (!isRecord(value)) throw new MappingError(`${at} must be an object such as {"roles": ["est"]}`);
  const unknown = Object.keys(value).filter((k) => !GRANT_KEYS.has(k));
  if (unknown.length > 0) throw new MappingError(`${at}: unknown key "${unknown[0]}"; an entry has roles, districts and organisation`);
  const roles = parseRoles(value.roles, at);
  const districts = stringList(value.districts, `${at}.districts`);
  districts.forEach((d, i) => {
    if (!SLUG.test(d)) throw new MappingError(`${at}.districts[${i}]: "${d}" is not a district id (lower case, such as "skaggetorp")`);
  });
  const organisation = value.organisation ?? null;
  if (organisation !== null && (typeof organisation !== 'string' || !SLUG.test(organisation))) {
    throw new MappingError(`${at}.organisation must be an organisation id (lower case, such as "stangastaden")`);
  }
  const areaGroup = roles.includes('area_group');
  const owner = roles.includes('property_owner');
  // An area group without districts, or a property owner without an organisation, would see nothing
  // and be puzzled; districts on another role would grant nothing and hide a typo.
  if (areaGroup !== districts.length > 0) throw new MappingError(`${at}: districts go with the role area_group, and area_group needs districts`);
  if (owner !== (organisation !== null)) throw new MappingError(`${at}: organisation goes with the role property_owner, and property_owner needs an organisation`);
  return { roles, districts: [...new Set(districts)], organisation };
}

/** Reads a mapping from parsed JSON; `claim` is the setting that names the groups claim. */
export function parseRoleMapping(value: unknown, claim: string): RoleMapping {
  if (!/^[A-Za-z0-9_:$-]+(\.[A-Za-z0-9_:$-]+)*$/.test(claim)) throw new MappingError(`the groups claim "${claim}" is not a claim name or a dotted path`);
  if (!isRecord(value)) throw new MappingError('the mapping must be a JSON object {"groups": {...}, "contact": "..."}');
  const unknown = Object.keys(value).filter((k) => !TOP_KEYS.has(k));
  if (unknown.length > 0) throw new MappingError(`unknown key "${unknown[0]}"; the mapping has groups and contact`);
  if (!isRecord(value.groups) || Object.keys(value.groups).length === 0) {
    throw new MappingError('groups must be an object with at least one entry, {"<group>": {"roles": ["est"]}}');
  }
  const contact = value.contact ?? null;
  if (contact !== null && (typeof contact !== 'string' || contact.trim().length === 0 || contact.length > MAX_CONTACT)) {
    throw new MappingError(`contact must be a text of 1–${MAX_CONTACT} characters`);
  }
  const groups = new Map(Object.entries(value.groups).map(([group, grant]) => [group, parseGrant(group, grant)]));
  return { claim, groups, contact: contact?.trim() ?? null };
}

/** The claim's values: a list of strings, or one string; anything else holds no groups. */
export function claimValues(claims: Record<string, unknown>, path: string): string[] {
  let value: unknown = claims;
  for (const part of path.split('.')) value = isRecord(value) && Object.hasOwn(value, part) ? value[part] : undefined;
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/**
 * The identity of a token from the organisation's provider: what its mapped groups grant together.
 * Groups not in the mapping grant nothing. A person in the groups of two property owners is given
 * neither organisation (nor the role): which one's properties they speak for is not ours to guess.
 */
export function identityFromMappedClaims(claims: Record<string, unknown>, mapping: RoleMapping): Identity {
  const grants = claimValues(claims, mapping.claim).flatMap((g) => mapping.groups.get(g) ?? []);
  const organisations = new Set(grants.flatMap((g) => g.organisation ?? []));
  const organisationId = organisations.size === 1 ? [...organisations][0]! : null;
  const roles = new Set(grants.flatMap((g) => g.roles));
  if (organisationId === null) roles.delete('property_owner');
  const name = [claims.name, claims.preferred_username, claims.sub].find((v): v is string => typeof v === 'string' && v.length > 0);
  return {
    subject: String(claims.sub),
    name: name ?? String(claims.sub),
    roles: ROLES.filter((r) => roles.has(r)),
    districtIds: [...new Set(grants.flatMap((g) => g.districts))].sort(),
    organisationId,
  };
}
