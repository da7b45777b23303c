import type { GraphQLResolveInfo } from 'graphql';
import { forbidden, unauthenticated } from './errors.js';
import { hasRole, type Identity, type Role } from './identity.js';

/** The scopes every subgraph's Pothos builder knows (`authScopes: { role: [...] }` on a field). */
export interface Scopes {
  signedIn: boolean;
  role: readonly Role[];
}

export function scopesFor(identity: Identity | null) {
  return {
    signedIn: identity !== null,
    role: (roles: readonly Role[]) => hasRole(identity, roles),
  };
}

/** UNAUTHENTICATED for anonymous requests, FORBIDDEN for a role that may not; names the field. */
export function refusal(identity: Identity | null, info: GraphQLResolveInfo) {
  const field = `${info.parentType.name}.${info.fieldName}`;
  return identity
    ? forbidden(`${identity.name} (${identity.roles.join(', ') || 'no role'}) may not see ${field}.`)
    : unauthenticated(`Sign in to see ${field}.`);
}
