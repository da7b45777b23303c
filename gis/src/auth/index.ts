export { forbidden, unauthenticated, httpRefusal } from './errors.js';
export { createTokenVerifier, bearerToken, identify, TokenError, type AuthSettings, type TokenVerifier } from './verify.js';
export { createDemoIssuer, DEMO_USERS, type DemoIssuer, type DemoUser } from './demo.js';
export { createAuth, type Auth } from './runtime.js';
export { assertDistrictReadable, refusal, refusalFor, refuseIfExists, requireRole, scopesFor, type Scopes } from './scopes.js';
export { claimValues, identityFromMappedClaims, MappingError, parseRoleMapping, type GroupGrant, type RoleMapping } from './mapping.js';
