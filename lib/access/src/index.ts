/**
 * Who may do what: the roles, the identity a token gives, and the access table the subgraphs enforce
 * and the web asks before it offers a view. No Node, no GraphQL: the web bundles it too.
 */
export { ROLES, hasRole, identityFromClaims, type Identity, type Role } from './identity.js';
export { ACCESS, ALL_ROWS, NO_ROWS, rolesFor, rowScope, type AccessRule, type RowScope } from './access.js';
