import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from './errors.js';
import type { RowScope } from '@tk/access';
import { hasRole, type Identity, type Role } from '@tk/access';

/** The scopes every subgraph's Pothos builder knows (`authScopes: { role: [...] }` on a field). */
export interface Scopes {
  signedIn: boolean;
  role: readonly Role[];
}

export function scopesFor(identity: Identity | null) {
  return {
    // A person whose groups map to no role is signed in but holds nothing: not even the counts.
    signedIn: identity !== null && identity.roles.length > 0,
    role: (roles: readonly Role[]) => hasRole(identity, roles),
  };
}

/** UNAUTHENTICATED for anonymous requests, FORBIDDEN for a role that may not; names what. */
export function refusalFor(identity: Identity | null, what: string) {
  return identity
    ? forbidden(`${identity.name} (${identity.roles.join(', ') || 'no role'}) may not see ${what}.`)
    : unauthenticated(`Sign in to see ${what}.`);
}

export const refusal = (identity: Identity | null, info: GraphQLResolveInfo) =>
  refusalFor(identity, `${info.parentType.name}.${info.fieldName}`);

/**
 * For `_entities`: an entity the caller may not see at all is refused with a code, not answered
 * with a silent null, so a subgraph called directly says why, as the gateway would.
 */
export function requireRole(identity: Identity | null, roles: readonly Role[], what: string): void {
  if (!hasRole(identity, roles)) throw refusalFor(identity, what);
}

/**
 * A list asked for one district the caller may not see (an area group asking for another
 * district) is refused outright rather than answered with an empty list that looks like "none".
 */
export function assertDistrictReadable(identity: Identity | null, scope: RowScope, districtId: string | null | undefined, what: string): void {
  if (!districtId || scope.all || scope.ownerId || scope.districtIds.includes(districtId)) return;
  throw refusalFor(identity, `${what} in the district "${districtId}"`);
}

/**
 * An entity asked for by id that exists but lies outside the caller's rows is refused (FORBIDDEN)
 * rather than answered with a null that reads as "no such thing"; an unknown id is still null.
 */
export async function refuseIfExists(identity: Identity | null, what: string, exists: () => Promise<unknown>): Promise<null> {
  if (await exists()) throw refusalFor(identity, `this ${what}`);
  return null;
}
